// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QStringList>

namespace mailwright {

/// Passwords kept in this process only, gone when it ends: for "keep the password for this
/// session only", for `mailwright --demo` (which never touches the real keychain) and for unit
/// tests. Same asynchronous contract as every SecretStore. Thread and ownership: see SecretStore.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    SecretJob *readPassword(const QString &key) override;
    SecretJob *writePassword(const QString &key, const QString &secret) override;
    SecretJob *removePassword(const QString &key) override;

    /// The keys held right now (never the secrets), sorted.
    QStringList keys() const;
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace mailwright
