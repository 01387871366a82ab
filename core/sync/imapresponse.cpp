// SPDX-License-Identifier: GPL-3.0-or-later
#include "imapresponse.h"

#include <QCoreApplication>

namespace mailwright {

namespace {

bool isStatusWord(const QByteArray &atom)
{
    // RFC 3501 §7.1: these untagged responses carry resp-text, not tokens.
    static const char *const words[] = {"OK", "NO", "BAD", "BYE", "PREAUTH"};
    for (const char *w : words) {
        if (atom.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isAtomByte(char c)
{
    // ATOM-CHAR (RFC 3501 §9) plus "\" (flags), "*" (n:*), "%" and "]" (resp-text-code ends):
    // printable ASCII except the delimiters SP ( ) " {.
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f && c != '(' && c != ')' && c != '"' && c != '{';
}

} // namespace

void ImapResponseReader::feed(const char *data, qsizetype size)
{
    if (m_pos > 0 && (m_pos >= m_buffer.size() || m_pos > 65536)) {
        // Drop consumed bytes before growing, so the buffer holds about one chunk.
        m_buffer.remove(0, m_pos);
        m_scanned = qMax<qsizetype>(0, m_scanned - m_pos);
        m_pos = 0;
    }
    m_buffer.append(data, size);
}

ImapResponseReader::Status ImapResponseReader::next(ImapResponse *out)
{
    if (!m_error.isEmpty())
        return Status::Error;
    // Every response ends with LF: no new LF since the last incomplete attempt, no response.
    if (m_buffer.indexOf('\n', qMax(m_pos, m_scanned)) < 0) {
        m_scanned = m_buffer.size();
        return Status::NeedMore;
    }
    qsizetype pos = m_pos;
    *out = ImapResponse();
    switch (parseResponse(&pos, out)) {
    case Step::Done:
        m_pos = pos;
        m_scanned = pos;
        return Status::Response;
    case Step::Incomplete:
        m_scanned = m_buffer.size();
        return Status::NeedMore;
    case Step::Bad:
        break;
    }
    return Status::Error;
}

ImapResponseReader::Step ImapResponseReader::bad(qsizetype pos, const char *what)
{
    const QByteArray near = m_buffer.mid(pos, 40);
    m_error = QCoreApplication::translate("ImapResponseReader",
                                          "Malformed IMAP response: %1 at byte %2 (near \"%3\")")
                  .arg(QLatin1String(what))
                  .arg(pos - m_pos)
                  .arg(QString::fromLatin1(near.toPercentEncoding(" ()[]{}\\\"*+:.,<>=;@!#$&'/")));
    return Step::Bad;
}

ImapResponseReader::Step ImapResponseReader::restOfLine(qsizetype *pos, QByteArray *out)
{
    const qsizetype lf = m_buffer.indexOf('\n', *pos);
    if (lf < 0)
        return Step::Incomplete;
    if (lf == *pos || m_buffer.at(lf - 1) != '\r')
        return bad(lf, "line ends without CR");
    *out = m_buffer.mid(*pos, lf - 1 - *pos);
    if (out->contains('\r') || out->contains('\0'))
        return bad(*pos, "CR or NUL inside a line");
    *pos = lf + 1;
    return Step::Done;
}

ImapResponseReader::Step ImapResponseReader::parseResponse(qsizetype *pos, ImapResponse *out)
{
    const qsizetype end = m_buffer.size();
    qsizetype p = *pos;
    if (p >= end)
        return Step::Incomplete;
    const char first = m_buffer.at(p);
    if (first == '+') {
        // continue-req = "+" SP (resp-text / base64) CRLF; some servers omit the SP.
        out->kind = ImapResponse::Kind::Continuation;
        ++p;
        if (p < end && m_buffer.at(p) == ' ')
            ++p;
        const Step s = restOfLine(&p, &out->text);
        if (s == Step::Done)
            *pos = p;
        return s;
    }
    if (first == '*') {
        out->kind = ImapResponse::Kind::Untagged;
        ++p;
    } else {
        out->kind = ImapResponse::Kind::Tagged;
        const qsizetype start = p;
        while (p < end && isAtomByte(m_buffer.at(p)) && m_buffer.at(p) != '+')
            ++p;
        if (p >= end)
            return Step::Incomplete;
        if (p == start)
            return bad(p, "expected a tag, \"*\" or \"+\"");
        out->tag = m_buffer.mid(start, p - start);
    }
    if (p >= end)
        return Step::Incomplete;
    if (m_buffer.at(p) != ' ')
        return bad(p, "expected a space after the tag");
    ++p;

    bool firstToken = true;
    for (;;) {
        if (p >= end)
            return Step::Incomplete;
        const char c = m_buffer.at(p);
        if (c == '\r' || c == '\n') {
            if (firstToken)
                return bad(p, "empty response");
            if (c == '\n')
                return bad(p, "line ends without CR");
            if (p + 1 >= end)
                return Step::Incomplete;
            if (m_buffer.at(p + 1) != '\n')
                return bad(p, "CR without LF");
            *pos = p + 2;
            return Step::Done;
        }
        ImapValue value;
        const Step s = parseValue(&p, 0, &value);
        if (s != Step::Done)
            return s;
        const bool status = firstToken && value.isAtom() && isStatusWord(value.text);
        if (firstToken && out->kind == ImapResponse::Kind::Tagged && !status)
            return bad(p, "tagged response without OK, NO or BAD");
        out->values.append(std::move(value));
        firstToken = false;
        if (p >= end)
            return Step::Incomplete;
        if (status) {
            if (m_buffer.at(p) == ' ')
                ++p;
            const Step t = restOfLine(&p, &out->text);
            if (t == Step::Done)
                *pos = p;
            return t;
        }
        if (m_buffer.at(p) == ' ')
            ++p;
        else if (m_buffer.at(p) != '\r' && m_buffer.at(p) != '\n')
            return bad(p, "expected a space between values");
    }
}

ImapResponseReader::Step ImapResponseReader::parseValue(qsizetype *pos, int depth, ImapValue *out)
{
    const qsizetype end = m_buffer.size();
    qsizetype p = *pos;
    if (p >= end)
        return Step::Incomplete;
    const char c = m_buffer.at(p);
    if (c == '"')
        return parseQuoted(pos, out);
    if (c == '{')
        return parseLiteral(pos, out);
    if (c != '(')
        return parseAtom(pos, out);
    if (depth >= kMaxDepth)
        return bad(p, "lists nested too deeply");
    out->kind = ImapValue::Kind::List;
    // FETCH data, ENVELOPE and addresses have 4 to 10 items: one allocation instead of growing.
    out->items.reserve(8);
    ++p;
    for (;;) {
        if (p >= end)
            return Step::Incomplete;
        if (m_buffer.at(p) == ')') {
            *pos = p + 1;
            return Step::Done;
        }
        if (!out->items.isEmpty()) {
            // address lists put their members side by side: "((...)(...))" (RFC 3501 §9,
            // env-to = "(" 1*address ")"), so a list may follow a list without a space.
            const bool adjacent = out->items.last().isList() && m_buffer.at(p) == '(';
            if (m_buffer.at(p) != ' ' && !adjacent)
                return bad(p, "expected a space or \")\" in a list");
            if (!adjacent)
                ++p;
            if (p >= end)
                return Step::Incomplete;
        }
        ImapValue item;
        const Step s = parseValue(&p, depth + 1, &item);
        if (s != Step::Done)
            return s;
        out->items.append(std::move(item));
    }
}

ImapResponseReader::Step ImapResponseReader::parseQuoted(qsizetype *pos, ImapValue *out)
{
    // quoted = DQUOTE *QUOTED-CHAR DQUOTE; only \" and \\ may be escaped (RFC 3501 §9). 8-bit
    // bytes are passed through (UTF-8 from RFC 6855 servers and raw header bytes).
    const qsizetype end = m_buffer.size();
    const char *data = m_buffer.constData();
    qsizetype p = *pos + 1;
    out->kind = ImapValue::Kind::String;
    // Up to the first byte that needs a look: almost every string ends there, copied at once.
    qsizetype plain = p;
    while (plain < end && data[plain] != '"' && data[plain] != '\\' && data[plain] != '\r' &&
           data[plain] != '\n' && data[plain] != '\0')
        ++plain;
    QByteArray text;
    if (plain > p)
        text = QByteArray(data + p, plain - p);
    p = plain;
    for (;;) {
        if (p >= end)
            return Step::Incomplete;
        const char c = m_buffer.at(p);
        if (c == '"') {
            *pos = p + 1;
            out->text = std::move(text);
            return Step::Done;
        }
        if (c == '\r' || c == '\n' || c == '\0')
            return bad(p, "CR, LF or NUL inside a quoted string");
        if (c == '\\') {
            if (p + 1 >= end)
                return Step::Incomplete;
            const char e = m_buffer.at(p + 1);
            if (e != '"' && e != '\\')
                return bad(p, "invalid escape in a quoted string");
            text.append(e);
            p += 2;
            continue;
        }
        text.append(c);
        ++p;
    }
}

ImapResponseReader::Step ImapResponseReader::parseLiteral(qsizetype *pos, ImapValue *out)
{
    // literal = "{" number ["+"] "}" CRLF *CHAR8 (RFC 3501 §4.3, RFC 7888 for "+").
    const qsizetype end = m_buffer.size();
    qsizetype p = *pos + 1;
    qint64 length = 0;
    int digits = 0;
    while (p < end && m_buffer.at(p) >= '0' && m_buffer.at(p) <= '9') {
        length = length * 10 + (m_buffer.at(p) - '0');
        if (++digits > 10 || length > kMaxLiteral)
            return bad(*pos, "literal too long");
        ++p;
    }
    if (p >= end)
        return Step::Incomplete;
    if (digits == 0)
        return bad(p, "literal without a length");
    if (m_buffer.at(p) == '+') {
        ++p;
        if (p >= end)
            return Step::Incomplete;
    }
    if (m_buffer.at(p) != '}')
        return bad(p, "expected \"}\" after the literal length");
    ++p;
    if (end - p < 2)
        return Step::Incomplete;
    if (m_buffer.at(p) != '\r' || m_buffer.at(p + 1) != '\n')
        return bad(p, "expected CRLF after the literal length");
    p += 2;
    if (end - p < length)
        return Step::Incomplete;
    out->kind = ImapValue::Kind::String;
    out->text = m_buffer.mid(p, qsizetype(length));
    *pos = p + qsizetype(length);
    return Step::Done;
}

ImapResponseReader::Step ImapResponseReader::parseAtom(qsizetype *pos, ImapValue *out)
{
    const qsizetype end = m_buffer.size();
    qsizetype p = *pos;
    while (p < end) {
        const char c = m_buffer.at(p);
        if (c == '[') {
            // section of BODY[...] / resp-text-code: may hold spaces and lists up to "]".
            const qsizetype close = m_buffer.indexOf(']', p);
            if (close < 0) {
                const qsizetype lf = m_buffer.indexOf('\n', p);
                return lf < 0 ? Step::Incomplete : bad(p, "\"[\" without \"]\"");
            }
            for (qsizetype i = p; i < close; ++i) {
                const char b = m_buffer.at(i);
                if (b == '\r' || b == '\n' || b == '\0')
                    return bad(i, "line break inside \"[...]\"");
            }
            p = close + 1;
            continue;
        }
        if (!isAtomByte(c))
            break;
        ++p;
    }
    if (p >= end)
        return Step::Incomplete; // the atom may continue in the next chunk
    if (p == *pos)
        return bad(p, "unexpected byte");
    const char stop = m_buffer.at(p);
    if (stop != ' ' && stop != ')' && stop != '\r' && stop != '\n')
        return bad(p, "unexpected byte after an atom");
    out->text = m_buffer.mid(*pos, p - *pos);
    out->kind = out->text.compare("NIL", Qt::CaseInsensitive) == 0 ? ImapValue::Kind::Nil
                                                                   : ImapValue::Kind::Atom;
    if (out->kind == ImapValue::Kind::Nil)
        out->text.clear();
    *pos = p;
    return Step::Done;
}

} // namespace mailwright
