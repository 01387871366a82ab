// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordrequests.h"

#include "passwordprompt.h"

#include "secrets/secretstore.h"
#include "settings/accountrepository.h"

#include <QWidget>

namespace mailwright {

namespace {

/// The keychain keys a password typed for \a purposes is written to. The set-up stores one
/// password for both servers; when both log in as the same user, a password refused by one is
/// the old password of the other too, so both get the new one.
QStringList slotKeys(const Account &account, PasswordRequests::Purposes purposes)
{
    const bool sameUser = account.effectiveSmtpUser() == account.effectiveIncomingUser();
    QStringList keys;
    if (account.hasIncoming &&
        (purposes.testFlag(PasswordRequests::Purpose::Receiving) || sameUser))
        keys << SecretStore::secretKey(account.name, SecretSlot::Incoming);
    if (purposes.testFlag(PasswordRequests::Purpose::Sending) || sameUser || !account.hasIncoming)
        keys << SecretStore::secretKey(account.name, SecretSlot::Smtp);
    return keys;
}

} // namespace

PasswordRequests::PasswordRequests(AccountRepository *accounts, SecretStore *keychain,
                                   SecretStore *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_keychain(keychain)
    , m_session(session)
    , m_dialogParent(dialogParent)
{}

PasswordRequests::~PasswordRequests() = default;

bool PasswordRequests::needsPassword(const MailError &error)
{
    // RFC 4954 §6 535 5.7.8, RFC 5530 [AUTHENTICATIONFAILED], RFC 3206 [AUTH]: the credential
    // was refused (core maps those to AuthFailed, and only those). 530/538, [UNAVAILABLE] and a
    // missing mechanism are not solved by typing a password again.
    return error.code == ErrorCode::AuthFailed || error.code == ErrorCode::PasswordMissing ||
           error.code == ErrorCode::KeychainUnavailable;
}

PasswordPromptDialog *PasswordRequests::prompt(const QString &account) const
{
    return m_open.value(account).dialog;
}

bool PasswordRequests::isWaiting(const QString &account) const
{
    return m_waiting.contains(account);
}

void PasswordRequests::request(const QString &accountName, Purposes purposes,
                               const MailError &error)
{
    if (!m_accounts || !m_keychain || !m_session)
        return;
    const std::optional<Account> account = m_accounts->account(accountName);
    if (!account)
        return;
    m_waiting.remove(accountName);
    Open &open = m_open[accountName];
    PasswordPromptDialog *dialog = open.dialog;
    if (!dialog) {
        dialog = new PasswordPromptDialog(m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        open.dialog = dialog;
        open.purposes = {};
        open.refused = false;
        connect(dialog, &QDialog::finished, this, [this, dialog, accountName](int result) {
            const auto it = m_open.find(accountName);
            if (it == m_open.end() || it->dialog != dialog)
                return; // replaced, or closed by notifyStored()
            const Purposes purposes = it->purposes;
            m_open.erase(it);
            if (result != QDialog::Accepted) {
                m_waiting.insert(accountName, purposes);
                Q_EMIT cancelled(accountName, purposes);
                return;
            }
            const QString password = dialog->password();
            const bool keychain = dialog->rememberInKeychain();
            dialog->clearPassword();
            store(accountName, password, keychain, purposes);
        });
    }
    open.purposes |= purposes;
    updateText(accountName);
    // The refusal is what the user must know; "nothing stored" is the weaker explanation.
    if (error.code == ErrorCode::AuthFailed) {
        open.refused = true;
        dialog->setProblem(error.serverText.isEmpty()
                               ? tr("The server refused the password.")
                               : tr("The server refused the password: %1").arg(error.serverText));
    } else if (error.code == ErrorCode::PasswordMissing) {
        if (!open.refused)
            dialog->setProblem(tr("No password is stored for this account yet."));
    } else if (error.code == ErrorCode::KeychainUnavailable) {
        dialog->setKeychainAvailable(false, error.userMessage);
    }
    if (!dialog->isVisible())
        dialog->open();
}

void PasswordRequests::updateText(const QString &accountName)
{
    const Open open = m_open.value(accountName);
    const std::optional<Account> account = m_accounts->account(accountName);
    if (!open.dialog || !account)
        return;
    const bool sending = open.purposes.testFlag(Purpose::Sending);
    const bool receiving = open.purposes.testFlag(Purpose::Receiving);
    if (sending && receiving)
        open.dialog->setMessage(tr("Enter the password of %1 for sending and receiving mail of "
                                   "the account “%2”.")
                                    .arg(account->effectiveSmtpUser(), account->name));
    else if (receiving)
        open.dialog->setMessage(tr("Enter the password of %1 for receiving mail of the account "
                                   "“%2”.")
                                    .arg(account->effectiveIncomingUser(), account->name));
    else if (sending)
        open.dialog->setMessage(tr("Enter the password of %1 for sending from the account “%2”.")
                                    .arg(account->effectiveSmtpUser(), account->name));
    else
        open.dialog->setMessage(tr("Enter the password of %1 for the account “%2”.")
                                    .arg(account->effectiveSmtpUser(), account->name));
}

void PasswordRequests::notifyStored(const QString &account)
{
    Open open = m_open.take(account);
    const Purposes purposes =
        open.purposes | m_waiting.take(account) | Purpose::Sending | Purpose::Receiving;
    if (open.dialog) {
        open.dialog->clearPassword();
        open.dialog->close(); // finished() finds it gone from m_open: no cancel reported
    }
    Q_EMIT passwordStored(account, purposes);
}

void PasswordRequests::store(const QString &accountName, const QString &password, bool inKeychain,
                             Purposes purposes)
{
    const std::optional<Account> account = m_accounts->account(accountName);
    if (!account)
        return;
    writeKeys(accountName, slotKeys(*account, purposes), 0, password, inKeychain, purposes);
}

void PasswordRequests::writeKeys(const QString &accountName, const QStringList &keys, int index,
                                 const QString &password, bool inKeychain, Purposes purposes)
{
    if (index >= keys.size()) {
        // The session store is read before the keychain: drop its (refused) copy so the new
        // keychain entry is the one used.
        if (inKeychain) {
            for (const QString &key : keys)
                m_session->removePassword(key);
        }
        Q_EMIT passwordStored(accountName, purposes);
        return;
    }
    // One write after the other (a keychain may finish jobs in any order); the last one's end
    // is when the senders and receivers may read it.
    SecretStore *target = inKeychain ? m_keychain : m_session;
    SecretJob *job = target->writePassword(keys.at(index), password);
    connect(job, &SecretJob::finished, this,
            [this, accountName, keys, index, password, inKeychain,
             purposes](const SecretResult &result) {
                if (result.ok()) {
                    writeKeys(accountName, keys, index + 1, password, inKeychain, purposes);
                    return;
                }
                Q_EMIT storeFailed(accountName, result.error);
                // No keychain: ask again, offering only "this session only" (never a silent
                // plaintext file).
                MailError unavailable = result.error;
                unavailable.code = ErrorCode::KeychainUnavailable;
                if (inKeychain)
                    request(accountName, purposes, unavailable);
            });
}

} // namespace mailwright
