// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where Mailwright keeps its files. Any thread (pure functions of the environment).
namespace mailwright::paths {

/// The configuration directory: \a explicitDir (from --config-dir) if given, else
/// $MAILWRIGHT_CONFIG_DIR, else QStandardPaths::AppConfigLocation. Not created here.
QString configDir(const QString &explicitDir = QString());

/// The data directory (cache, outbox): "<configDir>/data" when the configuration directory was
/// chosen explicitly (argument or MAILWRIGHT_CONFIG_DIR, so tests and portable installs keep
/// everything in one place), else QStandardPaths::AppDataLocation. Not created here.
QString dataDir(const QString &explicitDir = QString());

/// "<configDir>/accounts.ini".
QString accountsFile(const QString &configDir);

} // namespace mailwright::paths
