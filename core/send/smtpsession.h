// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"
#include "net/smtpreply.h"
#include "net/wireconnection.h"
#include "send/recipientoutcome.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace mailwright {

/// Login data for one SMTP connection; read from the keychain before the job starts and passed
/// by value. Never logged: QDebug is deliberately not provided.
struct SmtpCredentials
{
    QString username;
    QString password;
    /// "PLAIN", "LOGIN" or "auto" (PLAIN if offered, else LOGIN). Exactly one mechanism is ever
    /// tried (G6): a wrong password costs one failed login, not three.
    QString mechanism = QStringLiteral("auto");

    bool isEmpty() const { return username.isEmpty() && password.isEmpty(); }
};

/// The result of one message transaction (or dry run).
struct SmtpSendResult
{
    MailError error;                    ///< None when the server took the message
    QList<RecipientOutcome> recipients; ///< one per RCPT TO sent, in order
    SmtpReply finalReply;               ///< the reply after DATA's final dot
    qint64 bytesSent = 0;
    /// The final "." was (being) written: when error is set and replyCode is 0, the connection
    /// broke in the window where the server may already have the message (docs/architecture.md,
    /// "Outbox"): the caller must not resend it on its own.
    bool finalDotSent = false;

    bool isSent() const { return !error.isError(); }
    QList<RecipientOutcome> rejected() const;
};

/// A message to upload without holding it in memory: its size, whether it has 8-bit octets
/// (BODY=8BITMIME, RFC 6152), and a reader for any slice. The bytes must already end lines in
/// CRLF (MimeBuilder, PreparedMessage and the outbox guarantee it). Runs in the sending thread.
struct SmtpMessageSource
{
    qint64 size = 0;
    bool eightBit = false;
    std::function<MailError(qint64 offset, char *out, qint64 n)> read;
    /// Optional: asked after the last slice was read, before the final dot. An error abandons
    /// the message without the dot (nothing is delivered; e.g. a referenced file that changed
    /// after it was queued: Outbox::verifyBody).
    std::function<MailError()> verify;
};

/// The envelope of the message that will follow on the same connection. With PIPELINING its
/// MAIL, RCPT and DATA go out right behind this message's final dot (RFC 2920 §3.1: message
/// content may be the first "command" of a group), so its replies arrive with this message's
/// reply: one round trip per message instead of two. The next sendRaw() must then be for
/// exactly this envelope; if this message fails, the group is abandoned with the connection
/// (its DATA never gets text or a dot, so nothing of it is delivered). Plain value type.
struct SmtpNextEnvelope
{
    QByteArray from;
    QList<QByteArray> recipients;
    qint64 size = 0;
    bool eightBit = false;
    int flags = 0; ///< SmtpSession::SendFlag
};

/// Callbacks of one sendRaw(), run synchronously in the sending (worker) thread.
struct SmtpSendHooks
{
    /// Runs after every recipient was accepted and DATA got its 354, just before the first byte
    /// of message text (the outbox records "upload started" here). An error abandons the
    /// transaction without the final dot (nothing is delivered); it is returned as is.
    std::function<MailError()> beforeData;
    /// Message bytes handed to the socket so far, and the total; after every chunk (64 KiB).
    std::function<void(qint64 sent, qint64 total)> progress;
};

/// One authenticated SMTP submission connection (RFC 6409) on our own wire.
///
/// Why not VMime's SMTPTransport: it aborts at the first refused RCPT and reports only that one
/// (G7), leaves pipelined replies unread so the next message reads a stale 250 (G7), tries every
/// SASL mechanism in turn and hides the server's 535 text (G6), adds SMTPUTF8 to every MAIL FROM
/// (G16) and cannot stream raw bytes with per-recipient outcomes. The SMTP client side of
/// submission is small (RFC 5321 §3.3, 4954, 1870, 2920, 6152, 6531), so it is done here, on
/// WireConnection, where every reply is seen and kept.
///
/// Thread: blocking; created, used and destroyed in one worker thread. Owner: the send job.
/// After ANY error the session is unusable (isUsable() false; G7): the caller opens a new one.
class SmtpSession
{
public:
    SmtpSession();
    ~SmtpSession();
    SmtpSession(const SmtpSession &) = delete;
    SmtpSession &operator=(const SmtpSession &) = delete;

    /// Connects (TLS/STARTTLS per the endpoint, verified), EHLO, and AUTH when credentials are
    /// given. Credentials are only ever sent over a verified TLS connection, or in clear text
    /// when the user explicitly chose Security::None (then options.tls.allowPlaintext is true).
    MailError open(const WireOptions &options, const SmtpCredentials &credentials = {});

    enum SendFlag { NoFlags = 0, NeedsSmtpUtf8 = 1 };

    /// Sends \a message (RFC 5322 bytes; bare LF/CR become CRLF, G15) to \a recipients as they
    /// are — no header is added or removed, so a Bcc header never reaches the wire unless the
    /// caller left it in (G8). SIZE is checked before upload. SMTPUTF8 is requested only when
    /// \a flags has NeedsSmtpUtf8 or an envelope address is not ASCII (G16). If any recipient is
    /// refused, no message text is sent (the message is not delivered to anyone) and every
    /// recipient's outcome is reported. When the server offers PIPELINING (RFC 2920), MAIL, the
    /// RCPTs and DATA go out as one group; if DATA then gets a 354 although a recipient was
    /// refused, the connection is dropped without the final dot, or, when no recipient at all
    /// was accepted, a lone dot is sent (RFC 2920 §3.1). Without PIPELINING: lock-step, and no
    /// DATA after a refused recipient.
    SmtpSendResult sendRaw(const QByteArray &envelopeFrom, const QList<QByteArray> &recipients,
                           const QByteArray &message, int flags = NoFlags,
                           const SmtpSendHooks &hooks = SmtpSendHooks());

    /// As above, streaming the message from \a source in 64 KiB slices (the outbox's bodies: a
    /// 34 MB message is never in memory whole). \a next: see SmtpNextEnvelope.
    SmtpSendResult sendRaw(const QByteArray &envelopeFrom, const QList<QByteArray> &recipients,
                           const SmtpMessageSource &source, int flags = NoFlags,
                           const SmtpSendHooks &hooks = SmtpSendHooks(),
                           const SmtpNextEnvelope *next = nullptr);

    /// MAIL FROM / RCPT TO / RSET: proves the server would take mail from \a from to \a rcpt
    /// without sending any (the set-up wizard).
    SmtpSendResult dryRun(const QByteArray &from, const QByteArray &rcpt);

    /// QUIT (best effort) and close.
    void close();

    bool isUsable() const;
    const WireConnection &wire() const { return m_wire; }
    SmtpCapabilities capabilities() const { return m_wire.smtpCapabilities(); }
    QString authMechanismUsed() const { return m_mechanism; }

private:
    MailError authenticate(const SmtpCredentials &credentials);
    SmtpSendResult envelope(const QByteArray &from, const QList<QByteArray> &recipients,
                            qint64 size, bool smtpUtf8, bool eightBit,
                            SmtpReply *dataReply = nullptr, bool groupSent = false);
    SmtpSendResult abandonPipelinedData(SmtpSendResult result);
    MailError precheck(const QByteArray &from, const QList<QByteArray> &recipients, qint64 size,
                       int flags, bool *smtpUtf8) const;
    QByteArray mailCommand(const QByteArray &from, qint64 size, bool smtpUtf8, bool eightBit) const;
    QByteArray envelopeGroup(const QByteArray &from, const QList<QByteArray> &recipients,
                             qint64 size, bool smtpUtf8, bool eightBit, bool withData) const;
    static QByteArray groupKey(const QByteArray &from, const QList<QByteArray> &recipients,
                               qint64 size);
    MailError upload(const SmtpMessageSource &source, qint64 *sent, const SmtpSendHooks &hooks,
                     bool *finalDotSent, const QByteArray &trailer, const QByteArray &trailerKey);
    MailError fail(MailError error);

    WireConnection m_wire;
    bool m_usable = false;
    bool m_inData = false; ///< a pipelined DATA got 354: the server reads message text now
    /// groupKey() of the next message's group, sent behind the last final dot (SmtpNextEnvelope)
    QByteArray m_pendingGroup;
    QString m_mechanism;
};

} // namespace mailwright
