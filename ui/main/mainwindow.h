// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QTreeWidget;
class QTreeView;
class QTextBrowser;
class QLabel;
class QAction;
class QTreeWidgetItem;
class QLineEdit;

namespace mailwright {

class AccountRepository;
class MailController;
class MessageView;
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
    /// The mail cache (normally "<data dir>/cache.sqlite"): folders, list and reader show it,
    /// and each account's StoreWorker syncs into it.
    void setMailCache(const QString &path);
    MailController *mailController() const { return m_mail; }

Q_SIGNALS:
    /// The periodic check found new mail (hook for the tray icon / notifications).
    void newMailArrived(const QString &account, const QString &folder, int count);

private:
    void createActions();
    void showAbout();
    QTreeWidgetItem *createAccountItem(const QString &name, const QString &description);
    void refreshAccountEntries();

    QTreeWidget *m_folderTree = nullptr;
    QTreeView *m_messageList = nullptr;
    QTextBrowser *m_reader = nullptr; ///< the reader's browser, inside m_messageView
    MessageView *m_messageView = nullptr;
    QLineEdit *m_searchBox = nullptr;
    MailController *m_mail = nullptr;
    QLabel *m_statusLabel = nullptr;
    QAction *m_accountsAction = nullptr;
    AccountRepository *m_repository = nullptr;
    SecretStore *m_keychain = nullptr;
    SecretStore *m_session = nullptr;
};

} // namespace mailwright
