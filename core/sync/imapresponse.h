// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailwright {

/// One value of an IMAP response (RFC 3501 §4): an atom (numbers and flags included), a string
/// (quoted or literal, already unescaped), NIL, or a parenthesised list.
struct ImapValue
{
    enum class Kind : quint8 { Atom, String, Nil, List };
    Kind kind = Kind::Nil;
    QByteArray text;        ///< Atom and String
    QList<ImapValue> items; ///< List

    bool isNil() const { return kind == Kind::Nil; }
    bool isList() const { return kind == Kind::List; }
    bool isString() const { return kind == Kind::String; }
    bool isAtom() const { return kind == Kind::Atom; }
};

/// One complete server response (RFC 3501 §7: "* ...", "TAG ..." or "+ ...").
struct ImapResponse
{
    enum class Kind : quint8 { Untagged, Tagged, Continuation };
    Kind kind = Kind::Untagged;
    QByteArray tag; ///< Tagged only
    /// The tokens after "*" / the tag. For status responses (tagged, and untagged OK, NO, BAD,
    /// BYE, PREAUTH) only the status atom: the rest is free text (resp-text, §9) in \a text.
    QList<ImapValue> values;
    QByteArray text; ///< resp-text of status and continuation responses, without CRLF
};

/// A strict, streaming reader of IMAP server responses: bytes go in as they arrive, complete
/// responses come out. Handles atoms, quoted strings with \" and \\ escapes (§4.3), literals
/// "{n}" CRLF n bytes (also "{n+}", RFC 7888), NIL and nested lists; bracketed atom parts such
/// as BODY[HEADER.FIELDS (DATE)] stay one atom. Lines must end in CRLF.
///
/// Malformed input yields Status::Error with errorString(); the reader then stays in error (the
/// connection's state is unknown and it must not be reused). Limits bound memory against a
/// hostile server: a literal is at most 64 MiB and lists nest at most 64 deep.
///
/// Thread: none of its own; used by one thread at a time. Owner: the caller.
class ImapResponseReader
{
public:
    enum class Status { NeedMore, Response, Error };

    void feed(const char *data, qsizetype size);
    void feed(const QByteArray &data) { feed(data.constData(), data.size()); }
    /// The next complete response, NeedMore if its bytes have not all arrived yet.
    Status next(ImapResponse *out);
    QString errorString() const { return m_error; }
    /// Bytes fed but not yet consumed by a returned response.
    qsizetype pending() const { return m_buffer.size() - m_pos; }

    static constexpr qsizetype kMaxLiteral = 64 * 1024 * 1024;
    static constexpr int kMaxDepth = 64;

private:
    enum class Step { Done, Incomplete, Bad };
    Step parseResponse(qsizetype *pos, ImapResponse *out);
    Step parseValue(qsizetype *pos, int depth, ImapValue *out);
    Step parseQuoted(qsizetype *pos, ImapValue *out);
    Step parseLiteral(qsizetype *pos, ImapValue *out);
    Step parseAtom(qsizetype *pos, ImapValue *out);
    Step restOfLine(qsizetype *pos, QByteArray *out);
    Step bad(qsizetype pos, const char *what);

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_scanned = 0; ///< bytes already searched for LF by an incomplete attempt
    QString m_error;
};

} // namespace mailwright
