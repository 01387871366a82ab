// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/account.h"
#include "errors/mailerror.h"
#include "net/canceltoken.h"
#include "net/wireconnection.h"
#include "send/outbox.h"
#include "send/smtpsession.h"
#include "sync/imapsession.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QString>

#include <functional>
#include <optional>

namespace mailwright {

/// Where and how one account's mail leaves: everything a send job needs, passwords included
/// (read from the SecretStore before the job starts, passed by value, never logged: no QDebug).
/// Plain value type, any thread.
struct SmtpTarget
{
    QString account;  ///< the outbox's account key (account name, or an ad-hoc key)
    WireOptions wire; ///< endpoint, TLS policy, timeouts, trace; the cancel token is replaced
    SmtpCredentials credentials; ///< empty: no AUTH (a relay that wants none)

    /// The copy to the Sent folder over IMAP (Account::saveSentCopy with an IMAP account).
    bool saveSentCopy = false;
    WireOptions imap;
    ImapCredentials imapCredentials;
    QString sentFolder = QStringLiteral("Sent");
};

/// The target of a configured account: endpoint, its extra CA and pinned certificates,
/// credentials (none when its AUTH method is None), and the Sent copy when the account has IMAP
/// and saveSentCopy. ConfigError when the account's CA file cannot be read. Any thread.
MailError smtpTargetForAccount(const Account &account, const QString &smtpPassword,
                               const QString &incomingPassword, SmtpTarget *out);

/// Whether an account's sent mail is copied to its Sent folder (IMAP + saveSentCopy).
bool copiesToSent(const Account &account);

/// What became of one message in a send run.
struct SendOutcome
{
    qint64 id = 0;
    OutboxState state = OutboxState::Queued; ///< Sent, Queued (retry later), Failed, Held
    QList<RecipientOutcome> recipients;      ///< as the server answered RCPT TO
    QString reply;                           ///< the reply to the final dot, verbatim
    MailError error;                         ///< None when sent
    qint64 size = 0;
    qint64 elapsedMs = 0;
};

/// Shared between a running SendWorker (worker thread) and whoever may stop it (GUI thread).
/// Thread-safe; shared ownership (std::shared_ptr).
class SendControl
{
public:
    /// If \a id is being transferred right now, cuts its connection (CancelToken: the wire
    /// notices within ~30 ms) and returns true; the worker then records it as failed
    /// (Cancelled is not retryable) unless the server had already accepted it.
    bool cancelMessage(qint64 id);
    /// Stops the run: cuts the current connection and claims nothing more.
    void stop();
    bool isStopped() const;

    // Worker side.
    CancelToken newConnectionToken(); ///< a fresh token (already cancelled after stop())
    void setCurrent(qint64 id);

private:
    mutable QMutex m_mutex;
    qint64 m_current = 0;
    CancelToken m_token;
    bool m_stopped = false;
};

/// The send loop — the one code path of the GUI's SendService and of `mailwright-cli send` /
/// `outbox flush`. Claims due messages from the Outbox in batches and sends them over ONE SMTP
/// connection while nothing fails; after any error the next message gets a fresh connection
/// (G7). Per message, in the Outbox's documented order: claim → MAIL/RCPT → markUploading()
/// after the 354, before the text → on the 250, markAccepted() first, markSent() after the batch; a
/// retryable error goes back to the queue with the RetryPolicy's back-off (markFailed); a
/// connection lost after the final dot holds the message (markOutcomeUnknown). Afterwards, pending
/// copies to the Sent folder are appended over IMAP; a failed copy never resends the mail.
///
/// Thread: blocking; created, run and destroyed in one worker thread, with an Outbox of that
/// thread. Callbacks run in that thread. Owner: the caller.
class SendWorker
{
public:
    struct Callbacks
    {
        std::function<void(qint64 id, qint64 sent, qint64 total)> progress;
        std::function<void(const SendOutcome &outcome)> finished;
    };

    struct Result
    {
        QList<SendOutcome> outcomes;
        MailError error;         ///< the outbox failed (storage); outcomes so far are valid
        MailError sentCopyError; ///< the IMAP copy failed (mail was sent; copy stays pending)
        int connections = 0;     ///< SMTP connections opened
        QDateTime nextDue;       ///< earliest retry of this account's queued mail, if any
    };

    SendWorker(Outbox &outbox, const SmtpTarget &target,
               std::shared_ptr<SendControl> control = std::make_shared<SendControl>());

    /// Messages claimed per durable commit (claimBatch); also bounds what a crash may hold.
    void setBatchSize(int messages) { m_batchSize = messages; }

    /// Sends the messages \a filter selects (its account is forced to the target's) until none
    /// is left, the run is stopped, or the server cannot be reached.
    Result run(Outbox::ClaimFilter filter, const Callbacks &callbacks = Callbacks());

    /// Appends this account's pending Sent copies (Outbox::pendingSentCopies) over IMAP.
    MailError copyToSent();

private:
    /// A message loaded and scanned (8-bit, UTF-8 header), ready to go; small ones in whole.
    struct Prepared
    {
        OutboxMessage message;
        QList<QByteArray> recipients;
        bool eightBit = false;
        bool utf8Header = false;
        QByteArray whole;
        MailError error;
    };
    Prepared prepare(OutboxMessage message);
    SendOutcome sendOne(SmtpSession &session, const Prepared &prepared, const Callbacks &callbacks,
                        const SmtpNextEnvelope *next);
    MailError withServer(MailError error) const;
    SendOutcome failed(const OutboxMessage &message, const MailError &error,
                       const QList<RecipientOutcome> &recipients = {});

    Outbox &m_outbox;
    SmtpTarget m_target;
    std::shared_ptr<SendControl> m_control;
    int m_batchSize = 64;
};

} // namespace mailwright

Q_DECLARE_METATYPE(mailwright::SendOutcome)
