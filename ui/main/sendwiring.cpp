// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendwiring.h"

#include "failurebanner.h"
#include "mainwindow.h"

#include "compose/composecontroller.h"
#include "compose/composerwindow.h"
#include "compose/sendsettingsdialog.h"
#include "mime/mimebuilder.h"
#include "outbox/outboxview.h"
#include "send/outbox.h"
#include "settings/accountrepository.h"

#include <QMenu>
#include <QMenuBar>

namespace mailwright {

SendWiring::SendWiring(MainWindow *window, ComposeController *compose, OutboxView *outboxView,
                       AccountRepository *accounts, SecretStore *keychain, SecretStore *session,
                       const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_compose(compose)
    , m_outboxView(outboxView)
    , m_accounts(accounts)
    , m_keychain(keychain)
    , m_session(session)
    , m_dataDir(dataDir)
    , m_outbox(std::make_unique<Outbox>(outboxPath()))
{
    m_compose->setSubmitter([this](const Account &account, const MessageDraft &draft,
                                   const ComposeController::Done &done) {
        const BuildResult built = MimeBuilder::build(draft);
        if (built.error.isError()) {
            done(SubmitResult{0, built.error});
            return;
        }
        OutboxDraft o;
        o.account = account.name;
        o.envelopeFrom = QString::fromUtf8(built.envelopeFrom);
        for (const QByteArray &r : built.envelopeRecipients)
            o.recipients.append(QString::fromUtf8(r));
        o.raw = built.bytes;
        o.copyToSent = account.hasIncoming && account.incoming.protocol == Protocol::Imap &&
                       account.saveSentCopy;
        const auto queued = m_outbox->enqueue(o);
        done(SubmitResult{queued.value, queued.error});
        if (queued.ok())
            m_outboxView->refresh();
    });

    connect(m_outboxView, &OutboxView::retryNowRequested, this, &SendWiring::retryNow);
    connect(m_outboxView, &OutboxView::cancelRequested, this, &SendWiring::cancel);
    connect(m_outboxView, &OutboxView::removeRequested, this, &SendWiring::remove);
    connect(m_outboxView, &OutboxView::editRequested, this, &SendWiring::edit);
    connect(m_window->failureBanner(), &FailureBanner::retryRequested, this, &SendWiring::retryNow);
    connect(m_window->failureBanner(), &FailureBanner::openOutboxRequested, this,
            [this](qint64 id) { showOutbox(QString(), id); });

    connect(m_window, &MainWindow::newMessageRequested, m_compose,
            [this]() { m_compose->newMessage(); });
    connect(m_window, &MainWindow::folderActivated, this,
            [this](const QString &account, const QString &folder) {
                if (folder == QLatin1String("Outbox"))
                    showOutbox(account);
            });
    connect(m_compose, &ComposeController::statusMessage, m_window,
            [this](const QString &text) { m_window->showStatusMessage(text); });
    connect(m_compose, &ComposeController::messageQueued, m_window,
            [this](qint64, const QString &account) {
                m_window->setAccountStatus(account, tr("Message queued for sending."));
            });

    // Settings ▸ Sending…
    for (QAction *a : m_window->menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(
                             m_window->findChild<QAction *>(QStringLiteral("actionAccounts")))) {
            QAction *sending = a->menu()->addAction(tr("&Sending…"), m_window, [this]() {
                auto *dialog = new SendSettingsDialog(m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
            sending->setObjectName(QStringLiteral("actionSendSettings"));
        }
    }
}

SendWiring::~SendWiring() = default;

QString SendWiring::outboxPath() const
{
    return m_dataDir + QStringLiteral("/outbox.sqlite");
}

void SendWiring::reportOutboxError(const MailError &error)
{
    if (error.isError())
        m_window->showStatusMessage(error.userMessage, 10000);
    m_outboxView->refresh();
}

void SendWiring::retryNow(qint64 id)
{
    reportOutboxError(m_outbox->retryNow(id));
}

void SendWiring::cancel(qint64 id)
{
    reportOutboxError(m_outbox->cancel(id));
}

void SendWiring::remove(qint64 id)
{
    reportOutboxError(m_outbox->remove(id));
}

void SendWiring::edit(qint64 id)
{
    const auto message = m_outbox->message(id);
    if (!message.ok()) {
        reportOutboxError(message.error);
        return;
    }
    // The composer's draft holds the message before the outbox lets go of it.
    if (m_compose->editMessage(message.value))
        reportOutboxError(m_outbox->remove(id));
}

void SendWiring::showOutbox(const QString &account, qint64 select)
{
    m_outboxView->setAccountFilter(account);
    m_window->showPage(m_outboxView);
    if (select)
        m_outboxView->select(select);
}

} // namespace mailwright
