// SPDX-License-Identifier: GPL-3.0-or-later
// The leak scanner of the test suite must itself find what it looks for.
#include "secretscan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mailwright::test;

class TestSecretScan : public QObject
{
    Q_OBJECT
private slots:
    void findsEveryForm_data()
    {
        const QByteArray pw = "Zq9-distinctive-Pässwort";
        QTest::addColumn<QByteArray>("haystack");
        QTest::addColumn<bool>("found");
        QTest::newRow("plain") << QByteArray("x=" + pw + "\n") << true;
        QTest::newRow("base64") << QByteArray("x=" + pw.toBase64()) << true;
        for (int i = 0; i < 3; ++i) {
            // RFC 4616 PLAIN: base64("authzid\0authcid\0passwd"), user names of any length.
            const QByteArray raw =
                QByteArray("\0", 1) + QByteArray(i + 5, 'u') + QByteArray("\0", 1) + pw;
            const QByteArray blob = raw.toBase64();
            QTest::addRow("sasl plain %d", i) << QByteArray("C: AUTH PLAIN " + blob) << true;
        }
        QTest::newRow("utf16") << QByteArray(
                                      reinterpret_cast<const char *>(QString::fromUtf8(pw).utf16()),
                                      QString::fromUtf8(pw).size() * 2)
                               << true;
        QTest::newRow("percent") << pw.toPercentEncoding() << true;
        QTest::newRow("redacted") << QByteArray("C: AUTH PLAIN <redacted>") << false;
    }

    void findsEveryForm()
    {
        QFETCH(QByteArray, haystack);
        QFETCH(bool, found);
        QCOMPARE(containsSecret(haystack, "Zq9-distinctive-Pässwort"), found);
    }

    void scansFilesRecursively()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a/b"))));
        QFile f(dir.filePath(QStringLiteral("a/b/trace.log")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("pw " + QByteArray("secret-0123456789").toBase64());
        f.close();
        QCOMPARE(filesBelow(dir.path()), QStringList{QStringLiteral("a/b/trace.log")});
        QCOMPARE(filesContainingSecret(dir.path(), "secret-0123456789"),
                 QStringList{QStringLiteral("a/b/trace.log")});
        QVERIFY(filesContainingSecret(dir.path(), "another-secret-999").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
