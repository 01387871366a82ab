// SPDX-License-Identifier: GPL-3.0-or-later
#include "configpaths.h"

#include <QDir>
#include <QStandardPaths>

namespace mailwright::paths {

namespace {

QString explicitConfigDir(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return explicitDir;
    return qEnvironmentVariable("MAILWRIGHT_CONFIG_DIR");
}

} // namespace

QString configDir(const QString &explicitDir)
{
    const QString dir = explicitConfigDir(explicitDir);
    if (!dir.isEmpty())
        return QDir::cleanPath(QDir(dir).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString dataDir(const QString &explicitDir)
{
    const QString dir = explicitConfigDir(explicitDir);
    if (!dir.isEmpty())
        return QDir::cleanPath(QDir(dir).absolutePath()) + QStringLiteral("/data");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString accountsFile(const QString &configDir)
{
    return QDir(configDir).filePath(QStringLiteral("accounts.ini"));
}

} // namespace mailwright::paths
