// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/account.h"
#include "errors/mailerror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

#include <map>
#include <memory>

class QLineEdit;
class QTimer;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace mailwright {

class MailCache;
class MessageListModel;
class MessageView;
class SecretStore;
class StoreWorker;

/// Connects the three panes to the cache and to one StoreWorker per receiving account: the
/// folder tree (special-use folders first, unread counts), the paging message list with its
/// search box, and the reader, which fetches a body on demand and marks the message read only
/// when the user opens it.
///
/// Thread: GUI. Owner: the main window (QObject parent). The widgets are borrowed from the
/// window; the workers are owned here and stopped (the one allowed wait) when it is destroyed.
class MailController : public QObject
{
    Q_OBJECT
public:
    enum ItemRole {
        /// Entries the window adds under an account (its key: "Outbox", or "INBOX" for the
        /// placeholder shown until the account's real folders are cached).
        LocalFolderKeyRole = Qt::UserRole + 2,
        FolderIdRole = Qt::UserRole + 10,
        FolderPathRole,
        AccountRole
    };

    /// One message of the list: where it is on the server and in the cache.
    struct MessageRef
    {
        QString account;
        QString path;
        qint64 folderId = 0;
        quint32 uid = 0;
    };

    MailController(QTreeWidget *folderTree, QTreeView *messageList, MessageView *view,
                   QLineEdit *searchBox, QObject *parent);
    ~MailController() override;

    /// Opens the GUI thread's cache connection and shows what is cached.
    void setCachePath(const QString &path);
    QString cachePath() const { return m_cachePath; }
    /// One worker per account with an incoming server, started once its password was read
    /// (\a keychain — in the app the layered session+keychain store —, then \a session if
    /// given). Workers of accounts that are gone stop; an account whose receiving settings
    /// changed (server, security, user, CA, pins, interval, POP3 policy) gets a fresh worker.
    void setAccounts(const QList<Account> &accounts, SecretStore *keychain, SecretStore *session);
    /// Reads \a account's password again and starts a fresh worker with it (after the user
    /// entered one): the old worker stops (cancelled; its thread joined, ~30 ms), the new one
    /// syncs everything, then the shown folder and message are fetched again.
    void reconnect(const QString &account);
    /// Accounts whose receiving waits for a password (none stored, or the server refused it),
    /// with the error that said so. Their worker is stopped until reconnect().
    QHash<QString, MailError> passwordProblems() const { return m_passwordProblems; }
    /// Rebuilds the folder items under every account item of the tree (top-level items whose
    /// text is the account name).
    void populateTree();

    MessageListModel *model() const { return m_model; }
    /// The selected messages of the list (the current one first), empty when none.
    QList<MessageRef> selectedMessages() const;
    /// Calls \a done (in the GUI thread, at most once, while \a context lives) with the raw
    /// RFC 5322 bytes of \a message: at once from the cache, else after the account's worker
    /// fetched them. A failure goes to statusMessage() instead.
    void loadRaw(const MessageRef &message, QObject *context,
                 const std::function<void(const QByteArray &)> &done);
    /// Unread messages in the Inbox folders of all accounts (the tray icon's count).
    int inboxUnread() const;
    /// The text of a new-mail notification for \a count messages that arrived in \a folder of
    /// \a account: the newest (highest UIDs) as "Sender — Subject" lines, at most three, then
    /// "and N more". Only what the cache already holds; never touches the network.
    QString newMailSummary(const QString &account, const QString &folder, int count) const;
    StoreWorker *worker(const QString &account) const;

Q_SIGNALS:
    /// The periodic check found new mail (for the tray icon and notifications).
    void newMail(const QString &account, const QString &folder, int count);
    void statusMessage(const QString &text);
    /// Receiving for \a account needs a password: \a error is PasswordMissing (none stored),
    /// KeychainUnavailable, or AuthFailed (the server refused it). Emitted once per problem:
    /// the account's worker is stopped until reconnect(), so no further login is tried.
    void passwordNeeded(const QString &account, const mailwright::MailError &error);
    /// inboxUnread() may have changed (a sync, a flag change, a folder list).
    void unreadCountChanged(int inboxUnread);

private:
    void startWorker(const Account &account, const QString &password);
    void readPasswordAndStart(const Account &account);
    void dropWorker(const QString &account);
    void passwordProblem(const QString &account, const MailError &error);
    void populateAccount(QTreeWidgetItem *accountItem, const QString &account);
    void updateCounts(const QString &account);
    void folderActivated(QTreeWidgetItem *item);
    void messageActivated(int row);
    void refreshList();
    void onBody(const QString &account, const QString &path, quint32 uid, const QByteArray &raw);
    void onError(const QString &account, const MailError &error);

    QTreeWidget *m_tree;
    QTreeView *m_list;
    MessageView *m_view;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    MessageListModel *m_model = nullptr;
    std::unique_ptr<MailCache> m_cache;
    QString m_cachePath;
    std::map<QString, std::unique_ptr<StoreWorker>> m_workers;
    QList<Account> m_accounts;
    QPointer<SecretStore> m_secrets;  ///< where passwords are read (see setAccounts)
    QPointer<SecretStore> m_fallback; ///< read when m_secrets has none; may be null
    QHash<QString, MailError> m_passwordProblems;
    QHash<QString, quint64> m_reading; ///< account → generation of its pending password read
    quint64 m_generation = 0;
    QString m_currentAccount;
    QString m_currentPath;
    quint32 m_currentUid = 0;
    bool m_restoring = false;
};

} // namespace mailwright
