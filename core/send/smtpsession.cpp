// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpsession.h"
#include "smtpsession_p.h"

#include "logging.h"

#include <QCoreApplication>

#include <cstring>

namespace mailwright {

using namespace smtp;

namespace {

constexpr qint64 kChunk = 64 * 1024;

/// RFC 5321 §2.3.8: lines end in CRLF on the wire; bare LF or CR would be sent as is (G15).
QByteArray normalizeCrlf(const QByteArray &in)
{
    const char *p = in.constData();
    const qsizetype n = in.size();
    bool clean = true;
    for (const char *q = p;
         clean && (q = static_cast<const char *>(std::memchr(q, '\n', p + n - q))); ++q) {
        clean = q > p && q[-1] == '\r';
    }
    for (const char *q = p;
         clean && (q = static_cast<const char *>(std::memchr(q, '\r', p + n - q))); ++q) {
        clean = q + 1 < p + n && q[1] == '\n';
    }
    if (clean)
        return in;
    QByteArray out;
    out.reserve(n + n / 32);
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < n && p[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

/// Appends \a n bytes to \a out with every line that starts with "." given one more (RFC 5321
/// §4.5.2). \a lineStart: the first byte begins a line. Copies the long runs between dots
/// whole: memchr finds each "." (none at all in base64 attachments, a few per line of prose),
/// and only a dot right after LF is doubled. A per-line loop cost ~5% of a send run's CPU and
/// glibc's memmem for "\n." 6.7% (perf); memchr runs at memory speed.
void stuffDots(const char *p, qint64 n, bool lineStart, QByteArray *out)
{
    if (n <= 0)
        return;
    const char *end = p + n;
    const char *run = p;
    for (const char *q = p; q < end;) {
        q = static_cast<const char *>(std::memchr(q, '.', size_t(end - q)));
        if (!q)
            break;
        if (q == p ? lineStart : q[-1] == '\n') {
            out->append(run, q - run);
            out->append('.');
            run = q; // the original dot follows with the next run
        }
        ++q;
    }
    out->append(run, end - run);
}

} // namespace

QList<RecipientOutcome> SmtpSendResult::rejected() const
{
    QList<RecipientOutcome> out;
    for (const RecipientOutcome &r : recipients) {
        if (!r.accepted)
            out.append(r);
    }
    return out;
}

SmtpSession::SmtpSession() = default;

SmtpSession::~SmtpSession()
{
    close();
}

bool SmtpSession::isUsable() const
{
    return m_usable && m_wire.isOpen();
}

MailError SmtpSession::fail(MailError error)
{
    m_usable = false;
    // G7: never reuse a connection after an error. Say goodbye politely when the server is
    // still talking to us, otherwise just drop it.
    if (m_wire.isOpen() && error.replyCode != 0 && error.code != ErrorCode::Cancelled &&
        !m_inData && m_pendingGroup.isEmpty())
        m_wire.queue("QUIT\r\n");
    // In DATA mode (a pipelined DATA got 354 but the message must not go out), or with the next
    // message's group on the wire (whose DATA may get a 354), the connection is dropped without
    // a final dot: RFC 5321 §4.1.1.4, an incomplete DATA is not delivered.
    m_inData = false;
    m_pendingGroup.clear();
    m_wire.close();
    return error;
}

MailError SmtpSession::open(const WireOptions &options, const SmtpCredentials &credentials)
{
    m_usable = false;
    m_mechanism.clear();
    WireOptions o = options;
    o.endpoint.protocol = Protocol::Smtp;
    if (MailError e = m_wire.open(o))
        return fail(e);
    if (!credentials.isEmpty()) {
        // Credentials go only over a verified TLS channel, or in clear text when the user chose
        // "no encryption" for this account (the wire refuses None without that opt-in).
        const bool plainAllowed = o.endpoint.security == Security::None && o.tls.allowPlaintext;
        if (!m_wire.isEncrypted() && !plainAllowed) {
            return fail(
                makeError(ErrorCode::AuthEncryptionRequired, Phase::Auth,
                          Tr::tr("The connection is not encrypted; the password was not sent.")));
        }
        if (MailError e = authenticate(credentials))
            return fail(e);
    }
    m_usable = true;
    return MailError();
}

MailError SmtpSession::authenticate(const SmtpCredentials &credentials)
{
    const QStringList offered = m_wire.smtpCapabilities().authMechanisms;
    QString mech = credentials.mechanism.trimmed().toUpper();
    if (mech.isEmpty() || mech == QLatin1String("AUTO")) {
        // Over TLS, PLAIN is as good as anything else and needs one round trip (RFC 4616).
        if (offered.contains(QLatin1String("PLAIN")))
            mech = QStringLiteral("PLAIN");
        else if (offered.contains(QLatin1String("LOGIN")))
            mech = QStringLiteral("LOGIN");
        else
            mech.clear();
    }
    if (mech.isEmpty() || !offered.contains(mech) ||
        (mech != QLatin1String("PLAIN") && mech != QLatin1String("LOGIN"))) {
        MailError e =
            makeError(ErrorCode::AuthMechanismUnavailable, Phase::Auth,
                      offered.isEmpty()
                          ? Tr::tr("The server offers no login on this connection.")
                          : Tr::tr("The server offers no supported login method (it offers: %1).")
                                .arg(offered.join(QLatin1String(", "))));
        e.serverText = m_wire.smtpCapabilities().keywords.join(QLatin1Char('\n'));
        return e;
    }
    m_mechanism = mech;

    SmtpReply reply;
    const QByteArray user = credentials.username.toUtf8();
    if (mech == QLatin1String("PLAIN")) {
        // RFC 4616: authzid NUL authcid NUL passwd, as the RFC 4954 initial response.
        QByteArray plain(1, '\0');
        plain += user;
        plain += '\0';
        plain += credentials.password.toUtf8();
        QByteArray token = plain.toBase64();
        plain.fill('\0');
        MailError e = m_wire.smtpCommand("AUTH PLAIN " + token, &reply, Phase::Auth,
                                         QStringLiteral("AUTH PLAIN <redacted>"));
        token.fill('\0');
        if (e)
            return e;
    } else {
        if (MailError e = m_wire.smtpCommand("AUTH LOGIN", &reply, Phase::Auth))
            return e;
        if (reply.code == 334) {
            if (MailError e = m_wire.smtpCommand(user.toBase64(), &reply, Phase::Auth,
                                                 QStringLiteral("<redacted>")))
                return e;
        }
        if (reply.code == 334) {
            QByteArray token = credentials.password.toUtf8().toBase64();
            MailError e =
                m_wire.smtpCommand(token, &reply, Phase::Auth, QStringLiteral("<redacted>"));
            token.fill('\0');
            if (e)
                return e;
        }
    }
    if (reply.code == 235)
        return MailError();

    // RFC 4954 §6 reply codes; the catalogue explains 535, 538, 530, 534 and 504 further.
    ErrorCode code = ErrorCode::AuthFailed;
    if (reply.code == 538)
        code = ErrorCode::AuthEncryptionRequired;
    else if (reply.code == 530)
        code = ErrorCode::AuthRequired;
    else if (reply.code == 504 || reply.code == 534)
        code = ErrorCode::AuthMechanismUnavailable;
    return replyError(reply, Phase::Auth, code);
}

MailError SmtpSession::upload(const SmtpMessageSource &source, qint64 *sent,
                              const SmtpSendHooks &hooks, bool *finalDotSent,
                              const QByteArray &trailer, const QByteArray &trailerKey)
{
    // RFC 5321 §4.5.2: a line starting with "." gets one more; the data ends with CRLF.CRLF.
    m_wire.traceClient(QStringLiteral("<%1 bytes of message data>").arg(source.size));
    const qint64 total = source.size;
    QByteArray in(int(qMin(kChunk, qMax<qint64>(total, 1))), Qt::Uninitialized);
    QByteArray out;
    out.reserve(kChunk + kChunk / 16 + 8);
    bool lineStart = true; // the next byte begins a line
    char tail[2] = {'\r', '\n'};
    for (qint64 offset = 0; offset < total;) {
        const qint64 n = qMin(kChunk, total - offset);
        if (MailError e = source.read(offset, in.data(), n))
            return e;
        stuffDots(in.constData(), n, lineStart, &out);
        const char *p = in.constData();
        lineStart = p[n - 1] == '\n';
        tail[0] = n >= 2 ? p[n - 2] : tail[1];
        tail[1] = p[n - 1];
        offset += n;
        if (offset < total && out.size() >= kChunk) {
            if (MailError e = m_wire.write(out, Phase::Data, false))
                return e;
            *sent += out.size();
            out.clear();
            if (hooks.progress)
                hooks.progress(*sent, total);
        }
    }
    if (total > 0 && !(tail[0] == '\r' && tail[1] == '\n'))
        out += "\r\n";
    if (source.verify) {
        // Still in DATA mode: fail() drops the connection without the dot.
        if (MailError e = source.verify())
            return e;
    }
    // A message of one slice goes out in one write with its final dot: one write (and one
    // segment) less. After earlier slices, the last one is written on its own first: a server
    // that dropped us mid-upload is usually noticed only on a later write, and a drop noticed
    // there must still count as before the dot (queued and retried, not held).
    if (*sent > 0 && !out.isEmpty()) {
        if (MailError e = m_wire.write(out, Phase::Data, false))
            return e;
        *sent += out.size();
        out.clear();
    }
    const qint64 dataBytes = out.size();
    out += ".\r\n";
    // From here on a broken connection leaves the outcome unknown (RFC 5321 §4.1.1.4: the
    // server takes responsibility with its 250, which may be lost on the way back). A one-slice
    // message goes out with the dot, so a drop while writing it counts as after the dot too: the
    // message is held for the user rather than risked twice.
    *finalDotSent = true;
    m_wire.traceClient(QStringLiteral("."));
    m_wire.queue(out, false);
    if (!trailer.isEmpty()) {
        m_wire.queue(trailer); // commands: traced
        m_pendingGroup = trailerKey;
    }
    if (MailError e = m_wire.flush(Phase::Data))
        return e;
    m_inData = false;
    *sent += dataBytes;
    if (hooks.progress)
        hooks.progress(*sent, total);
    return MailError();
}

SmtpSendResult SmtpSession::sendRaw(const QByteArray &envelopeFrom,
                                    const QList<QByteArray> &recipients,
                                    const QByteArray &rawMessage, int flags,
                                    const SmtpSendHooks &hooks)
{
    const QByteArray message = normalizeCrlf(rawMessage);
    SmtpMessageSource source;
    source.size = message.size();
    source.eightBit = !isAscii(message);
    source.read = [&message](qint64 offset, char *out, qint64 n) {
        std::memcpy(out, message.constData() + offset, size_t(n));
        return MailError();
    };
    return sendRaw(envelopeFrom, recipients, source, flags, hooks);
}

SmtpSendResult SmtpSession::sendRaw(const QByteArray &envelopeFrom,
                                    const QList<QByteArray> &recipients,
                                    const SmtpMessageSource &source, int flags,
                                    const SmtpSendHooks &hooks, const SmtpNextEnvelope *next)
{
    SmtpSendResult result;
    if (!isUsable()) {
        result.error =
            makeError(ErrorCode::Internal, Phase::MailFrom,
                      Tr::tr("This connection cannot be used any more; open a new one."));
        return result;
    }
    bool smtpUtf8 = false;
    if (MailError e = precheck(envelopeFrom, recipients, source.size, flags, &smtpUtf8)) {
        result.error = fail(e);
        return result;
    }
    const SmtpCapabilities caps = m_wire.smtpCapabilities();
    const qint64 messageSize = source.size;
    // This message's group may already be on the wire, right behind the previous message's
    // final dot (SmtpNextEnvelope); then only its replies are read here.
    const bool groupSent = !m_pendingGroup.isEmpty();
    if (groupSent && m_pendingGroup != groupKey(envelopeFrom, recipients, messageSize)) {
        result.error = fail(makeError(ErrorCode::Internal, Phase::MailFrom,
                                      Tr::tr("This connection cannot be used any more; open a "
                                             "new one.")));
        return result;
    }
    m_pendingGroup.clear();

    SmtpReply dataReply;
    if (caps.pipelining) {
        // RFC 2920 §3.1: MAIL, every RCPT and DATA go out as one group, one round trip instead
        // of two.
        result = envelope(envelopeFrom, recipients, messageSize, smtpUtf8, source.eightBit,
                          &dataReply, groupSent);
        if (result.error)
            return abandonPipelinedData(result);
    } else {
        result = envelope(envelopeFrom, recipients, messageSize, smtpUtf8, source.eightBit);
        if (result.error) {
            result.error = fail(result.error);
            return result;
        }
        if (MailError e = m_wire.smtpCommand("DATA", &dataReply, Phase::Data)) {
            result.error = fail(e);
            return result;
        }
        m_inData = dataReply.code == 354;
    }
    if (dataReply.code != 354) {
        result.error = fail(replyError(dataReply, Phase::Data, ErrorCode::MessageRejected));
        return result;
    }
    // "Upload started" is recorded after the 354 and before the first byte of message text:
    // until the text's final dot, nothing can be delivered (RFC 5321 §4.1.1.4), so a crash up
    // to here leaves the message plainly queued. An error drops the connection without a dot.
    if (hooks.beforeData) {
        if (MailError e = hooks.beforeData()) {
            result.error = fail(e);
            return result;
        }
    }
    // The next message's group rides behind the final dot (RFC 2920 §3.1: message content may
    // be the first "command" of a group), so its replies arrive with this message's 250: one
    // round trip per message instead of two. Only an envelope that passes the checks goes.
    QByteArray trailer;
    QByteArray trailerKey;
    bool nextUtf8 = false;
    if (next && caps.pipelining &&
        !precheck(next->from, next->recipients, next->size, next->flags, &nextUtf8)) {
        trailer =
            envelopeGroup(next->from, next->recipients, next->size, nextUtf8, next->eightBit, true);
        trailerKey = groupKey(next->from, next->recipients, next->size);
    }
    if (MailError e =
            upload(source, &result.bytesSent, hooks, &result.finalDotSent, trailer, trailerKey)) {
        result.error = fail(e);
        return result;
    }
    if (MailError e = m_wire.readSmtpReply(&result.finalReply, Phase::Data)) {
        result.error = fail(e);
        return result;
    }
    if (result.finalReply.code != 250) {
        const ErrorCode code =
            result.finalReply.code == 552 ? ErrorCode::MessageTooLarge : ErrorCode::MessageRejected;
        result.error = fail(replyError(result.finalReply, Phase::Data, code));
        return result;
    }
    return result;
}

SmtpSendResult SmtpSession::dryRun(const QByteArray &from, const QByteArray &rcpt)
{
    SmtpSendResult result;
    if (!isUsable()) {
        result.error =
            makeError(ErrorCode::Internal, Phase::MailFrom,
                      Tr::tr("This connection cannot be used any more; open a new one."));
        return result;
    }
    if (!isSafeAddress(from) || !isSafeAddress(rcpt) || rcpt.isEmpty()) {
        result.error = fail(makeError(ErrorCode::InvalidAddress, Phase::Compose,
                                      Tr::tr("The address is not valid.")));
        return result;
    }
    result = envelope(from, {rcpt}, 0, !isAscii(from) || !isAscii(rcpt), false);
    if (result.error) {
        result.error = fail(result.error);
        return result;
    }
    // RFC 5321 §4.1.1.5: RSET abandons the transaction; nothing is delivered.
    SmtpReply reply;
    if (MailError e = m_wire.smtpCommand("RSET", &reply, Phase::RcptTo)) {
        result.error = fail(e);
        return result;
    }
    if (reply.code != 250) {
        result.error = fail(replyError(reply, Phase::RcptTo, ErrorCode::ProtocolError));
    }
    return result;
}

void SmtpSession::close()
{
    if (m_wire.isOpen() && m_usable && !m_wire.options().cancel.isCancelled() && !m_inData &&
        m_pendingGroup.isEmpty()) {
        // RFC 5321 §4.1.1.10. Not waiting for the 221 costs nothing and saves a round trip.
        m_wire.queue("QUIT\r\n");
    }
    m_usable = false;
    m_inData = false;
    m_pendingGroup.clear();
    m_wire.close();
}

} // namespace mailwright
