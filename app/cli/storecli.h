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
    QString account; ///< the cache key
    WireOptions wire;
    ImapCredentials credentials;
};

/// Builds the target from the options; on failure prints the reason and returns the exit code.
int storeTarget(Context &context, StoreTarget *out);
/// `<data dir>/cache.sqlite`: "<config dir>/data" when --config-dir or MAILWRIGHT_CONFIG_DIR
/// chose the configuration directory, else the platform's application data location.
QString cachePath(const Context &context);
/// Prints the error (JSON or text) and returns its sysexits code.
int reportError(const Context &context, const MailError &error);

} // namespace mailwright::cli
