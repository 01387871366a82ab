// SPDX-License-Identifier: GPL-3.0-or-later
// Against a real Secret Service (gnome-keyring in a private D-Bus session): ctest runs this
// binary through tests/lab/keychain-session.sh.
#include "keychaintestutil.h"
#include "secrets/keychainsecretstore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace mailwright;
using mailwright::test::awaitSecret;

namespace {

/// What QtKeychain's libsecret backend stores: the schema "org.qt.keychain" with the attributes
/// "server" = service name and "user" = key (plus "type"). secret-tool searches by those.
QString secretToolSearch(const QStringList &attributes)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            QStringList{QStringLiteral("search"), QStringLiteral("--all")} + attributes);
    if (!p.waitForFinished(10000))
        return QStringLiteral("secret-tool did not finish");
    // secret-tool prints the items on stdout, attributes on stderr (libsecret >= 0.20).
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside tests/lab/keychain-session.sh (needs a private Secret Service)");
        // Unique per run, so a leftover of an earlier crashed run cannot make a test pass.
        m_prefix = QStringLiteral("T") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    }

    void storeReadUpdateRemove()
    {
        KeychainSecretStore store;
        const QString key =
            SecretStore::secretKey(m_prefix + QStringLiteral("A"), SecretSlot::Smtp);
        SecretResult r = awaitSecret(store.readPassword(key));
        QCOMPARE(r.status, SecretStatus::NotFound);

        r = awaitSecret(store.writePassword(key, QStringLiteral("first-Pässword")));
        QVERIFY2(r.ok(),
                 qPrintable(r.error.userMessage + QLatin1Char(' ') + r.error.technicalDetail));
        r = awaitSecret(store.readPassword(key));
        QVERIFY(r.ok());
        QCOMPARE(r.secret, QStringLiteral("first-Pässword"));

        QVERIFY(awaitSecret(store.writePassword(key, QStringLiteral("second"))).ok());
        QCOMPARE(awaitSecret(store.readPassword(key)).secret, QStringLiteral("second"));

        QVERIFY(awaitSecret(store.removePassword(key)).ok());
        QCOMPARE(awaitSecret(store.readPassword(key)).status, SecretStatus::NotFound);
    }

    void twoAccountsDoNotCollideAndRemoveLeavesNothing()
    {
        KeychainSecretStore store;
        const QString a = m_prefix + QStringLiteral("Work");
        const QString b = m_prefix + QStringLiteral("Home");
        const QString aSmtp = SecretStore::secretKey(a, SecretSlot::Smtp);
        const QString aIn = SecretStore::secretKey(a, SecretSlot::Incoming);
        const QString bSmtp = SecretStore::secretKey(b, SecretSlot::Smtp);
        QVERIFY(awaitSecret(store.writePassword(aSmtp, QStringLiteral("a-smtp"))).ok());
        QVERIFY(awaitSecret(store.writePassword(aIn, QStringLiteral("a-in"))).ok());
        QVERIFY(awaitSecret(store.writePassword(bSmtp, QStringLiteral("b-smtp"))).ok());
        QCOMPARE(awaitSecret(store.readPassword(aSmtp)).secret, QStringLiteral("a-smtp"));
        QCOMPARE(awaitSecret(store.readPassword(aIn)).secret, QStringLiteral("a-in"));
        QCOMPARE(awaitSecret(store.readPassword(bSmtp)).secret, QStringLiteral("b-smtp"));

        // The entries really are in the Secret Service, under our service name and key.
        const QString found =
            secretToolSearch({QStringLiteral("server"), KeychainSecretStore::serviceName(),
                              QStringLiteral("user"), aSmtp});
        QVERIFY2(found.contains(aSmtp), qPrintable(found));

        QVERIFY(awaitSecret(store.removeAccountSecrets(a)).ok());
        QCOMPARE(awaitSecret(store.readPassword(aSmtp)).status, SecretStatus::NotFound);
        QCOMPARE(awaitSecret(store.readPassword(aIn)).status, SecretStatus::NotFound);
        QCOMPARE(awaitSecret(store.readPassword(bSmtp)).secret, QStringLiteral("b-smtp"));
        for (const QString &key : {aSmtp, aIn}) {
            const QString left =
                secretToolSearch({QStringLiteral("server"), KeychainSecretStore::serviceName(),
                                  QStringLiteral("user"), key});
            QVERIFY2(!left.contains(key), qPrintable(left));
        }

        QVERIFY(awaitSecret(store.removeAccountSecrets(b)).ok());
        const QString all =
            secretToolSearch({QStringLiteral("server"), KeychainSecretStore::serviceName()});
        QVERIFY2(!all.contains(m_prefix), qPrintable(all));
    }

private:
    QString m_prefix;
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
