// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

// Every key of accounts.ini, in one place. QSettings keys are free-form strings: a misspelt key
// fails silently, so nothing else spells them out (tst_accountrepository checks the file
// against this list). There is deliberately no password key: passwords live in the SecretStore.
namespace mailwright::keys {

inline constexpr int currentSchemaVersion = 2;

// ---- schema version 2 (current) ----
inline constexpr QLatin1String schemaVersion("schemaVersion");
inline constexpr QLatin1String accountsArray("accounts");

// per account (inside the "accounts" array)
inline constexpr QLatin1String name("name");
inline constexpr QLatin1String identitiesArray("identities");
inline constexpr QLatin1String displayName("displayName");
inline constexpr QLatin1String address("address");
inline constexpr QLatin1String replyTo("replyTo");
inline constexpr QLatin1String signature("signature");
inline constexpr QLatin1String smtpHost("smtp/host");
inline constexpr QLatin1String smtpPort("smtp/port");
inline constexpr QLatin1String smtpSecurity("smtp/security"); ///< securityName()
inline constexpr QLatin1String smtpUser("smtp/user");
inline constexpr QLatin1String smtpAuth("smtp/auth");                 ///< authMethodName()
inline constexpr QLatin1String smtpSizeLimit("smtp/sizeLimit"); ///< bytes; absent: unknown
inline constexpr QLatin1String incomingProtocol("incoming/protocol"); ///< "imap", "pop3", absent
inline constexpr QLatin1String incomingHost("incoming/host");
inline constexpr QLatin1String incomingPort("incoming/port");
inline constexpr QLatin1String incomingSecurity("incoming/security");
inline constexpr QLatin1String incomingUser("incoming/user");
inline constexpr QLatin1String checkIntervalMinutes("checkIntervalMinutes");
inline constexpr QLatin1String saveSentCopy("saveSentCopy");
inline constexpr QLatin1String leaveOnServer("leaveOnServer");
inline constexpr QLatin1String deleteFromServerAfterDays("deleteFromServerAfterDays");
inline constexpr QLatin1String sentFolder("folders/sent");
inline constexpr QLatin1String draftsFolder("folders/drafts");
inline constexpr QLatin1String trashFolder("folders/trash");
inline constexpr QLatin1String caFile("caFile");
inline constexpr QLatin1String pinsArray("pins");
inline constexpr QLatin1String pinHostPort("hostPort");
inline constexpr QLatin1String pinSha256("sha256");

// ---- schema version 1 (Mailwright 0.0.x): one group per account, flat keys ----
// [General] version=1, accounts=<comma list of group names>
// [<name>] email, full_name, reply_to, signature, smtp_host, smtp_port, smtp_ssl (true: implicit
// TLS, false: STARTTLS; v1 had no clear-text option), smtp_user, incoming_type (imap|pop3|none),
// incoming_host, incoming_port, incoming_ssl, incoming_user, check_minutes, keep_on_server
namespace v1 {
inline constexpr QLatin1String version("version");
inline constexpr QLatin1String accounts("accounts");
inline constexpr QLatin1String email("email");
inline constexpr QLatin1String fullName("full_name");
inline constexpr QLatin1String replyTo("reply_to");
inline constexpr QLatin1String signature("signature");
inline constexpr QLatin1String smtpHost("smtp_host");
inline constexpr QLatin1String smtpPort("smtp_port");
inline constexpr QLatin1String smtpSsl("smtp_ssl");
inline constexpr QLatin1String smtpUser("smtp_user");
inline constexpr QLatin1String incomingType("incoming_type");
inline constexpr QLatin1String incomingHost("incoming_host");
inline constexpr QLatin1String incomingPort("incoming_port");
inline constexpr QLatin1String incomingSsl("incoming_ssl");
inline constexpr QLatin1String incomingUser("incoming_user");
inline constexpr QLatin1String checkMinutes("check_minutes");
inline constexpr QLatin1String keepOnServer("keep_on_server");
} // namespace v1

} // namespace mailwright::keys
