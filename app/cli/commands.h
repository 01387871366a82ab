// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliargs.h"

#include <vector>

namespace mailwright::cli {

/// One subcommand of mailwright-cli. `run` gets the parsed context and returns a sysexits code.
struct Command
{
    QString name;
    QString summary;
    QString usage;                    ///< synopsis after "mailwright-cli NAME"
    std::vector<OptionSpec> options;  ///< without the global ones
    int (*run)(Context &context) = nullptr;
};

/// Every subcommand; each lives in its own cmd_*.cpp file.
std::vector<Command> allCommands();

} // namespace mailwright::cli
