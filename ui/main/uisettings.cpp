// SPDX-License-Identifier: GPL-3.0-or-later
#include "uisettings.h"

#include "settings/configpaths.h"

namespace mailwright::uisettings {

namespace {
QString &configDirectory()
{
    static QString dir;
    return dir;
}
const QString undoKey = QStringLiteral("compose/undoSendSeconds");
} // namespace

void setConfigDir(const QString &configDir)
{
    configDirectory() = configDir;
}

std::unique_ptr<QSettings> open()
{
    const QString dir = configDirectory().isEmpty() ? paths::configDir() : configDirectory();
    return std::make_unique<QSettings>(dir + QStringLiteral("/ui.ini"), QSettings::IniFormat);
}

int undoSendSeconds()
{
    return qBound(0, open()->value(undoKey, defaultUndoSendSeconds).toInt(),
                  maximumUndoSendSeconds);
}

void setUndoSendSeconds(int seconds)
{
    open()->setValue(undoKey, qBound(0, seconds, maximumUndoSendSeconds));
}

} // namespace mailwright::uisettings
