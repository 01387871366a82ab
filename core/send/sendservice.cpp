// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendservice.h"

#include "logging.h"
#include "mime/mimebuilder.h"
#include "secrets/secretstore.h"
#include "settings/accountrepository.h"

#include <QCoreApplication>
#include <QPointer>

namespace mailwright {

struct SendService::Prepared
{
    MailError error;
    QByteArray bytes;
    QByteArray envelopeFrom;
    QList<QByteArray> recipients;
};

namespace {

MailError serviceError(ErrorCode code, const QString &message)
{
    return makeMailError(code, Phase::Config, message);
}

} // namespace

SendService::SendService(const QString &outboxPath, AccountRepository *accounts,
                         SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_outboxPath(outboxPath)
    , m_accounts(accounts)
    , m_secrets(secrets)
{
    qRegisterMetaType<MailError>();
    qRegisterMetaType<SendOutcome>();
    // One job per account plus short outbox operations; never the global pool, whose threads
    // belong to everyone (QtConcurrent, QDnsLookup).
    m_pool.setMaxThreadCount(8);
    m_pool.setObjectName(QStringLiteral("mailwright-send"));
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SendService::onTimer);
}

SendService::~SendService()
{
    for (const auto &control : std::as_const(m_running))
        control->stop();
    // Jobs notice the stop within ~30 ms (the wire's cancel slice) and record their state.
    m_pool.waitForDone();
}

std::optional<Account> SendService::findAccount(const QString &name) const
{
    return m_accounts ? m_accounts->account(name) : std::nullopt;
}

quint64 SendService::submit(const QString &accountName, const MessageDraft &draft)
{
    const std::optional<Account> account = findAccount(accountName);
    MessageDraft d = draft;
    if (account && d.from.address.isEmpty()) {
        d.from.address = account->primaryIdentity().address;
        d.from.displayName = account->primaryIdentity().displayName;
    }
    return enqueue(accountName, account && copiesToSent(*account), [d]() {
        const BuildResult built = MimeBuilder::build(d);
        return Prepared{built.error, built.bytes, built.envelopeFrom, built.envelopeRecipients};
    });
}

quint64 SendService::submit(const QString &accountName, const QByteArray &message,
                            const QByteArray &envelopeFrom, const QList<QByteArray> &recipients)
{
    const std::optional<Account> account = findAccount(accountName);
    return enqueue(accountName, account && copiesToSent(*account),
                   [message, envelopeFrom, recipients]() {
                       return Prepared{MailError(), message, envelopeFrom, recipients};
                   });
}

quint64 SendService::submit(const SmtpTarget &target, const MessageDraft &draft)
{
    m_adHoc.insert(target.account, target);
    return enqueue(target.account, target.saveSentCopy, [draft]() {
        const BuildResult built = MimeBuilder::build(draft);
        return Prepared{built.error, built.bytes, built.envelopeFrom, built.envelopeRecipients};
    });
}

quint64 SendService::submit(const SmtpTarget &target, const QByteArray &message,
                            const QByteArray &envelopeFrom, const QList<QByteArray> &recipients)
{
    m_adHoc.insert(target.account, target);
    return enqueue(target.account, target.saveSentCopy, [message, envelopeFrom, recipients]() {
        return Prepared{MailError(), message, envelopeFrom, recipients};
    });
}

quint64 SendService::enqueue(const QString &account, bool copyToSent,
                             std::function<Prepared()> prepare)
{
    const quint64 ticket = m_nextTicket++;
    if (!m_adHoc.contains(account) && !findAccount(account)) {
        const MailError e =
            serviceError(ErrorCode::ConfigError,
                         QCoreApplication::translate("SendService", "There is no account named %1.")
                             .arg(account));
        QMetaObject::invokeMethod(
            this, [this, ticket, e]() { Q_EMIT submitFailed(ticket, e); }, Qt::QueuedConnection);
        return ticket;
    }
    const QString path = m_outboxPath;
    const Outbox::Options options = m_outboxOptions;
    // Building reads attachments and the outbox commit waits for the disk: both off this thread.
    m_pool.start([this, ticket, account, copyToSent, prepare, path, options]() {
        const Prepared p = prepare();
        MailError error = p.error;
        qint64 id = 0;
        if (!error) {
            OutboxDraft draft;
            draft.account = account;
            draft.envelopeFrom = QString::fromUtf8(p.envelopeFrom);
            for (const QByteArray &r : p.recipients)
                draft.recipients.append(QString::fromUtf8(r));
            draft.raw = p.bytes;
            draft.copyToSent = copyToSent;
            Outbox outbox(path, options);
            const auto queued = outbox.enqueue(draft);
            error = queued.error;
            id = queued.value;
            if (!error)
                outbox.checkpoint(); // the sender's commits then stay small and fast
        }
        QMetaObject::invokeMethod(
            this,
            [this, ticket, error, id, account]() {
                if (error) {
                    Q_EMIT submitFailed(ticket, error);
                    return;
                }
                Q_EMIT messageQueued(ticket, id);
                Q_EMIT outboxChanged();
                schedule(account);
            },
            Qt::QueuedConnection);
    });
    return ticket;
}

void SendService::schedule(const QString &account)
{
    if (m_running.contains(account)) {
        m_rerun.insert(account); // picked up when the running job ends
        return;
    }
    if (m_adHoc.contains(account)) {
        m_running.insert(account, std::make_shared<SendControl>());
        startJob(m_adHoc.value(account));
        return;
    }
    const std::optional<Account> found = findAccount(account);
    if (!found || !m_secrets) {
        Q_EMIT accountError(account, serviceError(ErrorCode::ConfigError,
                                                  QCoreApplication::translate(
                                                      "SendService", "There is no account named "
                                                                     "%1.")
                                                      .arg(account)));
        return;
    }
    m_running.insert(account, std::make_shared<SendControl>());
    // ARCHITECTURE §3.6: passwords are read here, before the job, and passed by value.
    const Account acc = *found;
    const bool needSmtp = acc.smtpAuth != AuthMethod::None;
    const bool needImap = copiesToSent(acc);
    auto fail = [this, account](const MailError &e) {
        m_running.remove(account);
        m_rerun.remove(account);
        Q_EMIT accountError(account, e);
    };
    auto start = [this, acc, fail](const QString &smtpPassword, const QString &imapPassword) {
        SmtpTarget target;
        if (MailError e = smtpTargetForAccount(acc, smtpPassword, imapPassword, &target)) {
            fail(e);
            return;
        }
        startJob(target);
    };
    auto readImap = [this, acc, needImap, start, fail](const QString &smtpPassword) {
        if (!needImap) {
            start(smtpPassword, QString());
            return;
        }
        SecretJob *job =
            m_secrets->readPassword(SecretStore::secretKey(acc.name, SecretSlot::Incoming));
        connect(
            job, &SecretJob::finished, this, [start, fail, smtpPassword](const SecretResult &r) {
                if (!r.ok()) {
                    fail(r.error.isError()
                             ? r.error
                             : serviceError(ErrorCode::PasswordMissing,
                                            QCoreApplication::translate("SendService",
                                                                        "No password is stored for "
                                                                        "the incoming server.")));
                    return;
                }
                start(smtpPassword, r.secret);
            });
    };
    if (!needSmtp) {
        readImap(QString());
        return;
    }
    SecretJob *job = m_secrets->readPassword(SecretStore::secretKey(acc.name, SecretSlot::Smtp));
    connect(job, &SecretJob::finished, this, [readImap, fail](const SecretResult &r) {
        if (!r.ok()) {
            fail(r.error.isError()
                     ? r.error
                     : serviceError(ErrorCode::PasswordMissing,
                                    QCoreApplication::translate(
                                        "SendService", "No password is stored for sending.")));
            return;
        }
        readImap(r.secret);
    });
}

void SendService::startJob(const SmtpTarget &target)
{
    const QString account = target.account;
    std::shared_ptr<SendControl> control = m_running.value(account);
    if (!control) {
        control = std::make_shared<SendControl>();
        m_running.insert(account, control);
    }
    const QString path = m_outboxPath;
    const Outbox::Options options = m_outboxOptions;
    // A transcript for "Show details" unless the caller traces already (ad-hoc targets). It is
    // cleared after every outcome, so it holds one message's exchange (plus the connection
    // set-up when that message opened the connection) and a long batch does not grow it.
    SmtpTarget traced = target;
    const bool ownTrace = !traced.wire.trace;
    if (ownTrace)
        traced.wire.trace = std::make_shared<ProtocolTrace>();
    m_pool.start([this, target = traced, ownTrace, control, path, options]() {
        Outbox outbox(path, options);
        SendWorker worker(outbox, target, control);
        const std::shared_ptr<ProtocolTrace> trace = target.wire.trace;
        SendWorker::Callbacks callbacks;
        callbacks.progress = [this](qint64 id, qint64 sentBytes, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, id, sentBytes, total]() { Q_EMIT sending(id, sentBytes, total); },
                Qt::QueuedConnection);
        };
        callbacks.finished = [this, trace, ownTrace](const SendOutcome &o) {
            const QString transcript = o.state == OutboxState::Sent ? QString() : trace->text();
            if (ownTrace)
                trace->clear();
            QMetaObject::invokeMethod(
                this,
                [this, o, transcript]() {
                    if (o.state == OutboxState::Sent) {
                        m_transcripts.remove(o.id);
                        Q_EMIT sent(o.id, o);
                    } else {
                        m_transcripts.insert(o.id, transcript);
                        Q_EMIT failed(o.id, o.error);
                    }
                    Q_EMIT outcome(o);
                    Q_EMIT outboxChanged();
                },
                Qt::QueuedConnection);
        };
        const SendWorker::Result result = worker.run(Outbox::ClaimFilter(), callbacks);
        const QString account = target.account;
        QMetaObject::invokeMethod(
            this,
            [this, account, result]() {
                if (result.error)
                    qCWarning(lcSend) << "send job of" << account << "ended:" << result.error;
                if (result.sentCopyError)
                    Q_EMIT sentCopyFailed(account, result.sentCopyError);
                jobDone(account, result.nextDue);
            },
            Qt::QueuedConnection);
    });
}

void SendService::jobDone(const QString &account, const QDateTime &nextDue)
{
    m_running.remove(account);
    if (nextDue.isValid())
        m_due.insert(account, nextDue);
    else
        m_due.remove(account);
    Q_EMIT jobFinished(account);
    if (m_rerun.remove(account))
        schedule(account);
    armTimer();
}

void SendService::armTimer()
{
    QDateTime earliest;
    for (const QDateTime &due : std::as_const(m_due)) {
        if (!earliest.isValid() || due < earliest)
            earliest = due;
    }
    if (!earliest.isValid()) {
        m_retryTimer.stop();
        return;
    }
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(earliest);
    m_retryTimer.start(int(qBound<qint64>(0, ms, 24 * 3600 * 1000LL)));
}

void SendService::onTimer()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList accounts = m_due.keys();
    for (const QString &account : accounts) {
        if (m_due.value(account) <= now) {
            m_due.remove(account);
            schedule(account);
        }
    }
    armTimer();
}

void SendService::outboxOp(std::function<MailError(Outbox &)> op, const QString &thenSchedule)
{
    const QString path = m_outboxPath;
    const Outbox::Options options = m_outboxOptions;
    m_pool.start([this, op, path, options, thenSchedule]() {
        Outbox outbox(path, options);
        const MailError e = op(outbox);
        QMetaObject::invokeMethod(
            this,
            [this, e, thenSchedule]() {
                if (e)
                    qCInfo(lcSend) << "outbox operation refused:" << e;
                Q_EMIT outboxChanged();
                if (!e && thenSchedule == QLatin1String("*"))
                    flush();
            },
            Qt::QueuedConnection);
    });
}

void SendService::cancel(qint64 id)
{
    // Cut the transfer at once (thread-safe). The job records it as failed (Cancelled is not
    // retryable) without waiting for another writer; only a message that is not on the wire
    // needs the outbox's cancel flag.
    QList<std::shared_ptr<SendControl>> controls = m_running.values();
    for (const auto &control : std::as_const(controls)) {
        if (control->cancelMessage(id))
            return;
    }
    outboxOp([id, controls](Outbox &outbox) {
        const MailError e = outbox.cancel(id);
        for (const auto &control : controls)
            control->cancelMessage(id); // claimed meanwhile: cut it too
        return e;
    });
}

void SendService::hold(qint64 id)
{
    outboxOp([id](Outbox &outbox) { return outbox.hold(id); });
}

void SendService::retryNow(qint64 id)
{
    outboxOp([id](Outbox &outbox) { return outbox.retryNow(id); }, QStringLiteral("*"));
}

void SendService::remove(qint64 id)
{
    m_transcripts.remove(id);
    outboxOp([id](Outbox &outbox) { return outbox.remove(id); });
}

void SendService::flush(const QString &accountName)
{
    if (!accountName.isEmpty()) {
        schedule(accountName);
        return;
    }
    if (m_accounts) {
        for (const Account &a : m_accounts->accounts())
            schedule(a.name);
    }
    for (auto it = m_adHoc.cbegin(); it != m_adHoc.cend(); ++it)
        schedule(it.key());
}

} // namespace mailwright
