// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpreply.h"

#include "errors/errorcatalogue.h"

namespace mailwright {

QString SmtpReply::text() const
{
    QStringList out;
    for (int i = 0; i < lines.size(); ++i) {
        const QString sep = i + 1 < lines.size() ? QStringLiteral("-") : QStringLiteral(" ");
        out.append(QString::number(code) + sep + lines.at(i));
    }
    return out.join(QLatin1Char('\n'));
}

SmtpCapabilities SmtpCapabilities::fromEhlo(const SmtpReply &reply)
{
    SmtpCapabilities caps;
    if (reply.code != 250 || reply.lines.isEmpty())
        return caps;
    caps.valid = true;
    caps.serverName = reply.lines.first().section(QLatin1Char(' '), 0, 0);
    for (int i = 1; i < reply.lines.size(); ++i) {
        const QString line = reply.lines.at(i).trimmed();
        caps.keywords.append(line);
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QString key = words.first().toUpper();
        if (key == QLatin1String("AUTH") || key.startsWith(QLatin1String("AUTH="))) {
            // "AUTH=PLAIN LOGIN" is the pre-RFC 4954 form some servers still send.
            QStringList mechs = words.mid(1);
            if (key.startsWith(QLatin1String("AUTH=")))
                mechs.prepend(words.first().mid(5));
            for (const QString &m : mechs) {
                const QString u = m.toUpper();
                if (!u.isEmpty() && !caps.authMechanisms.contains(u))
                    caps.authMechanisms.append(u);
            }
        } else if (key == QLatin1String("SIZE")) {
            caps.sizeAdvertised = true;
            caps.sizeLimit = words.value(1).toLongLong();
        } else if (key == QLatin1String("PIPELINING")) {
            caps.pipelining = true;
        } else if (key == QLatin1String("8BITMIME")) {
            caps.eightBitMime = true;
        } else if (key == QLatin1String("SMTPUTF8")) {
            caps.smtpUtf8 = true;
        } else if (key == QLatin1String("DSN")) {
            caps.dsn = true;
        } else if (key == QLatin1String("CHUNKING")) {
            caps.chunking = true;
        } else if (key == QLatin1String("REQUIRETLS")) {
            caps.requireTls = true;
        } else if (key == QLatin1String("ENHANCEDSTATUSCODES")) {
            caps.enhancedStatusCodes = true;
        } else if (key == QLatin1String("STARTTLS")) {
            caps.startTls = true;
        }
    }
    return caps;
}

MailError replyError(const SmtpReply &reply, Phase phase, ErrorCode permanentCode,
                     const QString &address)
{
    MailError e;
    e.phase = phase;
    e.replyCode = reply.code;
    e.enhancedCode = reply.enhancedCode;
    e.serverText = reply.text();
    e.address = address;
    if (reply.code == 421)
        e.code = ErrorCode::ServiceUnavailable;
    else if (reply.isTransient())
        e.code = ErrorCode::TemporaryFailure;
    else
        e.code = permanentCode;
    explain(e);
    return e;
}

} // namespace mailwright
