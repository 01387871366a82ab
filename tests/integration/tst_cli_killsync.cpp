// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 during `mailwright-cli sync` of a 4,000-message folder (written straight into the lab's
// Maildir), then sync again: it completes, and every UID is in the cache exactly once. The first
// sync runs in bulk mode (sort indexes dropped, built at the end): the kill leaves them missing,
// and the next open of the cache builds them again.
#include "cacheprobe.h"
#include "labenv.h"

#include "cache/mailcache.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

using namespace mailwright;
using mailwright::test::LabEnv;
using mailwright::test::sortIndexCount;

class TestCliKillSync : public QObject
{
    Q_OBJECT
private:
    LabEnv m_lab;
    QTemporaryDir m_config;
    QString m_folder;
    static constexpr int Count = 4000;

    QStringList syncArgs() const
    {
        return {QStringLiteral("sync"),
                QStringLiteral("--host"),
                m_lab.host(),
                QStringLiteral("--port"),
                m_lab.value(QStringLiteral("IMAPS_PORT")),
                QStringLiteral("--user"),
                m_lab.value(QStringLiteral("USER2")),
                QStringLiteral("--password-env"),
                QStringLiteral("MW_KILL_PASS"),
                QStringLiteral("--ca-file"),
                m_lab.caFile(),
                QStringLiteral("--account"),
                QStringLiteral("kill"),
                QStringLiteral("--folder"),
                m_folder,
                QStringLiteral("--batch-size"),
                QStringLiteral("100"),
                QStringLiteral("--config-dir"),
                m_config.path()};
    }
    void prepare(QProcess &p) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MW_KILL_PASS"), m_lab.value(QStringLiteral("PASS2")));
        p.setProcessEnvironment(env);
        p.setProgram(qEnvironmentVariable("MAILWRIGHT_BIN_DIR") +
                     QStringLiteral("/mailwright-cli"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
        QVERIFY(m_config.isValid());
        m_folder = QStringLiteral("Kill%1").arg(QCoreApplication::applicationPid());
        // A Maildir++ folder (separator ".") with Count messages, owned by `mail`.
        const QString dir = m_lab.value(QStringLiteral("MAILDIR_ROOT")) + u'/' +
                            m_lab.value(QStringLiteral("USER2")) + QStringLiteral("/Maildir/.") +
                            m_folder;
        const passwd *mail = getpwnam("mail");
        QVERIFY(mail);
        for (const char *sub : {"", "/cur", "/new", "/tmp"}) {
            const QString d = dir + QLatin1String(sub);
            QVERIFY(QDir().mkpath(d));
            QCOMPARE(::chown(QFile::encodeName(d).constData(), mail->pw_uid, mail->pw_gid), 0);
        }
        for (int i = 1; i <= Count; ++i) {
            const QString name =
                dir + QStringLiteral("/cur/%1.M%2P1.kill:2,").arg(1700000000 + i).arg(i);
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("From: Sender " + QByteArray::number(i) +
                    " <s@lab.test>\nTo: bob@lab.test\nSubject: kill test " + QByteArray::number(i) +
                    "\nMessage-ID: <k" + QByteArray::number(i) +
                    "@lab.test>\nDate: Wed, 03 Jan 2024 10:00:00 +0000\n\nbody " +
                    QByteArray::number(i) + "\n");
            f.close();
            QCOMPARE(::chown(QFile::encodeName(name).constData(), mail->pw_uid, mail->pw_gid), 0);
        }
    }

    void killDuringSyncThenResume()
    {
        QProcess victim;
        prepare(victim);
        victim.setArguments(syncArgs() << QStringLiteral("--verbose"));
        victim.start();
        QVERIFY(victim.waitForStarted());
        // Kill once a few batches are committed, long before the end.
        QByteArray err;
        int done = 0;
        QDeadlineTimer deadline(60000);
        while (done < 500 && !deadline.hasExpired() && victim.state() == QProcess::Running) {
            victim.waitForReadyRead(100);
            err += victim.readAllStandardError();
            const int at = err.lastIndexOf("progress ");
            if (at >= 0)
                done = err.mid(at + 9).split('/').value(0).toInt();
        }
        QVERIFY2(done >= 500 && done < Count, err.right(300).constData());
        ::kill(pid_t(victim.processId()), SIGKILL);
        QVERIFY(victim.waitForFinished(10000));
        QCOMPARE(victim.exitStatus(), QProcess::CrashExit);

        const QString file = QDir(m_config.path()).filePath(QStringLiteral("data/cache.sqlite"));
        QCOMPARE(sortIndexCount(file), 0); // killed in the middle of the bulk load
        MailCache cache(file);
        auto folder = cache.folder(QStringLiteral("kill"), m_folder);
        QCOMPARE(sortIndexCount(file), 3); // the open repaired the cache
        QVERIFY(folder.value);
        const int partial = cache.messageCount(folder.value->id).value;
        QVERIFY2(partial > 0 && partial < Count, qPrintable(QString::number(partial)));

        QProcess again;
        prepare(again);
        again.setArguments(syncArgs() << QStringLiteral("--json"));
        again.start();
        QVERIFY(again.waitForFinished(120000));
        QCOMPARE(again.exitCode(), 0);
        const QJsonObject result = QJsonDocument::fromJson(again.readAllStandardOutput()).object();
        const QJsonObject stats = result[QStringLiteral("folders")].toArray()[0].toObject();
        QCOMPARE(stats[QStringLiteral("total")].toInt(), Count);
        QCOMPARE(stats[QStringLiteral("added")].toInt(), Count - partial); // no refetch

        folder = cache.folder(QStringLiteral("kill"), m_folder);
        const auto all = cache.messages(folder.value->id, MessageSort::Date, false, 0, Count * 2);
        QCOMPARE(all.value.size(), Count);
        QSet<quint32> uids;
        QSet<QString> subjects;
        for (const CachedMessage &m : all.value) {
            uids.insert(m.uid);
            subjects.insert(m.subject);
        }
        QCOMPARE(uids.size(), Count);     // no duplicate rows
        QCOMPARE(subjects.size(), Count); // and every message is there
        // Search finds every message once (subject and sender address), also those of the
        // batches the killed run stored.
        QCOMPARE(cache.messageCount(folder.value->id, QStringLiteral("kill test")).value, Count);
        QCOMPARE(cache.messageCount(folder.value->id, QStringLiteral("s lab.test")).value, Count);
        QCOMPARE(sortIndexCount(file), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliKillSync)
#include "tst_cli_killsync.moc"
