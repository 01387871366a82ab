// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftopening.h"

#include "mainwindow.h"

#include "cache/mailcache.h"
#include "compose/composecontroller.h"
#include "compose/composerwindow.h"
#include "mail/mailcontroller.h"
#include "settings/accountrepository.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTreeView>

#include <algorithm>

namespace mailwright {

DraftOpening::DraftOpening(MainWindow *window, ComposeController *compose,
                           AccountRepository *accounts, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_compose(compose)
    , m_accounts(accounts)
{
    m_action = new QAction(tr("&Edit Draft"), this);
    m_action->setObjectName(QStringLiteral("actionEditDraft"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_action->setStatusTip(tr("Open the selected draft in the composer"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, [this]() { editSelected(); });
    m_window->addAction(m_action);
    // At the end of the Message menu (the one that holds actionReply).
    for (QAction *top : m_window->menuBar()->actions()) {
        QMenu *menu = top->menu();
        const QList<QAction *> items = menu ? menu->actions() : QList<QAction *>();
        if (std::any_of(items.cbegin(), items.cend(), [](const QAction *a) {
                return a->objectName() == QLatin1String("actionReply");
            })) {
            menu->addAction(m_action);
            break;
        }
    }

    connect(m_window, &MainWindow::folderActivated, this,
            [this](const QString &account, const QString &folder) {
                m_action->setEnabled(isDraftsFolder(account, folder));
            });
    // Double-click or Enter (QAbstractItemView::activated) on a draft edits it; elsewhere the
    // reader already shows the message.
    if (auto *list = m_window->findChild<QTreeView *>(QStringLiteral("messageList"))) {
        connect(list, &QAbstractItemView::activated, this, [this]() {
            const QList<MailController::MessageRef> selected =
                m_window->mailController()->selectedMessages();
            if (!selected.isEmpty() &&
                isDraftsFolder(selected.first().account, selected.first().path))
                editSelected();
        });
    }
}

DraftOpening::~DraftOpening() = default;

bool DraftOpening::isDraftsFolder(const QString &account, const QString &path)
{
    if (account.isEmpty() || path.isEmpty())
        return false;
    const QString cachePath = m_window->mailController()->cachePath();
    if (!m_cache && !cachePath.isEmpty())
        m_cache = std::make_unique<MailCache>(cachePath);
    if (m_cache) {
        const auto folders = m_cache->folders(account);
        for (const CachedFolder &f : folders.value) {
            if (f.specialUse == SpecialUse::Drafts)
                return f.path == path;
        }
    }
    const std::optional<Account> a = m_accounts ? m_accounts->account(account) : std::nullopt;
    return path == (a ? a->draftsFolder : QStringLiteral("Drafts"));
}

bool DraftOpening::editSelected()
{
    MailController *mail = m_window->mailController();
    const QList<MailController::MessageRef> selected = mail->selectedMessages();
    if (selected.isEmpty()) {
        m_window->showStatusMessage(tr("Select a draft first."));
        return false;
    }
    const MailController::MessageRef message = selected.first();
    if (!isDraftsFolder(message.account, message.path)) {
        m_window->showStatusMessage(tr("Only messages in the Drafts folder can be edited."));
        return false;
    }
    mail->loadRaw(message, this, [this, message](const QByteArray &raw) {
        if (!m_compose->openServerDraft(message.account, message.path, message.uid, raw))
            m_window->showStatusMessage(tr("The draft could not be opened."));
    });
    return true;
}

} // namespace mailwright
