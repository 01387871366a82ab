// SPDX-License-Identifier: GPL-3.0-or-later
// IMAP → cache sync against the lab Dovecot: the shared corpus appended, synced, listed, opened
// and fetched back byte for byte; \Seen untouched; flags from another client; UIDVALIDITY
// change; a non-ASCII folder name; full-text search.
#include "labenv.h"

#include "cache/mailcache.h"
#include "mime/messagereader.h"
#include "sync/imapsession.h"
#include "sync/imapsync.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mailwright;
using mailwright::test::LabEnv;

namespace {

// What Dovecot hands back for a stored message: it keeps line ends as CRLF on the wire, so a
// file with bare LF line ends comes back with CRLF (RFC 3501 §2.2: CRLF is the line end).
QByteArray crlf(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size() + in.size() / 20);
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '\n' && (i == 0 || in[i - 1] != '\r'))
            out += '\r';
        out += in[i];
    }
    return out;
}

} // namespace

class TestImapSync : public QObject
{
    Q_OBJECT
private:
    LabEnv m_lab;
    QTemporaryDir m_dir;
    QString m_account = QStringLiteral("lab-bob");
    QString m_folder;
    QHash<QString, QByteArray> m_sent; // file → bytes appended (in order of m_files)
    QStringList m_files;

    WireOptions options() const
    {
        WireOptions o;
        o.endpoint = {Protocol::Imap, m_lab.host(), m_lab.port(QStringLiteral("IMAPS_PORT")),
                      Security::ImplicitTls};
        o.tls.addCaFile(m_lab.caFile());
        return o;
    }
    ImapCredentials bob() const
    {
        return {m_lab.value(QStringLiteral("USER2")), m_lab.value(QStringLiteral("PASS2"))};
    }
    QString cachePath() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
        QVERIFY(m_dir.isValid());
        m_folder = QStringLiteral("Corpus%1").arg(QCoreApplication::applicationPid());
        const QString shared = mailwright::test::sharedDir();
        for (const char *sub : {"corpus/mime", "corpus/bounces"}) {
            QDirIterator it(QDir(shared).filePath(QString::fromLatin1(sub)), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (file.endsWith(QLatin1String(".md")) ||
                    file.contains(QLatin1String("LICENSE")) ||
                    file.contains(QLatin1String("COPYING")))
                    continue;
                m_files << file;
            }
        }
        m_files.sort();
        QVERIFY(m_files.size() > 900);
    }

    void appendSyncListOpenCorpus()
    {
        ImapSession session;
        QVERIFY(!session.open(options(), bob()));
        QVERIFY(!session.createFolder(m_folder));
        QElapsedTimer timer;
        timer.start();
        int refused = 0;
        for (const QString &file : std::as_const(m_files)) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (bytes.contains('\0') || bytes.isEmpty()) { // IMAP literals carry no NUL (§4.3)
                ++refused;
                continue;
            }
            const MailError e = session.appendMessage(m_folder, bytes);
            QVERIFY2(!e, qPrintable(file + QLatin1String(": ") + e.technicalDetail));
            m_sent.insert(file, bytes);
        }
        qInfo("appended %lld messages in %lld ms (%d skipped: NUL or empty)", m_sent.size(),
              timer.elapsed(), refused);
        session.close();

        MailCache cache(cachePath());
        ImapSession syncSession;
        QVERIFY(!syncSession.open(options(), bob()));
        ImapSync sync(syncSession, cache, m_account);
        sync.setBatchSize(200);
        QList<CachedFolder> folders;
        QVERIFY(!sync.syncFolderList(&folders));
        QVERIFY(std::any_of(folders.cbegin(), folders.cend(), [](const CachedFolder &f) {
            return f.specialUse == SpecialUse::Sent; // RFC 6154 attribute from the lab's LIST
        }));
        timer.restart();
        FolderSyncStats stats;
        QVERIFY(!sync.syncFolder(m_folder, &stats));
        qInfo("synced %d envelopes in %lld ms", stats.added, timer.elapsed());
        QCOMPARE(stats.added, int(m_sent.size()));
        const CachedFolder folder = *cache.folder(m_account, m_folder).value;
        QCOMPARE(folder.total, int(m_sent.size()));
        QCOMPARE(folder.unread, int(m_sent.size()));

        // Re-sync with nothing new: STATUS alone decides (CONDSTORE).
        QVERIFY(!sync.syncFolder(m_folder, &stats));
        QVERIFY(stats.unchanged);
        QCOMPARE(stats.added, 0);

        // Open every message: bytes identical to what was appended (CRLF line ends), parsed.
        auto list = cache.messages(folder.id, MessageSort::Date, false, 0, 100000);
        QCOMPARE(list.value.size(), m_sent.size());
        std::sort(list.value.begin(), list.value.end(),
                  [](const CachedMessage &a, const CachedMessage &b) { return a.uid < b.uid; });
        int index = 0, differing = 0, envelopeMismatches = 0, envelopesWithText = 0;
        timer.restart();
        for (const QString &file : std::as_const(m_files)) {
            if (!m_sent.contains(file))
                continue;
            const CachedMessage &m = list.value.at(index++);
            QByteArray raw;
            QVERIFY(!sync.fetchBody(m_folder, m.uid, &raw));
            const QByteArray expected = crlf(m_sent.value(file));
            if (raw != expected) {
                // Bare CRs (old Mac files) are the server's business; everything else must match.
                QVERIFY2(m_sent.value(file).contains('\r'), qPrintable(file));
                ++differing;
            }
            QCOMPARE(cache.body(folder.id, m.uid).value, raw); // the cache holds the server's bytes
            // The envelope from our FETCH ENVELOPE parser against VMime's parse of the whole
            // message. Only subject and Message-ID are comparable: MessageReader takes its date
            // from Received (VMime's messageParser), and Dovecot rewrites invalid addresses
            // (MISSING_DOMAIN) where VMime writes "invalid".
            const ReadMessage read = MessageReader::read(raw);
            QStringList why;
            if (!read.subject.isEmpty() && m.subject.simplified() != read.subject.simplified())
                why << QStringLiteral("subject [%1] vs [%2]").arg(m.subject, read.subject);
            if (read.messageId.size() > 2 && m.messageId != read.messageId)
                why << QStringLiteral("message-id %1 vs %2")
                           .arg(QString::fromLatin1(m.messageId),
                                QString::fromLatin1(read.messageId));
            if (!read.subject.isEmpty())
                ++envelopesWithText;
            if (!why.isEmpty()) {
                ++envelopeMismatches;
                qInfo("%s: %s", qPrintable(file), qPrintable(why.join(QLatin1String("; "))));
            }
        }
        qInfo("fetched and parsed %d bodies in %lld ms (%d with bare CR differ, %d envelopes "
              "differ from the parsed header)",
              index, timer.elapsed(), differing, envelopeMismatches);
        // Server-side normalisation of odd headers may differ from VMime's in a few corner cases.
        QVERIFY2(envelopeMismatches * 100 <= index, "more than 1 % of the envelopes differ");
        qInfo("%d subjects compared", envelopesWithText);
        QVERIFY(envelopesWithText * 2 >= index); // the comparison is not vacuous

        // Nothing of this set \Seen on the server (G9).
        QHash<quint32, int> flags;
        QVERIFY(!syncSession.fetchFlags(m_folder, 1, &flags));
        QCOMPARE(flags.size(), m_sent.size());
        for (int f : std::as_const(flags))
            QVERIFY(!(f & FlagSeen));

        // Search finds a word that is only in a body (Crispin's torture test).
        QVERIFY(cache.messageCount(folder.id, QStringLiteral("Crispin")).value >= 1);
        QVERIFY(cache.messageCount(folder.id, QStringLiteral("zzqqnotaword")).value == 0);
    }

    void flagsFromAnotherClientArePickedUp()
    {
        MailCache cache(cachePath());
        ImapSession other;
        QVERIFY(!other.open(options(), bob()));
        const CachedFolder folder = *cache.folder(m_account, m_folder).value;
        const QList<CachedMessage> two =
            cache.messages(folder.id, MessageSort::Date, false, 0, 2).value;
        QCOMPARE(two.size(), 2);
        QVERIFY(
            !other.storeFlags(m_folder, {two[0].uid, two[1].uid}, FlagSeen | FlagFlagged, true));
        QVERIFY(!other.storeFlags(m_folder, {two[1].uid}, FlagSeen, false)); // FLAG_MODE_REMOVE
        other.close();

        ImapSession session;
        QVERIFY(!session.open(options(), bob()));
        ImapSync sync(session, cache, m_account);
        FolderSyncStats stats;
        QVERIFY(!sync.syncFolder(m_folder, &stats));
        QVERIFY(!stats.unchanged);
        QCOMPARE(stats.flagsChanged, 2);
        QCOMPARE(cache.message(folder.id, two[0].uid).value->flags, FlagSeen | FlagFlagged);
        QCOMPARE(cache.message(folder.id, two[1].uid).value->flags, int(FlagFlagged));
        QCOMPARE(cache.folderById(folder.id).value->unread, int(m_sent.size()) - 1);
    }

    void uidValidityChangeResyncs()
    {
        MailCache cache(cachePath());
        ImapSession session;
        QVERIFY(!session.open(options(), bob()));
        const quint32 before = cache.folder(m_account, m_folder).value->uidValidity;
        QVERIFY(!session.deleteFolder(m_folder));
        QVERIFY(!session.createFolder(m_folder));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!session.appendMessage(
                m_folder, QStringLiteral("Subject: fresh %1\r\nFrom: a@lab.test\r\n\r\nfresh\r\n")
                              .arg(i)
                              .toUtf8()));
        }
        ImapSync sync(session, cache, m_account);
        FolderSyncStats stats;
        QVERIFY(!sync.syncFolder(m_folder, &stats));
        QVERIFY(stats.reset);
        const CachedFolder folder = *cache.folder(m_account, m_folder).value;
        QVERIFY(folder.uidValidity != before);
        QCOMPARE(folder.total, 3);
        QCOMPARE(cache.messageCount(folder.id, QStringLiteral("Crispin")).value, 0);
        QVERIFY(!session.deleteFolder(m_folder));
    }

    void missingFolderIsNamed()
    {
        // Dovecot 2.3 answers "NO Mailbox doesn't exist" without RFC 5530's [NONEXISTENT]: the
        // LIST asked after the failed EXAMINE decides, and the session stays usable.
        MailCache cache(cachePath());
        ImapSession session;
        QVERIFY(!session.open(options(), bob()));
        ImapSync sync(session, cache, m_account);
        const QString missing =
            QStringLiteral("Nirgends-%1/Über").arg(QCoreApplication::applicationPid());
        const MailError e = sync.syncFolder(missing);
        QCOMPARE(e.code, ErrorCode::FolderNotFound);
        QCOMPARE(e.folder, missing);
        QVERIFY2(e.userMessage.contains(missing), qPrintable(e.userMessage));
        QVERIFY(!e.retryable);
        // Nothing else changed: an existing folder still syncs on the same session.
        FolderSyncStats stats;
        QVERIFY(!sync.syncFolder(QStringLiteral("INBOX"), &stats));
    }

    void nonAsciiFolderRoundTrips()
    {
        const QString name = QStringLiteral("Ünïcode%1").arg(QCoreApplication::applicationPid());
        MailCache cache(cachePath());
        ImapSession session;
        QVERIFY(!session.open(options(), bob()));
        QVERIFY(!session.createFolder(name));
        QVERIFY(!session.appendMessage(name, "Subject: umlaut\r\n\r\nbody\r\n"));
        ImapSync sync(session, cache, m_account);
        QList<CachedFolder> folders;
        QVERIFY(!sync.syncFolderList(&folders));
        QVERIFY(std::any_of(folders.cbegin(), folders.cend(),
                            [&name](const CachedFolder &f) { return f.path == name; }));
        FolderSyncStats stats;
        QVERIFY(!sync.syncFolder(name, &stats));
        QCOMPARE(stats.added, 1);
        // On the server it is modified UTF-7 (RFC 3501 §5.1.3), not the locale's garbage (G13).
        const QString root = m_lab.value(QStringLiteral("MAILDIR_ROOT"));
        QDirIterator it(root, QDir::Dirs | QDir::Hidden, QDirIterator::Subdirectories);
        bool found = false;
        while (it.hasNext() && !found)
            found = it.next().endsWith(QStringLiteral("&ANw-n&AO8-code") +
                                       QString::number(QCoreApplication::applicationPid()));
        QVERIFY2(found, "modified UTF-7 folder not found in the Maildir");
        QVERIFY(!session.deleteFolder(name));
    }
};

QTEST_GUILESS_MAIN(TestImapSync)
#include "tst_imapsync.moc"
