// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"
#include "mime/messagedraft.h"
#include "send/outbox.h"
#include "send/sendworker.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace mailwright {

class AccountRepository;
class SecretStore;
struct Account;

/// The asynchronous front of sending, for the GUI (and anything with an event loop).
///
/// submit() builds the message (MimeBuilder) and stores it in the Outbox on a worker thread,
/// then a per-account send job (SendWorker, the same code path as `mailwright-cli send`) sends
/// every due message of that account over one connection. Retryable failures come back when
/// the RetryPolicy says (a timer re-runs due messages). Passwords are read from the SecretStore
/// in this thread before a job starts and handed to it by value.
///
/// Thread: lives in the GUI thread (or the thread that created it); every public function is
/// called there and returns at once; results arrive as signals in that thread. Work runs on the
/// service's own QThreadPool (not the global one). Owner: the composition root; the repository
/// and the secret store must outlive it. The destructor stops running jobs (messages in flight
/// go back to the queue, or are held if the final dot was sent) and waits for them.
class SendService : public QObject
{
    Q_OBJECT
public:
    SendService(const QString &outboxPath, AccountRepository *accounts, SecretStore *secrets,
                QObject *parent = nullptr);
    ~SendService() override;

    /// Options of the Outbox objects the jobs open (retry policy; tests shorten it).
    void setOutboxOptions(const Outbox::Options &options) { m_outboxOptions = options; }
    QThreadPool *threadPool() { return &m_pool; }
    QString outboxPath() const { return m_outboxPath; }

    /// The redacted protocol transcript (ProtocolTrace: no password, no message content) of
    /// the send attempt that last failed for message \a id, as it stood when failed() was
    /// emitted; empty when there is none (e.g. the job could not start). Kept until the message
    /// is sent or removed, or a newer failure replaces it. For "Show details".
    QString failureTranscript(qint64 id) const { return m_transcripts.value(id); }

    /// Queues a draft of a configured account; returns a ticket that messageQueued() or
    /// submitFailed() names.
    quint64 submit(const QString &accountName, const MessageDraft &draft);
    /// Queues prepared RFC 5322 bytes (Bcc already stripped) with their envelope.
    quint64 submit(const QString &accountName, const QByteArray &message,
                   const QByteArray &envelopeFrom, const QList<QByteArray> &recipients);
    /// Ad-hoc server (no account): \a target.account is the outbox key; the target (with its
    /// password) is kept in memory for later retries of this session.
    quint64 submit(const SmtpTarget &target, const MessageDraft &draft);
    quint64 submit(const SmtpTarget &target, const QByteArray &message,
                   const QByteArray &envelopeFrom, const QList<QByteArray> &recipients);

    /// Cancels a queued or held message, or stops its transfer within 100 ms: it ends `failed`
    /// (cancelled) unless the server had already accepted it.
    void cancel(qint64 id);
    void hold(qint64 id);
    void retryNow(qint64 id); ///< and sends it (with its account's other due mail)
    void remove(qint64 id);
    /// Runs the send job of \a accountName now (every configured account when empty).
    void flush(const QString &accountName = QString());

Q_SIGNALS:
    void messageQueued(quint64 ticket, qint64 id);
    void submitFailed(quint64 ticket, const mailwright::MailError &error);
    void sending(qint64 id, qint64 bytesSent, qint64 totalBytes);
    void sent(qint64 id, const mailwright::SendOutcome &outcome);
    /// Not sent this time: outcome.state says whether it waits for a retry (Queued), needs the
    /// user (Held) or has failed for good (Failed).
    void failed(qint64 id, const mailwright::MailError &error);
    void outcome(const mailwright::SendOutcome &outcome); ///< every outcome, sent or not
    /// The account's job could not start (unknown account, no password in the keychain).
    void accountError(const QString &accountName, const mailwright::MailError &error);
    /// A Sent-folder copy failed (the mail itself was sent; the copy is retried next run).
    void sentCopyFailed(const QString &accountName, const mailwright::MailError &error);
    void outboxChanged();
    /// A send job ended (for tests and status bars).
    void jobFinished(const QString &accountName);

private:
    struct Prepared;
    quint64 enqueue(const QString &account, bool copyToSent, std::function<Prepared()> prepare);
    void schedule(const QString &account);
    void startJob(const SmtpTarget &target);
    void jobDone(const QString &account, const QDateTime &nextDue);
    void armTimer();
    void onTimer();
    void outboxOp(std::function<MailError(Outbox &)> op, const QString &thenSchedule = {});
    std::optional<Account> findAccount(const QString &name) const;

    QString m_outboxPath;
    AccountRepository *m_accounts;
    SecretStore *m_secrets;
    Outbox::Options m_outboxOptions;
    QThreadPool m_pool;
    QTimer m_retryTimer;
    quint64 m_nextTicket = 1;
    QHash<QString, SmtpTarget> m_adHoc;
    QHash<QString, std::shared_ptr<SendControl>> m_running; // account → running job
    QSet<QString> m_rerun;                                  // submitted while running
    QHash<QString, QDateTime> m_due;                        // account → next retry
    QHash<qint64, QString> m_transcripts;                   // message → last failure's trace
};

} // namespace mailwright
