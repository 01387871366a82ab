// SPDX-License-Identifier: GPL-3.0-or-later
// One Mailwright per user and configuration: a second start hands its mailto: link to the
// running instance (QLocalServer) and exits instead of opening a second window.
#include "ipc/singleinstance.h"

#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mailwright;

namespace {

QString appPath()
{
    return qEnvironmentVariable("MAILWRIGHT_BIN_DIR") + QStringLiteral("/mailwright");
}

QProcessEnvironment appEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("mailwright.app.info=true"));
    env.remove(QStringLiteral("MAILWRIGHT_CONFIG_DIR"));
    return env;
}

const QString link = QStringLiteral("mailto:bob@lab.test?subject=From%20the%20second&body=Hi");

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void socketNameIsPerUserAndConfig()
    {
        const QString a = SingleInstance::socketNameFor(QStringLiteral("/tmp/a"));
        QVERIFY(a.startsWith(QStringLiteral("mailwright-")));
        QVERIFY(a != SingleInstance::socketNameFor(QStringLiteral("/tmp/b")));
        QCOMPARE(a, SingleInstance::socketNameFor(QStringLiteral("/tmp/a/")));
    }

    void secondProcessHandsItsArgumentsOver()
    {
        QTemporaryDir dir;
        SingleInstance primary(dir.path());
        QVERIFY(primary.listen());
        QSignalSpy received(&primary, &SingleInstance::argumentsReceived);

        QProcess second;
        second.setProcessEnvironment(appEnvironment());
        second.start(appPath(), {QStringLiteral("--config-dir"), dir.path(), link});
        QVERIFY(received.wait(15000));
        QCOMPARE(received.at(0).at(0).toStringList(), QStringList{link});
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
    }

    void staleSocketIsReplaced()
    {
        QTemporaryDir dir;
        {
            SingleInstance crashed(dir.path());
            QVERIFY(crashed.listen());
        } // the server is gone; on Unix QLocalServer removes its file, so also try a leftover
        SingleInstance next(dir.path());
        QVERIFY(!next.sendToRunning({link}, 500));
        QVERIFY(next.listen());
        QVERIFY(next.isListening());
    }

    void twoRealInstances()
    {
        QTemporaryDir dir;
        QProcess first;
        first.setProcessEnvironment(appEnvironment());
        first.setProcessChannelMode(QProcess::MergedChannels);
        first.start(appPath(), {QStringLiteral("--config-dir"), dir.path()});
        QVERIFY(first.waitForStarted());
        // Wait until the first instance listens.
        const QString name = SingleInstance::socketNameFor(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&name]() {
                QLocalSocket probe;
                probe.connectToServer(name);
                const bool ok = probe.waitForConnected(200);
                probe.abort();
                return ok;
            }(),
            20000);

        QProcess second;
        second.setProcessEnvironment(appEnvironment());
        second.start(appPath(), {QStringLiteral("--config-dir"), dir.path(), link});
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitCode(), 0);
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += first.readAll()).contains("opening a composer for a mailto: link"), 10000);
        QCOMPARE(first.state(), QProcess::Running); // the first one is still there
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
