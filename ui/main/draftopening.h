// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QAction;

namespace mailwright {

class AccountRepository;
class ComposeController;
class MailCache;
class MainWindow;

/// Opens a message of an account's Drafts folder in the composer for editing: double-click or
/// Enter on it in the message list, or Message ▸ Edit Draft (Ctrl+E). The message's bytes come
/// from the cache or the account's StoreWorker (MailController::loadRaw()); the composer then
/// owns the draft, and the server message it came from is replaced when the draft is saved and
/// removed when it is sent or discarded (ComposeController::openServerDraft(), DraftSync).
///
/// The Drafts folder is the one the server marks \Drafts (RFC 6154) in the cached folder list,
/// else the account's draftsFolder option — the same choice the StoreWorker makes.
///
/// Thread: GUI. Owner: the composition root (app/main.cpp) or a test; the window, the compose
/// controller and the repository are borrowed and must outlive it.
class DraftOpening : public QObject
{
    Q_OBJECT
public:
    DraftOpening(MainWindow *window, ComposeController *compose, AccountRepository *accounts,
                 QObject *parent = nullptr);
    ~DraftOpening() override;

    /// Whether \a path is \a account's Drafts folder.
    bool isDraftsFolder(const QString &account, const QString &path);
    /// Opens the current message of the list in a composer when it is in a Drafts folder;
    /// false (with a status line) otherwise.
    bool editSelected();
    /// Message ▸ Edit Draft (objectName "actionEditDraft"): enabled while a Drafts folder shows.
    QAction *action() const { return m_action; }

private:
    MainWindow *m_window;
    ComposeController *m_compose;
    AccountRepository *m_accounts;
    QAction *m_action = nullptr;
    std::unique_ptr<MailCache> m_cache; ///< this thread's own connection, opened on first use
};

} // namespace mailwright
