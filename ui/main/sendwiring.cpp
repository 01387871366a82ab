// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendwiring.h"

#include "failurebanner.h"
#include "mainwindow.h"

#include "accounts/passwordprompt.h"
#include "accounts/passwordrequests.h"
#include "compose/composecontroller.h"
#include "compose/composerwindow.h"
#include "compose/sendsettingsdialog.h"
#include "outbox/outboxview.h"
#include "secrets/secretstore.h"
#include "send/outbox.h"
#include "send/sendservice.h"
#include "settings/accountrepository.h"

#include <QMenu>
#include <QMenuBar>

namespace mailwright {

SendWiring::SendWiring(MainWindow *window, ComposeController *compose, OutboxView *outboxView,
                       SendService *service, AccountRepository *accounts, SecretStore *keychain,
                       SecretStore *session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_compose(compose)
    , m_outboxView(outboxView)
    , m_service(service)
    , m_outbox(std::make_unique<Outbox>(service->outboxPath()))
{
    m_requests = m_window->passwordRequests();
    if (!m_requests && accounts && keychain && session) {
        m_ownRequests = std::make_unique<PasswordRequests>(accounts, keychain, session, m_window);
        m_requests = m_ownRequests.get();
    }
    if (m_requests) {
        connect(m_requests, &PasswordRequests::passwordStored, this,
                [this](const QString &account) {
                    const QSet<qint64> ids = m_retry.take(account);
                    m_window->setAccountStatus(account, tr("Password changed; sending again."));
                    for (const qint64 id : ids)
                        m_service->retryNow(id); // each also sends the account's other due mail
                    if (ids.isEmpty())
                        m_service->flush(account); // the queued mail that waited for it
                });
        connect(m_requests, &PasswordRequests::cancelled, this,
                [this](const QString &account) { m_retry.remove(account); });
    }
    // The composer keeps the message (and its draft) until the service says it is durably in
    // the outbox: `done` runs on messageQueued or submitFailed of the same ticket.
    m_compose->setSubmitter([this](const Account &account, const MessageDraft &draft,
                                   const ComposeController::Done &done) {
        m_pending.insert(m_service->submit(account.name, draft), done);
    });
    connect(m_service, &SendService::messageQueued, this, [this](quint64 ticket, qint64 id) {
        const auto done = m_pending.take(ticket);
        if (done)
            done(SubmitResult{id, MailError()});
    });
    connect(m_service, &SendService::submitFailed, this,
            [this](quint64 ticket, const MailError &error) {
                const auto done = m_pending.take(ticket);
                if (done)
                    done(SubmitResult{0, error});
            });

    connect(m_service, &SendService::sending, this, &SendWiring::onSending);
    connect(m_service, &SendService::sent, this, [this](qint64 id, const SendOutcome &) {
        if (m_window->failureBanner()->messageId() == id)
            m_window->failureBanner()->hide(); // the problem it described is solved
        const Names n = names(id);
        m_names.remove(id);
        m_window->setSendProgress(
            n.subject.isEmpty() ? tr("Message sent.") : tr("“%1” sent.").arg(n.subject), -1);
        if (!n.account.isEmpty())
            m_window->setAccountStatus(n.account, tr("Connected; message sent."));
    });
    connect(m_service, &SendService::failed, this, &SendWiring::onFailed);
    connect(m_service, &SendService::accountError, this,
            [this](const QString &account, const MailError &error) {
                m_window->setSendProgress(QString(), -1);
                m_window->setAccountStatus(account, tr("Cannot send: %1").arg(error.userMessage));
                // Nothing in the keychain (or a session-only password after a restart): ask.
                if (error.code == ErrorCode::PasswordMissing)
                    promptForPassword(account, -1, error);
            });
    connect(m_service, &SendService::sentCopyFailed, this,
            [this](const QString &account, const MailError &error) {
                m_window->setAccountStatus(
                    account,
                    tr("Sent, but the copy to the Sent folder failed: %1").arg(error.userMessage));
            });
    connect(m_service, &SendService::jobFinished, this,
            [this](const QString &) { m_window->setSendProgress(QString(), -1); });
    connect(m_service, &SendService::outboxChanged, m_outboxView, &OutboxView::refresh);

    connect(m_outboxView, &OutboxView::retryNowRequested, m_service, &SendService::retryNow);
    connect(m_outboxView, &OutboxView::cancelRequested, m_service, &SendService::cancel);
    connect(m_outboxView, &OutboxView::removeRequested, m_service, &SendService::remove);
    connect(m_outboxView, &OutboxView::editRequested, this, &SendWiring::edit);
    connect(m_window->failureBanner(), &FailureBanner::retryRequested, m_service,
            &SendService::retryNow);
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
                m_outboxView->refresh();
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

PasswordPromptDialog *SendWiring::passwordPrompt(const QString &account) const
{
    return m_requests ? m_requests->prompt(account) : nullptr;
}

SendWiring::Names SendWiring::names(qint64 id)
{
    const auto it = m_names.constFind(id);
    if (it != m_names.constEnd())
        return *it;
    // Without the body: progress arrives many times per message.
    const auto entry = m_outbox->message(id, false);
    if (!entry.ok())
        return {};
    const Names n{entry.value.account, entry.value.subject};
    m_names.insert(id, n);
    return n;
}

void SendWiring::onSending(qint64 id, qint64 bytesSent, qint64 totalBytes)
{
    const QString subject = names(id).subject;
    const int percent =
        totalBytes > 0 ? int(qBound<qint64>(qint64(0), bytesSent * 100 / totalBytes, qint64(100)))
                       : 0;
    m_window->setSendProgress(subject.isEmpty() ? tr("Sending…") : tr("Sending “%1”…").arg(subject),
                              percent);
}

void SendWiring::onFailed(qint64 id, const MailError &error)
{
    m_window->setSendProgress(QString(), -1);
    m_outboxView->refresh();
    const Names n = names(id);
    m_names.remove(id);
    const QString account = n.account;
    if (error.code == ErrorCode::Cancelled) {
        m_window->showStatusMessage(tr("Sending cancelled."), 5000);
        return;
    }
    m_window->failureBanner()->showFailure(id, n.subject, error, m_service->failureTranscript(id));
    if (account.isEmpty())
        return;
    m_window->setAccountStatus(account, tr("Sending failed: %1").arg(error.userMessage));
    // Only a refused credential (RFC 4954 §6: 535 5.7.8) is the password's fault; 530/538 and a
    // missing mechanism are configuration problems.
    if (error.code == ErrorCode::AuthFailed)
        promptForPassword(account, id, error);
}

void SendWiring::promptForPassword(const QString &accountName, qint64 retryId,
                                   const MailError &error)
{
    if (!m_requests)
        return;
    if (retryId >= 0)
        m_retry[accountName].insert(retryId);
    // One prompt per account, even when a batch fails message by message or receiving asks at
    // the same moment: PasswordRequests widens the open one.
    m_requests->request(accountName, PasswordRequests::Purpose::Sending, error);
}

void SendWiring::reportOutboxError(const MailError &error)
{
    if (error.isError())
        m_window->showStatusMessage(error.userMessage, 10000);
    m_outboxView->refresh();
}

void SendWiring::edit(qint64 id)
{
    const auto message = m_outbox->message(id);
    if (!message.ok()) {
        reportOutboxError(message.error);
        return;
    }
    if (message.value.state == OutboxState::Sending) {
        m_window->showStatusMessage(tr("The message is being sent right now; cancel it first."),
                                    10000);
        return;
    }
    // The composer's draft holds the message before the outbox lets go of it.
    if (m_compose->editMessage(message.value))
        m_service->remove(id);
}

void SendWiring::showOutbox(const QString &account, qint64 select)
{
    m_outboxView->setAccountFilter(account);
    m_window->showPage(m_outboxView);
    if (select)
        m_outboxView->select(select);
}

} // namespace mailwright
