// SPDX-License-Identifier: GPL-3.0-or-later
#include "emailaddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace mailwright {

namespace {

// Translation context "AddressParser". A struct rather than a free tr() function: lupdate files a
// free function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AddressParser)
};

bool isAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// RFC 5322 §3.2.3 atext, extended by RFC 6532 §3.2 with any non-ASCII character.
bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x80)
        return true;
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    return u != 0 && QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(u));
}

bool isDotAtom(const QString &s)
{
    if (s.isEmpty() || s.startsWith(u'.') || s.endsWith(u'.') || s.contains(QLatin1String("..")))
        return false;
    for (const QChar c : s) {
        if (c != u'.' && !isAtext(c))
            return false;
    }
    return true;
}

// A token of the list, as the user typed it, and whether it sits inside a group.
struct Token
{
    QString text;
    QString groupName; // non-empty when the token is a member of "name: ... ;"
};

// Removes comments (RFC 5322 §3.2.2) outside quoted strings; returns false when a parenthesis is
// unbalanced. The text of the comments is kept in \a comments (an old-style display name).
bool stripComments(const QString &in, QString *out, QString *comments)
{
    out->clear();
    int depth = 0;
    bool quoted = false;
    for (int i = 0; i < in.size(); ++i) {
        const QChar c = in.at(i);
        if (c == u'\\' && (quoted || depth > 0) && i + 1 < in.size()) {
            if (depth > 0)
                comments->append(in.at(i + 1));
            else
                out->append(c).append(in.at(i + 1));
            ++i;
            continue;
        }
        if (depth == 0 && c == u'"') {
            quoted = !quoted;
            out->append(c);
        } else if (!quoted && c == u'(') {
            if (depth > 0)
                comments->append(c);
            ++depth;
            out->append(u' ');
        } else if (!quoted && c == u')') {
            if (depth == 0)
                return false;
            --depth;
            if (depth > 0)
                comments->append(c);
            else
                comments->append(u' ');
        } else if (depth > 0) {
            comments->append(c);
        } else {
            out->append(c);
        }
    }
    *comments = comments->simplified();
    return depth == 0;
}

// Turns a phrase (RFC 5322 §3.2.5: words that are atoms or quoted strings) into display text.
QString decodePhrase(const QString &phrase)
{
    QString out;
    bool quoted = false;
    for (int i = 0; i < phrase.size(); ++i) {
        const QChar c = phrase.at(i);
        if (quoted && c == u'\\' && i + 1 < phrase.size()) {
            out.append(phrase.at(++i));
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u' ' || c == u'\t')) {
            if (!out.endsWith(u' '))
                out.append(u' ');
        } else {
            out.append(c);
        }
    }
    return out.trimmed();
}

// Splits a list at top-level ',' and ';' and recognises groups. Quotes, comments, angle
// brackets and domain literals protect separators. Structural errors are reported later, per
// token, by parseOne().
QList<Token> tokenize(const QString &input)
{
    QList<Token> tokens;
    QString current;
    QString group;
    bool inGroup = false;
    bool quoted = false;
    int comment = 0;
    bool angle = false;
    bool literal = false;

    const auto flush = [&tokens, &current, &group, &inGroup]() {
        if (!current.trimmed().isEmpty())
            tokens.append(Token{current.trimmed(), inGroup ? group : QString()});
        current.clear();
    };

    for (int i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if ((quoted || comment > 0) && c == u'\\' && i + 1 < input.size()) {
            current.append(c).append(input.at(++i));
            continue;
        }
        if (quoted) {
            quoted = c != u'"';
        } else if (comment > 0) {
            if (c == u'(')
                ++comment;
            else if (c == u')')
                --comment;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'(') {
            comment = 1;
        } else if (c == u'<') {
            angle = true;
        } else if (c == u'>') {
            angle = false;
        } else if (c == u'[' && !angle) {
            literal = true;
        } else if (c == u']') {
            literal = false;
        } else if (!angle && !literal && c == u':' && !inGroup) {
            // "display-name ':' [group-list] ';'" (RFC 5322 §3.4). A colon in what is clearly an
            // address (an '@' before it) is not a group but an error parseOne() will report.
            if (!current.contains(u'@')) {
                QString commentText;
                QString name;
                stripComments(current, &name, &commentText);
                group = decodePhrase(name);
                inGroup = true;
                current.clear();
                continue;
            }
        } else if (!angle && !literal && (c == u',' || c == u';')) {
            flush();
            if (c == u';' && inGroup)
                inGroup = false;
            continue;
        }
        current.append(c);
    }
    // An open quote/comment/bracket stays in the last token; parseOne() explains it.
    flush();
    return tokens;
}

// Validates the domain of an addr-spec; returns the reason or an empty string.
QString checkDomain(const QString &domain)
{
    if (domain.isEmpty())
        return Tr::tr("The domain after the @ is missing.");
    if (domain.startsWith(u'[')) {
        // domain-literal (RFC 5321 §4.1.3): an IPv4 or IPv6 address in brackets.
        if (!domain.endsWith(u']'))
            return Tr::tr("The address literal is missing its closing bracket.");
        const QString inner = domain.mid(1, domain.size() - 2);
        const QString ip =
            inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive) ? inner.mid(5) : inner;
        const QHostAddress address(ip);
        const bool v6 = inner.size() != ip.size();
        if (address.isNull() || (v6 != (address.protocol() == QAbstractSocket::IPv6Protocol)))
            return Tr::tr("The address literal %1 is not an IP address.").arg(domain);
        return QString();
    }
    if (domain.endsWith(u'.') || domain.startsWith(u'.') || domain.contains(QLatin1String("..")))
        return Tr::tr("The domain \"%1\" has an empty label (two dots, or a dot at the start or "
                      "end).")
            .arg(domain);
    // Label rules first (RFC 1035 §2.3.1, RFC 5891 §4.2), so the reason names the label.
    for (const QString &label : domain.split(u'.')) {
        const QByteArray ace = QUrl::toAce(label);
        bool ok =
            !ace.isEmpty() && ace.size() <= 63 && !label.startsWith(u'-') && !label.endsWith(u'-');
        for (const char ch : ace) {
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                  (ch >= '0' && ch <= '9') || ch == '-'))
                ok = false;
        }
        if (!ok)
            return Tr::tr(
                       "The domain label \"%1\" is not valid: use letters, digits and hyphens, at "
                       "most 63 characters, not starting or ending with a hyphen.")
                .arg(label);
    }
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty())
        return Tr::tr("The domain \"%1\" is not a valid internationalised domain name.")
            .arg(domain);
    if (ace.size() > 253)
        return Tr::tr("The domain is longer than 253 characters.");
    return QString();
}

// Whitespace around dots and '@' is allowed by the obsolete syntax (RFC 5322 §4.4) and is left
// where comments were removed; it is dropped. Any other space means the user forgot the angle
// brackets.
bool compactAddrSpec(QString *addrSpec, QString *reason)
{
    QString compact;
    bool q = false;
    for (int i = 0; i < addrSpec->size(); ++i) {
        const QChar c = addrSpec->at(i);
        if (c == u'"')
            q = !q;
        if (!q && (c == u' ' || c == u'\t')) {
            int j = i;
            while (j < addrSpec->size() && addrSpec->at(j).isSpace())
                ++j;
            const QChar after = j < addrSpec->size() ? addrSpec->at(j) : QChar();
            if (compact.endsWith(u'.') || compact.endsWith(u'@') || after == u'.' ||
                after == u'@' || after.isNull())
                continue;
            *reason = Tr::tr("The address contains a space. Put a name before an address in "
                             "angle brackets: Name <user@example.org>.");
            return false;
        }
        compact.append(c);
    }
    *addrSpec = compact;
    return true;
}

// One token → one mailbox, or a problem.
bool parseOne(const Token &token, Mailbox *mailbox, QString *reason)
{
    const QString &raw = token.text;
    if (AddressParser::containsLineBreakOrNul(raw)) {
        *reason = Tr::tr("The address contains a line break or a NUL character, which is not "
                         "allowed (it could inject header lines).");
        return false;
    }
    QString text;
    QString comments;
    if (!stripComments(raw, &text, &comments)) {
        *reason = Tr::tr("A parenthesis is not balanced.");
        return false;
    }

    // Find '<' and '>' outside quoted strings.
    int open = -1;
    int close = -1;
    int opens = 0;
    int closes = 0;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'\\') {
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u'<') {
            ++opens;
            if (open < 0)
                open = i;
        } else if (!quoted && c == u'>') {
            ++closes;
            if (close < 0)
                close = i;
        }
    }
    if (quoted) {
        *reason = Tr::tr("A quotation mark is not closed.");
        return false;
    }
    if (opens != closes || opens > 1 || (opens == 1 && close < open)) {
        *reason = Tr::tr("The angle brackets < > are not balanced.");
        return false;
    }

    QString addrSpec;
    QString name;
    if (open >= 0) {
        name = decodePhrase(text.left(open));
        addrSpec = text.mid(open + 1, close - open - 1).trimmed();
        if (!text.mid(close + 1).trimmed().isEmpty()) {
            *reason = Tr::tr("There is text after the closing angle bracket.");
            return false;
        }
        if (addrSpec.startsWith(u'@')) {
            // Obsolete source route (RFC 5322 §4.4): "<@a,@b:user@host>"; the route is ignored.
            const int colon = addrSpec.indexOf(u':');
            if (colon > 0)
                addrSpec = addrSpec.mid(colon + 1);
        }
        if (name.isEmpty())
            name = comments;
    } else {
        addrSpec = text.trimmed();
        name = comments;
    }

    if (!compactAddrSpec(&addrSpec, reason))
        return false;
    QString canonical;
    const QString why = AddressParser::validateAddrSpec(addrSpec, &canonical);
    if (!why.isEmpty()) {
        *reason = why;
        return false;
    }
    mailbox->displayName = name;
    mailbox->address = canonical;
    return true;
}

} // namespace

bool AddressParser::containsLineBreakOrNul(const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\r' || c == u'\n' || c.unicode() == 0)
            return true;
    }
    return false;
}

QString AddressParser::validateAddrSpec(const QString &addrSpec, QString *canonical)
{
    if (containsLineBreakOrNul(addrSpec))
        return Tr::tr("The address contains a line break or a NUL character, which is not allowed "
                      "(it could inject header lines).");
    if (addrSpec.isEmpty())
        return Tr::tr("The address is empty.");

    // The last '@' outside a quoted local part separates local part and domain.
    int at = -1;
    bool quoted = false;
    for (int i = 0; i < addrSpec.size(); ++i) {
        const QChar c = addrSpec.at(i);
        if (quoted && c == u'\\') {
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u'@') {
            at = i;
        }
    }
    if (quoted)
        return Tr::tr("A quotation mark in the address is not closed.");
    if (at < 0)
        return Tr::tr("The address has no @ sign.");
    const QString local = addrSpec.left(at);
    const QString domain = addrSpec.mid(at + 1);
    if (local.isEmpty())
        return Tr::tr("The part before the @ is empty.");

    QString localCanonical;
    if (local.startsWith(u'"')) {
        // quoted-string (RFC 5322 §3.2.4): the whole local part must be one.
        if (local.size() < 2 || !local.endsWith(u'"') || local.endsWith(QLatin1String("\\\"")))
            return Tr::tr("The quoted part before the @ is not closed properly.");
        QString content;
        for (int i = 1; i < local.size() - 1; ++i) {
            QChar c = local.at(i);
            if (c == u'\\') {
                if (i + 1 >= local.size() - 1)
                    return Tr::tr("The quoted part before the @ ends with a backslash.");
                c = local.at(++i);
            } else if (c == u'"') {
                return Tr::tr("Only the whole part before the @ may be quoted.");
            }
            if (c.unicode() < 0x20 && c != u'\t')
                return Tr::tr("The address contains a control character.");
            content.append(c);
        }
        if (content.isEmpty())
            return Tr::tr("The part before the @ is empty.");
        if (isDotAtom(content)) {
            localCanonical = content; // "john"@x is john@x
        } else {
            localCanonical = u'"';
            for (const QChar c : content) {
                if (c == u'"' || c == u'\\')
                    localCanonical.append(u'\\');
                localCanonical.append(c);
            }
            localCanonical.append(u'"');
        }
    } else {
        if (local.startsWith(u'.') || local.endsWith(u'.'))
            return Tr::tr("The part before the @ must not start or end with a dot.");
        if (local.contains(QLatin1String("..")))
            return Tr::tr("The part before the @ must not contain two dots in a row.");
        for (const QChar c : local) {
            if (c != u'.' && !isAtext(c)) {
                if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                    return Tr::tr("The address contains a control character.");
                return Tr::tr(
                           "The character \"%1\" is not allowed before the @ unless that part is "
                           "in quotation marks.")
                    .arg(c);
            }
        }
        localCanonical = local;
    }
    // RFC 5321 §4.5.3.1.1: a local part has at most 64 octets.
    if (localCanonical.toUtf8().size() > 64)
        return Tr::tr("The part before the @ is longer than 64 characters.");

    const QString domainReason = checkDomain(domain);
    if (!domainReason.isEmpty())
        return domainReason;
    if (canonical)
        *canonical = localCanonical + u'@' + domain;
    return QString();
}

ParseResult AddressParser::parseList(const QString &input)
{
    ParseResult result;
    for (const Token &token : tokenize(input)) {
        QString stripped;
        QString comments;
        if (stripComments(token.text, &stripped, &comments) && stripped.trimmed().isEmpty())
            continue; // only a comment, e.g. "; (the end of the group)" (RFC 5322 A.5)
        Mailbox mailbox;
        QString reason;
        if (parseOne(token, &mailbox, &reason))
            result.mailboxes.append(mailbox);
        else
            result.problems.append(AddressProblem{token.text, reason});
    }
    // A line break between tokens escapes the per-token check: refuse it for the whole input.
    if (result.problems.isEmpty() && containsLineBreakOrNul(input)) {
        result.problems.append(AddressProblem{
            input, Tr::tr("The address list contains a line break or a NUL character, which is not "
                          "allowed (it could inject header lines).")});
    }
    return result;
}

ParseResult AddressParser::parseMailbox(const QString &input)
{
    ParseResult result = parseList(input);
    if (result.isValid() && result.mailboxes.size() != 1) {
        result.problems.append(AddressProblem{
            input, result.mailboxes.isEmpty() ? Tr::tr("No address was given.")
                                              : Tr::tr("Only one address is allowed here.")});
        result.mailboxes.clear();
    }
    return result;
}

QString Mailbox::localPart() const
{
    const int at = address.lastIndexOf(u'@');
    return at < 0 ? address : address.left(at);
}

QString Mailbox::domain() const
{
    const int at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1);
}

QByteArray Mailbox::aceDomain() const
{
    const QString d = domain();
    if (d.startsWith(u'['))
        return d.toLatin1();
    return QUrl::toAce(d);
}

QByteArray Mailbox::wireAddress() const
{
    if (address.isEmpty())
        return QByteArray();
    return localPart().toUtf8() + '@' + aceDomain();
}

QString Mailbox::toDisplayString() const
{
    if (displayName.isEmpty())
        return address;
    return displayName + QLatin1String(" <") + address + u'>';
}

bool needsSmtpUtf8(const Mailbox &mailbox)
{
    return !isAscii(mailbox.localPart());
}

bool needsSmtpUtf8(const QList<Mailbox> &mailboxes)
{
    for (const Mailbox &m : mailboxes) {
        if (needsSmtpUtf8(m))
            return true;
    }
    return false;
}

} // namespace mailwright
