// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"

#include <mailwright/version.h>

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

namespace mailwright {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Mailwright"));
    setObjectName(QStringLiteral("MainWindow"));

    m_folderTree = new QTreeWidget(this);
    m_folderTree->setObjectName(QStringLiteral("folderTree"));
    m_folderTree->setHeaderLabel(tr("Accounts"));

    auto *listModel = new QStandardItemModel(0, 3, this);
    listModel->setHorizontalHeaderLabels({tr("Subject"), tr("From"), tr("Date")});
    m_messageList = new QTreeView(this);
    m_messageList->setObjectName(QStringLiteral("messageList"));
    m_messageList->setModel(listModel);
    m_messageList->setRootIsDecorated(false);
    m_messageList->setAlternatingRowColors(true);
    m_messageList->header()->setStretchLastSection(false);
    m_messageList->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_reader = new QTextBrowser(this);
    m_reader->setObjectName(QStringLiteral("reader"));
    m_reader->setOpenLinks(false);
    m_reader->setPlaceholderText(tr("No message selected."));

    auto *rightSplitter = new QSplitter(Qt::Vertical, this);
    rightSplitter->addWidget(m_messageList);
    rightSplitter->addWidget(m_reader);
    rightSplitter->setStretchFactor(0, 2);
    rightSplitter->setStretchFactor(1, 3);

    auto *mainSplitter = new QSplitter(Qt::Horizontal, this);
    mainSplitter->addWidget(m_folderTree);
    mainSplitter->addWidget(rightSplitter);
    mainSplitter->setStretchFactor(0, 1);
    mainSplitter->setStretchFactor(1, 4);
    setCentralWidget(mainSplitter);

    m_statusLabel = new QLabel(tr("Ready"), this);
    statusBar()->addWidget(m_statusLabel, 1);

    createActions();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::addAccountEntry(const QString &name, const QString &description)
{
    auto *item = new QTreeWidgetItem(m_folderTree, {name});
    item->setToolTip(0, description);
    new QTreeWidgetItem(item, {tr("Inbox")});
    new QTreeWidgetItem(item, {tr("Outbox")});
    item->setExpanded(true);
    m_statusLabel->setText(description);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Mailwright"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    // open(), not exec(): window-modal without a nested event loop; the dialog deletes itself.
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace mailwright
