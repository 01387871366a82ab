// SPDX-License-Identifier: GPL-3.0-or-later
#include "layeredsecretstore.h"

namespace mailwright {

namespace {

// Free functions over a copy of the layer list: a chain still running when the LayeredSecretStore
// is destroyed finishes against the layers (which outlive it) instead of a dangling `this`.

void readFrom(const QList<SecretStore *> &layers, int layer, SecretJob *job,
              const SecretResult &firstFailure)
{
    if (layer >= layers.size()) {
        job->complete(firstFailure); // NotFound, or the first layer's failure
        return;
    }
    SecretJob *inner = layers.at(layer)->readPassword(job->key());
    // The outer job is the context: it lives until it has completed (it deletes itself after
    // delivering), so the chain never calls into a deleted job.
    QObject::connect(inner, &SecretJob::finished, job,
                     [layers, layer, job, firstFailure](const SecretResult &r) {
                         if (r.ok()) {
                             job->complete(r);
                             return;
                         }
                         const bool firstError = r.status == SecretStatus::Failed &&
                                                 firstFailure.status != SecretStatus::Failed;
                         readFrom(layers, layer + 1, job, firstError ? r : firstFailure);
                     });
}

void removeFrom(const QList<SecretStore *> &layers, int layer, SecretJob *job,
                const SecretResult &soFar)
{
    if (layer >= layers.size()) {
        job->complete(soFar);
        return;
    }
    SecretJob *inner = layers.at(layer)->removePassword(job->key());
    QObject::connect(inner, &SecretJob::finished, job,
                     [layers, layer, job, soFar](const SecretResult &r) {
                         // Failed beats Ok beats NotFound: the caller must learn that a copy
                         // may remain.
                         SecretResult next = soFar;
                         if (soFar.status != SecretStatus::Failed &&
                             (r.status == SecretStatus::Failed || r.status == SecretStatus::Ok))
                             next = r;
                         removeFrom(layers, layer + 1, job, next);
                     });
}

} // namespace

LayeredSecretStore::LayeredSecretStore(const QList<SecretStore *> &readOrder,
                                       SecretStore *writeTarget, QObject *parent)
    : SecretStore(parent)
    , m_layers(readOrder)
    , m_writeTarget(writeTarget)
{
    m_layers.removeAll(nullptr);
}

LayeredSecretStore::~LayeredSecretStore() = default;

SecretJob *LayeredSecretStore::readPassword(const QString &key)
{
    auto *job = new SecretJob(key);
    SecretResult none;
    none.status = SecretStatus::NotFound;
    readFrom(m_layers, 0, job, none);
    return job;
}

SecretJob *LayeredSecretStore::writePassword(const QString &key, const QString &secret)
{
    if (m_writeTarget)
        return m_writeTarget->writePassword(key, secret);
    auto *job = new SecretJob(key);
    SecretResult r;
    r.status = SecretStatus::Failed;
    r.error = makeMailError(ErrorCode::Internal, Phase::Config,
                            tr("This password store cannot be written to."));
    job->complete(r);
    return job;
}

SecretJob *LayeredSecretStore::removePassword(const QString &key)
{
    auto *job = new SecretJob(key);
    SecretResult none;
    none.status = SecretStatus::NotFound;
    removeFrom(m_layers, 0, job, none);
    return job;
}

} // namespace mailwright
