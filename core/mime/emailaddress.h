// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mailwright {

/// One RFC 5322 mailbox: an optional display name and an addr-spec.
///
/// Plain value type without thread affinity: copy it freely between threads.
/// \c address is the addr-spec as a person reads it: the local part in canonical form (quoted
/// only when RFC 5322 §3.4.1 requires it) and the domain as typed (U-labels kept for display).
/// wireAddress() is what goes into headers and SMTP commands: the domain as A-labels (RFC 5891).
struct Mailbox
{
    QString displayName;
    QString address;

    bool isNull() const { return address.isEmpty(); }
    /// Everything before the last '@' (still quoted when it needs quoting).
    QString localPart() const;
    /// Everything after the last '@', as typed.
    QString domain() const;
    /// The domain converted to A-labels ("xn--..."); empty if it cannot be converted.
    QByteArray aceDomain() const;
    /// local@ace-domain in UTF-8 (the local part stays UTF-8: only SMTPUTF8 may carry it).
    QByteArray wireAddress() const;
    /// "Name <address>" for display and logs.
    QString toDisplayString() const;

    friend bool operator==(const Mailbox &a, const Mailbox &b)
    {
        return a.displayName == b.displayName && a.address == b.address;
    }
};

/// One input token that is not a usable address, and why (translated, for the user).
struct AddressProblem
{
    QString input;
    QString reason;
};

/// What AddressParser::parseList() found: the good mailboxes (groups expanded) and one problem
/// per bad token. Both may be non-empty at once, so a composer can highlight only the bad ones.
struct ParseResult
{
    QList<Mailbox> mailboxes;
    QList<AddressProblem> problems;

    bool isValid() const { return problems.isEmpty(); }
};

/// Parses address lists the way people type them and the way RFC 5322 §3.4 writes them:
/// `"Doe, Jane" <j@x.org>`, `Jane Doe <j@x>`, bare `j@x`, groups `Team: a@x, b@y;` (members
/// expanded), comments, quoted local parts, `,` and `;` as separators.
///
/// All functions are static, pure and reentrant: they may run in any thread at the same time.
/// Nothing here touches VMime.
class AddressParser
{
public:
    /// Parses a whole list. Empty groups ("Undisclosed recipients:;") give no mailbox and no
    /// problem. CR, LF or NUL anywhere in a token makes that token a problem (header injection).
    static ParseResult parseList(const QString &input);

    /// Parses exactly one mailbox; a list, a group or an empty input is a problem.
    static ParseResult parseMailbox(const QString &input);

    /// Checks one addr-spec (no display name, no angle brackets). Returns an empty string when it
    /// is valid, otherwise the translated reason. \a canonical receives the canonical form.
    static QString validateAddrSpec(const QString &addrSpec, QString *canonical = nullptr);

    /// True when \a text contains CR, LF or NUL, which must never reach a header (injection).
    static bool containsLineBreakOrNul(const QString &text);
};

/// True when the mailbox can only be sent with SMTPUTF8 (RFC 6531): its local part is not ASCII.
/// A non-ASCII domain does not need it (it goes out as A-labels), neither does a display name
/// (RFC 2047 encoded words). Reentrant.
bool needsSmtpUtf8(const Mailbox &mailbox);

/// Message-level check: true if any of the mailboxes needs SMTPUTF8. Reentrant.
bool needsSmtpUtf8(const QList<Mailbox> &mailboxes);

} // namespace mailwright

Q_DECLARE_METATYPE(mailwright::Mailbox)
