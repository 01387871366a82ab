// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace mailwright {

class AccountRepository;
class ComposeController;
class MainWindow;
class Outbox;
class OutboxView;
class PasswordPromptDialog;
class PasswordRequests;
class SecretStore;
class SendService;
struct SubmitResult;

/// Connects the compose side of the user interface to the SendService: the composer's
/// submissions go to SendService::submit() (the composer closes once the message is durably
/// queued), the Outbox page's buttons call the service, progress goes to the status bar, a
/// failure opens the main window's banner (with the service's redacted transcript behind "Show
/// details") and sets the account's status, a refused password opens the PasswordPromptDialog
/// and retries, and the main window's New/Outbox entries open what they name.
///
/// The prompt is the window's PasswordRequests (shared with the receiving side, so one account
/// never gets two prompts); without one (a window without account services) SendWiring makes
/// its own over \a accounts, \a keychain and \a session, where a re-entered password is written
/// (the user chooses); the service reads through a LayeredSecretStore over both (app/main.cpp).
///
/// Thread: GUI. Owner: the composition root (app/main.cpp) or a test; everything passed in is
/// borrowed and must outlive it.
class SendWiring : public QObject
{
    Q_OBJECT
public:
    SendWiring(MainWindow *window, ComposeController *compose, OutboxView *outboxView,
               SendService *service, AccountRepository *accounts, SecretStore *keychain,
               SecretStore *session, QObject *parent = nullptr);
    ~SendWiring() override;

    /// The password prompt open for \a account after a refused password, if any (for tests).
    PasswordPromptDialog *passwordPrompt(const QString &account) const;

private:
    struct Names
    {
        QString account;
        QString subject;
    };
    Names names(qint64 id); ///< of an outbox message, cached while it is being sent
    void onFailed(qint64 id, const MailError &error);
    void onSending(qint64 id, qint64 bytesSent, qint64 totalBytes);
    void promptForPassword(const QString &account, qint64 retryId, const MailError &error);
    void edit(qint64 id);
    void showOutbox(const QString &account, qint64 select = 0);
    void reportOutboxError(const MailError &error);

    MainWindow *m_window;
    ComposeController *m_compose;
    OutboxView *m_outboxView;
    SendService *m_service;
    std::unique_ptr<PasswordRequests> m_ownRequests; ///< only when the window has none
    PasswordRequests *m_requests = nullptr;
    std::unique_ptr<Outbox> m_outbox; ///< GUI-thread reader for Edit (the service writes)
    QHash<quint64, std::function<void(const SubmitResult &)>> m_pending; ///< ticket → done
    QHash<QString, QSet<qint64>> m_retry; ///< account → messages waiting for its password
    QHash<qint64, Names> m_names;
};

} // namespace mailwright
