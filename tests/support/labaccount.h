// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/account.h"
#include "errors/mailerror.h"
#include "labenv.h"
#include "net/wireconnection.h"
#include "sync/imapsession.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace mailwright::test {

/// The accounts and the IMAP checks the lab tests (tests/gui, tests/integration) share: an
/// account of a lab user as the application stores it, and a connection of the test's own to
/// look at what arrived. Plain functions; the test thread.

/// An account named \a name that sends as lab user \a user (1 Alice, 2 Bob, 3 Carol:
/// MW_LAB_USERn, identity with that display name) over SMTP with STARTTLS (RFC 3207) on
/// \a smtpPort, trusting the lab's CA. Nothing incoming; the other settings are the defaults.
Account labSendAccount(const LabEnv &lab, const QString &name, int user, quint16 smtpPort);

/// An account named \a name of lab user \a user that sends on the lab's SMTP STARTTLS port and
/// receives over IMAP with implicit TLS (RFC 8314) on \a imapPort, without a Sent copy and
/// without periodic checks: only what the test does happens.
Account labImapAccount(const LabEnv &lab, const QString &name, int user, quint16 imapPort);

/// The lab's IMAPS port (implicit TLS), trusting the lab's CA.
WireOptions labImapsOptions(const LabEnv &lab);

/// A logged-in session of \a login (MW_LAB_USERn) with \a password on the lab's IMAPS port, or
/// null when it could not log in (the error is logged).
std::unique_ptr<ImapSession> openLabImap(const LabEnv &lab, const QString &login,
                                         const QString &password);

/// Into \a found: the messages (exact bytes) among the newest 200 of \a login's INBOX that
/// contain \a needle. The error when the connection, login or fetch failed.
MailError labInboxWith(const LabEnv &lab, const QString &login, const QString &password,
                       const QByteArray &needle, QList<QByteArray> *found);

} // namespace mailwright::test
