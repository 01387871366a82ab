// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysecretstore.h"

namespace mailwright {

MemorySecretStore::~MemorySecretStore()
{
    // Overwrite before freeing so the passwords do not linger in freed heap pages.
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it->fill(QLatin1Char('\0'));
}

SecretJob *MemorySecretStore::readPassword(const QString &key)
{
    auto *job = new SecretJob(key);
    SecretResult r;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        r.status = SecretStatus::NotFound;
    } else {
        r.status = SecretStatus::Ok;
        r.secret = *it;
    }
    job->complete(r);
    return job;
}

SecretJob *MemorySecretStore::writePassword(const QString &key, const QString &secret)
{
    auto *job = new SecretJob(key);
    m_secrets.insert(key, secret);
    SecretResult r;
    r.status = SecretStatus::Ok;
    job->complete(r);
    return job;
}

SecretJob *MemorySecretStore::removePassword(const QString &key)
{
    auto *job = new SecretJob(key);
    SecretResult r;
    r.status = m_secrets.remove(key) > 0 ? SecretStatus::Ok : SecretStatus::NotFound;
    job->complete(r);
    return job;
}

QStringList MemorySecretStore::keys() const
{
    QStringList list = m_secrets.keys();
    list.sort();
    return list;
}

} // namespace mailwright
