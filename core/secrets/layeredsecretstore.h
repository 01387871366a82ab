// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QList>

namespace mailwright {

/// Several SecretStores read as one: the app keeps passwords in two places (the keychain, and
/// "this session only" in memory) while a consumer such as SendService takes one store. A read
/// asks each layer in order and answers with the first password found; so the session store
/// goes first: a password the user typed for this session wins over an older keychain entry.
///
/// Writes go where the caller says: writePassword() writes to the store named at construction
/// (the caller that knows "keychain or session" writes to that store itself). removePassword()
/// removes the key from every layer, so no stale copy can shadow a newer one.
///
/// A read reports Failed only when no layer had the password and some layer failed (the first
/// failure: e.g. "no keychain"); a failure of a later layer does not hide a password an earlier
/// one has. Thread and ownership: as every SecretStore (one thread with an event loop; owned by
/// the composition root). The layers are borrowed and must outlive it.
class LayeredSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /// \a readOrder: the layers, first asked first. \a writeTarget: where writePassword() goes
    /// (one of the layers, or any other store).
    LayeredSecretStore(const QList<SecretStore *> &readOrder, SecretStore *writeTarget,
                       QObject *parent = nullptr);
    ~LayeredSecretStore() override;

    SecretJob *readPassword(const QString &key) override;
    SecretJob *writePassword(const QString &key, const QString &secret) override;
    SecretJob *removePassword(const QString &key) override;

private:
    QList<SecretStore *> m_layers;
    SecretStore *m_writeTarget;
};

} // namespace mailwright
