// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace mailwright::uisettings {

/// Where the user interface keeps its own settings (window state, undo-send delay): the INI
/// file "<configDir>/ui.ini", beside accounts.ini, so --config-dir and tests keep everything in
/// one place. main() sets the directory once; GUI thread.
void setConfigDir(const QString &configDir);
std::unique_ptr<QSettings> open();

/// The undo-send delay in seconds: default 5, 0 (send at once) to 30.
int undoSendSeconds();
void setUndoSendSeconds(int seconds);

inline constexpr int defaultUndoSendSeconds = 5;
inline constexpr int maximumUndoSendSeconds = 30;

} // namespace mailwright::uisettings
