// SPDX-License-Identifier: GPL-3.0-or-later
#include "imapenvelope.h"

#include "mime/vmimesupport_p.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

#include <vmime/vmime.hpp>

namespace mailwright {

namespace {

// Translation context "ImapEnvelope" (a struct: lupdate files a free Tr::tr()'s texts under the
// namespace).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImapEnvelope)
};

bool isNString(const ImapValue &v)
{
    return v.isNil() || v.isString();
}

/// RFC 2047 encoded words decoded and converted to UTF-8 explicitly (G13), unfolded.
QString decodedText(const QByteArray &raw)
{
    if (raw.isEmpty())
        return QString();
    bool plain = true;
    for (char c : raw) {
        if (c == '=' || c == '\r' || c == '\n' || static_cast<unsigned char>(c) >= 0x80) {
            plain = false;
            break;
        }
    }
    if (plain) // nothing to decode: skip VMime for the common ASCII case
        return QString::fromLatin1(raw);
    vmime::text text;
    vmime::text::decodeAndUnfold(std::string(raw.constData(), size_t(raw.size())), &text);
    return mime::textToQString(text);
}

int digitsAt(const char *&p, const char *end, int min, int max)
{
    int value = 0, n = 0;
    while (p < end && n < max && *p >= '0' && *p <= '9') {
        value = value * 10 + (*p++ - '0');
        ++n;
    }
    return n >= min ? value : -1;
}

/// The date-time as servers almost always send it, "Tue, 14 Nov 2023 22:13:20 +0100" (RFC 5322
/// §3.3 without comments or obsolete forms), parsed directly: VMime's general parser was a
/// tenth of the envelope work of a 50,000-message first sync (issue 6). False for anything
/// else, which then goes to VMime as before.
bool canonicalDate(const QByteArray &raw, QDateTime *out)
{
    const char *p = raw.constData();
    const char *const end = p + raw.size();
    const auto skipSpaces = [&p, end] {
        while (p < end && *p == ' ')
            ++p;
    };
    const auto expect = [&p, end](char c) {
        if (p >= end || *p != c)
            return false;
        ++p;
        return true;
    };
    skipSpaces();
    const auto letter = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    };
    if (end - p >= 4 && letter(p[0]) && letter(p[1]) && letter(p[2]) && p[3] == ',') { // "Tue,""
        p += 4;
        skipSpaces();
    }
    const int day = digitsAt(p, end, 1, 2);
    if (day < 0 || !expect(' ') || end - p < 4)
        return false;
    static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    int month = 0;
    for (int m = 0; m < 12 && !month; ++m) {
        if (QByteArray::fromRawData(p, 3).compare(QByteArray::fromRawData(months + 3 * m, 3),
                                                  Qt::CaseInsensitive) == 0)
            month = m + 1;
    }
    p += 3;
    if (!month || !expect(' '))
        return false;
    const int year = digitsAt(p, end, 4, 4);
    if (year < 0 || !expect(' '))
        return false;
    const int hour = digitsAt(p, end, 2, 2);
    if (hour < 0 || !expect(':'))
        return false;
    const int minute = digitsAt(p, end, 2, 2);
    int second = 0;
    if (minute < 0)
        return false;
    if (p < end && *p == ':') {
        ++p;
        if ((second = digitsAt(p, end, 2, 2)) < 0)
            return false;
    }
    if (!expect(' ') || p >= end || (*p != '+' && *p != '-'))
        return false;
    const int sign = *p++ == '-' ? -1 : 1;
    const int zone = digitsAt(p, end, 4, 4);
    if (zone < 0 || zone % 100 > 59)
        return false;
    skipSpaces();
    if (p != end) // a comment such as "(UTC)" or more: VMime's business
        return false;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return false;
    const int offsetSeconds = sign * ((zone / 100) * 3600 + (zone % 100) * 60);
    *out = QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
    return true;
}

QDateTime dateOf(const QByteArray &raw)
{
    // RFC 5322 §3.3 date-time: the common form directly, anything else through VMime's lenient
    // parser (as before the raw fetch).
    QDateTime canonical;
    if (canonicalDate(raw, &canonical))
        return canonical;
    if (raw.trimmed().isEmpty())
        return QDateTime();
    vmime::datetime d;
    d.parse(std::string(raw.constData(), size_t(raw.size())));
    const QDate date(d.getYear(), d.getMonth(), d.getDay());
    const QTime time(d.getHour(), d.getMinute(), d.getSecond());
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, QTimeZone(d.getZone() * 60)).toUTC();
}

QByteArray messageIdOf(const QByteArray &raw)
{
    // The common "<left@right>" without spaces, comments or quoting is already what VMime's
    // parse would give back.
    if (raw.size() > 2 && raw.startsWith('<') && raw.endsWith('>')) {
        bool simple = true;
        for (qsizetype i = 1; i + 1 < raw.size() && simple; ++i) {
            const auto c = static_cast<unsigned char>(raw.at(i));
            simple = c > 0x20 && c < 0x7f && c != '<' && c != '>' && c != '(' && c != ')' &&
                     c != '"' && c != '\\';
        }
        if (simple)
            return raw;
    }
    if (raw.trimmed().isEmpty())
        return QByteArray();
    vmime::messageId id;
    id.parse(std::string(raw.constData(), size_t(raw.size())));
    const std::string text = id.getId();
    return text.empty() ? QByteArray() : QByteArray("<") + QByteArray::fromStdString(text) + '>';
}

/// The mailboxes of an address list (groups flattened), or false on a wrong shape. With a null
/// \a out only the shape is checked (fields nobody shows: no strings built).
bool mailboxes(const ImapValue &field, QStringList *out)
{
    if (field.isNil())
        return true;
    if (!field.isList())
        return false;
    for (const ImapValue &address : field.items) {
        // address = "(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")" (§9)
        if (!address.isList() || address.items.size() != 4)
            return false;
        for (const ImapValue &part : address.items) {
            if (!isNString(part))
                return false;
        }
        if (!out)
            continue;
        const ImapValue &name = address.items.at(0);
        const ImapValue &mailbox = address.items.at(2);
        const ImapValue &host = address.items.at(3);
        if (host.isNil())
            continue; // group start (mailbox = group name) or group end (both NIL), §7.4.2
        const QString local = QString::fromUtf8(mailbox.text);
        const QString domain = QString::fromUtf8(host.text);
        const QString email = domain.isEmpty() ? local : local + u'@' + domain;
        const QString display = decodedText(name.text).trimmed();
        if (display.isEmpty())
            out->append(email);
        else
            out->append(email.isEmpty() ? display : display + QStringLiteral(" <") + email + u'>');
    }
    return true;
}

} // namespace

bool envelopeAddressText(const ImapValue &field, QString *out)
{
    QStringList list;
    if (!mailboxes(field, &list))
        return false;
    *out = list.join(QStringLiteral(", "));
    return true;
}

int imapFlagBits(const ImapValue &flags)
{
    int out = FlagNone;
    for (const ImapValue &flag : flags.items) {
        const QByteArray &f = flag.text;
        if (f.compare("\\Seen", Qt::CaseInsensitive) == 0)
            out |= FlagSeen;
        else if (f.compare("\\Answered", Qt::CaseInsensitive) == 0)
            out |= FlagAnswered;
        else if (f.compare("\\Flagged", Qt::CaseInsensitive) == 0)
            out |= FlagFlagged;
        else if (f.compare("\\Deleted", Qt::CaseInsensitive) == 0)
            out |= FlagDeleted;
        else if (f.compare("\\Draft", Qt::CaseInsensitive) == 0)
            out |= FlagDraft;
    }
    return out;
}

QString envelopeFromFetch(const ImapValue &fetch, CachedMessage *out)
{
    *out = CachedMessage();
    if (!fetch.isList() || fetch.items.size() % 2 != 0)
        return Tr::tr("FETCH data is not a list of name/value pairs");
    bool haveUid = false;
    for (qsizetype i = 0; i < fetch.items.size(); i += 2) {
        const ImapValue &name = fetch.items.at(i);
        const ImapValue &value = fetch.items.at(i + 1);
        if (!name.isAtom())
            return Tr::tr("FETCH data item name is not an atom");
        const QByteArray &n = name.text;
        if (n.compare("UID", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qulonglong uid = value.text.toULongLong(&ok);
            if (!value.isAtom() || !ok || uid == 0 || uid > 0xffffffffULL)
                return Tr::tr("UID is not a valid number");
            out->uid = quint32(uid);
            haveUid = true;
        } else if (n.compare("FLAGS", Qt::CaseInsensitive) == 0) {
            if (!value.isList())
                return Tr::tr("FLAGS is not a list");
            out->flags = imapFlagBits(value);
        } else if (n.compare("RFC822.SIZE", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            out->size = value.text.toLongLong(&ok);
            if (!value.isAtom() || !ok || out->size < 0)
                return Tr::tr("RFC822.SIZE is not a number");
        } else if (n.compare("ENVELOPE", Qt::CaseInsensitive) == 0) {
            // date subject from sender reply-to to cc bcc in-reply-to message-id (§7.4.2)
            if (!value.isList() || value.items.size() != 10)
                return Tr::tr("ENVELOPE does not have 10 fields");
            const auto &e = value.items;
            for (int k : {0, 1, 8, 9}) {
                if (!isNString(e.at(k)))
                    return Tr::tr("ENVELOPE field %1 is not a string or NIL").arg(k + 1);
            }
            QStringList from;
            if (!mailboxes(e.at(2), &from) || !mailboxes(e.at(3), nullptr) ||
                !mailboxes(e.at(4), nullptr) || !envelopeAddressText(e.at(5), &out->to) ||
                !envelopeAddressText(e.at(6), &out->cc) || !mailboxes(e.at(7), nullptr))
                return Tr::tr("ENVELOPE has a malformed address list");
            out->date = dateOf(e.at(0).text);
            out->subject = decodedText(e.at(1).text);
            // The sender column shows the first author (as VMime's From mailbox did).
            out->from = from.value(0);
            out->messageId = messageIdOf(e.at(9).text);
        }
        // Anything else (MODSEQ, INTERNALDATE, BODY[...]) is not ours to interpret here.
    }
    if (!haveUid)
        return Tr::tr("FETCH response without UID");
    return QString();
}

} // namespace mailwright
