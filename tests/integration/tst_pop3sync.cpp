// SPDX-License-Identifier: GPL-3.0-or-later
// POP3 against the lab Dovecot: messages written straight into carol's Maildir (so the bytes on
// the server are known exactly) are downloaded once across runs with leave-on-server, byte for
// byte (lines starting with "." and a last line without a trailing blank line: VMime 0.9.2's
// G3), deleted after N days or right away when the account says so, and the CLI's `sync`
// drives the same code for ad hoc and repository accounts.
#include "labenv.h"

#include "account/account.h"
#include "cache/mailcache.h"
#include "settings/accountrepository.h"
#include "sync/pop3session.h"
#include "sync/pop3sync.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace mailwright;
using mailwright::test::LabEnv;

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// Many dot-stuffing cases: a lone ".", "..", dots followed by text, and a last line that is
/// itself dot-led with no blank line after it.
QByteArray dottyMessage(const QByteArray &tag)
{
    QByteArray m = "From: Dot Tester <dots@lab.test>\r\n"
                   "To: carol@lab.test\r\n"
                   "Subject: dots " +
                   tag +
                   "\r\n"
                   "Date: Mon, 01 Jan 2024 10:00:00 +0000\r\n"
                   "Message-ID: <" +
                   tag +
                   "@lab.test>\r\n"
                   "\r\n";
    for (int i = 0; i < 40; ++i) {
        m += ".\r\n";
        m += "..\r\n";
        m += ".line " + QByteArray::number(i) + "\r\n";
        m += "...three dots\r\n";
        m += "plain line " + tag + "\r\n";
        m += ". space\r\n";
    }
    m += ".end";
    m += "\r\n"; // the message ends here: no blank line, the last line starts with a dot
    return m;
}

} // namespace

class TestPop3Sync : public QObject
{
    Q_OBJECT
private:
    LabEnv m_lab;
    QTemporaryDir m_dir;
    QString m_maildir;
    int m_seq = 0;

    QString user() const { return m_lab.value(QStringLiteral("USER3")); }
    QString password() const { return m_lab.value(QStringLiteral("PASS3")); }

    WireOptions options(Security security = Security::ImplicitTls) const
    {
        WireOptions o;
        const char *port = security == Security::ImplicitTls ? "POP3S_PORT" : "POP3_PORT";
        o.endpoint = {Protocol::Pop3, m_lab.host(), m_lab.port(QLatin1String(port)), security};
        o.tls.addCaFile(m_lab.caFile());
        return o;
    }

    /// Delivers \a bytes as Dovecot's LDA would: a file in Maildir/new owned by `mail`.
    QString deliver(const QByteArray &bytes)
    {
        const QString name = QStringLiteral("%1.M%2P%3.pop3test")
                                 .arg(QDateTime::currentSecsSinceEpoch())
                                 .arg(++m_seq)
                                 .arg(QCoreApplication::applicationPid());
        const QString tmp = m_maildir + QStringLiteral("/tmp/") + name;
        const QString final = m_maildir + QStringLiteral("/new/") + name;
        QFile f(tmp);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        f.close();
        const passwd *mail = getpwnam("mail");
        if (!mail || ::chown(QFile::encodeName(tmp).constData(), mail->pw_uid, mail->pw_gid) != 0)
            return {};
        return QFile::rename(tmp, final) ? final : QString();
    }

    int filesOnServer() const
    {
        int n = 0;
        for (const char *sub : {"/new", "/cur"})
            n += int(QDir(m_maildir + QLatin1String(sub)).entryList(QDir::Files).size());
        return n;
    }

    void emptyMaildir()
    {
        for (const char *sub : {"/new", "/cur"}) {
            QDir d(m_maildir + QLatin1String(sub));
            for (const QString &f : d.entryList(QDir::Files))
                d.remove(f);
        }
        // Dovecot's index still lists what other lab tests delivered to carol (hundreds of
        // messages from tst_lab_send_roundtrip, tst_cli_send_lab); a POP3 session that trusts
        // it RETRs files that are gone and is dropped. No session is open now (lab_users lock,
        // queue drained): drop the index too, Dovecot rebuilds it from the Maildir.
        QDir root(m_maildir);
        for (const QString &f :
             root.entryList({QStringLiteral("dovecot.index*"), QStringLiteral("dovecot-uidlist")},
                            QDir::Files))
            root.remove(f);
    }

    MailError runSync(MailCache &cache, Pop3SyncStats *stats, bool leave = true, int days = 0,
                      const QDateTime &now = QDateTime())
    {
        Pop3Session session;
        if (MailError e = session.open(options(), user(), password()))
            return e;
        Pop3Sync sync(session, cache, QStringLiteral("carol-pop3"));
        sync.setLeaveOnServer(leave);
        sync.setDeleteAfterDays(days);
        sync.setNow(now);
        return sync.sync(stats);
    }

    QJsonObject cli(const QStringList &args, const QByteArray &configDir)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MW_POP3_PASS"), password());
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("MAILWRIGHT_BIN_DIR") + QStringLiteral("/mailwright-cli"),
                args + QStringList{QStringLiteral("--config-dir"), QString::fromUtf8(configDir),
                                   QStringLiteral("--json")});
        if (!p.waitForFinished(60000))
            return {};
        const QByteArray out = p.readAllStandardOutput();
        if (p.exitCode() != 0)
            qWarning("cli failed (%d): %s %s", p.exitCode(), out.constData(),
                     p.readAllStandardError().constData());
        return QJsonDocument::fromJson(out).object();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
        QVERIFY(m_dir.isValid());
        m_maildir = m_lab.value(QStringLiteral("MAILDIR_ROOT")) + u'/' + user() +
                    QStringLiteral("/Maildir");
        const passwd *mail = getpwnam("mail");
        QVERIFY(mail);
        const QString home = m_lab.value(QStringLiteral("MAILDIR_ROOT")) + u'/' + user();
        for (const QString &path :
             QStringList{home, m_maildir, m_maildir + QStringLiteral("/new"),
                         m_maildir + QStringLiteral("/cur"), m_maildir + QStringLiteral("/tmp")}) {
            QDir().mkpath(path);
            QCOMPARE(::chown(QFile::encodeName(path).constData(), mail->pw_uid, mail->pw_gid), 0);
        }
    }

    void init()
    {
        // Other lab tests send to carol too (tst_cli_send_lab); a message still in Postfix's
        // queue would land in the Maildir after it was emptied. Let the queue drain first.
        const QString spool = m_lab.value(QStringLiteral("DIR")) + QStringLiteral("/postfix/spool");
        const auto queued = [&spool]() {
            int n = 0;
            for (const char *q : {"/incoming", "/active", "/maildrop"}) {
                QDirIterator it(spool + QLatin1String(q), QDir::Files,
                                QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    it.next();
                    ++n;
                }
            }
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(queued(), 0, 30000);
        emptyMaildir();
    }

    void leaveOnServerDownloadsOnceByteExact()
    {
        MailCache cache(m_dir.filePath(QStringLiteral("once.sqlite")));
        const QByteArray a = dottyMessage("a");
        QByteArray b = "From: b@lab.test\r\nSubject: plain\r\n\r\nno dots here\r\n";
        QVERIFY(!deliver(a).isEmpty());
        QVERIFY(!deliver(b).isEmpty());

        Pop3SyncStats stats;
        QVERIFY(!runSync(cache, &stats));
        QCOMPARE(stats.onServer, 2);
        QCOMPARE(stats.downloaded, 2);
        QCOMPARE(stats.deleted, 0);
        auto folder = cache.folder(QStringLiteral("carol-pop3"), Pop3Sync::inboxPath());
        QVERIFY(folder.value);
        auto list = cache.messages(folder.value->id, MessageSort::Subject, false, 0, 10);
        QCOMPARE(list.value.size(), 2);
        QCOMPARE(list.value[0].subject, QStringLiteral("dots a"));
        const QByteArray gotA = cache.body(folder.value->id, list.value[0].uid).value;
        const QByteArray gotB = cache.body(folder.value->id, list.value[1].uid).value;
        QCOMPARE(gotA.size(), a.size()); // G3: VMime lost dots and the final CRLF
        QCOMPARE(sha256(gotA), sha256(a));
        QCOMPARE(sha256(gotB), sha256(b));

        // Second run: nothing new, nothing downloaded again, all still on the server.
        QVERIFY(!runSync(cache, &stats));
        QCOMPARE(stats.downloaded, 0);
        QCOMPARE(cache.messageCount(folder.value->id).value, 2);
        QCOMPARE(filesOnServer(), 2);

        // A new arrival: only it is downloaded.
        const QByteArray c = dottyMessage("cherry");
        QVERIFY(!deliver(c).isEmpty());
        QVERIFY(!runSync(cache, &stats));
        QCOMPARE(stats.onServer, 3);
        QCOMPARE(stats.downloaded, 1);
        QCOMPARE(cache.messageCount(folder.value->id).value, 3);
        const auto found = cache.messages(folder.value->id, MessageSort::Date, true, 0, 10,
                                          QStringLiteral("cherry"));
        QCOMPARE(found.value.size(), 1); // the body went into the full-text index
        QCOMPARE(sha256(cache.body(folder.value->id, found.value[0].uid).value), sha256(c));
    }

    void deleteAfterDays()
    {
        MailCache cache(m_dir.filePath(QStringLiteral("days.sqlite")));
        QVERIFY(!deliver(dottyMessage("d1")).isEmpty());
        QVERIFY(!deliver(dottyMessage("d2")).isEmpty());
        Pop3SyncStats stats;
        QVERIFY(!runSync(cache, &stats, true, 3));
        QCOMPARE(stats.downloaded, 2);
        QCOMPARE(stats.deleted, 0); // just downloaded: younger than 3 days
        QCOMPARE(filesOnServer(), 2);
        const QDateTime twoDays = QDateTime::currentDateTimeUtc().addDays(2);
        QVERIFY(!runSync(cache, &stats, true, 3, twoDays));
        QCOMPARE(stats.deleted, 0);
        QCOMPARE(filesOnServer(), 2);
        const QDateTime fourDays = QDateTime::currentDateTimeUtc().addDays(4);
        QVERIFY(!runSync(cache, &stats, true, 3, fourDays));
        QCOMPARE(stats.deleted, 2);
        QCOMPARE(filesOnServer(), 0); // DELE + QUIT really removed them
        auto folder = cache.folder(QStringLiteral("carol-pop3"), Pop3Sync::inboxPath());
        QCOMPARE(cache.messageCount(folder.value->id).value, 2); // the local copies stay
    }

    void deleteRightAwayWhenNotLeaving()
    {
        MailCache cache(m_dir.filePath(QStringLiteral("noleave.sqlite")));
        const QByteArray m = dottyMessage("gone");
        QVERIFY(!deliver(m).isEmpty());
        Pop3SyncStats stats;
        QVERIFY(!runSync(cache, &stats, false));
        QCOMPARE(stats.downloaded, 1);
        QCOMPARE(stats.deleted, 1);
        QCOMPARE(filesOnServer(), 0);
        auto folder = cache.folder(QStringLiteral("carol-pop3"), Pop3Sync::inboxPath());
        const auto list = cache.messages(folder.value->id, MessageSort::Date, true, 0, 5);
        QCOMPARE(list.value.size(), 1);
        QCOMPARE(sha256(cache.body(folder.value->id, list.value[0].uid).value), sha256(m));
    }

    void stlsOnThePlainPort()
    {
        MailCache cache(m_dir.filePath(QStringLiteral("stls.sqlite")));
        QVERIFY(!deliver(dottyMessage("stls")).isEmpty());
        Pop3Session session;
        const MailError e = session.open(options(Security::StartTls), user(), password());
        QVERIFY2(!e, qPrintable(e.userMessage + e.technicalDetail));
        QVERIFY(session.tlsInfo().encrypted);
        QList<Pop3Entry> entries;
        QVERIFY(!session.listMessages(&entries));
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries[0].size > 0);
        QVERIFY(!entries[0].uidl.isEmpty());
        QVERIFY(!session.quit());
    }

    void wrongPasswordIsAuthFailed()
    {
        Pop3Session session;
        const MailError e = session.open(options(), user(), QStringLiteral("wrong"));
        QCOMPARE(e.code, ErrorCode::AuthFailed);
        QVERIFY(!session.isOpen());
    }

    void cliSyncAdHocAndRepositoryAccount()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QByteArray message = dottyMessage("cli");
        QVERIFY(!deliver(message).isEmpty());
        const QStringList adHoc = {QStringLiteral("sync"),
                                   QStringLiteral("--protocol"),
                                   QStringLiteral("pop3"),
                                   QStringLiteral("--host"),
                                   m_lab.host(),
                                   QStringLiteral("--port"),
                                   m_lab.value(QStringLiteral("POP3S_PORT")),
                                   QStringLiteral("--user"),
                                   user(),
                                   QStringLiteral("--password-env"),
                                   QStringLiteral("MW_POP3_PASS"),
                                   QStringLiteral("--ca-file"),
                                   m_lab.caFile(),
                                   QStringLiteral("--account"),
                                   QStringLiteral("adhoc")};
        QJsonObject first = cli(adHoc, config.path().toUtf8());
        QCOMPARE(first.value(QStringLiteral("protocol")).toString(), QStringLiteral("pop3"));
        QCOMPARE(first[QStringLiteral("folders")].toArray()[0][QStringLiteral("added")].toInt(), 1);
        QJsonObject second = cli(adHoc, config.path().toUtf8());
        QCOMPARE(second[QStringLiteral("folders")].toArray()[0][QStringLiteral("added")].toInt(),
                 0);

        // The same through --account NAME from the account repository.
        IniAccountRepository repository(config.path());
        Account account;
        account.name = QStringLiteral("Carol");
        account.identities = {Identity{QStringLiteral("Carol"), user(), QString(), QString()}};
        account.smtp = {Protocol::Smtp, m_lab.host(), 587, Security::StartTls};
        account.hasIncoming = true;
        account.incoming = {Protocol::Pop3, m_lab.host(), m_lab.port(QStringLiteral("POP3S_PORT")),
                            Security::ImplicitTls};
        account.caFile = m_lab.caFile();
        QVERIFY(!repository.add(account));
        const QStringList named = {QStringLiteral("sync"), QStringLiteral("--account"),
                                   QStringLiteral("Carol"), QStringLiteral("--password-env"),
                                   QStringLiteral("MW_POP3_PASS")};
        QJsonObject third = cli(named, config.path().toUtf8());
        QCOMPARE(third.value(QStringLiteral("account")).toString(), QStringLiteral("Carol"));
        QCOMPARE(third[QStringLiteral("folders")].toArray()[0][QStringLiteral("added")].toInt(), 1);
        QJsonObject list =
            cli({QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("Carol")},
                config.path().toUtf8());
        QCOMPARE(list[QStringLiteral("messages")].toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPop3Sync)
#include "tst_pop3sync.moc"
