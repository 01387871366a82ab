// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliargs.h"

#include "net/tlspolicy.h"

namespace mailwright::cli {

/// The password from --password-stdin (one trailing newline removed) or --password-env VAR;
/// never from the command line. \a given is false (and the result ExitOk) when neither option
/// is set. Returns a sysexits code after printing why on failure.
int readOptionalPassword(const Context &context, const QString &command, QString *password,
                         bool *given);

/// Adds --ca-file PEM (if given) to \a tls; ExitOk or ExitConfig after printing why.
int caFileOption(const Context &context, const QString &command, TlsPolicy *tls);

/// --timeout S as milliseconds, or \a fallbackMs.
int timeoutMs(const Context &context, int fallbackMs);

} // namespace mailwright::cli
