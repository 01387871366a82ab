// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mime/messagereader.h"

#include <QHash>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>
#include <QWidget>

class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace mailwright {

/// A QTextBrowser that never fetches anything by itself: loadResource() answers only from the
/// message (cid: parts, RFC 2392) and from what the user allowed and MessageView fetched.
/// Remote URLs (http, https, ftp, file, ...) return an empty QVariant and are remembered, so the
/// view can offer "Load remote content" — tracking pixels stay silent until the user agrees.
/// Thread: GUI. Owner: its parent widget.
class RemoteBlockingBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit RemoteBlockingBrowser(QWidget *parent = nullptr);

    void setInlineParts(const QHash<QString, QByteArray> &cidToData) { m_inline = cidToData; }
    /// Resources the user allowed and that were fetched, by URL.
    void addFetched(const QUrl &url, const QByteArray &data) { m_fetched.insert(url, data); }
    QSet<QUrl> blockedUrls() const { return m_blocked; }
    void resetBlocked() { m_blocked.clear(); }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void remoteContentBlocked();

private:
    QHash<QString, QByteArray> m_inline;
    QHash<QUrl, QByteArray> m_fetched;
    QSet<QUrl> m_blocked;
};

/// Removes what must never run or load in the reader: scripts, frames, objects, forms, event
/// handler attributes and javascript: URLs. QTextBrowser runs no script anyway; this keeps the
/// document small and honest, and remote loads are blocked separately (RemoteBlockingBrowser).
QString sanitizeHtml(const QString &html);

/// The reader pane: the headers, the text part (or the sanitised HTML), a bar to load remote
/// content when the message asks for some, and the attachments with Save…/Open.
/// Thread: GUI. Owner: its parent widget.
class MessageView : public QWidget
{
    Q_OBJECT
public:
    explicit MessageView(QWidget *parent = nullptr);

    /// The browser (object name "reader").
    RemoteBlockingBrowser *browser() const { return m_browser; }
    void showMessage(const QByteArray &raw);
    /// A line of text instead of a message ("Loading…", an error).
    void showNotice(const QString &text);
    void clear();
    /// What showMessage() parsed last.
    const ReadMessage &message() const { return m_message; }
    /// Allows remote content for the shown message and fetches it (the button does this).
    void loadRemoteContent();

private:
    void render();
    void saveAttachment(int index);
    void openAttachment(int index);

    QLabel *m_headers = nullptr;
    QWidget *m_remoteBar = nullptr;
    RemoteBlockingBrowser *m_browser = nullptr;
    QWidget *m_attachmentBox = nullptr;
    QListWidget *m_attachments = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ReadMessage m_message;
    QString m_html; ///< sanitised HTML when the message has no text part
    int m_pendingFetches = 0;
};

} // namespace mailwright
