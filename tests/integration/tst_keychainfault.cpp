// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain when it is not there. ctest runs this binary twice (see CMakeLists.txt):
//   MW_KEYCHAIN_FAULT=nobus: DBUS_SESSION_BUS_ADDRESS points nowhere, so no Secret Service;
//   MW_KEYCHAIN_FAULT=hang:  QT_NO_GLIB=1, so QtKeychain's libsecret jobs never finish and only
//                            our own timeout can end them.
#include "keychaintestutil.h"
#include "secrets/keychainsecretstore.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mailwright;
using mailwright::test::awaitSecret;
using mailwright::test::filesBelow;

class TestKeychainFault : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_mode = qEnvironmentVariable("MW_KEYCHAIN_FAULT");
        QVERIFY2(m_mode == QLatin1String("nobus") || m_mode == QLatin1String("hang"),
                 "set MW_KEYCHAIN_FAULT=nobus|hang (ctest does)");
        if (m_mode == QLatin1String("nobus"))
            QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent"));
        else
            QVERIFY(qEnvironmentVariableIsSet("QT_NO_GLIB"));
        // A private HOME: QtKeychain's plaintext fallback would write below it.
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
    }

    void writeFailsClearlyWithinTheTimeout()
    {
        const int timeoutMs = m_mode == QLatin1String("hang") ? 1500 : 5000;
        KeychainSecretStore store(nullptr, timeoutMs);
        QElapsedTimer timer;
        timer.start();
        const SecretResult r = awaitSecret(
            store.writePassword(SecretStore::secretKey(QStringLiteral("X"), SecretSlot::Smtp),
                                QStringLiteral("never-stored-anywhere")),
            timeoutMs + 3000);
        const qint64 elapsed = timer.elapsed();
        qInfo() << "mode" << m_mode << "answered after" << elapsed << "ms:" << r.error.userMessage
                << "|" << r.error.technicalDetail;
        QCOMPARE(r.status, SecretStatus::Failed);
        QCOMPARE(r.error.code, ErrorCode::KeychainUnavailable);
        QVERIFY(elapsed <= timeoutMs + 1000);
        if (m_mode == QLatin1String("nobus")) {
            QVERIFY2(r.error.userMessage.contains(QLatin1String("No Secret Service")),
                     qPrintable(r.error.userMessage));
            QVERIFY(elapsed < timeoutMs); // the error itself, not our timeout
        } else {
            QVERIFY2(r.error.userMessage.contains(QLatin1String("did not answer")),
                     qPrintable(r.error.userMessage));
            QVERIFY(elapsed >= timeoutMs - 50);
        }
    }

    void readAndRemoveFailToo()
    {
        KeychainSecretStore store(nullptr, 1500);
        const QString key = SecretStore::secretKey(QStringLiteral("X"), SecretSlot::Incoming);
        QCOMPARE(awaitSecret(store.readPassword(key), 5000).error.code,
                 ErrorCode::KeychainUnavailable);
        QCOMPARE(awaitSecret(store.removeAccountSecrets(QStringLiteral("X")), 8000).error.code,
                 ErrorCode::KeychainUnavailable);
    }

    void nothingWasWrittenToDisk() { QCOMPARE(filesBelow(m_home.path()), QStringList()); }

private:
    QString m_mode;
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestKeychainFault)
#include "tst_keychainfault.moc"
