// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/account.h"

#include <QJsonObject>

namespace mailwright::cli {

/// The JSON form of an account used by `account list|show --json` (docs/cli.md). No secret:
/// Account holds none.
QJsonObject accountToJson(const Account &account);

/// The JSON form of an error: {"code", "phase", "message", "hint", "detail"}.
QJsonObject errorToJson(const MailError &error);

/// Parses "HOST:PORT", "[IPv6]:PORT" or "HOST" (then the default port of \a protocol and
/// \a security) into \a out. False with \a error on a bad host or port.
bool parseHostPort(const QString &text, Protocol protocol, Security security, ServerEndpoint *out,
                   QString *error);

} // namespace mailwright::cli
