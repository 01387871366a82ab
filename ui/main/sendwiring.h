// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"

#include <QObject>
#include <QString>

#include <memory>

namespace mailwright {

class AccountRepository;
class ComposeController;
class MainWindow;
class Outbox;
class OutboxView;
class SecretStore;

/// Connects the compose side of the user interface to sending: the composer's submissions go
/// into the outbox, the Outbox page's buttons act on it, failures open the main window's banner,
/// progress goes to the status bar, and the main window's New/Reply/Outbox entries open what
/// they name.
///
/// Thread: GUI. Owner: the composition root (app/main.cpp) or a test; everything passed in is
/// borrowed and must outlive it.
class SendWiring : public QObject
{
    Q_OBJECT
public:
    SendWiring(MainWindow *window, ComposeController *compose, OutboxView *outboxView,
               AccountRepository *accounts, SecretStore *keychain, SecretStore *session,
               const QString &dataDir, QObject *parent = nullptr);
    ~SendWiring() override;

    QString outboxPath() const;

private:
    void retryNow(qint64 id);
    void cancel(qint64 id);
    void remove(qint64 id);
    void edit(qint64 id);
    void showOutbox(const QString &account, qint64 select = 0);
    void reportOutboxError(const MailError &error);

    MainWindow *m_window;
    ComposeController *m_compose;
    OutboxView *m_outboxView;
    AccountRepository *m_accounts;
    SecretStore *m_keychain;
    SecretStore *m_session;
    QString m_dataDir;
    std::unique_ptr<Outbox> m_outbox;
};

} // namespace mailwright
