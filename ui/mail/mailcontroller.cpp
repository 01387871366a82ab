// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailcontroller.h"

#include "messagelistmodel.h"
#include "messageview.h"

#include "cache/mailcache.h"
#include "secrets/secretstore.h"
#include "sync/storeworker.h"

#include <QApplication>
#include <QFont>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>

namespace mailwright {

namespace {

/// Display order of special-use folders (RFC 6154), then everything else by name.
int useRank(SpecialUse use)
{
    switch (use) {
    case SpecialUse::Inbox:
        return 0;
    case SpecialUse::Drafts:
        return 1;
    case SpecialUse::Sent:
        return 2;
    case SpecialUse::Archive:
        return 3;
    case SpecialUse::Flagged:
        return 4;
    case SpecialUse::All:
        return 5;
    case SpecialUse::Junk:
        return 6;
    case SpecialUse::Trash:
        return 7;
    case SpecialUse::None:
        break;
    }
    return 100;
}

QString useName(SpecialUse use, const QString &fallback)
{
    switch (use) {
    case SpecialUse::Inbox:
        return MailController::tr("Inbox");
    case SpecialUse::Drafts:
        return MailController::tr("Drafts");
    case SpecialUse::Sent:
        return MailController::tr("Sent");
    case SpecialUse::Archive:
        return MailController::tr("Archive");
    case SpecialUse::Junk:
        return MailController::tr("Junk");
    case SpecialUse::Trash:
        return MailController::tr("Trash");
    case SpecialUse::All:
        return MailController::tr("All Mail");
    case SpecialUse::Flagged:
        return MailController::tr("Flagged");
    case SpecialUse::None:
        break;
    }
    return fallback;
}

QIcon useIcon(SpecialUse use)
{
    QStyle *style = QApplication::style();
    switch (use) {
    case SpecialUse::Inbox:
        return QIcon::fromTheme(QStringLiteral("mail-folder-inbox"),
                                style->standardIcon(QStyle::SP_DriveHDIcon));
    case SpecialUse::Sent:
        return QIcon::fromTheme(QStringLiteral("mail-folder-sent"),
                                style->standardIcon(QStyle::SP_ArrowForward));
    case SpecialUse::Drafts:
        return QIcon::fromTheme(QStringLiteral("document-edit"),
                                style->standardIcon(QStyle::SP_FileIcon));
    case SpecialUse::Trash:
        return QIcon::fromTheme(QStringLiteral("user-trash"),
                                style->standardIcon(QStyle::SP_TrashIcon));
    case SpecialUse::Junk:
        return QIcon::fromTheme(QStringLiteral("mail-mark-junk"),
                                style->standardIcon(QStyle::SP_MessageBoxWarning));
    default:
        return QIcon::fromTheme(QStringLiteral("folder"), style->standardIcon(QStyle::SP_DirIcon));
    }
}

void setCountText(QTreeWidgetItem *item, const QString &name, int unread)
{
    item->setText(0, unread > 0 ? QStringLiteral("%1 (%2)").arg(name).arg(unread) : name);
    QFont font = item->font(0);
    font.setBold(unread > 0);
    item->setFont(0, font);
}

} // namespace

MailController::MailController(QTreeWidget *folderTree, QTreeView *messageList, MessageView *view,
                               QLineEdit *searchBox, QObject *parent)
    : QObject(parent)
    , m_tree(folderTree)
    , m_list(messageList)
    , m_view(view)
    , m_search(searchBox)
    , m_searchTimer(new QTimer(this))
{
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200); // type-ahead: one query per pause, not per key
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this]() {
        if (m_model) {
            m_model->setSearch(m_search->text().trimmed());
            m_view->clear();
        }
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { folderActivated(item); });

    m_model = new MessageListModel(nullptr, this);
    m_list->setModel(m_model);
    m_list->setUniformRowHeights(true); // 100,000 rows: no per-row size queries
    m_list->setSortingEnabled(true);
    m_list->header()->setSortIndicator(MessageListModel::DateColumn, Qt::DescendingOrder);
    m_list->header()->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(MessageListModel::FromColumn, QHeaderView::Interactive);
    m_list->header()->resizeSection(MessageListModel::FromColumn, 200);
    // Wide enough for a date in this locale's short format, plus the sort arrow.
    const QString sample =
        QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 58, 59)), QLocale::ShortFormat);
    m_list->header()->resizeSection(MessageListModel::DateColumn,
                                    m_list->fontMetrics().horizontalAdvance(sample) + 40);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_restoring)
                    messageActivated(current.row());
            });
}

MailController::~MailController()
{
    // Application exit: each worker cancels and joins its thread (the only wait).
    m_workers.clear();
}

StoreWorker *MailController::worker(const QString &account) const
{
    const auto it = m_workers.find(account);
    return it == m_workers.end() ? nullptr : it->second.get();
}

void MailController::setCachePath(const QString &path)
{
    m_cachePath = path;
    m_model->setCache(nullptr);
    m_cache = std::make_unique<MailCache>(path);
    m_model->setCache(m_cache.get());
    populateTree();
}

void MailController::populateTree()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        populateAccount(item, item->text(0));
    }
}

void MailController::populateAccount(QTreeWidgetItem *accountItem, const QString &account)
{
    if (!m_cache)
        return;
    auto folders = m_cache->folders(account);
    if (!folders.ok())
        return;
    QTreeWidgetItem *currentItem = m_tree->currentItem();
    const qint64 current = currentItem ? currentItem->data(0, FolderIdRole).toLongLong() : 0;
    // Only a removed entry (a folder, the placeholder) or none gives way to the Inbox below: the
    // user who is looking at the Outbox or another account stays there.
    bool currentRemoved = false;
    // Removing the current item moves Qt's current item to a neighbour (maybe the Outbox):
    // that must not count as the user's choice.
    const QSignalBlocker blockTree(m_tree);
    // The window's placeholder "Inbox" gives way once real folders are known.
    for (int i = accountItem->childCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *child = accountItem->child(i);
        if (child->data(0, FolderIdRole).isValid() ||
            (!folders.value.isEmpty() &&
             child->data(0, LocalFolderKeyRole).toString() == QLatin1String("INBOX"))) {
            currentRemoved = currentRemoved || child == currentItem;
            delete accountItem->takeChild(i);
        }
    }
    QList<CachedFolder> list = folders.value;
    std::stable_sort(list.begin(), list.end(), [](const CachedFolder &a, const CachedFolder &b) {
        const int ra = useRank(a.specialUse), rb = useRank(b.specialUse);
        if (ra != rb)
            return ra < rb;
        return a.path.compare(b.path, Qt::CaseInsensitive) < 0;
    });
    // Top-level folders go first (before entries such as the Outbox); children under their
    // parent ("/" separates levels in cache paths).
    QHash<QString, QTreeWidgetItem *> byPath;
    int insertAt = 0;
    QTreeWidgetItem *restore = nullptr;
    QTreeWidgetItem *inbox = nullptr;
    for (const CachedFolder &f : std::as_const(list)) {
        const int slash = f.path.lastIndexOf(u'/');
        QTreeWidgetItem *parent = slash > 0 ? byPath.value(f.path.left(slash)) : nullptr;
        auto *item = new QTreeWidgetItem();
        if (parent)
            parent->addChild(item);
        else
            accountItem->insertChild(insertAt++, item);
        const QString name = useName(f.specialUse, f.path.mid(slash + 1));
        setCountText(item, name, f.unread);
        item->setIcon(0, useIcon(f.specialUse));
        item->setData(0, FolderIdRole, f.id);
        item->setData(0, FolderPathRole, f.path);
        item->setData(0, AccountRole, account);
        item->setToolTip(0,
                         tr("%1: %2 messages, %3 unread").arg(f.path).arg(f.total).arg(f.unread));
        byPath.insert(f.path, item);
        if (f.id == current)
            restore = item;
        if (f.specialUse == SpecialUse::Inbox && !inbox)
            inbox = item;
    }
    accountItem->setExpanded(true);
    for (QTreeWidgetItem *item : std::as_const(byPath))
        item->setExpanded(true);
    if (restore) {
        m_tree->setCurrentItem(restore);
    } else if (inbox && (currentRemoved || !currentItem || currentItem == accountItem)) {
        // (The account's own entry counts as no choice: Qt makes the first item current when
        // the tree gets focus, and an account stands for its Inbox.)
        // A useful start: the first account's Inbox (signals on: the list loads it).
        m_tree->blockSignals(false);
        m_tree->setCurrentItem(inbox);
    } else if (currentRemoved) {
        // The current folder went away: show nothing rather than a stale list.
        m_tree->setCurrentItem(nullptr);
        m_model->setFolder(0);
        m_view->clear();
    }
    Q_EMIT unreadCountChanged(inboxUnread());
}

void MailController::updateCounts(const QString &account)
{
    if (!m_cache)
        return;
    auto folders = m_cache->folders(account);
    if (!folders.ok())
        return;
    QHash<qint64, CachedFolder> byId;
    for (const CachedFolder &f : std::as_const(folders.value))
        byId.insert(f.id, f);
    bool missing = false;
    QSet<qint64> shown;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->text(0) != account)
            continue;
        QList<QTreeWidgetItem *> stack{top};
        while (!stack.isEmpty()) {
            QTreeWidgetItem *item = stack.takeLast();
            for (int c = 0; c < item->childCount(); ++c)
                stack << item->child(c);
            const QVariant id = item->data(0, FolderIdRole);
            if (!id.isValid())
                continue;
            const auto it = byId.constFind(id.toLongLong());
            if (it == byId.cend()) {
                missing = true;
                continue;
            }
            shown.insert(it->id);
            setCountText(item, useName(it->specialUse, it->path.section(u'/', -1)), it->unread);
        }
    }
    if (missing || shown.size() != byId.size())
        populateTree();
    else
        Q_EMIT unreadCountChanged(inboxUnread());
}

QString MailController::newMailSummary(const QString &account, const QString &folder,
                                       int count) const
{
    const QString fallback = tr("In the folder %1.").arg(folder);
    if (!m_cache || count <= 0)
        return fallback;
    const auto cached = m_cache->folder(account, folder);
    if (!cached.ok() || !cached.value)
        return fallback;
    // New mail has the highest UIDs (RFC 3501 §2.3.1.1: strictly ascending); its Date header
    // may be anything, so read a generous window by date and pick by UID.
    auto window =
        m_cache->messages(cached.value->id, MessageSort::Date, true, 0, std::max(50, count));
    if (!window.ok() || window.value.isEmpty())
        return fallback;
    QList<CachedMessage> newest = window.value;
    std::sort(newest.begin(), newest.end(),
              [](const CachedMessage &a, const CachedMessage &b) { return a.uid > b.uid; });
    const int shown = std::min({count, 3, int(newest.size())});
    QStringList lines;
    for (int i = 0; i < shown; ++i) {
        const CachedMessage &m = newest.at(i);
        // "Name <addr>" → the name alone reads better in a notification.
        QString sender = m.from.section(QLatin1Char('<'), 0, 0).trimmed();
        if (sender.startsWith(QLatin1Char('"')) && sender.endsWith(QLatin1Char('"')))
            sender = sender.mid(1, sender.size() - 2);
        if (sender.isEmpty())
            sender = m.from.trimmed();
        const QString subject = m.subject.isEmpty() ? tr("(no subject)") : m.subject;
        lines << tr("%1 — %2").arg(sender, subject);
    }
    if (count > shown)
        lines << tr("and %n more", nullptr, count - shown);
    return lines.join(QLatin1Char('\n'));
}

int MailController::inboxUnread() const
{
    if (!m_cache)
        return 0;
    const auto folders = m_cache->folders();
    int unread = 0;
    for (const CachedFolder &f : std::as_const(folders.value)) {
        if (f.specialUse == SpecialUse::Inbox)
            unread += f.unread;
    }
    return unread;
}

QList<MailController::MessageRef> MailController::selectedMessages() const
{
    QList<MessageRef> refs;
    if (!m_model || m_currentAccount.isEmpty())
        return refs;
    QList<int> rows;
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && m_list->selectionModel()->isRowSelected(current.row(), {}))
        rows << current.row();
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows()) {
        if (!rows.contains(index.row()))
            rows << index.row();
    }
    for (const int row : std::as_const(rows)) {
        if (const std::optional<CachedMessage> m = m_model->messageAt(row))
            refs.append(MessageRef{m_currentAccount, m_currentPath, m->folderId, m->uid});
    }
    return refs;
}

void MailController::loadRaw(const MessageRef &message, QObject *context,
                             const std::function<void(const QByteArray &)> &done)
{
    const QByteArray cached =
        m_cache ? m_cache->body(message.folderId, message.uid).value : QByteArray();
    if (!cached.isNull()) {
        done(cached);
        return;
    }
    StoreWorker *w = worker(message.account);
    if (!w) {
        Q_EMIT statusMessage(tr("This message has not been downloaded yet."));
        return;
    }
    // One-shot: the body signal of exactly this message, or the request's failure.
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const auto finish = [connections]() {
        for (const QMetaObject::Connection &c : std::as_const(*connections))
            QObject::disconnect(c);
    };
    const quint64 id = w->fetchBody(message.path, message.uid);
    *connections << connect(w, &StoreWorker::messageBody, context,
                            [message, done, finish](const QString &account, const QString &path,
                                                    quint32 uid, const QByteArray &raw) {
                                if (account != message.account || path != message.path ||
                                    uid != message.uid)
                                    return;
                                finish();
                                done(raw);
                            });
    *connections << connect(w, &StoreWorker::requestFinished, context,
                            [this, id, finish](quint64 finished, const MailError &error) {
                                if (finished != id || !error.isError())
                                    return;
                                finish();
                                Q_EMIT statusMessage(tr("The message could not be loaded: %1")
                                                         .arg(error.userMessage.isEmpty()
                                                                  ? error.technicalDetail
                                                                  : error.userMessage));
                            });
}

void MailController::folderActivated(QTreeWidgetItem *item)
{
    if (!item || !m_model)
        return;
    const QVariant id = item->data(0, FolderIdRole);
    if (!id.isValid())
        return;
    m_currentAccount = item->data(0, AccountRole).toString();
    m_currentPath = item->data(0, FolderPathRole).toString();
    m_currentUid = 0;
    m_view->clear();
    m_model->setFolder(id.toLongLong());
    if (StoreWorker *w = worker(m_currentAccount))
        w->syncFolder(m_currentPath, StoreWorker::Priority::User);
}

void MailController::messageActivated(int row)
{
    const std::optional<CachedMessage> message = m_model ? m_model->messageAt(row) : std::nullopt;
    if (!message) {
        m_currentUid = 0;
        m_view->clear();
        return;
    }
    m_currentUid = message->uid;
    StoreWorker *w = worker(m_currentAccount);
    const QByteArray cached = m_cache->body(message->folderId, message->uid).value;
    if (!cached.isNull()) {
        m_view->showMessage(cached);
    } else if (w) {
        m_view->showNotice(tr("Loading…"));
        w->fetchBody(m_currentPath, message->uid);
    } else {
        m_view->showNotice(tr("This message has not been downloaded yet."));
    }
    // Opening is what makes a message read — never the sync (RFC 3501 §6.4.5 PEEK).
    if (w && !(message->flags & FlagSeen))
        w->markRead(m_currentPath, {message->uid}, true);
}

void MailController::refreshList()
{
    if (!m_model)
        return;
    const QModelIndex current = m_list->currentIndex();
    const int oldRow = current.isValid() ? current.row() : -1;
    const int column = current.isValid() ? current.column() : 0;
    m_restoring = true;
    m_model->refresh();
    if (m_currentUid != 0 && oldRow >= 0) {
        m_model->messageAt(oldRow); // loads the page where it most likely still is
        const int row = m_model->loadedRowOf(m_currentUid);
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row, column));
    }
    m_restoring = false;
}

void MailController::onBody(const QString &account, const QString &path, quint32 uid,
                            const QByteArray &raw)
{
    if (account == m_currentAccount && path == m_currentPath && uid == m_currentUid)
        m_view->showMessage(raw);
}

void MailController::onError(const QString &account, const MailError &error)
{
    Q_EMIT statusMessage(QStringLiteral("%1: %2").arg(
        account, error.userMessage.isEmpty() ? error.technicalDetail : error.userMessage));
}

} // namespace mailwright
