// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/sync: what the ImapSession parts that talk to VMime share — our flag bits as
// VMime's, and raw commands over the store's own connection (imapdraft.cpp, imapmove.cpp), for
// what VMime 0.9.2 has no API for (SEARCH, MOVE, UID EXPUNGE). Only core .cpp files include it.

#include "errors/mailerror.h"

#include <QList>

#include <vmime/net/imap/IMAPConnection.hpp>

#include <string>

namespace mailwright {

/// Our MessageFlag bits (\Seen, \Answered, \Flagged, \Deleted, \Draft) as VMime's FLAG_* bits.
int toVmimeFlags(int flags);

/// Sends the raw command \a text on \a connection and reads its whole response; true when the
/// tagged status is OK (RFC 3501 §7.1), and \a reply gets the server's text. The numbers of
/// untagged SEARCH replies (RFC 3501 §7.2.5) go into \a numbers when given. Throws like VMime
/// on a broken connection.
bool runRawCommand(const vmime::shared_ptr<vmime::net::imap::IMAPConnection> &connection,
                   const std::string &text, std::string *reply, QList<quint32> *numbers = nullptr);

/// The explained ProtocolError of a raw \a command the server refused with \a reply.
MailError rawCommandFailed(const std::string &command, const std::string &reply);

} // namespace mailwright
