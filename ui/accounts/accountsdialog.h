// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/account.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace mailwright {

class AccountRepository;
class PasswordRequests;
class SecretStore;

/// Settings ▸ Accounts: the list of accounts with Add (the set-up wizard), Add manually (the
/// editor), Edit, Set password and Remove (after a confirmation, which also removes the
/// account's passwords from the keychain and the session store).
///
/// GUI thread. Owned by its parent; the repository and both stores are borrowed from the
/// composition root and must outlive the dialog. Every step is asynchronous (open(), signals):
/// no nested event loop.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a keychain: the OS keychain (a MemorySecretStore in --demo and tests);
    /// \a session: passwords kept for this session only.
    AccountsDialog(AccountRepository *repository, SecretStore *keychain, SecretStore *session,
                   QWidget *parent = nullptr);
    ~AccountsDialog() override;

    /// Opens the password prompt for \a account (also used when the keychain has nothing).
    /// With setPasswordRequests() and no \a problem, the shared prompt (one per account).
    void promptForPassword(const Account &account, const QString &problem = QString());
    /// The main window's shared prompt: a receiving or sending prompt already open for an
    /// account is reused rather than a second dialog stacked on it. Borrowed.
    void setPasswordRequests(PasswordRequests *requests) { m_requests = requests; }

Q_SIGNALS:
    /// A password was stored (in the keychain or for the session); for tests and status lines.
    void passwordStored(const QString &accountName, bool inKeychain);
    /// Removal finished (settings and secrets); \a error is set if the keychain failed.
    void accountRemoved(const QString &accountName, const mailwright::MailError &error);

private:
    void refresh();
    QString selectedName() const;
    void addAccount();
    void addAccountManually();
    void editAccount();
    void removeAccount();
    void confirmedRemove(const QString &name);
    void storePassword(const Account &account, const QString &password, bool inKeychain);
    void showStatus(const QString &text, bool isError);

    AccountRepository *m_repository;
    SecretStore *m_keychain;
    SecretStore *m_session;
    PasswordRequests *m_requests = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace mailwright
