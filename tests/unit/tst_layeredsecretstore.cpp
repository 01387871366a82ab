// SPDX-License-Identifier: GPL-3.0-or-later
// LayeredSecretStore: the session store answers before the keychain, the keychain is still
// found, writes go only to the named target, removal clears every layer, and a failing layer
// neither hides a password of another layer nor turns into "not found".
#include "secrets/layeredsecretstore.h"
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mailwright;

namespace {

SecretResult await(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (spy.count() != 0 || !spy.wait(5000))
        return {};
    return spy.at(0).at(0).value<SecretResult>();
}

/// A keychain that is not there (no Secret Service): every operation fails the way
/// KeychainSecretStore reports it. A fault injector, not a stand-in for a working store.
class UnavailableStore : public SecretStore
{
public:
    SecretJob *readPassword(const QString &key) override { return fail(key); }
    SecretJob *writePassword(const QString &key, const QString &) override { return fail(key); }
    SecretJob *removePassword(const QString &key) override { return fail(key); }

private:
    static SecretJob *fail(const QString &key)
    {
        auto *job = new SecretJob(key);
        SecretResult r;
        r.status = SecretStatus::Failed;
        r.error = makeMailError(ErrorCode::KeychainUnavailable, Phase::Config,
                                QStringLiteral("No keychain"));
        job->complete(r);
        return job;
    }
};

const QString key = QStringLiteral("account/Demo/smtp");

} // namespace

class TestLayeredSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sessionFirstThenKeychain()
    {
        MemorySecretStore session, keychain;
        LayeredSecretStore both({&session, &keychain}, &keychain);
        QCOMPARE(await(both.readPassword(key)).status, SecretStatus::NotFound);

        QVERIFY(await(keychain.writePassword(key, QStringLiteral("stored"))).ok());
        SecretResult r = await(both.readPassword(key));
        QVERIFY(r.ok());
        QCOMPARE(r.secret, QStringLiteral("stored"));
        QCOMPARE(r.key, key);

        QVERIFY(await(session.writePassword(key, QStringLiteral("typed"))).ok());
        r = await(both.readPassword(key));
        QVERIFY(r.ok());
        QCOMPARE(r.secret, QStringLiteral("typed")); // the session-only password wins
    }

    void sessionOnlyPasswordIsFound()
    {
        // The --demo case: nothing in the keychain, the password only in the session store.
        MemorySecretStore session, keychain;
        LayeredSecretStore both({&session, &keychain}, &keychain);
        QVERIFY(await(session.writePassword(key, QStringLiteral("typed"))).ok());
        const SecretResult r = await(both.readPassword(key));
        QVERIFY(r.ok());
        QCOMPARE(r.secret, QStringLiteral("typed"));
    }

    void writesGoToTheTarget()
    {
        MemorySecretStore session, keychain;
        LayeredSecretStore both({&session, &keychain}, &keychain);
        QVERIFY(await(both.writePassword(key, QStringLiteral("x"))).ok());
        QVERIFY(keychain.contains(key));
        QVERIFY(!session.contains(key));
    }

    void removeClearsEveryLayer()
    {
        MemorySecretStore session, keychain;
        LayeredSecretStore both({&session, &keychain}, &keychain);
        QCOMPARE(await(both.removePassword(key)).status, SecretStatus::NotFound);
        QVERIFY(await(session.writePassword(key, QStringLiteral("a"))).ok());
        QVERIFY(await(keychain.writePassword(key, QStringLiteral("b"))).ok());
        QVERIFY(await(both.removePassword(key)).ok());
        QVERIFY(!session.contains(key));
        QVERIFY(!keychain.contains(key));
        // removeAccountSecrets (SecretStore's helper) works through the layers too.
        QVERIFY(await(session.writePassword(key, QStringLiteral("a"))).ok());
        QVERIFY(await(both.removeAccountSecrets(QStringLiteral("Demo"))).ok());
        QVERIFY(session.keys().isEmpty());
    }

    void failingLayer()
    {
        MemorySecretStore session;
        UnavailableStore keychain;
        LayeredSecretStore both({&session, &keychain}, &keychain);
        // Nothing in the session store, no keychain: the keychain's error, not "not found".
        SecretResult r = await(both.readPassword(key));
        QCOMPARE(r.status, SecretStatus::Failed);
        QCOMPARE(r.error.code, ErrorCode::KeychainUnavailable);
        // The session password is found although the keychain fails.
        QVERIFY(await(session.writePassword(key, QStringLiteral("typed"))).ok());
        r = await(both.readPassword(key));
        QVERIFY(r.ok());
        QCOMPARE(r.secret, QStringLiteral("typed"));
        // Keychain first (another order): its failure does not hide the session's password.
        LayeredSecretStore reversed({&keychain, &session}, &session);
        r = await(reversed.readPassword(key));
        QVERIFY(r.ok());
        QCOMPARE(r.secret, QStringLiteral("typed"));
        // Removal reports that the keychain copy may remain.
        r = await(both.removePassword(key));
        QCOMPARE(r.status, SecretStatus::Failed);
        QVERIFY(!session.contains(key));
    }

    void destroyedBeforeFinishing()
    {
        // A job still chaining when the caller goes away must not crash (ASan).
        MemorySecretStore session, keychain;
        auto *both = new LayeredSecretStore({&session, &keychain}, &keychain);
        SecretJob *job = both->readPassword(key);
        QSignalSpy spy(job, &SecretJob::finished);
        delete both;
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.at(0).at(0).value<SecretResult>().status, SecretStatus::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestLayeredSecretStore)
#include "tst_layeredsecretstore.moc"
