// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by `mailwright-cli send` and `mailwright-cli outbox`: the server options, the send run
// through the Outbox (the same SendWorker as the GUI's SendService), JSON and exit codes.

#include "cliargs.h"

#include "send/sendworker.h"

#include <QJsonObject>

#include <memory>
#include <vector>

namespace mailwright::cli {

/// --account, --smtp-host, --smtp-port, --security, --user, --password-env, --password-stdin,
/// --ca-file, --transcript.
std::vector<OptionSpec> serverOptions();

/// Whether the command line names a server (--account or --smtp-host).
bool hasServerOptions(const Context &context);

/// Builds the target from --account NAME (repository + keychain, or a --password-* override)
/// or the ad-hoc options. Prints the problem and returns its exit code, or ExitOk.
/// \a stdinTaken: standard input is already used (e.g. --body-file -).
int targetFromOptions(Context &context, const QString &command, SmtpTarget *target,
                      bool stdinTaken = false);

/// Fills target->account etc. for a configured account (password from the keychain).
int targetForAccount(Context &context, const QString &command, const QString &name,
                     SmtpTarget *target);

/// "<dataDir>/outbox.sqlite" for this context's configuration directory.
QString outboxPath(const Context &context);

/// The outbox key of an ad-hoc server: "smtp://user@host:port" (never a password).
QString adHocAccountKey(const QString &user, const QString &host, quint16 port);

/// Runs SendWorker over \a filter and prints a line per message (or collects JSON). Adds the
/// outcomes to \a outcomes. Returns the exit code for them.
int runSend(Context &context, const SmtpTarget &target, const Outbox::ClaimFilter &filter,
            Outbox &outbox, QList<SendOutcome> *outcomes);

/// JSON of one outcome: status, id, accepted, rejected, reply, error, elapsed_ms.
QJsonObject outcomeToJson(const SendOutcome &outcome);
/// sysexits code for one outcome (0 when sent).
int exitCodeFor(const SendOutcome &outcome);
int exitCodeFor(const MailError &error);
/// The first non-zero exit code of \a outcomes, or 0.
int exitCodeFor(const QList<SendOutcome> &outcomes);

/// Prints \a error on stderr (and as {"ok":false,"error":...} with --json); returns \a code.
int fail(const Context &context, const QString &command, const MailError &error, int code);
int usage(const Context &context, const QString &command, const QString &message);

} // namespace mailwright::cli
