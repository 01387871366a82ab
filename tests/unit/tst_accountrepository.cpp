// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/accountrepository.h"
#include "settings/configpaths.h"
#include "settings/settingskeys.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mailwright;

namespace {

Account sampleAccount(const QString &name, const QString &address)
{
    Account a;
    a.name = name;
    a.identities = {Identity{QStringLiteral("Alice Ä. Example"), address,
                             QStringLiteral("replies@example.org"),
                             QStringLiteral("Alice\nline two, with = and ; and \"quotes\"")},
                    Identity{QStringLiteral("Alice (work)"), QStringLiteral("a2@example.org"),
                             QString(), QString()}};
    a.smtp = {Protocol::Smtp, QStringLiteral("smtp.example.org"), 465, Security::ImplicitTls};
    a.smtpUser = QStringLiteral("alice");
    a.smtpAuth = AuthMethod::CramMd5;
    a.smtpSizeLimit = 200000;
    a.hasIncoming = true;
    a.incoming = {Protocol::Pop3, QStringLiteral("pop.example.org"), 110, Security::StartTls};
    a.incomingUser = QStringLiteral("alice.pop");
    a.checkIntervalMinutes = 7;
    a.saveSentCopy = false;
    a.leaveOnServer = true;
    a.deleteFromServerAfterDays = 14;
    a.sentFolder = QStringLiteral("INBOX.Sent");
    a.draftsFolder = QStringLiteral("INBOX.Drafts");
    a.trashFolder = QStringLiteral("INBOX.Trash");
    a.caFile = QStringLiteral("/etc/ssl/my ca.pem");
    a.pinnedCertificates.insert(QStringLiteral("smtp.example.org:465"),
                                {QStringLiteral("AA:BB"), QStringLiteral("CC:DD")});
    return a;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestAccountRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        QTemporaryDir dir;
        const Account a = sampleAccount(QStringLiteral("Work"), QStringLiteral("a@example.org"));
        {
            IniAccountRepository repo(dir.path());
            QVERIFY(!repo.load());
            QSignalSpy changed(&repo, &AccountRepository::accountsChanged);
            const MailError e = repo.add(a);
            QVERIFY2(!e, qPrintable(e.userMessage));
            QCOMPARE(changed.count(), 1);
        }
        IniAccountRepository again(dir.path());
        QVERIFY(!again.load());
        QCOMPARE(again.fileSchemaVersion(), keys::currentSchemaVersion);
        QCOMPARE(again.accounts().size(), 1);
        const Account b = again.accounts().constFirst();
        QCOMPARE(b.identities, a.identities);
        QCOMPARE(b.smtp, a.smtp);
        QCOMPARE(b.incoming, a.incoming);
        QCOMPARE(b.pinnedCertificates, a.pinnedCertificates);
        QVERIFY(b == a);
    }

    void withoutIncomingServer()
    {
        QTemporaryDir dir;
        Account a = sampleAccount(QStringLiteral("SendOnly"), QStringLiteral("s@example.org"));
        a.hasIncoming = false;
        IniAccountRepository repo(dir.path());
        QVERIFY(!repo.add(a));
        IniAccountRepository again(dir.path());
        QVERIFY(!again.load());
        QVERIFY(!again.accounts().constFirst().hasIncoming);
    }

    void nothingOnDiskUntilTheFirstChange()
    {
        QTemporaryDir dir;
        const QString configDir = dir.filePath(QStringLiteral("cfg"));
        IniAccountRepository repo(configDir);
        QVERIFY(!repo.load());
        QVERIFY(repo.accounts().isEmpty());
        QVERIFY(!QFile::exists(configDir));
        Account bad = sampleAccount(QStringLiteral("X"), QStringLiteral("no-at-sign"));
        QVERIFY(repo.add(bad));
        QVERIFY(!QFile::exists(configDir));
    }

    void twoAccountsDoNotCollide()
    {
        QTemporaryDir dir;
        IniAccountRepository repo(dir.path());
        Account a = sampleAccount(QStringLiteral("Work"), QStringLiteral("a@example.org"));
        Account b = sampleAccount(QStringLiteral("Home"), QStringLiteral("b@example.net"));
        b.smtp.host = QStringLiteral("smtp.example.net");
        b.hasIncoming = true;
        b.incoming = {Protocol::Imap, QStringLiteral("imap.example.net"), 993,
                      Security::ImplicitTls};
        b.pinnedCertificates.clear();
        QVERIFY(!repo.add(a));
        QVERIFY(!repo.add(b));

        IniAccountRepository again(dir.path());
        QVERIFY(!again.load());
        QCOMPARE(again.accounts().size(), 2);
        QVERIFY(*again.account(QStringLiteral("Work")) == a);
        QVERIFY(*again.account(QStringLiteral("Home")) == b);

        b.checkIntervalMinutes = 60;
        QVERIFY(!again.update(b));
        IniAccountRepository third(dir.path());
        QVERIFY(!third.load());
        QCOMPARE(third.account(QStringLiteral("Home"))->checkIntervalMinutes, 60);
        QVERIFY(*third.account(QStringLiteral("Work")) == a);
    }

    void removeLeavesTheOthers()
    {
        QTemporaryDir dir;
        IniAccountRepository repo(dir.path());
        QVERIFY(!repo.add(sampleAccount(QStringLiteral("A"), QStringLiteral("a@x.org"))));
        QVERIFY(!repo.add(sampleAccount(QStringLiteral("B"), QStringLiteral("b@x.org"))));
        QVERIFY(!repo.remove(QStringLiteral("A")));
        const MailError unknown = repo.remove(QStringLiteral("A"));
        QCOMPARE(unknown.code, ErrorCode::ConfigError);
        QVERIFY(unknown.userMessage.contains(QLatin1String("\"A\"")));

        IniAccountRepository again(dir.path());
        QVERIFY(!again.load());
        QCOMPARE(again.accounts().size(), 1);
        QCOMPARE(again.accounts().constFirst().name, QStringLiteral("B"));
        // No stale key of the removed account is left in the file.
        QFile f(again.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("a@x.org"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty name") << "name"
                                    << "account name";
        QTest::newRow("slash in name") << "slash"
                                       << "account name";
        QTest::newRow("no identity") << "noidentity"
                                     << "no identity";
        QTest::newRow("missing address") << "noaddress"
                                         << "missing its email address";
        QTest::newRow("bad address") << "badaddress"
                                     << "not a valid email address";
        QTest::newRow("bad reply-to") << "badreplyto"
                                      << "reply-to";
        QTest::newRow("no smtp host") << "nohost"
                                      << "server name";
        QTest::newRow("port 0") << "port"
                                << "port must be between 1 and 65535";
        QTest::newRow("incoming smtp") << "incomingsmtp"
                                       << "IMAP or POP3";
        QTest::newRow("negative interval") << "interval"
                                           << "check interval";
        QTest::newRow("negative days") << "days"
                                       << "days";
        QTest::newRow("pin key") << "pin"
                                 << "host:port";
    }

    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        Account a = sampleAccount(QStringLiteral("V"), QStringLiteral("v@example.org"));
        QVERIFY(!validateAccount(a));
        if (field == QLatin1String("name"))
            a.name.clear();
        else if (field == QLatin1String("slash"))
            a.name = QStringLiteral("a/b");
        else if (field == QLatin1String("noidentity"))
            a.identities.clear();
        else if (field == QLatin1String("noaddress"))
            a.identities[1].address.clear();
        else if (field == QLatin1String("badaddress"))
            a.identities[0].address = QStringLiteral("alice at example.org");
        else if (field == QLatin1String("badreplyto"))
            a.identities[0].replyTo = QStringLiteral("nobody");
        else if (field == QLatin1String("nohost"))
            a.smtp.host.clear();
        else if (field == QLatin1String("port"))
            a.incoming.port = 0;
        else if (field == QLatin1String("incomingsmtp"))
            a.incoming.protocol = Protocol::Smtp;
        else if (field == QLatin1String("interval"))
            a.checkIntervalMinutes = -1;
        else if (field == QLatin1String("days"))
            a.deleteFromServerAfterDays = -3;
        else if (field == QLatin1String("pin"))
            a.pinnedCertificates.insert(QStringLiteral("nohostport"), {});

        QTemporaryDir dir;
        IniAccountRepository repo(dir.path());
        const MailError e = repo.add(a);
        QCOMPARE(e.code, ErrorCode::ConfigError);
        QVERIFY2(e.userMessage.contains(expected), qPrintable(e.userMessage));
        QVERIFY(repo.accounts().isEmpty());
    }

    void duplicateNameRefused()
    {
        QTemporaryDir dir;
        IniAccountRepository repo(dir.path());
        QVERIFY(!repo.add(sampleAccount(QStringLiteral("Work"), QStringLiteral("a@x.org"))));
        const MailError e =
            repo.add(sampleAccount(QStringLiteral("work"), QStringLiteral("b@x.org")));
        QCOMPARE(e.code, ErrorCode::ConfigError);
        QVERIFY2(e.userMessage.contains(QLatin1String("already exists")),
                 qPrintable(e.userMessage));
        QCOMPARE(repo.accounts().size(), 1);
    }

    void migratesFromVersion1()
    {
        QTemporaryDir dir;
        const QString path = paths::accountsFile(dir.path());
        // What Mailwright 0.0.x wrote: a group per account, flat keys, ssl as a boolean.
        writeFile(path, "[General]\n"
                        "version=1\n"
                        "accounts=Work, Home\n"
                        "\n"
                        "[Work]\n"
                        "email=alice@example.org\n"
                        "full_name=Alice Example\n"
                        "reply_to=team@example.org\n"
                        "signature=\"Alice\\nExample Corp\"\n"
                        "smtp_host=smtp.example.org\n"
                        "smtp_port=587\n"
                        "smtp_ssl=false\n"
                        "smtp_user=alice\n"
                        "incoming_type=imap\n"
                        "incoming_host=imap.example.org\n"
                        "incoming_port=993\n"
                        "incoming_ssl=true\n"
                        "check_minutes=5\n"
                        "\n"
                        "[Home]\n"
                        "email=al@example.net\n"
                        "smtp_host=mail.example.net\n"
                        "smtp_port=465\n"
                        "smtp_ssl=true\n"
                        "incoming_type=pop3\n"
                        "incoming_host=mail.example.net\n"
                        "incoming_ssl=true\n"
                        "keep_on_server=false\n");
        IniAccountRepository repo(dir.path());
        QCOMPARE(repo.fileSchemaVersion(), 1);
        const MailError e = repo.load();
        QVERIFY2(!e, qPrintable(e.userMessage));
        QCOMPARE(repo.fileSchemaVersion(), 2);
        QVERIFY(QFile::exists(path + QStringLiteral(".v1.bak")));
        QCOMPARE(repo.accounts().size(), 2);

        const Account work = *repo.account(QStringLiteral("Work"));
        QCOMPARE(work.identities.size(), 1);
        QCOMPARE(work.identities[0].displayName, QStringLiteral("Alice Example"));
        QCOMPARE(work.identities[0].address, QStringLiteral("alice@example.org"));
        QCOMPARE(work.identities[0].replyTo, QStringLiteral("team@example.org"));
        QCOMPARE(work.identities[0].signature, QStringLiteral("Alice\nExample Corp"));
        QCOMPARE(work.smtp, (ServerEndpoint{Protocol::Smtp, QStringLiteral("smtp.example.org"), 587,
                                            Security::StartTls}));
        QCOMPARE(work.smtpUser, QStringLiteral("alice"));
        QVERIFY(work.hasIncoming);
        QCOMPARE(work.incoming, (ServerEndpoint{Protocol::Imap, QStringLiteral("imap.example.org"),
                                                993, Security::ImplicitTls}));
        QCOMPARE(work.checkIntervalMinutes, 5);

        const Account home = *repo.account(QStringLiteral("Home"));
        QCOMPARE(home.smtp.security, Security::ImplicitTls);
        QCOMPARE(home.smtp.port, quint16(465));
        QCOMPARE(home.incoming.protocol, Protocol::Pop3);
        QCOMPARE(home.incoming.port, quint16(995)); // v1 left the default port out
        QVERIFY(!home.leaveOnServer);

        // The converted file holds only current keys and loads the same way again.
        QSettings s(path, QSettings::IniFormat);
        QVERIFY(!s.contains(keys::v1::version));
        QVERIFY(!s.childGroups().contains(QStringLiteral("Work")));
        IniAccountRepository again(dir.path());
        QVERIFY(!again.load());
        QVERIFY(*again.account(QStringLiteral("Work")) == work);
        QVERIFY(*again.account(QStringLiteral("Home")) == home);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        writeFile(paths::accountsFile(dir.path()), "[General]\nschemaVersion=99\n");
        IniAccountRepository repo(dir.path());
        const MailError e = repo.load();
        QCOMPARE(e.code, ErrorCode::ConfigError);
        QVERIFY(e.userMessage.contains(QLatin1String("newer version")));
    }

    void everyKeyIsKnownAndNoneIsAPassword()
    {
        QTemporaryDir dir;
        IniAccountRepository repo(dir.path());
        QVERIFY(!repo.add(sampleAccount(QStringLiteral("Work"), QStringLiteral("a@x.org"))));
        const QSettings s(repo.filePath(), QSettings::IniFormat);
        const QList<QLatin1String> known = {keys::name,
                                            keys::displayName,
                                            keys::address,
                                            keys::replyTo,
                                            keys::signature,
                                            keys::smtpHost,
                                            keys::smtpPort,
                                            keys::smtpSecurity,
                                            keys::smtpUser,
                                            keys::smtpAuth,
                                            keys::smtpSizeLimit,
                                            keys::incomingProtocol,
                                            keys::incomingHost,
                                            keys::incomingPort,
                                            keys::incomingSecurity,
                                            keys::incomingUser,
                                            keys::checkIntervalMinutes,
                                            keys::saveSentCopy,
                                            keys::leaveOnServer,
                                            keys::deleteFromServerAfterDays,
                                            keys::sentFolder,
                                            keys::draftsFolder,
                                            keys::trashFolder,
                                            keys::caFile,
                                            keys::pinHostPort,
                                            keys::pinSha256,
                                            QLatin1String("size")};
        for (const QString &key : s.allKeys()) {
            QVERIFY2(!key.contains(QLatin1String("pass"), Qt::CaseInsensitive), qPrintable(key));
            if (key == keys::schemaVersion)
                continue;
            bool found = false;
            for (const QLatin1String &k : known)
                found = found || key.endsWith(QLatin1Char('/') + k) || key.endsWith(k);
            QVERIFY2(found, qPrintable(key));
        }
    }

    void configDirResolution()
    {
        qputenv("MAILWRIGHT_CONFIG_DIR", "/tmp/from-env");
        QCOMPARE(paths::configDir(QStringLiteral("/tmp/explicit")),
                 QStringLiteral("/tmp/explicit"));
        QCOMPARE(paths::configDir(), QStringLiteral("/tmp/from-env"));
        QCOMPARE(paths::dataDir(), QStringLiteral("/tmp/from-env/data"));
        qunsetenv("MAILWRIGHT_CONFIG_DIR");
        QCOMPARE(paths::configDir(),
                 QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
        QCOMPARE(paths::dataDir(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }

    void debugOutputHasNoSignature()
    {
        const Account a = sampleAccount(QStringLiteral("Work"), QStringLiteral("a@x.org"));
        QString text;
        QDebug(&text) << a << a.identities;
        QVERIFY(text.contains(QLatin1String("Work")));
        QVERIFY(!text.contains(QLatin1String("line two")));
    }
};

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "tst_accountrepository.moc"
