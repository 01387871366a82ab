// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpSession's envelope: MAIL FROM / RCPT TO / DATA, lock-step or as one RFC 2920 group, and what
// happens when a pipelined DATA got its 354 although the message must not go out.
#include "smtpsession.h"
#include "smtpsession_p.h"

namespace mailwright {

using namespace smtp;

QByteArray SmtpSession::mailCommand(const QByteArray &from, qint64 size, bool smtpUtf8,
                                    bool eightBit) const
{
    const SmtpCapabilities caps = m_wire.smtpCapabilities();
    QByteArray mail = "MAIL FROM:<" + from + '>';
    if (caps.sizeAdvertised && size > 0)
        mail += " SIZE=" + QByteArray::number(size); // RFC 1870 §6
    if ((eightBit || smtpUtf8) && caps.eightBitMime)
        mail += " BODY=8BITMIME"; // RFC 6152, RFC 6531 §3.4
    if (smtpUtf8)
        mail += " SMTPUTF8";
    return mail;
}

QByteArray SmtpSession::envelopeGroup(const QByteArray &from, const QList<QByteArray> &recipients,
                                      qint64 size, bool smtpUtf8, bool eightBit,
                                      bool withData) const
{
    QByteArray group = mailCommand(from, size, smtpUtf8, eightBit) + "\r\n";
    for (const QByteArray &r : recipients)
        group += "RCPT TO:<" + r + ">\r\n";
    if (withData)
        group += "DATA\r\n";
    return group;
}

QByteArray SmtpSession::groupKey(const QByteArray &from, const QList<QByteArray> &recipients,
                                 qint64 size)
{
    QByteArray key = from + '\n' + QByteArray::number(size);
    for (const QByteArray &r : recipients)
        key += '\n' + r;
    return key;
}

MailError SmtpSession::precheck(const QByteArray &from, const QList<QByteArray> &recipients,
                                qint64 size, int flags, bool *smtpUtf8) const
{
    if (recipients.isEmpty())
        return makeError(ErrorCode::InvalidAddress, Phase::RcptTo,
                         Tr::tr("The message has no recipients."));
    // The sender may be empty (null reverse-path "<>", RFC 5321 §4.5.5); recipients may not.
    QList<QByteArray> allAddresses = recipients;
    allAddresses.append(from);
    for (const QByteArray &a : std::as_const(allAddresses)) {
        if (!isSafeAddress(a) || (a.isEmpty() && recipients.contains(a)))
            return makeError(
                ErrorCode::InvalidAddress, Phase::Compose,
                Tr::tr("The address %1 is not valid.").arg(QString::fromUtf8(a).toHtmlEscaped()));
    }
    const SmtpCapabilities caps = m_wire.smtpCapabilities();
    // RFC 1870 §6: refuse before uploading anything when the server already said no.
    if (caps.sizeAdvertised && caps.sizeLimit > 0 && size > caps.sizeLimit) {
        MailError e = makeError(ErrorCode::MessageTooLarge, Phase::MailFrom,
                                Tr::tr("The message is %1 bytes; this server accepts at most %2 "
                                       "bytes.")
                                    .arg(size)
                                    .arg(caps.sizeLimit));
        e.technicalDetail = QStringLiteral("SIZE %1").arg(caps.sizeLimit);
        e.sizeLimit = caps.sizeLimit;
        e.messageSize = size;
        return e;
    }
    *smtpUtf8 = flags & NeedsSmtpUtf8;
    for (const QByteArray &a : std::as_const(allAddresses))
        *smtpUtf8 = *smtpUtf8 || !isAscii(a);
    if (*smtpUtf8 && !caps.smtpUtf8)
        return makeError(ErrorCode::InvalidAddress, Phase::MailFrom,
                         Tr::tr("This message needs an internationalized address (SMTPUTF8), "
                                "which this server does not support."));
    return {};
}

SmtpSendResult SmtpSession::envelope(const QByteArray &from, const QList<QByteArray> &recipients,
                                     qint64 size, bool smtpUtf8, bool eightBit,
                                     SmtpReply *dataReply, bool groupSent)
{
    SmtpSendResult result;
    const SmtpCapabilities caps = m_wire.smtpCapabilities();
    QList<QByteArray> commands{mailCommand(from, size, smtpUtf8, eightBit)};
    for (const QByteArray &r : recipients)
        commands.append("RCPT TO:<" + r + '>');

    // RFC 2920: with PIPELINING the whole envelope goes out in one write and the replies are
    // read in order; every reply is read, so the stream stays in step. DATA may end the group
    // (RFC 2920 §3.1): then its reply is read last, into *dataReply.
    QList<SmtpReply> replies;
    if (caps.pipelining) {
        if (!groupSent) {
            const QByteArray group =
                envelopeGroup(from, recipients, size, smtpUtf8, eightBit, dataReply != nullptr);
            if (MailError e = m_wire.write(group, Phase::MailFrom)) {
                result.error = e;
                return result;
            }
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
        if (dataReply) {
            if (MailError e = m_wire.readSmtpReply(dataReply, Phase::Data)) {
                result.error = e;
                return result;
            }
            // RFC 2920 §3.1: a 354 puts the server into DATA mode whatever the RCPT replies
            // were; "QUIT" would now be message text, so nothing more goes out unless the
            // caller finishes or abandons the data.
            m_inData = dataReply->code == 354;
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

SmtpSendResult SmtpSession::abandonPipelinedData(SmtpSendResult result)
{
    if (m_inData) {
        bool anyAccepted = false;
        for (const RecipientOutcome &o : std::as_const(result.recipients))
            anyAccepted = anyAccepted || o.accepted;
        if (!anyAccepted && result.error.phase != Phase::MailFrom) {
            // RFC 2920 §3.1: every RCPT failed but the server accepted DATA anyway: "the client
            // SMTP should send a single dot". There is no recipient, so nothing is delivered;
            // the server's reply to it is read (and traced) so the stream stays in step.
            m_inData = false;
            SmtpReply ignored;
            if (!m_wire.write(".\r\n", Phase::Data))
                m_wire.readSmtpReply(&ignored, Phase::Data);
        }
        // Otherwise some recipient was accepted (or MAIL FROM was refused and the server is in
        // DATA mode all the same): a single dot could deliver an empty message, so fail() drops
        // the connection without one (RFC 5321 §4.1.1.4: an incomplete DATA is not delivered).
    }
    result.error = fail(result.error);
    return result;
}

} // namespace mailwright
