// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliargs.h"

#include "net/tlspolicy.h"

namespace mailwright::cli {

/// How the password options of a command line were given.
enum class PasswordInput {
    NotGiven, ///< neither --password-stdin nor --password-env
    Both,     ///< both: nothing was read
    Read,     ///< the password is in *password (not empty)
    Failed,   ///< *problem says why (variable not set, empty password)
};

/// The one reader of passwords for every command: --password-stdin (all of standard input, one
/// trailing newline, and a CR before it, removed) or --password-env VAR; never the command line.
/// The raw bytes are wiped after decoding (UTF-8). Prints nothing: callers report in their style.
PasswordInput readPasswordInput(const Context &context, QString *password, QString *problem);

/// readPasswordInput() for commands where the password is optional (probe, detect). \a given is
/// false (and the result ExitOk) when neither option is set. Returns a sysexits code (ExitConfig)
/// after printing why on failure.
int readOptionalPassword(const Context &context, const QString &command, QString *password,
                         bool *given);

/// An OptionSpec with a translated help text (context "cli"); \a valueName null: a flag. The one
/// builder of the commands' option tables.
OptionSpec cliOption(const char *name, const char *valueName, const char *help,
                     bool repeatable = false, QChar shortName = {});

/// Adds --ca-file PEM (if given) to \a tls; ExitOk or ExitConfig after printing why.
int caFileOption(const Context &context, const QString &command, TlsPolicy *tls);

/// --timeout S as milliseconds, or \a fallbackMs.
int timeoutMs(const Context &context, int fallbackMs);

} // namespace mailwright::cli
