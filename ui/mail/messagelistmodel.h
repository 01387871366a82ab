// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/cachetypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace mailwright {

class MailCache;

/// The message list of one folder, read from the cache in windows: rowCount() is one COUNT,
/// data() loads the page of PageSize rows around the requested row (one indexed SELECT with
/// LIMIT/OFFSET) and keeps the last MaxPages pages, so a folder of 100,000 messages shows at
/// once and scrolls without loading everything. Sort by date, sender or subject (the cache's
/// indexes); a search text filters through the FTS5 index. Unread messages are bold.
///
/// Thread: GUI. Owner: its QObject parent. The MailCache is borrowed (the GUI thread's own
/// connection) and must outlive the model.
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SubjectColumn, FromColumn, DateColumn, ColumnCount };
    enum Role { UidRole = Qt::UserRole + 1, FlagsRole, MessageIdRole };
    static constexpr int PageSize = 200;
    static constexpr int MaxPages = 16;

    explicit MessageListModel(MailCache *cache, QObject *parent = nullptr);

    /// Replaces the cache (nullptr: empty list).
    void setCache(MailCache *cache);
    /// Shows the folder (0: none).
    void setFolder(qint64 folderId);
    qint64 folderId() const { return m_folderId; }
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    MessageSort sortKey() const { return m_sort; }
    bool descending() const { return m_descending; }
    /// The cache changed (sync, flags): recount and reload the visible pages.
    void refresh();
    std::optional<CachedMessage> messageAt(int row) const;
    /// The row of \a uid among the loaded pages, or -1.
    int loadedRowOf(quint32 uid) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const CachedMessage *row(int row) const;
    void reload();

    MailCache *m_cache;
    qint64 m_folderId = 0;
    QString m_search;
    MessageSort m_sort = MessageSort::Date;
    bool m_descending = true;
    int m_count = 0;
    mutable QHash<int, QList<CachedMessage>> m_pages; ///< page number → rows
    mutable QList<int> m_recent;                      ///< pages, most recently used last
};

/// "Name" of "Name <address>", else the address.
QString senderName(const QString &from);

} // namespace mailwright
