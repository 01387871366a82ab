// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMainWindow>

class QTreeWidget;
class QTreeView;
class QTextBrowser;
class QLabel;
class QAction;
class QTreeWidgetItem;
class QStackedWidget;
class QLineEdit;

namespace mailwright {

class AccountRepository;
class MailController;
class MessageView;
class PasswordRequests;
class SecretStore;
class FailureBanner;
class TrayIcon;

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
    /// The store the receiving workers read incoming passwords from (the composition root's
    /// layered session+keychain store, the one sending uses). Borrowed. Without it they read
    /// the keychain, then the session store, given to setAccountServices().
    void setMailSecrets(SecretStore *secrets) { m_mailSecrets = secrets; }
    /// The one password prompt per account that sending and receiving share (null until
    /// setAccountServices() got a repository and both stores). Owned by the window.
    PasswordRequests *passwordRequests() const { return m_passwords; }
    /// Settings ▸ Accounts…: opens the (non-modal) Accounts dialog.
    void showAccountsDialog();
    /// File ▸ Add account…: opens the set-up wizard (window-modal, asynchronous).
    void showSetupWizard();
    /// First start: with no account at all, opens the set-up wizard. Returns whether it did.
    bool offerSetupIfEmpty();

    // ---- compose and send (mainwindow_compose.cpp) ----
    /// Adds a page to the right-hand pane (beside the message list and reader); not shown yet.
    void addPage(QWidget *page);
    void showPage(QWidget *page);
    /// Back to the message list and reader.
    void showMessagePage();
    QWidget *currentPage() const;
    /// The non-modal strip that reports a failed send.
    FailureBanner *failureBanner() const { return m_banner; }
    /// A line about one account's connection or sync ("Sending…", "Offline: …"), shown as the
    /// account's tooltip in the folder tree and in the status bar.
    void setAccountStatus(const QString &account, const QString &status);
    QString accountStatus(const QString &account) const;
    /// The status bar's sending line: \a percent < 0 hides the progress bar.
    void setSendProgress(const QString &text, int percent);
    void showStatusMessage(const QString &text, int timeoutMs = 5000);
    /// Tray icon with the unread count and new-mail notifications (null when the platform has
    /// no system tray). The receive work calls TrayIcon::setUnreadCount / notifyNewMail.
    TrayIcon *trayIcon() const { return m_tray; }
    /// The one search field: full-text search of the shown folder (MailController's box).
    QLineEdit *searchField() const { return m_searchBox; }
    /// The mail cache (normally "<data dir>/cache.sqlite"): folders, list and reader show it,
    /// and each account's StoreWorker syncs into it.
    void setMailCache(const QString &path);
    MailController *mailController() const { return m_mail; }

Q_SIGNALS:
    /// A folder entry was activated: ("Demo", "Outbox") for the window's own entries, the
    /// folder's cache path ("INBOX", "Lists/qt") for the account's mail folders.
    void folderActivated(const QString &account, const QString &folder);
    void newMessageRequested();
    /// 0 reply, 1 reply all, 2 forward (ReplyMode's order).
    void replyRequested(int mode);
    void deleteRequested();
    /// The periodic check found new mail (MailWiring feeds the tray icon with it).
    void newMailArrived(const QString &account, const QString &folder, int count);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpComposeFeatures();
    void restoreWindowState();
    void saveWindowState();

    void createActions();
    void showAbout();
    QTreeWidgetItem *createAccountItem(const QString &name, const QString &description);
    void refreshAccountEntries();
    void showFolderTreeMenu(const QPoint &pos);

    QTreeWidget *m_folderTree = nullptr;
    QTreeView *m_messageList = nullptr;
    QTextBrowser *m_reader = nullptr; ///< the reader's browser, inside m_messageView
    MessageView *m_messageView = nullptr;
    QLineEdit *m_searchBox = nullptr;
    MailController *m_mail = nullptr;
    QLabel *m_statusLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_messagePage = nullptr;
    FailureBanner *m_banner = nullptr;
    TrayIcon *m_tray = nullptr;
    QWidget *m_sendProgress = nullptr;
    QHash<QString, QString> m_accountStatus;
    QAction *m_accountsAction = nullptr;
    AccountRepository *m_repository = nullptr;
    SecretStore *m_keychain = nullptr;
    SecretStore *m_session = nullptr;
    SecretStore *m_mailSecrets = nullptr;
    PasswordRequests *m_passwords = nullptr;
};

} // namespace mailwright
