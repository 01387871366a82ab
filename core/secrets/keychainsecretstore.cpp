// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QTimer>

namespace mailwright {

namespace {

// Translation context "KeychainSecretStore". A struct rather than a free tr() function: lupdate
// files a free function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
};

QString missingKeychainMessage()
{
#if defined(Q_OS_MACOS)
    return Tr::tr("The macOS Keychain is not available, so Mailwright cannot store passwords.");
#elif defined(Q_OS_WIN)
    return Tr::tr("The Windows Credential Manager is not available, so Mailwright cannot store "
                  "passwords.");
#else
    return Tr::tr("No Secret Service (such as GNOME Keyring or KWallet) is running, so Mailwright "
                  "cannot store passwords in the keychain.");
#endif
}

MailError keychainError(const QString &message, const QString &detail)
{
    MailError error;
    error.code = ErrorCode::KeychainUnavailable;
    error.phase = Phase::Config;
    error.userMessage = message;
    error.technicalDetail = detail;
    error.hint = Tr::tr("Start your desktop's keyring or password manager and try again, or keep "
                        "the password for this session only.");
    return error;
}

/// QtKeychain's error codes to ours. Without a Secret Service on the bus QtKeychain 0.13 reports
/// OtherError with the D-Bus/libsecret message rather than NoBackendAvailable (measured, see
/// /work/shared/mail-lab-notes.md), so both mean "no keychain".
SecretResult mapJob(const QKeychain::Job *job)
{
    SecretResult r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretStatus::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretStatus::NotFound;
        return r;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.error = keychainError(Tr::tr("Access to the keychain was denied."), job->errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
        r.error = keychainError(Tr::tr("The keychain could not delete the password."),
                                job->errorString());
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        r.error = keychainError(missingKeychainMessage(), job->errorString());
        break;
    }
    r.status = SecretStatus::Failed;
    return r;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, int timeoutMs)
    : SecretStore(parent)
    , m_timeoutMs(timeoutMs)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

namespace {

/// Wires one QtKeychain job to one SecretJob with a timeout. The QtKeychain job has no parent and
/// deletes itself when it finishes; one that never finishes is left alone, because deleting it
/// while libsecret still holds a callback to it would be worse than the leak.
template<typename KJob, typename Extract>
SecretJob *run(KJob *kjob, const QString &key, int timeoutMs, Extract extract)
{
    auto *job = new SecretJob(key);
    kjob->setAutoDelete(true);
    kjob->setInsecureFallback(false); // never a plaintext file (QtKeychain's QSettings fallback)
    kjob->setKey(key);
    QObject::connect(kjob, &QKeychain::Job::finished, job, [job, extract](QKeychain::Job *j) {
        SecretResult r = mapJob(j);
        if (r.ok())
            extract(static_cast<KJob *>(j), &r);
        if (r.error)
            qCInfo(lcSecrets) << "keychain job failed:" << job->key() << r.error
                              << r.error.technicalDetail;
        job->complete(r);
    });
    QTimer::singleShot(timeoutMs, job, [job, timeoutMs] {
        if (job->isFinished())
            return;
        SecretResult r;
        r.status = SecretStatus::Failed;
        r.error = keychainError(
            Tr::tr("The keychain did not answer within %1 seconds. It may be locked and waiting "
                   "for a password prompt, or no Secret Service is running.")
                .arg(timeoutMs / 1000.0, 0, 'g', 3),
            QStringLiteral("timeout"));
        r.error.code = ErrorCode::KeychainUnavailable;
        qCInfo(lcSecrets) << "keychain job timed out:" << job->key();
        job->complete(r);
    });
    kjob->start();
    return job;
}

} // namespace

SecretJob *KeychainSecretStore::readPassword(const QString &key)
{
    return run(new QKeychain::ReadPasswordJob(serviceName()), key, m_timeoutMs,
               [](QKeychain::ReadPasswordJob *j, SecretResult *r) { r->secret = j->textData(); });
}

SecretJob *KeychainSecretStore::writePassword(const QString &key, const QString &secret)
{
    auto *kjob = new QKeychain::WritePasswordJob(serviceName());
    kjob->setTextData(secret);
    return run(kjob, key, m_timeoutMs, [](QKeychain::WritePasswordJob *, SecretResult *) {});
}

SecretJob *KeychainSecretStore::removePassword(const QString &key)
{
    return run(new QKeychain::DeletePasswordJob(serviceName()), key, m_timeoutMs,
               [](QKeychain::DeletePasswordJob *, SecretResult *) {});
}

} // namespace mailwright
