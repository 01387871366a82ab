// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

namespace mailwright::cli {

// Each subcommand file provides one of these.
Command versionCommand();
Command accountCommand();
Command syncCommand();
Command listCommand();
Command showCommand();
Command probeCommand();
Command detectCommand();
Command sendCommand();
Command outboxCommand();

std::vector<Command> allCommands()
{
    return {versionCommand(), accountCommand(), sendCommand(), outboxCommand(), probeCommand(),
            detectCommand(),  syncCommand(),    listCommand(), showCommand()};
}

} // namespace mailwright::cli
