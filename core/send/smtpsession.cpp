// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpsession.h"

#include "logging.h"

#include <QCoreApplication>

#include <cstring>

namespace mailwright {

namespace {

constexpr qint64 kChunk = 64 * 1024;

// Translation context "SmtpSession". A struct rather than a free tr() function: lupdate files a
// free function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSession)
};

MailError makeError(ErrorCode code, Phase phase, const QString &message)
{
    MailError e;
    e.code = code;
    e.phase = phase;
    e.userMessage = message;
    return e;
}

bool isAscii(const QByteArray &bytes)
{
    // Eight bytes at a time: messages can be tens of megabytes.
    const char *p = bytes.constData();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < n; ++i) {
        if (uchar(p[i]) >= 0x80)
            return false;
    }
    return true;
}

bool isSafeAddress(const QByteArray &address)
{
    // An envelope address is one path (RFC 5321 §4.1.2) — never a way to smuggle a command.
    for (const char c : address) {
        if (c == '\r' || c == '\n' || c == '\0' || c == '<' || c == '>' || c == ' ')
            return false;
    }
    return true;
}

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
    if (m_wire.isOpen() && error.replyCode != 0 && error.code != ErrorCode::Cancelled)
        m_wire.queue("QUIT\r\n");
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

SmtpSendResult SmtpSession::envelope(const QByteArray &from, const QList<QByteArray> &recipients,
                                     qint64 size, bool smtpUtf8, bool eightBit)
{
    SmtpSendResult result;
    const SmtpCapabilities caps = m_wire.smtpCapabilities();
    QByteArray mail = "MAIL FROM:<" + from + '>';
    if (caps.sizeAdvertised && size > 0)
        mail += " SIZE=" + QByteArray::number(size); // RFC 1870 §6
    if ((eightBit || smtpUtf8) && caps.eightBitMime)
        mail += " BODY=8BITMIME"; // RFC 6152, RFC 6531 §3.4
    if (smtpUtf8)
        mail += " SMTPUTF8";

    QList<QByteArray> commands{mail};
    for (const QByteArray &r : recipients)
        commands.append("RCPT TO:<" + r + '>');

    // RFC 2920: with PIPELINING the whole envelope goes out in one write and the replies are
    // read in order; every reply is read, so the stream stays in step.
    QList<SmtpReply> replies;
    if (caps.pipelining) {
        for (const QByteArray &c : commands)
            m_wire.queue(c + "\r\n");
        if (MailError e = m_wire.flush(Phase::MailFrom)) {
            result.error = e;
            return result;
        }
        for (int i = 0; i < commands.size(); ++i) {
            SmtpReply reply;
            if (MailError e =
                    m_wire.readSmtpReply(&reply, i == 0 ? Phase::MailFrom : Phase::RcptTo)) {
                result.error = e;
                return result;
            }
            replies.append(reply);
        }
    } else {
        for (int i = 0; i < commands.size(); ++i) {
            SmtpReply reply;
            if (MailError e = m_wire.smtpCommand(commands.at(i), &reply,
                                                 i == 0 ? Phase::MailFrom : Phase::RcptTo)) {
                result.error = e;
                return result;
            }
            replies.append(reply);
            if (i == 0 && reply.code != 250)
                break;
        }
    }

    const SmtpReply &mailReply = replies.first();
    for (int i = 0; i < recipients.size(); ++i) {
        RecipientOutcome o;
        o.address = QString::fromUtf8(recipients.at(i));
        if (i + 1 < replies.size()) {
            const SmtpReply &r = replies.at(i + 1);
            o.accepted = r.code == 250 || r.code == 251;
            o.replyCode = r.code;
            o.enhancedCode = r.enhancedCode;
            o.text = r.text();
        }
        result.recipients.append(o);
    }
    if (mailReply.code != 250) {
        const ErrorCode code =
            mailReply.code == 552 ? ErrorCode::MessageTooLarge : ErrorCode::SenderRejected;
        result.error = replyError(mailReply, Phase::MailFrom, code, QString::fromUtf8(from));
        return result;
    }
    const QList<RecipientOutcome> refused = result.rejected();
    if (!refused.isEmpty()) {
        const RecipientOutcome &first = refused.first();
        SmtpReply r;
        r.code = first.replyCode;
        r.enhancedCode = first.enhancedCode;
        QStringList names;
        QStringList texts;
        for (const RecipientOutcome &o : refused) {
            names.append(o.address);
            texts.append(o.address + QStringLiteral(": ") + o.text);
        }
        result.error =
            replyError(r, Phase::RcptTo,
                       refused.size() == recipients.size() ? ErrorCode::AllRecipientsRejected
                                                           : ErrorCode::RecipientRejected,
                       names.join(QLatin1String(", ")));
        result.error.serverText = texts.join(QLatin1Char('\n'));
    }
    return result;
}

MailError SmtpSession::upload(const SmtpMessageSource &source, qint64 *sent,
                              const SmtpSendHooks &hooks, bool *finalDotSent)
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
        // Copy whole runs between line starts instead of byte by byte.
        const char *p = in.constData();
        for (qint64 pos = 0; pos < n;) {
            if (lineStart && p[pos] == '.')
                out += '.';
            const void *nl = std::memchr(p + pos, '\n', size_t(n - pos));
            const qint64 end = nl ? static_cast<const char *>(nl) - p + 1 : n;
            out.append(p + pos, end - pos);
            lineStart = nl != nullptr;
            pos = end;
        }
        tail[0] = n >= 2 ? p[n - 2] : tail[1];
        tail[1] = p[n - 1];
        offset += n;
        if (out.size() >= kChunk) {
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
    if (MailError e = m_wire.write(out, Phase::Data, false))
        return e;
    *sent += out.size();
    if (hooks.progress)
        hooks.progress(*sent, total);
    // From here on a broken connection leaves the outcome unknown (RFC 5321 §4.1.1.4: the
    // server takes responsibility with its 250, which may be lost on the way back).
    *finalDotSent = true;
    return m_wire.write(".\r\n", Phase::Data);
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
                                    const SmtpSendHooks &hooks)
{
    SmtpSendResult result;
    if (!isUsable()) {
        result.error =
            makeError(ErrorCode::Internal, Phase::MailFrom,
                      Tr::tr("This connection cannot be used any more; open a new one."));
        return result;
    }
    if (recipients.isEmpty()) {
        result.error = fail(makeError(ErrorCode::InvalidAddress, Phase::RcptTo,
                                      Tr::tr("The message has no recipients.")));
        return result;
    }
    // The sender may be empty (null reverse-path "<>", RFC 5321 §4.5.5); recipients may not.
    QList<QByteArray> allAddresses = recipients;
    allAddresses.append(envelopeFrom);
    for (const QByteArray &a : std::as_const(allAddresses)) {
        if (!isSafeAddress(a) || (a.isEmpty() && recipients.contains(a))) {
            result.error = fail(makeError(
                ErrorCode::InvalidAddress, Phase::Compose,
                Tr::tr("The address %1 is not valid.").arg(QString::fromUtf8(a).toHtmlEscaped())));
            return result;
        }
    }
    const SmtpCapabilities caps = m_wire.smtpCapabilities();
    const qint64 messageSize = source.size;
    // RFC 1870 §6: refuse before uploading anything when the server already said no.
    if (caps.sizeAdvertised && caps.sizeLimit > 0 && messageSize > caps.sizeLimit) {
        MailError e =
            makeError(ErrorCode::MessageTooLarge, Phase::MailFrom,
                      Tr::tr("The message is %1 bytes; this server accepts at most %2 bytes.")
                          .arg(messageSize)
                          .arg(caps.sizeLimit));
        e.technicalDetail = QStringLiteral("SIZE %1").arg(caps.sizeLimit);
        e.sizeLimit = caps.sizeLimit;
        e.messageSize = messageSize;
        result.error = fail(e);
        return result;
    }
    bool smtpUtf8 = flags & NeedsSmtpUtf8;
    for (const QByteArray &a : std::as_const(allAddresses))
        smtpUtf8 = smtpUtf8 || !isAscii(a);
    if (smtpUtf8 && !caps.smtpUtf8) {
        result.error = fail(makeError(ErrorCode::InvalidAddress, Phase::MailFrom,
                                      Tr::tr("This message needs an internationalized address "
                                             "(SMTPUTF8), which this server does not support.")));
        return result;
    }

    result = envelope(envelopeFrom, recipients, messageSize, smtpUtf8, source.eightBit);
    if (result.error) {
        result.error = fail(result.error);
        return result;
    }
    if (hooks.beforeData) {
        if (MailError e = hooks.beforeData()) {
            result.error = fail(e);
            return result;
        }
    }
    SmtpReply reply;
    if (MailError e = m_wire.smtpCommand("DATA", &reply, Phase::Data)) {
        result.error = fail(e);
        return result;
    }
    if (reply.code != 354) {
        result.error = fail(replyError(reply, Phase::Data, ErrorCode::MessageRejected));
        return result;
    }
    if (MailError e = upload(source, &result.bytesSent, hooks, &result.finalDotSent)) {
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
    if (m_wire.isOpen() && m_usable && !m_wire.options().cancel.isCancelled()) {
        // RFC 5321 §4.1.1.10. Not waiting for the 221 costs nothing and saves a round trip.
        m_wire.queue("QUIT\r\n");
    }
    m_usable = false;
    m_wire.close();
}

} // namespace mailwright
