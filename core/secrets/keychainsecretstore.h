// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

namespace mailwright {

/// The operating system's keychain through QtKeychain: the Secret Service (GNOME Keyring,
/// KWallet) on Linux, Keychain on macOS, Credential Manager on Windows. Entries use the service
/// name "Mailwright" and the keys of SecretStore::secretKey(). The plaintext fallback of
/// QtKeychain is switched off: without a keychain every job fails with KeychainUnavailable and
/// the UI offers to keep the password for this session only (MemorySecretStore).
///
/// QtKeychain jobs can hang forever (e.g. a Secret Service waiting for a prompt nobody sees, or
/// a Qt event loop without GLib), so every job has its own timeout; a job that answers after it
/// is ignored. Needs a running (GLib-based, Qt's default on Linux) event loop in its thread.
/// Thread and ownership: see SecretStore.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr int defaultTimeoutMs = 10000;

    explicit KeychainSecretStore(QObject *parent = nullptr, int timeoutMs = defaultTimeoutMs);
    ~KeychainSecretStore() override;

    SecretJob *readPassword(const QString &key) override;
    SecretJob *writePassword(const QString &key, const QString &secret) override;
    SecretJob *removePassword(const QString &key) override;

    static QString serviceName() { return QStringLiteral("Mailwright"); }
    int timeoutMs() const { return m_timeoutMs; }

private:
    int m_timeoutMs;
};

} // namespace mailwright
