// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailwright {

/// What a mailto: URL asks for (RFC 6068). Plain value, any thread.
///
/// Addresses are kept as the text the URL carried (decoded): the composer puts them into its
/// address fields, where AddressParser validates them like anything typed. Only the fields
/// RFC 6068 §6 calls safe are taken: to, cc, bcc, subject, body, in-reply-to. Everything else
/// (From, Sender, Reply-To, attachment parameters, arbitrary headers) is ignored and listed in
/// ignoredFields so the UI can say so.
struct MailtoRequest
{
    bool valid = false; ///< false: not a mailto: URL at all
    QStringList to;     ///< the path's addresses, then every "to" field
    QStringList cc;
    QStringList bcc;
    QString subject;           ///< CR/LF replaced by spaces (a header must not break, RFC 6068 §6)
    QString body;              ///< line breaks as LF
    QByteArray inReplyTo;      ///< "<id@host>" when given and well-formed
    QStringList ignoredFields; ///< lower-case names of the fields that were dropped

    /// Parses "mailto:..." (scheme case-insensitive). Percent-escapes are decoded as UTF-8; '+'
    /// is a literal plus (RFC 6068 §2, unlike HTML forms). Reentrant.
    static MailtoRequest parse(const QString &url);
    static bool isMailto(const QString &text);
};

} // namespace mailwright
