// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QPointer>

namespace mailwright {

QDebug operator<<(QDebug debug, const SecretResult &result)
{
    QDebugStateSaver saver(debug);
    const char *status = result.status == SecretStatus::Ok         ? "ok"
                         : result.status == SecretStatus::NotFound ? "not found"
                                                                   : "failed";
    // Never the secret itself, not even its length.
    debug.nospace() << "SecretResult(" << result.key << ", " << status;
    if (result.error)
        debug << ", " << result.error;
    debug << ')';
    return debug;
}

SecretJob::SecretJob(const QString &key)
    : m_key(key)
{
    static const int registered = qRegisterMetaType<mailwright::SecretResult>();
    Q_UNUSED(registered);
}

bool SecretJob::complete(SecretResult result)
{
    if (m_done)
        return false;
    m_done = true;
    result.key = m_key;
    // Queued: the caller of readPassword() & co. must have had the chance to connect.
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            Q_EMIT finished(result);
            deleteLater();
        },
        Qt::QueuedConnection);
    return true;
}

SecretStore::~SecretStore() = default;

QString SecretStore::secretKey(const QString &accountName, SecretSlot slot)
{
    return QStringLiteral("account/") + accountName +
           (slot == SecretSlot::Smtp ? QStringLiteral("/smtp") : QStringLiteral("/incoming"));
}

SecretJob *SecretStore::removeAccountSecrets(const QString &accountName)
{
    auto *job = new SecretJob(QStringLiteral("account/") + accountName);
    auto *first = removePassword(secretKey(accountName, SecretSlot::Smtp));
    // Sequential, not parallel: some keychains serialise access anyway, and the first failure
    // (say, no Secret Service) answers for both.
    connect(first, &SecretJob::finished, job, [this, job, accountName](const SecretResult &r1) {
        if (r1.status == SecretStatus::Failed) {
            job->complete(r1);
            return;
        }
        auto *second = removePassword(secretKey(accountName, SecretSlot::Incoming));
        connect(second, &SecretJob::finished, job, [job](const SecretResult &r2) {
            SecretResult r = r2;
            if (r.status == SecretStatus::NotFound)
                r.status = SecretStatus::Ok;
            job->complete(r);
        });
    });
    return job;
}

SecretJob *SecretStore::writeAccountSecrets(const QString &accountName, bool withIncoming,
                                            const QString &secret)
{
    auto *job = new SecretJob(QStringLiteral("account/") + accountName);
    auto *first = writePassword(secretKey(accountName, SecretSlot::Smtp), secret);
    // Sequential, as removeAccountSecrets(): the first failure answers for both.
    connect(first, &SecretJob::finished, job,
            [this, job, accountName, withIncoming, secret](const SecretResult &r1) {
                if (!r1.ok() || !withIncoming) {
                    job->complete(r1);
                    return;
                }
                auto *second = writePassword(secretKey(accountName, SecretSlot::Incoming), secret);
                connect(second, &SecretJob::finished, job,
                        [job](const SecretResult &r2) { job->complete(r2); });
            });
    return job;
}

} // namespace mailwright
