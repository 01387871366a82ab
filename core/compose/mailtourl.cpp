// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailtourl.h"

#include <QUrl>

namespace mailwright {

namespace {

/// Percent-decoding as RFC 6068 §2 wants it: %XX sequences are octets of UTF-8; nothing else
/// (not even '+') changes.
QString decode(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

/// Splits an address list at commas (RFC 6068 §2: "addr-spec *("," addr-spec)") and trims.
QStringList splitAddresses(const QString &decoded)
{
    QStringList out;
    // A comma inside a quoted display name must not split; AddressParser knows the syntax, but
    // it also rejects bad tokens, and here every token is kept as typed for the composer.
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        const QChar c = decoded.at(i);
        if (c == u'"' && (i == 0 || decoded.at(i - 1) != u'\\'))
            quoted = !quoted;
        if (c == u',' && !quoted) {
            if (!current.trimmed().isEmpty())
                out.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    text.remove(QChar(0));
    return text;
}

} // namespace

bool MailtoRequest::isMailto(const QString &text)
{
    return text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

MailtoRequest MailtoRequest::parse(const QString &url)
{
    MailtoRequest r;
    if (!isMailto(url))
        return r;
    r.valid = true;
    const QString rest = url.mid(7);
    const qsizetype q = rest.indexOf(u'?');
    const QString path = q < 0 ? rest : rest.left(q);
    const QString query = q < 0 ? QString() : rest.mid(q + 1);
    r.to = splitAddresses(oneLine(decode(path)));

    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString name = decode(eq < 0 ? pair : pair.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        if (name == QLatin1String("to")) {
            r.to += splitAddresses(oneLine(value));
        } else if (name == QLatin1String("cc")) {
            r.cc += splitAddresses(oneLine(value));
        } else if (name == QLatin1String("bcc")) {
            r.bcc += splitAddresses(oneLine(value));
        } else if (name == QLatin1String("subject")) {
            r.subject = oneLine(value);
        } else if (name == QLatin1String("body")) {
            // RFC 6068 §2: line breaks in body are %0D%0A; the editor wants LF.
            QString body = value;
            body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            body.replace(u'\r', u'\n');
            body.remove(QChar(0));
            r.body = body;
        } else if (name == QLatin1String("in-reply-to")) {
            const QString id = oneLine(value).trimmed();
            if (id.startsWith(u'<') && id.endsWith(u'>') && id.contains(u'@') && !id.contains(u' '))
                r.inReplyTo = id.toUtf8();
            else
                r.ignoredFields.append(name);
        } else if (!name.isEmpty()) {
            // RFC 6068 §6: headers such as From, Sender, Reply-To or anything unknown could
            // make the user send something other than what they see; "attach" and friends
            // (not in the RFC, but seen in the wild) could send local files. Dropped.
            r.ignoredFields.append(name);
        }
    }
    return r;
}

} // namespace mailwright
