// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"

#include <QDebug>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace mailwright {

enum class SecretStatus {
    Ok,       ///< done; for reads, \c secret holds the password
    NotFound, ///< the key has no entry (a normal outcome: ask the user)
    Failed,   ///< see \c error (KeychainUnavailable: no keychain, access denied, timeout)
};

/// The outcome of one SecretStore operation. Holds a password after a successful read, so its
/// QDebug output prints everything except the secret. Plain value type, any thread.
struct SecretResult
{
    SecretStatus status = SecretStatus::Failed;
    QString key;
    QString secret; ///< reads only
    MailError error;

    bool ok() const { return status == SecretStatus::Ok; }
};

QDebug operator<<(QDebug debug, const SecretResult &result);

/// One running operation. Emits finished() exactly once, always after the call that created it
/// has returned (so connecting right after the call is safe), then deletes itself
/// (deleteLater). Lives in the thread of its SecretStore; no parent, it owns itself.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    explicit SecretJob(const QString &key);
    QString key() const { return m_key; }

    /// For implementations: delivers \a result (queued) unless a result was already delivered,
    /// e.g. by a timeout. Returns false when it came too late and was dropped.
    bool complete(SecretResult result);
    bool isFinished() const { return m_done; }

Q_SIGNALS:
    void finished(const mailwright::SecretResult &result);

private:
    QString m_key;
    bool m_done = false;
};

/// Which server of an account a password belongs to.
enum class SecretSlot { Smtp, Incoming };

/// Asynchronous password storage. Lives in one thread with a running event loop (the GUI
/// thread in the app; the CLI runs a local QEventLoop around each job, see app/cli/clisecrets.h)
/// and is used only from there. Owned by the composition root.
///
/// Implementations: KeychainSecretStore (the OS keychain through QtKeychain; never a plaintext
/// fallback) and MemorySecretStore (this session only; also the store of unit tests).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SecretStore() override;

    virtual SecretJob *readPassword(const QString &key) = 0;
    virtual SecretJob *writePassword(const QString &key, const QString &secret) = 0;
    /// Removing a key that has no entry finishes with SecretStatus::NotFound.
    virtual SecretJob *removePassword(const QString &key) = 0;

    /// Removes both passwords of an account. Ok when each was removed or did not exist;
    /// otherwise the first failure.
    SecretJob *removeAccountSecrets(const QString &accountName);

    /// Writes \a secret as the password of both servers of an account (only SMTP when
    /// \a withIncoming is false), one after the other. Ok when every write was; otherwise the
    /// first failure, and the second write is not tried.
    SecretJob *writeAccountSecrets(const QString &accountName, bool withIncoming,
                                   const QString &secret);

    /// The key scheme: "account/<name>/smtp" and "account/<name>/incoming".
    static QString secretKey(const QString &accountName, SecretSlot slot);
};

} // namespace mailwright

Q_DECLARE_METATYPE(mailwright::SecretResult)
