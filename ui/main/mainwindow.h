// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QTreeWidget;
class QTreeView;
class QTextBrowser;
class QLabel;
class QAction;
class QTreeWidgetItem;

namespace mailwright {

class AccountRepository;
class SecretStore;

/// The three-pane main window: accounts and folders, message list, reader.
/// Lives in the GUI thread; owned by main() (no parent).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows an account in the folder tree. \a description says where it points.
    void addAccountEntry(const QString &name, const QString &description);

    /// Injects the account services from the composition root (app/main.cpp). Borrowed: they
    /// must outlive the window. Enables Settings ▸ Accounts… and lists the repository's accounts
    /// in the folder tree, following its changes. \a keychain is the OS keychain (a memory store
    /// in --demo), \a session keeps passwords for this session only.
    void setAccountServices(AccountRepository *repository, SecretStore *keychain,
                            SecretStore *session);
    /// Settings ▸ Accounts…: opens the (non-modal) Accounts dialog.
    void showAccountsDialog();
    /// File ▸ Add account…: opens the set-up wizard (window-modal, asynchronous).
    void showSetupWizard();
    /// First start: with no account at all, opens the set-up wizard. Returns whether it did.
    bool offerSetupIfEmpty();

private:
    void createActions();
    void showAbout();
    QTreeWidgetItem *createAccountItem(const QString &name, const QString &description);
    void refreshAccountEntries();

    QTreeWidget *m_folderTree = nullptr;
    QTreeView *m_messageList = nullptr;
    QTextBrowser *m_reader = nullptr;
    QLabel *m_statusLabel = nullptr;
    QAction *m_accountsAction = nullptr;
    AccountRepository *m_repository = nullptr;
    SecretStore *m_keychain = nullptr;
    SecretStore *m_session = nullptr;
};

} // namespace mailwright
