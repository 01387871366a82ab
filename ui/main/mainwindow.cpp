// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "wizard/setupwizard.h"

#include "aboutdialog.h"

#include <mailwright/version.h>

#include "accounts/accountsdialog.h"
#include "accounts/passwordrequests.h"
#include "failurebanner.h"
#include "mail/mailcontroller.h"
#include "mail/messageview.h"
#include "settings/accountrepository.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailwright {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Mailwright"));
    setObjectName(QStringLiteral("MainWindow"));

    m_folderTree = new QTreeWidget(this);
    m_folderTree->setObjectName(QStringLiteral("folderTree"));
    m_folderTree->setHeaderLabel(tr("Accounts"));
    m_folderTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_folderTree, &QWidget::customContextMenuRequested, this,
            &MainWindow::showFolderTreeMenu);

    m_messageList = new QTreeView(this);
    m_messageList->setObjectName(QStringLiteral("messageList"));
    m_messageList->setRootIsDecorated(false);
    m_messageList->setAlternatingRowColors(true);
    m_messageList->setSelectionMode(QAbstractItemView::ExtendedSelection); // Delete takes several
    m_messageList->header()->setStretchLastSection(false);

    // The one search field of the window (Ctrl+F): full-text search of the shown folder.
    m_searchBox = new QLineEdit(this);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search subject, people and text (Ctrl+F)"));
    m_searchBox->setClearButtonEnabled(true);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    listLayout->addWidget(m_searchBox);
    listLayout->addWidget(m_messageList);

    m_messageView = new MessageView(this);
    m_reader = m_messageView->browser(); // object name "reader"

    m_mail = new MailController(m_folderTree, m_messageList, m_messageView, m_searchBox, this);
    connect(m_mail, &MailController::newMail, this, &MainWindow::newMailArrived);
    connect(m_mail, &MailController::newMail, this,
            [this](const QString &account, const QString &, int count) {
                m_statusLabel->setText(tr("%1: %n new message(s)", nullptr, count).arg(account));
            });
    connect(m_mail, &MailController::statusMessage, this,
            [this](const QString &text) { m_statusLabel->setText(text); });

    auto *rightSplitter = new QSplitter(Qt::Vertical, this);
    rightSplitter->setObjectName(QStringLiteral("messagePage"));
    rightSplitter->addWidget(listPane);
    rightSplitter->addWidget(m_messageView);
    rightSplitter->setStretchFactor(0, 2);
    rightSplitter->setStretchFactor(1, 3);

    m_messagePage = rightSplitter;
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(rightSplitter);

    auto *mainSplitter = new QSplitter(Qt::Horizontal, this);
    mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    mainSplitter->addWidget(m_folderTree);
    mainSplitter->addWidget(m_pages);
    mainSplitter->setStretchFactor(0, 1);
    mainSplitter->setStretchFactor(1, 4);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new FailureBanner(central);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(mainSplitter, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(tr("Ready"), this);
    statusBar()->addWidget(m_statusLabel, 1);

    createActions();
    resize(1100, 700);
    setUpComposeFeatures();
}

MainWindow::~MainWindow() = default;

void MainWindow::addAccountEntry(const QString &name, const QString &description)
{
    createAccountItem(name, description);
    m_statusLabel->setText(description);
}

QTreeWidgetItem *MainWindow::createAccountItem(const QString &name, const QString &description)
{
    auto *item = new QTreeWidgetItem(m_folderTree, {name});
    item->setToolTip(0, description);
    // The folder's key (not the translated name) is what folderActivated() reports. "INBOX" is
    // a placeholder until MailController knows the account's real folders; the Outbox stays.
    (new QTreeWidgetItem(item, {tr("Inbox")}))
        ->setData(0, MailController::LocalFolderKeyRole, QStringLiteral("INBOX"));
    (new QTreeWidgetItem(item, {tr("Outbox")}))
        ->setData(0, MailController::LocalFolderKeyRole, QStringLiteral("Outbox"));
    item->setExpanded(true);
    return item;
}

namespace {
constexpr int RepositoryItemRole = Qt::UserRole + 1; ///< marks entries that mirror the repository
}

void MainWindow::setAccountServices(AccountRepository *repository, SecretStore *keychain,
                                    SecretStore *session)
{
    m_repository = repository;
    m_keychain = keychain;
    m_session = session;
    m_accountsAction->setEnabled(m_repository && m_keychain && m_session);
    if (m_repository && m_keychain && m_session && !m_passwords)
        m_passwords = new PasswordRequests(m_repository, m_keychain, m_session, this, this);
    if (m_repository)
        connect(m_repository, &AccountRepository::accountsChanged, this,
                &MainWindow::refreshAccountEntries);
    refreshAccountEntries();
}

void MainWindow::refreshAccountEntries()
{
    for (int i = m_folderTree->topLevelItemCount() - 1; i >= 0; --i) {
        if (m_folderTree->topLevelItem(i)->data(0, RepositoryItemRole).toBool())
            delete m_folderTree->takeTopLevelItem(i);
    }
    if (!m_repository)
        return;
    for (const Account &a : m_repository->accounts()) {
        QString description =
            tr("%1 — SMTP %2:%3").arg(a.primaryIdentity().address, a.smtp.host).arg(a.smtp.port);
        if (a.hasIncoming)
            description += tr(", %1 %2:%3")
                               .arg(protocolName(a.incoming.protocol).toUpper(), a.incoming.host)
                               .arg(a.incoming.port);
        QTreeWidgetItem *item = createAccountItem(a.name, description);
        item->setData(0, RepositoryItemRole, true);
    }
    m_mail->setAccounts(m_repository->accounts(), m_mailSecrets ? m_mailSecrets : m_keychain,
                        m_mailSecrets ? nullptr : m_session);
}

void MainWindow::showFolderTreeMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_folderTree->itemAt(pos);
    if (!item || item->parent() || !m_passwords || !m_repository ||
        !m_repository->contains(item->text(0)))
        return;
    const QString account = item->text(0);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *enter = menu->addAction(tr("Enter &password…"), this, [this, account]() {
        m_passwords->request(
            account, PasswordRequests::Purpose::Sending | PasswordRequests::Purpose::Receiving,
            MailError());
    });
    enter->setObjectName(QStringLiteral("actionEnterPassword"));
    menu->popup(m_folderTree->viewport()->mapToGlobal(pos));
}

void MainWindow::setMailCache(const QString &path)
{
    m_mail->setCachePath(path);
    if (m_repository)
        m_mail->setAccounts(m_repository->accounts(), m_mailSecrets ? m_mailSecrets : m_keychain,
                            m_mailSecrets ? nullptr : m_session);
}

void MainWindow::showSetupWizard()
{
    if (!m_repository || findChild<SetupWizard *>())
        return;
    auto *wizard = new SetupWizard(m_repository, m_keychain, m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SetupWizard::accountCreated, this, [this](const QString &name, bool) {
        m_statusLabel->setText(tr("Account \"%1\" is ready.").arg(name));
    });
    wizard->open();
}

bool MainWindow::offerSetupIfEmpty()
{
    if (!m_repository || !m_repository->accounts().isEmpty())
        return false;
    showSetupWizard();
    return true;
}

void MainWindow::showAccountsDialog()
{
    if (!m_repository)
        return;
    auto *dialog = findChild<AccountsDialog *>();
    if (!dialog) {
        dialog = new AccountsDialog(m_repository, m_keychain, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_passwords) {
            dialog->setPasswordRequests(m_passwords);
            // Set password in the dialog: senders and receivers use the new one at once.
            connect(dialog, &AccountsDialog::passwordStored, m_passwords,
                    [this](const QString &name) { m_passwords->notifyStored(name); });
        }
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_accountsAction =
        settingsMenu->addAction(tr("&Accounts…"), this, &MainWindow::showAccountsDialog);
    QAction *addAccount =
        settingsMenu->addAction(tr("A&dd account…"), this, &MainWindow::showSetupWizard);
    addAccount->setObjectName(QStringLiteral("actionAddAccount"));
    m_accountsAction->setObjectName(QStringLiteral("actionAccounts"));
    m_accountsAction->setEnabled(false); // until setAccountServices()

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
