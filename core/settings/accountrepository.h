// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/account.h"
#include "errors/mailerror.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace mailwright {

/// Where accounts are kept. Lives in the thread that created it (the GUI thread in the app, the
/// main thread in the CLI) and is not thread-safe; workers get Account values, never the
/// repository. Owned by the composition root (app/main.cpp, the CLI command).
///
/// It never stores a password: those live in a SecretStore under secretKey(account, ...).
class AccountRepository : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AccountRepository() override;

    /// All accounts, in the order they were added.
    virtual QList<Account> accounts() const = 0;
    /// Adds a new account. ConfigError when it is invalid or its name is taken (names are
    /// compared case-insensitively so "Work" and "work" cannot share keychain entries by
    /// accident on case-insensitive keychains).
    virtual MailError add(const Account &account) = 0;
    /// Replaces the account with the same name. ConfigError when invalid or unknown.
    virtual MailError update(const Account &account) = 0;
    /// Removes the account. ConfigError when unknown. The caller removes the keychain entries
    /// (see SecretStore::removeAccountSecrets).
    virtual MailError remove(const QString &name) = 0;

    std::optional<Account> account(const QString &name) const;
    bool contains(const QString &name) const { return account(name).has_value(); }

Q_SIGNALS:
    /// After every successful add/update/remove.
    void accountsChanged();
};

/// The QSettings (INI) implementation: "<configDir>/accounts.ini" (see settings/configpaths.h).
/// Every change rewrites the file atomically (QSettings syncs through QSaveFile). Nothing is
/// created on disk before the first successful change.
class IniAccountRepository : public AccountRepository
{
    Q_OBJECT
public:
    explicit IniAccountRepository(const QString &configDir, QObject *parent = nullptr);
    ~IniAccountRepository() override;

    /// Reads the file, migrating an older schema first (see migrate()). On a ConfigError the
    /// accounts that could be read are still available and the message names the problem.
    MailError load();

    /// Converts an older accounts.ini to the current schema in place. The old file is kept as
    /// "accounts.ini.v<N>.bak". Nothing happens (and no error) when the file is current or absent.
    MailError migrate();

    /// Schema version of the file on disk: 0 when there is no file.
    int fileSchemaVersion() const;
    QString filePath() const { return m_filePath; }

    QList<Account> accounts() const override { return m_accounts; }
    MailError add(const Account &account) override;
    MailError update(const Account &account) override;
    MailError remove(const QString &name) override;

private:
    MailError write(const QList<Account> &accounts);

    QString m_configDir;
    QString m_filePath;
    QList<Account> m_accounts;
};

} // namespace mailwright
