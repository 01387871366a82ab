// SPDX-License-Identifier: GPL-3.0-or-later
// MailController's receiving workers: one StoreWorker per account, (re)started from the
// account's settings and password, stopped when receiving needs a new password.
#include "mailcontroller.h"

#include "messageview.h"

#include "cache/mailcache.h"
#include "secrets/secretstore.h"
#include "sync/storeworker.h"

#include <QSet>

namespace mailwright {

namespace {

/// True when \a a and \a b differ in what the account's StoreWorker was built from
/// (StoreAccount::fromAccount): then the running worker is stale.
bool receivingDiffers(const Account &a, const Account &b)
{
    return a.hasIncoming != b.hasIncoming || !(a.incoming == b.incoming) ||
           a.effectiveIncomingUser() != b.effectiveIncomingUser() || a.caFile != b.caFile ||
           a.pinnedCertificates != b.pinnedCertificates ||
           a.checkIntervalMinutes != b.checkIntervalMinutes || a.leaveOnServer != b.leaveOnServer ||
           a.deleteFromServerAfterDays != b.deleteFromServerAfterDays ||
           a.trashFolder != b.trashFolder;
}

} // namespace

void MailController::setAccounts(const QList<Account> &accounts, SecretStore *keychain,
                                 SecretStore *session)
{
    const QList<Account> before = m_accounts;
    m_accounts = accounts;
    m_secrets = keychain;
    m_fallback = session;
    QHash<QString, Account> now;
    for (const Account &a : accounts) {
        if (a.hasIncoming)
            now.insert(a.name, a);
    }
    // Gone, or edited in the Accounts dialog: the worker stops; an edited account gets a fresh
    // one below (no restart of the application needed).
    for (const Account &old : before) {
        const auto it = now.constFind(old.name);
        if (it == now.cend() || receivingDiffers(old, *it)) {
            dropWorker(old.name);
            m_passwordProblems.remove(old.name);
        }
    }
    populateTree();
    if (m_cachePath.isEmpty() || !m_secrets)
        return;
    for (const Account &account : accounts) {
        if (!account.hasIncoming || m_workers.count(account.name) ||
            m_reading.contains(account.name) || m_passwordProblems.contains(account.name))
            continue;
        readPasswordAndStart(account);
    }
}

void MailController::reconnect(const QString &name)
{
    m_passwordProblems.remove(name);
    dropWorker(name);
    if (m_cachePath.isEmpty() || !m_secrets)
        return;
    for (const Account &account : std::as_const(m_accounts)) {
        if (account.name == name && account.hasIncoming)
            readPasswordAndStart(account);
    }
}

void MailController::dropWorker(const QString &account)
{
    m_reading.remove(account); // a password read still running is for a stale worker
    const auto it = m_workers.find(account);
    if (it == m_workers.end())
        return;
    // Out of the map first: nothing reaches the old worker while it stops. stop() cancels
    // its request (a blocked read returns within ~30 ms) and joins its thread.
    std::unique_ptr<StoreWorker> old = std::move(it->second);
    m_workers.erase(it);
    old.reset();
}

void MailController::readPasswordAndStart(const Account &account)
{
    // The password is read here, before the worker starts; the worker never asks the UI
    // (ARCHITECTURE §3.6). A generation number drops the answer of a read that an edit or a
    // newer password overtook.
    const quint64 generation = ++m_generation;
    m_reading.insert(account.name, generation);
    const QString key = SecretStore::secretKey(account.name, SecretSlot::Incoming);
    const auto finish = [this, account, generation](const SecretResult &result) {
        if (m_reading.value(account.name) != generation)
            return;
        m_reading.remove(account.name);
        if (result.ok()) {
            startWorker(account, result.secret);
            return;
        }
        MailError error = result.error;
        if (result.status == SecretStatus::NotFound || !error.isError()) {
            error = makeMailError(
                ErrorCode::PasswordMissing, Phase::Config,
                tr("No password is stored for receiving mail of %1.").arg(account.name));
        }
        passwordProblem(account.name, error);
    };
    SecretJob *job = m_secrets->readPassword(key);
    QPointer<SecretStore> fallback = m_fallback;
    connect(job, &SecretJob::finished, this,
            [this, key, fallback, finish](const SecretResult &result) {
                if (result.ok() || !fallback) {
                    finish(result);
                    return;
                }
                connect(fallback->readPassword(key), &SecretJob::finished, this, finish);
            });
}

void MailController::passwordProblem(const QString &account, const MailError &error)
{
    if (m_passwordProblems.contains(account))
        return; // asked already; the worker is stopped until reconnect()
    m_passwordProblems.insert(account, error);
    Q_EMIT statusMessage(QStringLiteral("%1: %2").arg(
        account, error.userMessage.isEmpty() ? error.technicalDetail : error.userMessage));
    Q_EMIT passwordNeeded(account, error);
}

void MailController::startWorker(const Account &account, const QString &password)
{
    if (m_workers.count(account.name))
        return;
    StoreAccount store = StoreAccount::fromAccount(account);
    store.password = password;
    store.cachePath = m_cachePath;
    auto worker = std::make_unique<StoreWorker>(store);
    StoreWorker *w = worker.get();
    connect(w, &StoreWorker::folderListChanged, this, [this](const QString &) { populateTree(); });
    connect(w, &StoreWorker::folderSynced, this, [this](const QString &name, const QString &path) {
        updateCounts(name);
        if (name == m_currentAccount && path == m_currentPath)
            refreshList();
    });
    connect(w, &StoreWorker::messagesChanged, this,
            [this](const QString &name, const QString &path) {
                updateCounts(name);
                if (name == m_currentAccount && path == m_currentPath)
                    refreshList();
            });
    connect(w, &StoreWorker::messageBody, this, &MailController::onBody);
    connect(w, &StoreWorker::error, this, [this, w](const QString &name, const MailError &error) {
        // RFC 5530 [AUTHENTICATIONFAILED] / RFC 3206 [AUTH] (core maps exactly those to
        // AuthFailed): every further login would be refused too, and repeated failures can
        // lock the account at the provider. The worker stops until a new password is stored.
        if (error.code == ErrorCode::AuthFailed) {
            // Not inside the worker's own signal: stop it once this emission is over.
            QMetaObject::invokeMethod(
                this,
                [this, w, name]() {
                    const auto it = m_workers.find(name);
                    if (it != m_workers.end() && it->second.get() == w)
                        dropWorker(name);
                },
                Qt::QueuedConnection);
            passwordProblem(name, error);
            return;
        }
        onError(name, error);
    });
    connect(w, &StoreWorker::newMail, this, &MailController::newMail);
    m_workers.emplace(account.name, std::move(worker));
    w->start();
    w->syncAll();
    // What the user is looking at comes first (after a new password or an edited account).
    if (account.name == m_currentAccount && !m_currentPath.isEmpty()) {
        w->syncFolder(m_currentPath, StoreWorker::Priority::User);
        if (m_currentUid != 0 && m_model) {
            const auto folder = m_cache->folder(account.name, m_currentPath);
            if (folder.value && m_cache->body(folder.value->id, m_currentUid).value.isNull()) {
                m_view->showNotice(tr("Loading…"));
                w->fetchBody(m_currentPath, m_currentUid);
            }
        }
    }
}

} // namespace mailwright
