// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailwiring.h"

#include "mainwindow.h"
#include "trayicon.h"

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

    if (TrayIcon *tray = m_window->trayIcon()) {
        MailController *mail = m_window->mailController();
        tray->setUnreadCount(mail->inboxUnread());
        connect(mail, &MailController::unreadCountChanged, tray, &TrayIcon::setUnreadCount);
        connect(m_window, &MainWindow::newMailArrived, tray,
                [tray](const QString &account, const QString &folder, int count) {
                    tray->notifyNewMail(account, count, tr("In the folder %1.").arg(folder));
                });
    }
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
