// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelistmodel.h"

#include "cache/mailcache.h"

#include <QFont>
#include <QLocale>

namespace mailwright {

QString senderName(const QString &from)
{
    const int angle = from.indexOf(u'<');
    if (angle > 0) {
        QString name = from.left(angle).trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2);
        if (!name.isEmpty())
            return name;
    }
    QString address = from;
    address.remove(u'<').remove(u'>');
    return address.trimmed();
}

MessageListModel::MessageListModel(MailCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{}

void MessageListModel::reload()
{
    m_pages.clear();
    m_recent.clear();
    m_count = 0;
    if (m_cache && m_folderId > 0) {
        const auto count = m_cache->messageCount(m_folderId, m_search);
        m_count = count.ok() ? count.value : 0;
    }
}

void MessageListModel::setCache(MailCache *cache)
{
    beginResetModel();
    m_cache = cache;
    m_folderId = 0;
    reload();
    endResetModel();
}

void MessageListModel::setFolder(qint64 folderId)
{
    beginResetModel();
    m_folderId = folderId;
    reload();
    endResetModel();
}

void MessageListModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    beginResetModel();
    m_search = text;
    reload();
    endResetModel();
}

void MessageListModel::refresh()
{
    // A reset keeps nothing stale; the view restores its current index from the caller.
    beginResetModel();
    reload();
    endResetModel();
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    const MessageSort key = column == FromColumn      ? MessageSort::Sender
                            : column == SubjectColumn ? MessageSort::Subject
                                                      : MessageSort::Date;
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_sort && descending == m_descending)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sort = key;
    m_descending = descending;
    m_pages.clear();
    m_recent.clear();
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent)
        changePersistentIndex(index, QModelIndex());
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const CachedMessage *MessageListModel::row(int row) const
{
    if (row < 0 || row >= m_count || !m_cache)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto loaded = m_cache->messages(m_folderId, m_sort, m_descending, page * PageSize, PageSize,
                                        m_search);
        if (!loaded.ok())
            return nullptr;
        if (m_recent.size() >= MaxPages)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, loaded.value);
        m_recent.append(page);
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

std::optional<CachedMessage> MessageListModel::messageAt(int r) const
{
    const CachedMessage *m = row(r);
    return m ? std::optional<CachedMessage>(*m) : std::nullopt;
}

int MessageListModel::loadedRowOf(quint32 uid) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).uid == uid)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CachedMessage *m = row(index.row());
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return m->subject.isEmpty() ? tr("(no subject)") : m->subject;
        case FromColumn:
            return senderName(m->from);
        case DateColumn: {
            const QDateTime date = (m->date.isValid() ? m->date : m->internalDate).toLocalTime();
            return QLocale().toString(date, QLocale::ShortFormat);
        }
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == FromColumn ? m->from : QVariant();
    case Qt::FontRole:
        if (!(m->flags & FlagSeen)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case UidRole:
        return m->uid;
    case FlagsRole:
        return m->flags;
    case MessageIdRole:
        return m->messageId;
    default:
        break;
    }
    return {};
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case FromColumn:
        return tr("From");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

} // namespace mailwright
