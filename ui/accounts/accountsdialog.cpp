// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsdialog.h"

#include "wizard/setupwizard.h"

#include "accounteditor.h"
#include "passwordprompt.h"
#include "passwordrequests.h"

#include "secrets/secretstore.h"
#include "settings/accountrepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailwright {

AccountsDialog::AccountsDialog(AccountRepository *repository, SecretStore *keychain,
                               SecretStore *session, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_keychain(keychain)
    , m_session(session)
{
    setWindowTitle(tr("Accounts"));
    setObjectName(QStringLiteral("AccountsDialog"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addAccount"));
    // Add opens the set-up wizard; the manual editor stays one button away.
    auto *addManually = new QPushButton(tr("Add &manually…"), this);
    addManually->setObjectName(QStringLiteral("addAccountManually"));
    connect(addManually, &QPushButton::clicked, this, &AccountsDialog::addAccountManually);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editAccount"));
    m_password = new QPushButton(tr("Set &password…"), this);
    m_password->setObjectName(QStringLiteral("setPassword"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_password, &QPushButton::clicked, this, [this] {
        if (const auto account = m_repository->account(selectedName()))
            promptForPassword(*account);
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &AccountsDialog::editAccount);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        for (QPushButton *b : {m_edit, m_password, m_remove})
            b->setEnabled(row >= 0);
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, addManually, m_edit, m_password, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_repository, &AccountRepository::accountsChanged, this, &AccountsDialog::refresh);
    refresh();
    resize(560, 360);
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::refresh()
{
    const QString current = selectedName();
    m_list->clear();
    for (const Account &a : m_repository->accounts()) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(a.name, a.primaryIdentity().address), m_list);
        item->setData(Qt::UserRole, a.name);
        if (a.name == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    for (QPushButton *b : {m_edit, m_password, m_remove})
        b->setEnabled(m_list->currentItem() != nullptr);
}

QString AccountsDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void AccountsDialog::showStatus(const QString &text, bool isError)
{
    m_status->setStyleSheet(isError ? QStringLiteral("color: #b00020") : QString());
    m_status->setText(text);
}

void AccountsDialog::addAccount()
{
    auto *wizard = new SetupWizard(m_repository, m_keychain, m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SetupWizard::accountCreated, this,
            [this](const QString &name, bool inKeychain) {
                showStatus(inKeychain ? tr("Account \"%1\" added; its password is in the "
                                           "keychain.")
                                            .arg(name)
                                      : tr("Account \"%1\" added; its password is kept for "
                                           "this session only.")
                                            .arg(name),
                           false);
                Q_EMIT passwordStored(name, inKeychain);
            });
    wizard->open();
}

void AccountsDialog::addAccountManually()
{
    auto *editor = new AccountEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(tr("Add account"));
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const Account account = editor->account();
        if (const MailError e = m_repository->add(account)) {
            showStatus(e.userMessage, true);
            return;
        }
        showStatus(tr("Account \"%1\" added.").arg(account.name), false);
        promptForPassword(account);
    });
    editor->open();
}

void AccountsDialog::editAccount()
{
    const auto account = m_repository->account(selectedName());
    if (!account)
        return;
    auto *editor = new AccountEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(tr("Edit account \"%1\"").arg(account->name));
    editor->setAccount(*account, false);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        if (const MailError e = m_repository->update(editor->account()))
            showStatus(e.userMessage, true);
    });
    editor->open();
}

void AccountsDialog::removeAccount()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Remove account"),
        tr("Remove the account \"%1\"?\n\nIts settings and its passwords in the keychain will "
           "be deleted. Messages on the server are not touched.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemove"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result == QMessageBox::Yes)
            confirmedRemove(name);
    });
    box->open();
}

void AccountsDialog::confirmedRemove(const QString &name)
{
    m_session->removeAccountSecrets(name); // memory: cannot fail
    SecretJob *job = m_keychain->removeAccountSecrets(name);
    showStatus(tr("Removing \"%1\"…").arg(name), false);
    connect(job, &SecretJob::finished, this, [this, name](const SecretResult &r) {
        // The settings go even if the keychain is unavailable: with no keychain there can be
        // no entry to leave behind; the user is told in case it was only unreachable.
        if (const MailError e = m_repository->remove(name)) {
            showStatus(e.userMessage, true);
            Q_EMIT accountRemoved(name, e);
            return;
        }
        if (r.ok())
            showStatus(tr("Account \"%1\" removed.").arg(name), false);
        else
            showStatus(tr("Account \"%1\" removed, but its passwords could not be removed from "
                          "the keychain: %2")
                           .arg(name, r.error.userMessage),
                       true);
        Q_EMIT accountRemoved(name, r.error);
    });
}

void AccountsDialog::promptForPassword(const Account &account, const QString &problem)
{
    if (m_requests && problem.isEmpty()) {
        // Stored through the shared prompt, which tells the senders and receivers itself.
        m_requests->request(
            account.name, PasswordRequests::Purpose::Sending | PasswordRequests::Purpose::Receiving,
            MailError());
        return;
    }
    auto *prompt = new PasswordPromptDialog(this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setMessage(tr("Enter the password of %1 for the account \"%2\".")
                           .arg(account.effectiveSmtpUser(), account.name));
    prompt->setProblem(problem);
    connect(prompt, &QDialog::accepted, this, [this, prompt, account] {
        const QString password = prompt->password();
        const bool keychain = prompt->rememberInKeychain();
        prompt->clearPassword();
        storePassword(account, password, keychain);
    });
    prompt->open();
}

void AccountsDialog::storePassword(const Account &account, const QString &password, bool inKeychain)
{
    SecretStore *store = inKeychain ? m_keychain : m_session;
    SecretJob *job = store->writeAccountSecrets(account.name, account.hasIncoming, password);
    connect(job, &SecretJob::finished, this, [this, account, inKeychain](const SecretResult &r) {
        if (r.ok()) {
            // The session store is read before the keychain: its older copy must not win.
            if (inKeychain)
                m_session->removeAccountSecrets(account.name);
            showStatus(inKeychain
                           ? tr("Password of \"%1\" saved in the keychain.").arg(account.name)
                           : tr("Password of \"%1\" kept for this session "
                                "only.")
                                 .arg(account.name),
                       false);
            Q_EMIT passwordStored(account.name, inKeychain);
            return;
        }
        // No keychain: ask again, offering only "this session only" (never a
        // silent plaintext file).
        showStatus(r.error.userMessage, true);
        auto *prompt = new PasswordPromptDialog(this);
        prompt->setAttribute(Qt::WA_DeleteOnClose);
        prompt->setMessage(tr("Enter the password of %1 for the account \"%2\".")
                               .arg(account.effectiveSmtpUser(), account.name));
        prompt->setKeychainAvailable(false, r.error.userMessage);
        connect(prompt, &QDialog::accepted, this, [this, prompt, account] {
            const QString again = prompt->password();
            prompt->clearPassword();
            storePassword(account, again, false);
        });
        prompt->open();
    });
}

} // namespace mailwright
