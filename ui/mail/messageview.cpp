// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageview.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace mailwright {

RemoteBlockingBrowser::RemoteBlockingBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("reader"));
    setOpenLinks(false); // links open in the desktop's browser, never in here
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
            scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
}

QVariant RemoteBlockingBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    if (name.scheme().compare(QLatin1String("cid"), Qt::CaseInsensitive) == 0) {
        const auto it = m_inline.constFind(name.path());
        return it == m_inline.cend() ? QVariant() : QVariant(it.value());
    }
    const auto fetched = m_fetched.constFind(name);
    if (fetched != m_fetched.cend())
        return fetched.value();
    // Everything else would leave the machine (or read local files a message names): refuse,
    // and never call the base class, which would read file: URLs.
    if (!name.isEmpty() && !m_blocked.contains(name)) {
        m_blocked.insert(name);
        Q_EMIT remoteContentBlocked();
    }
    return QVariant();
}

QString sanitizeHtml(const QString &html)
{
    static const QRegularExpression blocks(
        QStringLiteral(
            "<(script|iframe|object|embed|applet|form|frameset|frame)\\b.*?(</\\1\\s*>|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression singles(
        QStringLiteral("<(script|iframe|object|embed|meta|link|base)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handlers(
        QStringLiteral("\\son[a-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression javascript(
        QStringLiteral("(href|src)\\s*=\\s*(\"\\s*javascript:[^\"]*\"|'\\s*javascript:[^']*'|"
                       "javascript:[^\\s>]*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = html;
    out.remove(blocks);
    out.remove(singles);
    out.remove(handlers);
    out.replace(javascript, QStringLiteral("\\1=\"#\""));
    return out;
}

MessageView::MessageView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("messageView"));
    m_headers = new QLabel(this);
    m_headers->setObjectName(QStringLiteral("readerHeaders"));
    m_headers->setTextFormat(Qt::RichText);
    m_headers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headers->setWordWrap(true);
    m_headers->setContentsMargins(6, 4, 6, 4);

    m_remoteBar = new QWidget(this);
    auto *remoteLayout = new QHBoxLayout(m_remoteBar);
    remoteLayout->setContentsMargins(6, 0, 6, 0);
    remoteLayout->addWidget(
        new QLabel(tr("Remote content was blocked to protect your privacy."), m_remoteBar), 1);
    auto *load = new QPushButton(tr("Load remote content"), m_remoteBar);
    load->setObjectName(QStringLiteral("loadRemoteContent"));
    remoteLayout->addWidget(load);
    connect(load, &QPushButton::clicked, this, &MessageView::loadRemoteContent);
    m_remoteBar->hide();

    m_browser = new RemoteBlockingBrowser(this);
    m_browser->setPlaceholderText(tr("No message selected."));
    connect(m_browser, &RemoteBlockingBrowser::remoteContentBlocked, m_remoteBar, &QWidget::show);

    m_attachmentBox = new QWidget(this);
    auto *attachLayout = new QHBoxLayout(m_attachmentBox);
    attachLayout->setContentsMargins(6, 0, 6, 4);
    m_attachments = new QListWidget(m_attachmentBox);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setFlow(QListView::LeftToRight);
    m_attachments->setMaximumHeight(48);
    auto *save = new QPushButton(tr("Save…"), m_attachmentBox);
    save->setObjectName(QStringLiteral("saveAttachment"));
    auto *open = new QPushButton(tr("Open"), m_attachmentBox);
    open->setObjectName(QStringLiteral("openAttachment"));
    attachLayout->addWidget(m_attachments, 1);
    attachLayout->addWidget(save);
    attachLayout->addWidget(open);
    connect(save, &QPushButton::clicked, this,
            [this]() { saveAttachment(m_attachments->currentRow()); });
    connect(open, &QPushButton::clicked, this,
            [this]() { openAttachment(m_attachments->currentRow()); });
    connect(m_attachments, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { openAttachment(m_attachments->row(item)); });
    m_attachmentBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_headers);
    layout->addWidget(m_remoteBar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_attachmentBox);
    m_headers->hide();
}

void MessageView::clear()
{
    m_message = ReadMessage();
    m_html.clear();
    m_headers->hide();
    m_remoteBar->hide();
    m_attachmentBox->hide();
    m_browser->resetBlocked();
    m_browser->clear();
}

void MessageView::showNotice(const QString &text)
{
    clear();
    m_browser->setPlainText(text);
}

void MessageView::showMessage(const QByteArray &raw)
{
    clear();
    m_message = MessageReader::read(raw);
    auto line = [](const QString &name, const QString &value) {
        return value.isEmpty()
                   ? QString()
                   : QStringLiteral("<b>%1</b> %2<br>").arg(name, value.toHtmlEscaped());
    };
    QStringList to;
    for (const Mailbox &m : std::as_const(m_message.to))
        to << m.toDisplayString();
    QStringList cc;
    for (const Mailbox &m : std::as_const(m_message.cc))
        cc << m.toDisplayString();
    const QString date = m_message.date.isValid()
                             ? QLocale().toString(m_message.date.toLocalTime(), QLocale::LongFormat)
                             : QString();
    m_headers->setText(QStringLiteral("<span style='font-size:large'><b>%1</b></span><br>")
                           .arg(m_message.subject.toHtmlEscaped()) +
                       line(tr("From:"), m_message.from.toDisplayString()) +
                       line(tr("To:"), to.join(QStringLiteral(", "))) +
                       line(tr("Cc:"), cc.join(QStringLiteral(", "))) + line(tr("Date:"), date));
    if (m_headers->text().endsWith(QLatin1String("<br>")))
        m_headers->setText(m_headers->text().chopped(4)); // no empty line under the headers
    m_headers->show();

    QHash<QString, QByteArray> inlineParts;
    m_attachments->clear();
    for (const ReadAttachment &a : std::as_const(m_message.attachments)) {
        m_attachments->addItem(
            QStringLiteral("%1 (%2)").arg(a.fileName.isEmpty() ? tr("unnamed") : a.fileName,
                                          QLocale().formattedDataSize(a.data.size())));
    }
    m_attachmentBox->setVisible(!m_message.attachments.isEmpty());
    if (!m_message.attachments.isEmpty())
        m_attachments->setCurrentRow(0);
    m_browser->setInlineParts(inlineParts);
    if (m_message.text.isEmpty() && !m_message.html.isEmpty())
        m_html = sanitizeHtml(m_message.html);
    render();
}

void MessageView::render()
{
    if (!m_html.isEmpty())
        m_browser->setHtml(m_html);
    else
        m_browser->setPlainText(m_message.text);
}

void MessageView::loadRemoteContent()
{
    // The user asked for it, for this message: fetch what was blocked, then lay out again.
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    const QSet<QUrl> urls = m_browser->blockedUrls();
    m_remoteBar->hide();
    for (const QUrl &url : urls) {
        const QString scheme = url.scheme().toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            continue;
        ++m_pendingFetches;
        QNetworkReply *reply = m_network->get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, this, [this, reply, url]() {
            reply->deleteLater();
            if (reply->error() == QNetworkReply::NoError)
                m_browser->addFetched(url, reply->readAll());
            if (--m_pendingFetches == 0)
                render();
        });
    }
}

void MessageView::saveAttachment(int index)
{
    if (index < 0 || index >= m_message.attachments.size())
        return;
    const ReadAttachment attachment = m_message.attachments.at(index);
    // open(), not exec(): no nested event loop; the dialog deletes itself.
    auto *dialog =
        new QFileDialog(this, tr("Save Attachment"),
                        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                            .filePath(attachment.fileName));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [attachment](const QString &path) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(attachment.data);
            file.commit();
        }
    });
    dialog->open();
}

void MessageView::openAttachment(int index)
{
    if (index < 0 || index >= m_message.attachments.size())
        return;
    const ReadAttachment &attachment = m_message.attachments.at(index);
    // A private temporary directory per file, removed when the application ends.
    auto *dir = new QTemporaryDir();
    if (!dir->isValid()) {
        delete dir;
        return;
    }
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit,
            QCoreApplication::instance(), [dir]() { delete dir; });
    const QString name = QFileInfo(attachment.fileName).fileName();
    const QString path = dir->filePath(name.isEmpty() ? QStringLiteral("attachment") : name);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(attachment.data) == attachment.data.size() &&
        file.commit())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace mailwright
