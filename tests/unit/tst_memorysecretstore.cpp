// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mailwright;

namespace {

SecretResult await(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    // The contract: never synchronous, so connecting after the call is safe.
    if (spy.count() != 0 || !spy.wait(5000))
        return {};
    return spy.at(0).at(0).value<SecretResult>();
}

} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void storeReadUpdateRemove()
    {
        MemorySecretStore store;
        const QString key = SecretStore::secretKey(QStringLiteral("Work"), SecretSlot::Smtp);
        QCOMPARE(key, QStringLiteral("account/Work/smtp"));

        SecretResult r = await(store.readPassword(key));
        QCOMPARE(r.status, SecretStatus::NotFound);
        QCOMPARE(r.key, key);

        QVERIFY(await(store.writePassword(key, QStringLiteral("first"))).ok());
        r = await(store.readPassword(key));
        QVERIFY(r.ok());
        QCOMPARE(r.secret, QStringLiteral("first"));

        QVERIFY(await(store.writePassword(key, QStringLiteral("second ünïcode"))).ok());
        QCOMPARE(await(store.readPassword(key)).secret, QStringLiteral("second ünïcode"));

        QVERIFY(await(store.removePassword(key)).ok());
        QCOMPARE(await(store.readPassword(key)).status, SecretStatus::NotFound);
        QCOMPARE(await(store.removePassword(key)).status, SecretStatus::NotFound);
    }

    void accountsDoNotCollide()
    {
        MemorySecretStore store;
        const QString a = SecretStore::secretKey(QStringLiteral("A"), SecretSlot::Smtp);
        const QString ai = SecretStore::secretKey(QStringLiteral("A"), SecretSlot::Incoming);
        const QString b = SecretStore::secretKey(QStringLiteral("B"), SecretSlot::Smtp);
        QVERIFY(await(store.writePassword(a, QStringLiteral("pa"))).ok());
        QVERIFY(await(store.writePassword(ai, QStringLiteral("pai"))).ok());
        QVERIFY(await(store.writePassword(b, QStringLiteral("pb"))).ok());
        QCOMPARE(await(store.readPassword(a)).secret, QStringLiteral("pa"));
        QCOMPARE(await(store.readPassword(ai)).secret, QStringLiteral("pai"));
        QCOMPARE(await(store.readPassword(b)).secret, QStringLiteral("pb"));

        QVERIFY(await(store.removeAccountSecrets(QStringLiteral("A"))).ok());
        QCOMPARE(store.keys(), QStringList{b});
        // Removing an account without entries is fine too.
        QVERIFY(await(store.removeAccountSecrets(QStringLiteral("A"))).ok());
    }

    void writeAccountSecrets()
    {
        MemorySecretStore store;
        const QString smtp = SecretStore::secretKey(QStringLiteral("A"), SecretSlot::Smtp);
        const QString incoming = SecretStore::secretKey(QStringLiteral("A"), SecretSlot::Incoming);
        QVERIFY(await(store.writeAccountSecrets(QStringLiteral("A"), false, QStringLiteral("p1")))
                    .ok());
        QCOMPARE(store.keys(), QStringList{smtp});
        QVERIFY(
            await(store.writeAccountSecrets(QStringLiteral("A"), true, QStringLiteral("p2"))).ok());
        QCOMPARE(await(store.readPassword(smtp)).secret, QStringLiteral("p2"));
        QCOMPARE(await(store.readPassword(incoming)).secret, QStringLiteral("p2"));
    }

    void debugNeverShowsTheSecret()
    {
        SecretResult r;
        r.status = SecretStatus::Ok;
        r.key = QStringLiteral("account/X/smtp");
        r.secret = QStringLiteral("hunter2-distinctive");
        QString text;
        QDebug(&text) << r;
        QVERIFY(text.contains(QLatin1String("account/X/smtp")));
        QVERIFY(!text.contains(QLatin1String("hunter2")));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
