// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedmessage.h"

#include "mime/mimebuilder.h"
#include "mime/vmimesupport_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <cstring>

namespace mailwright {

using namespace mailwright::mime;

namespace {

// Translation context "PreparedMessage". A struct rather than a free tr() function: lupdate files a
// free function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PreparedMessage)
};

PreparedMessage failure(const QString &reason, ErrorCode code = ErrorCode::InvalidMessage)
{
    PreparedMessage p;
    p.error.code = code;
    p.error.phase = Phase::Compose;
    p.error.userMessage = reason;
    p.error.hint = Tr::tr("Fix the message file and try again.");
    return p;
}

struct Field
{
    QByteArray name; // as written, without trailing blanks
    qsizetype start; // first byte of the field
    qsizetype end;   // one past the CRLF that ends its last line
    qsizetype valueStart;
};

bool hasHighBit(const char *p, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        if (uchar(p[i]) >= 0x80)
            return true;
    }
    return false;
}

// RFC 2047 encoded words in a display name are decoded by VMime; everything else is ours.
QString decodeDisplayName(const QString &name)
{
    if (!name.contains(QLatin1String("=?")))
        return name;
    try {
        ensureVMimePlatform();
        return textToQString(*vmime::text::decodeAndUnfold(toStd(name)));
    } catch (const std::exception &) {
        return name; // undecodable: keep what was written
    }
}

// The unfolded value of a field: folding CRLFs removed (RFC 5322 §2.2.3), UTF-8 assumed
// (RFC 6532); invalid UTF-8 falls back to Latin-1 so no byte is lost.
QString unfoldedValue(const QByteArray &bytes, const Field &f)
{
    QByteArray value = bytes.mid(f.valueStart, f.end - f.valueStart);
    value.replace("\r\n", "");
    QString text = QString::fromUtf8(value);
    if (text.contains(QChar::ReplacementCharacter))
        text = QString::fromLatin1(value);
    return text;
}

} // namespace

PreparedMessage PreparedMessage::prepare(const QByteArray &raw, const PrepareOptions &options)
{
    const QByteArray bytes = MimeBuilder::normalizeLineEndings(raw);
    const char *const data = bytes.constData();
    const qsizetype size = bytes.size();

    // 1. Header fields up to the empty line (RFC 5322 §2.1).
    QList<Field> fields;
    qsizetype pos = 0;
    qsizetype headerEnd = -1;
    qsizetype longest = 0;
    while (pos < size) {
        const void *hit = std::memchr(data + pos, '\n', size_t(size - pos));
        if (!hit)
            break;
        const qsizetype eol = static_cast<const char *>(hit) - data - 1; // at the CR
        const qsizetype lineLength = eol - pos;
        longest = qMax(longest, lineLength);
        if (lineLength == 0) {
            headerEnd = eol + 2;
            break;
        }
        const char first = data[pos];
        if (first == ' ' || first == '\t') {
            if (fields.isEmpty())
                return failure(Tr::tr("The message starts with an indented line; the first line "
                                      "must be a header field such as \"From: ...\"."));
            fields.last().end = eol + 2;
        } else {
            qsizetype colon = pos;
            while (colon < eol && data[colon] != ':' && uchar(data[colon]) > 32 &&
                   uchar(data[colon]) < 127)
                ++colon;
            qsizetype nameEnd = colon;
            while (colon < eol && (data[colon] == ' ' || data[colon] == '\t'))
                ++colon; // obsolete "Name :" (RFC 5322 §4.5)
            if (colon >= eol || data[colon] != ':' || nameEnd == pos) {
                const QByteArray line = bytes.mid(pos, qMin<qsizetype>(lineLength, 60));
                if (fields.isEmpty() && line.startsWith("From "))
                    return failure(Tr::tr("The file starts with an mbox \"From \" line; give a "
                                          "single message, not an mbox file."));
                return failure(Tr::tr("Header line %1 is not a header field (\"Name: value\"): %2")
                                   .arg(fields.size() + 1)
                                   .arg(QString::fromUtf8(line)));
            }
            fields.append(Field{bytes.mid(pos, nameEnd - pos), pos, eol + 2, colon + 1});
        }
        pos = eol + 2;
    }
    if (headerEnd < 0)
        return failure(Tr::tr("The message has no empty line between its header and its body."));
    if (fields.isEmpty())
        return failure(Tr::tr("The message has no header."));

    // 2. Addresses.
    PreparedMessage result;
    QList<Mailbox> from;
    Mailbox sender;
    bool haveFrom = false;
    QList<QPair<qsizetype, qsizetype>> bccRanges;
    for (const Field &f : fields) {
        const QByteArray name = f.name.toLower();
        QList<Mailbox> *target = nullptr;
        const bool isBcc = name == "bcc";
        if (isBcc)
            bccRanges.append({f.start, f.end});
        if (name == "from") {
            haveFrom = true;
            target = &from;
        } else if (name == "sender" ||
                   (options.extractRecipients && (name == "to" || name == "cc" || isBcc))) {
            target = name == "to" ? &result.to : name == "cc" ? &result.cc : &result.bcc;
        } else {
            continue;
        }
        const ParseResult parsed = AddressParser::parseList(unfoldedValue(bytes, f));
        if (!parsed.isValid()) {
            const AddressProblem &p = parsed.problems.first();
            return failure(Tr::tr("The %1 header has an invalid address \"%2\": %3")
                               .arg(QString::fromLatin1(f.name), p.input.simplified(), p.reason),
                           ErrorCode::InvalidMessage);
        }
        QList<Mailbox> mailboxes = parsed.mailboxes;
        for (Mailbox &m : mailboxes)
            m.displayName = decodeDisplayName(m.displayName);
        if (name == "sender")
            sender = mailboxes.value(0);
        else
            *target += mailboxes;
    }
    if (!haveFrom || from.isEmpty())
        return failure(Tr::tr("The message has no From header with an address; it is needed as the "
                              "envelope sender."));
    result.from = (from.size() > 1 && !sender.isNull()) ? sender : from.first();
    result.envelopeFrom = result.from.wireAddress();

    QSet<QByteArray> seen;
    for (const QList<Mailbox> *list : {&result.to, &result.cc, &result.bcc}) {
        for (const Mailbox &m : *list) {
            const QByteArray wire = m.wireAddress();
            const qsizetype at = wire.lastIndexOf('@');
            const QByteArray key = wire.left(at + 1) + wire.mid(at + 1).toLower();
            if (!seen.contains(key)) {
                seen.insert(key);
                result.envelopeRecipients.append(wire);
            }
        }
    }

    // 3. Remove the Bcc fields (G8); the rest of the bytes stay exactly as they were.
    if (bccRanges.isEmpty()) {
        result.bytes = bytes;
    } else {
        result.bytes.reserve(size);
        qsizetype copied = 0;
        for (const auto &[start, end] : bccRanges) {
            result.bytes.append(data + copied, start - copied);
            copied = end;
        }
        result.bytes.append(data + copied, size - copied);
        result.bccFieldsRemoved = int(bccRanges.size());
        headerEnd -= size - result.bytes.size();
    }

    // 4. What the transport must ask for. Body: longest line and 8-bit octets in one pass.
    const char *const out = result.bytes.constData();
    const qsizetype outSize = result.bytes.size();
    if (std::memchr(out + headerEnd, '\0', size_t(outSize - headerEnd)))
        return failure(
            Tr::tr("The message body contains NUL bytes, which SMTP cannot carry; encode "
                   "binary content with base64."));
    result.needs8BitMime = hasHighBit(out + headerEnd, outSize - headerEnd);
    for (qsizetype p = headerEnd; p < outSize;) {
        const void *hit = std::memchr(out + p, '\n', size_t(outSize - p));
        const qsizetype lf = hit ? static_cast<const char *>(hit) - out : outSize + 1;
        longest = qMax(longest, lf - 1 - p);
        p = lf + 1;
    }
    result.longestLine = longest;
    QList<Mailbox> everyone = {result.from};
    everyone += result.to + result.cc + result.bcc;
    result.needsSmtpUtf8 = hasHighBit(out, headerEnd) || mailwright::needsSmtpUtf8(everyone);
    return result;
}

PreparedMessage PreparedMessage::fromFile(const QString &path, const PrepareOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PreparedMessage p = failure(
            Tr::tr("The message file \"%1\" cannot be read: %2").arg(path, file.errorString()),
            ErrorCode::FileError);
        p.error.technicalDetail = path;
        return p;
    }
    return prepare(file.readAll(), options);
}

} // namespace mailwright
