// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailwiring.h"

#include "mainwindow.h"
#include "trayicon.h"

#include "accounts/passwordrequests.h"
#include "compose/composecontroller.h"
#include "compose/composerwindow.h"
#include "mail/mailcontroller.h"
#include "sync/storeworker.h"

#include <QMap>
#include <QPair>

namespace mailwright {

MailWiring::MailWiring(MainWindow *window, ComposeController *compose, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_compose(compose)
{
    connect(m_window, &MainWindow::replyRequested, this, &MailWiring::respond);
    connect(m_window, &MainWindow::deleteRequested, this, &MailWiring::deleteSelected);

    MailController *mail = m_window->mailController();
    connect(mail, &MailController::passwordNeeded, this, &MailWiring::onPasswordNeeded);
    if (PasswordRequests *requests = m_window->passwordRequests()) {
        connect(requests, &PasswordRequests::passwordStored, this,
                [this, mail](const QString &account) {
                    if (!mail->worker(account) && !mail->passwordProblems().contains(account))
                        return; // no receiving for it, or not started yet: nothing is stale
                    m_window->setAccountStatus(account, tr("Password changed; receiving again."));
                    mail->reconnect(account);
                });
        connect(requests, &PasswordRequests::cancelled, this, [this, mail](const QString &account) {
            if (!mail->passwordProblems().contains(account))
                return;
            m_window->setAccountStatus(account,
                                       tr("Password needed: receiving is paused. Right-click the "
                                          "account and choose “Enter password…”, or use Settings ▸ "
                                          "Accounts ▸ Set password."));
        });
    }
    // Problems found before this wiring existed (the first password reads are asynchronous,
    // but be robust against an early failure).
    const QHash<QString, MailError> early = mail->passwordProblems();
    for (auto it = early.cbegin(); it != early.cend(); ++it)
        onPasswordNeeded(it.key(), it.value());

    if (TrayIcon *tray = m_window->trayIcon()) {
        tray->setUnreadCount(mail->inboxUnread());
        connect(mail, &MailController::unreadCountChanged, tray, &TrayIcon::setUnreadCount);
        connect(m_window, &MainWindow::newMailArrived, tray,
                [tray, mail](const QString &account, const QString &folder, int count) {
                    tray->notifyNewMail(account, count,
                                        mail->newMailSummary(account, folder, count));
                });
    }
}

void MailWiring::onPasswordNeeded(const QString &account, const MailError &error)
{
    m_window->setAccountStatus(
        account,
        error.code == ErrorCode::AuthFailed
            ? tr("Cannot receive: the server refused the password.")
            : tr("Cannot receive: %1")
                  .arg(error.userMessage.isEmpty() ? error.technicalDetail : error.userMessage));
    if (PasswordRequests *requests = m_window->passwordRequests())
        requests->request(account, PasswordRequests::Purpose::Receiving, error);
}

void MailWiring::respond(int mode)
{
    const QList<MailController::MessageRef> selected =
        m_window->mailController()->selectedMessages();
    if (selected.isEmpty()) {
        m_window->showStatusMessage(tr("Select a message first."));
        return;
    }
    const MailController::MessageRef message = selected.first();
    m_window->mailController()->loadRaw(
        message, this, [this, message, mode](const QByteArray &raw) {
            if (!m_compose->respond(message.account, raw, ReplyMode(mode)))
                m_window->showStatusMessage(tr("The message could not be answered."));
        });
}

void MailWiring::deleteSelected()
{
    MailController *mail = m_window->mailController();
    const QList<MailController::MessageRef> selected = mail->selectedMessages();
    if (selected.isEmpty())
        return;
    // One request per folder: the worker moves exactly these UIDs (UID COPY + UID EXPUNGE).
    QMap<QPair<QString, QString>, QList<quint32>> byFolder;
    for (const MailController::MessageRef &m : selected)
        byFolder[{m.account, m.path}].append(m.uid);
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
        StoreWorker *worker = mail->worker(it.key().first);
        if (!worker) {
            m_window->showStatusMessage(
                tr("%1 is not connected; nothing was deleted.").arg(it.key().first));
            continue;
        }
        worker->deleteMessages(it.key().second, it.value());
        m_window->showStatusMessage(tr("Deleting %n message(s)…", nullptr, int(it.value().size())));
    }
}

} // namespace mailwright
