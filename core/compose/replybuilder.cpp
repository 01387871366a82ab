// SPDX-License-Identifier: GPL-3.0-or-later
#include "replybuilder.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mailwright {

namespace {

// Translation context "ReplyBuilder". A struct rather than a free tr() function: lupdate files a
// free function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyBuilder)
};

/// Strips a leading run of prefixes matched by \a prefix (one prefix with its colon and the
/// spaces after it, possibly followed by a counter like "[2]" as some clients write).
QString stripPrefixes(QString subject, const QRegularExpression &prefix)
{
    subject = subject.trimmed();
    for (;;) {
        const QRegularExpressionMatch m = prefix.match(subject);
        if (!m.hasMatch() || m.capturedLength() == 0)
            break;
        subject = subject.mid(m.capturedLength()).trimmed();
    }
    return subject;
}

bool containsAddress(const QStringList &list, const QString &address)
{
    for (const QString &a : list) {
        if (a.compare(address, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// Appends the mailboxes not yet present (by address, case-insensitively) and not the user's.
void appendUnique(QList<Mailbox> *out, const QList<Mailbox> &add, QStringList *seen,
                  const QStringList &own)
{
    for (const Mailbox &m : add) {
        if (m.address.isEmpty() || containsAddress(*seen, m.address) ||
            containsAddress(own, m.address))
            continue;
        seen->append(m.address);
        out->append(m);
    }
}

QString plainText(const ReadMessage &m)
{
    if (!m.text.isNull())
        return QString(m.text).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (!m.html.isNull()) {
        // Core has no QtGui (no QTextDocument): a small conversion that keeps line structure.
        QString t = m.html;
        static const QRegularExpression dropped(
            QStringLiteral("<(head|style|script)[^>]*>.*?</\\1>"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression breaks(QStringLiteral("<(br|/p|/div|/li|/tr)[^>]*>"),
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        t.remove(dropped);
        t.replace(u'\n', u' ');
        t.replace(breaks, QStringLiteral("\n"));
        t.remove(tags);
        t.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
        t.replace(QLatin1String("&lt;"), QLatin1String("<"));
        t.replace(QLatin1String("&gt;"), QLatin1String(">"));
        t.replace(QLatin1String("&quot;"), QLatin1String("\""));
        t.replace(QLatin1String("&amp;"), QLatin1String("&"));
        return t;
    }
    return QString();
}

QString formatDate(const QDateTime &date)
{
    // ISO-like and unambiguous in every language; the translator may reorder the whole line.
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : Tr::tr("an unknown date");
}

} // namespace

QString ReplyBuilder::replySubject(const QString &subject)
{
    // Re (English), AW (German Antwort), SV (Scandinavian), Antw (Dutch), Odp (Polish),
    // RIF (Italian), VS? no: VS is a forward prefix in Finnish; keep the reply set narrow.
    static const QRegularExpression prefix(
        QStringLiteral("^(re|aw|sv|antw|odp|rif|ref)(\\s*\\[\\d+\\]|\\s*\\(\\d+\\))?\\s*:\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    return QStringLiteral("Re: ") + stripPrefixes(subject, prefix);
}

QString ReplyBuilder::forwardSubject(const QString &subject)
{
    static const QRegularExpression prefix(
        QStringLiteral("^(fwd|fw|wg|tr|vs|enc)(\\s*\\[\\d+\\])?\\s*:\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    return QStringLiteral("Fwd: ") + stripPrefixes(subject, prefix);
}

QString ReplyBuilder::attribution(const ReadMessage &original)
{
    const QString name =
        original.from.displayName.isEmpty() ? original.from.address : original.from.displayName;
    return Tr::tr("On %1, %2 wrote:").arg(formatDate(original.date), name);
}

QString ReplyBuilder::quote(const ReadMessage &original)
{
    QString text = plainText(original);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    while (text.endsWith(u'\n'))
        text.chop(1);
    QStringList lines;
    lines.append(attribution(original));
    for (const QString &line : text.split(u'\n')) {
        // RFC 3676 §4.5: quote marks stack without spaces between them (">>"), one space
        // before the text; an empty line is just ">".
        if (line.startsWith(u'>'))
            lines.append(u'>' + line);
        else if (line.isEmpty())
            lines.append(QStringLiteral(">"));
        else
            lines.append(QStringLiteral("> ") + line);
    }
    return lines.join(u'\n') + u'\n';
}

QList<QByteArray> ReplyBuilder::references(const ReadMessage &original)
{
    QList<QByteArray> refs = original.references;
    if (refs.isEmpty() && original.inReplyTo.size() == 1)
        refs = original.inReplyTo;
    if (!original.messageId.isEmpty() && !refs.contains(original.messageId))
        refs.append(original.messageId);
    return refs;
}

ReplySeed ReplyBuilder::build(const ReadMessage &original, ReplyMode mode,
                              const QStringList &ownAddresses)
{
    ReplySeed seed;
    MessageDraft &d = seed.draft;
    if (mode == ReplyMode::Forward) {
        d.subject = forwardSubject(original.subject);
        QStringList header;
        header << Tr::tr("-------- Forwarded Message --------");
        header << Tr::tr("Subject: %1").arg(original.subject);
        header << Tr::tr("Date: %1").arg(formatDate(original.date));
        header << Tr::tr("From: %1").arg(original.from.toDisplayString());
        QStringList to;
        for (const Mailbox &m : original.to)
            to << m.toDisplayString();
        if (!to.isEmpty())
            header << Tr::tr("To: %1").arg(to.join(QStringLiteral(", ")));
        d.textBody = QStringLiteral("\n\n") + header.join(u'\n') + QStringLiteral("\n\n") +
                     plainText(original);
        seed.attachments = original.attachments;
        seed.cursorPosition = 0;
        // A forward starts a new thread but may point at the original (RFC 5322 §3.6.4 leaves
        // it open); most clients set References only, so threading shows the relation.
        if (!original.messageId.isEmpty())
            d.references = {original.messageId};
        return seed;
    }

    d.subject = replySubject(original.subject);
    QStringList seen;
    const QList<Mailbox> primary =
        original.replyTo.isEmpty() ? QList<Mailbox>{original.from} : original.replyTo;
    // Replying to one's own message goes to its recipients, as every client does.
    bool fromMe =
        containsAddress(ownAddresses, original.from.address) && original.replyTo.isEmpty();
    if (fromMe)
        appendUnique(&d.to, original.to, &seen, ownAddresses);
    else
        appendUnique(&d.to, primary, &seen, {});
    if (mode == ReplyMode::ReplyAll) {
        if (!fromMe)
            appendUnique(&d.cc, original.to, &seen, ownAddresses);
        appendUnique(&d.cc, original.cc, &seen, ownAddresses);
    }
    if (!original.messageId.isEmpty())
        d.inReplyTo = original.messageId;
    d.references = references(original);
    // Bottom-posting with the cursor under the quote (RFC 3676 interleaved style works too).
    d.textBody = quote(original) + QStringLiteral("\n");
    seed.cursorPosition = int(d.textBody.size());
    return seed;
}

} // namespace mailwright
