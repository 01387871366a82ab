// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the receiving commands (sync, list, show): the account options, the cache location
// and error output.

#include "cliargs.h"

#include "account/serverendpoint.h"
#include "errors/mailerror.h"
#include "net/wireconnection.h"
#include "sync/imapsession.h"

#include <vector>

namespace mailwright::cli {

/// --account, plus the ad hoc server options (--host --port --security --user --password-env
/// --ca-file --protocol) for scripts and tests.
std::vector<OptionSpec> storeAccountOptions();
/// --folder (and --account) only: list and show read the cache, no server needed.
std::vector<OptionSpec> cacheOptions();

struct StoreTarget
{
    QString account;  ///< the cache key: the account's name, or "user@host" for ad hoc servers
    WireOptions wire; ///< wire.endpoint.protocol is Imap or Pop3
    ImapCredentials credentials;
    bool leaveOnServer = true; ///< POP3
    int deleteAfterDays = 0;   ///< POP3
};

/// Builds the target from the options: with --host an ad hoc server (for scripts and tests),
/// else the account --account NAME of the account repository (server, user, CA file, pins,
/// protocol, POP3 policy) with its password from the keychain (as `account` stores it), or from
/// --password-env VAR when given. On failure prints the reason and returns the exit code.
int storeTarget(Context &context, StoreTarget *out);
/// True when --account names an account of the repository that receives mail.
bool isRepositoryAccount(const Context &context);
/// `<data dir>/cache.sqlite`: "<config dir>/data" when --config-dir or MAILWRIGHT_CONFIG_DIR
/// chose the configuration directory, else the platform's application data location.
QString cachePath(const Context &context);
/// Prints the error (JSON or text) and returns its sysexits code.
int reportError(const Context &context, const MailError &error);
/// The same for an error of a command that talked to \a target's server: the message names it
/// (withServer, errors/errorcatalogue.h).
int reportError(const Context &context, const MailError &error, const StoreTarget &target);

} // namespace mailwright::cli
