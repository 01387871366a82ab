// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentlist.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

namespace mailwright {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
constexpr int SizeRole = Qt::UserRole + 2;
} // namespace

AttachmentList::AttachmentList(QWidget *parent)
    : QListWidget(parent)
{
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setSpacing(2);
}

QString AttachmentList::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QStringList AttachmentList::addFiles(const QStringList &paths)
{
    QStringList refused;
    const QStringList present = files();
    QFileIconProvider icons;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists() || !info.isFile() || !info.isReadable()) {
            refused.append(path);
            continue;
        }
        const QString absolute = info.absoluteFilePath();
        if (present.contains(absolute))
            continue;
        auto *item = new QListWidgetItem(
            icons.icon(info), tr("%1 (%2)").arg(info.fileName(), formatSize(info.size())), this);
        item->setData(PathRole, absolute);
        item->setData(SizeRole, info.size());
        item->setToolTip(absolute);
    }
    Q_EMIT filesChanged();
    return refused;
}

void AttachmentList::removeSelected()
{
    const QList<QListWidgetItem *> selected = selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    Q_EMIT filesChanged();
}

QStringList AttachmentList::files() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out.append(item(i)->data(PathRole).toString());
    return out;
}

qint64 AttachmentList::totalBytes() const
{
    qint64 total = 0;
    for (int i = 0; i < count(); ++i)
        total += item(i)->data(SizeRole).toLongLong();
    return total;
}

QStringList AttachmentList::localFiles(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            out.append(url.toLocalFile());
    }
    return out;
}

void AttachmentList::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void AttachmentList::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void AttachmentList::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    addFiles(paths);
    event->acceptProposedAction();
}

void AttachmentList::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        removeSelected();
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace mailwright
