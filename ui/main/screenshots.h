// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailwright {

class ComposeController;
class MainWindow;
class OutboxView;

/// For tests/gui/screenshots.sh (the hidden --screenshot DIR option): once the event loop runs,
/// saves main-window.png, composer.png and outbox.png into \a directory with QWidget::grab(),
/// then quits the application. GUI thread.
void takeScreenshots(MainWindow *window, ComposeController *compose, OutboxView *outbox,
                     const QString &directory);

} // namespace mailwright
