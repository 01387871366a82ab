// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>
#include <QStringList>

namespace mailwright {

/// The composer's attachments: one row per file with its name and size, files added by the
/// composer's button or dropped onto the list (or anywhere on the composer, which forwards
/// drops here). Delete removes the selected rows.
///
/// Thread: GUI. Owner: its parent widget.
class AttachmentList : public QListWidget
{
    Q_OBJECT
public:
    explicit AttachmentList(QWidget *parent = nullptr);

    /// Adds readable regular files; returns the paths that were refused (missing, directory,
    /// unreadable). A file already attached is not added twice.
    QStringList addFiles(const QStringList &paths);
    void removeSelected();
    QStringList files() const;
    qint64 totalBytes() const;

    /// "1.2 MB", "340 kB", "12 bytes" in the user's locale (decimal units, like file managers).
    static QString formatSize(qint64 bytes);
    /// Local file paths among the URLs of a drag, or empty if there are none.
    static QStringList localFiles(const QMimeData *mime);

Q_SIGNALS:
    void filesChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace mailwright
