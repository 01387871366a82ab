// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"

#include <QFlags>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QWidget;

namespace mailwright {

class AccountRepository;
class PasswordPromptDialog;
class SecretStore;

/// The one place that asks the user for an account's password when sending or receiving found
/// none stored (ErrorCode::PasswordMissing, or an unavailable keychain) or the server refused
/// the stored one (ErrorCode::AuthFailed). At most one PasswordPromptDialog per account is open
/// at a time: a second request for the same account — another failed message, another failed
/// sync, or the other direction failing at the same moment — only widens what the open prompt
/// is for. The entered password goes to the keychain or, by the user's choice (the only one
/// without a keychain), to the session store; then passwordStored() tells the senders and the
/// receivers to try again. Cancel leaves the account waiting (isWaiting()) until a password is
/// stored here or through notifyStored() (Settings ▸ Accounts ▸ Set password).
///
/// Thread: GUI. Owner: the main window (QObject parent); the repository and both stores are
/// borrowed from the composition root and must outlive it. Prompts are children of
/// \a dialogParent, opened window-modal without a nested event loop.
class PasswordRequests : public QObject
{
    Q_OBJECT
public:
    enum class Purpose { Sending = 0x1, Receiving = 0x2 };
    Q_DECLARE_FLAGS(Purposes, Purpose)

    PasswordRequests(AccountRepository *accounts, SecretStore *keychain, SecretStore *session,
                     QWidget *dialogParent, QObject *parent = nullptr);
    ~PasswordRequests() override;

    /// True when \a error is one a new password can solve.
    static bool needsPassword(const MailError &error);

    /// Opens the prompt for \a account (or widens the open one) and explains \a error in it. An
    /// error of code None is a request of the user (no problem shown).
    void request(const QString &account, Purposes purposes, const MailError &error);
    /// The prompt open for \a account, if any (for tests).
    PasswordPromptDialog *prompt(const QString &account) const;
    /// The user cancelled a prompt of \a account and no password has been stored since.
    bool isWaiting(const QString &account) const;
    /// A password of \a account was stored elsewhere (the Accounts dialog): closes the open
    /// prompt and emits passwordStored().
    void notifyStored(const QString &account);

Q_SIGNALS:
    /// A new password of \a account is stored; \a purposes are the servers that asked for it.
    void passwordStored(const QString &account, mailwright::PasswordRequests::Purposes purposes);
    /// The user closed the prompt without a password.
    void cancelled(const QString &account, mailwright::PasswordRequests::Purposes purposes);
    /// Writing the password failed (e.g. the keychain went away); the prompt is offered again.
    void storeFailed(const QString &account, const mailwright::MailError &error);

private:
    struct Open
    {
        QPointer<PasswordPromptDialog> dialog;
        Purposes purposes;
        bool refused = false; ///< a server refused the password (outranks "none stored")
    };
    void updateText(const QString &account);
    void store(const QString &account, const QString &password, bool inKeychain, Purposes purposes);
    void writeKeys(const QString &account, const QStringList &keys, int index,
                   const QString &password, bool inKeychain, Purposes purposes);

    AccountRepository *m_accounts;
    SecretStore *m_keychain;
    SecretStore *m_session;
    QWidget *m_dialogParent;
    QHash<QString, Open> m_open;
    QHash<QString, Purposes> m_waiting; ///< cancelled, still without a password
};

} // namespace mailwright

Q_DECLARE_OPERATORS_FOR_FLAGS(mailwright::PasswordRequests::Purposes)
