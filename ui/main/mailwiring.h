// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"

#include <QObject>

namespace mailwright {

class ComposeController;
class MainWindow;

/// Connects the receiving side of the main window to the rest of the user interface: Reply,
/// Reply to All and Forward answer the message selected in the MailController's list (its bytes
/// from the cache, or fetched by the account's StoreWorker), Delete moves the selected messages
/// to the Trash through the StoreWorker, and the tray icon shows the Inbox unread count and a
/// notification when the periodic check finds new mail. When receiving needs a password (none
/// stored, or the server refused it) it asks through the window's PasswordRequests — the same
/// prompt sending uses, one per account — and reconnects the account once one is stored; after
/// Cancel the account's status says how to enter it later.
///
/// Thread: GUI. Owner: the composition root (app/main.cpp) or a test; the window and the
/// compose controller are borrowed and must outlive it.
class MailWiring : public QObject
{
    Q_OBJECT
public:
    MailWiring(MainWindow *window, ComposeController *compose, QObject *parent = nullptr);

    /// Reply (0), reply all (1) or forward (2) to the selected message.
    void respond(int mode);
    /// Deletes the selected messages (to the Trash; inside the Trash for good).
    void deleteSelected();

private:
    void onPasswordNeeded(const QString &account, const MailError &error);

    MainWindow *m_window;
    ComposeController *m_compose;
};

} // namespace mailwright
