// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, compose-and-send part: pages, failure banner, account status, send progress,
// shortcuts, window state, tray icon.
#include "mainwindow.h"

#include "failurebanner.h"
#include "mail/mailcontroller.h"
#include "trayicon.h"
#include "uisettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>

namespace mailwright {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
} // namespace

void MainWindow::setUpComposeFeatures()
{
    // Shortcuts: the standard keys where Qt knows one, Ctrl+R/Ctrl+N as every mail client.
    QMenu *messageMenu = new QMenu(tr("&Message"), this);
    menuBar()->insertMenu(menuBar()->actions().value(1), messageMenu);
    QAction *newAction =
        messageMenu->addAction(tr("&New Message"), this, &MainWindow::newMessageRequested);
    newAction->setObjectName(QStringLiteral("actionNewMessage"));
    newAction->setShortcut(QKeySequence::New);
    QAction *reply =
        messageMenu->addAction(tr("&Reply"), this, [this]() { Q_EMIT replyRequested(0); });
    reply->setObjectName(QStringLiteral("actionReply"));
    reply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *replyAll =
        messageMenu->addAction(tr("Reply to &All"), this, [this]() { Q_EMIT replyRequested(1); });
    replyAll->setObjectName(QStringLiteral("actionReplyAll"));
    replyAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction *forward =
        messageMenu->addAction(tr("&Forward"), this, [this]() { Q_EMIT replyRequested(2); });
    forward->setObjectName(QStringLiteral("actionForward"));
    forward->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    messageMenu->addSeparator();
    QAction *del = messageMenu->addAction(tr("&Delete"), this, &MainWindow::deleteRequested);
    del->setObjectName(QStringLiteral("actionDelete"));
    del->setShortcut(QKeySequence::Delete);
    // Delete must not steal the key from text fields (search box, composer): only when the
    // message list or folder tree has focus.
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_messageList->addAction(del);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(newAction);
    toolBar->addAction(reply);
    toolBar->addAction(replyAll);
    toolBar->addAction(forward);
    toolBar->addSeparator();
    toolBar->addAction(del);
    // Ctrl+F: the message page's search box (MailController's full-text search), also from the
    // Outbox page.
    QAction *find = new QAction(tr("&Find"), this);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this]() {
        showMessagePage();
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    addAction(find);
    messageMenu->addAction(find);

    connect(m_folderTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        QTreeWidgetItem *top = item;
        while (top->parent())
            top = top->parent();
        // The window's own entries (Outbox) by their key, mail folders by their cache path
        // (the text carries the unread count).
        QString folder = item->data(0, MailController::LocalFolderKeyRole).toString();
        if (folder.isEmpty())
            folder = item->data(0, MailController::FolderPathRole).toString();
        if (folder != QLatin1String("Outbox"))
            showMessagePage();
        if (item != top)
            Q_EMIT folderActivated(top->text(0), folder);
    });

    auto *progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("sendProgress"));
    progress->setRange(0, 100);
    progress->setMaximumWidth(160);
    progress->hide();
    m_sendProgress = progress;
    statusBar()->addPermanentWidget(progress);

    m_tray = TrayIcon::create(this);
    restoreWindowState();
}

void MainWindow::addPage(QWidget *page)
{
    m_pages->addWidget(page);
}

void MainWindow::showPage(QWidget *page)
{
    if (m_pages->indexOf(page) < 0)
        m_pages->addWidget(page);
    m_pages->setCurrentWidget(page);
    // Shown by a button (the banner's "Open Outbox") rather than the tree: a highlighted mail
    // folder would claim the list is showing. The window's own entries (Outbox) may stay.
    QTreeWidgetItem *current = m_folderTree->currentItem();
    if (page != m_messagePage && current &&
        current->data(0, MailController::LocalFolderKeyRole).toString().isEmpty()) {
        const QSignalBlocker block(m_folderTree);
        m_folderTree->setCurrentItem(nullptr);
    }
}

void MainWindow::showMessagePage()
{
    m_pages->setCurrentWidget(m_messagePage);
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::setAccountStatus(const QString &account, const QString &status)
{
    m_accountStatus.insert(account, status);
    for (int i = 0; i < m_folderTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_folderTree->topLevelItem(i);
        if (item->text(0) != account)
            continue;
        QString tip = item->data(0, Qt::UserRole + 3).toString();
        if (tip.isEmpty()) {
            tip = item->toolTip(0);
            item->setData(0, Qt::UserRole + 3, tip);
        }
        item->setToolTip(0, status.isEmpty() ? tip : tip + u'\n' + status);
        item->setStatusTip(0, status);
    }
    if (!status.isEmpty())
        m_statusLabel->setText(tr("%1: %2").arg(account, status));
}

QString MainWindow::accountStatus(const QString &account) const
{
    return m_accountStatus.value(account);
}

void MainWindow::setSendProgress(const QString &text, int percent)
{
    auto *bar = static_cast<QProgressBar *>(m_sendProgress);
    bar->setVisible(percent >= 0);
    if (percent >= 0)
        bar->setValue(percent);
    if (!text.isEmpty())
        m_statusLabel->setText(text);
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::restoreWindowState()
{
    const auto settings = uisettings::open();
    restoreGeometry(settings->value(geometryKey).toByteArray());
    restoreState(settings->value(stateKey).toByteArray());
}

void MainWindow::saveWindowState()
{
    const auto settings = uisettings::open();
    settings->setValue(geometryKey, saveGeometry());
    settings->setValue(stateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace mailwright
