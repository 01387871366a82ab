// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/errorcatalogue.h"
#include "send/outbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/mount.h>
#include <unistd.h>

using namespace mailwright;

namespace {

QByteArray rawMessage(const QByteArray &subject, int bodyBytes = 100)
{
    QByteArray raw = "From: Alice <alice@lab.test>\r\nTo: bob@lab.test\r\nSubject: " + subject +
                     "\r\n\t(folded)\r\nMessage-ID: <1@lab.test>\r\n\r\n";
    raw += QByteArray(bodyBytes, 'x') + "\r\n";
    return raw;
}

OutboxDraft draft(const QByteArray &subject, int bodyBytes = 100)
{
    OutboxDraft d;
    d.account = QStringLiteral("lab");
    d.envelopeFrom = QStringLiteral("alice@lab.test");
    d.recipients = {QStringLiteral("bob@lab.test"), QStringLiteral("carol@lab.test")};
    d.raw = rawMessage(subject, bodyBytes);
    return d;
}

MailError temporaryError()
{
    return smtpReplyError(Phase::Data, 451, QStringLiteral("451 4.3.0 Try again later"));
}

OutboxState stateOf(Outbox &outbox, qint64 id)
{
    return outbox.message(id).value.state;
}

// Runs in a child process (this binary with --crash-child MODE DB): does the steps of a sender
// up to a point, then dies without any cleanup, as a crash or `kill -9` would.
int crashChild(const QString &mode, const QString &path)
{
    Outbox outbox(path);
    const auto id = outbox.enqueue(draft("crash"));
    if (!id.ok())
        return 2;
    const auto claimed = outbox.claimNext();
    if (!claimed.ok() || !claimed.value || claimed.value->id != id.value)
        return 3;
    if (mode == QLatin1String("after-claim"))
        _exit(9);
    if (outbox.markUploading(id.value))
        return 4;
    if (mode == QLatin1String("during-upload"))
        raise(SIGKILL);
    if (outbox.markAccepted(id.value))
        return 5;
    raise(SIGKILL); // after-accepted: died before markSent
    return 6;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    QString dbPath(const QTemporaryDir &dir) const
    {
        return dir.filePath(QStringLiteral("outbox.sqlite"));
    }

    void runCrashChild(const QString &mode, const QString &path)
    {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--crash-child"), mode, path});
        QVERIFY(child.waitForFinished(30000));
        // It must have died by its own hand (signal or _exit(9)), not by a failed step.
        if (mode == QLatin1String("after-claim")) {
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 9);
        } else {
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        }
    }

private slots:
    void enqueueStoresEverythingBeforeAnyAttempt()
    {
        QTemporaryDir dir;
        Outbox outbox(dbPath(dir));
        QVERIFY(!outbox.open());
        const OutboxDraft d = draft("Hello =?UTF-8?B?w6TDtg==?=");
        const auto id = outbox.enqueue(d);
        QVERIFY2(id.ok(), qPrintable(id.error.technicalDetail));
        QVERIFY(id.value > 0);

        const auto entries = outbox.list();
        QVERIFY(entries.ok());
        QCOMPARE(entries.value.size(), 1);
        const OutboxEntry &e = entries.value.first();
        QCOMPARE(e.state, OutboxState::Queued);
        QCOMPARE(e.account, QStringLiteral("lab"));
        QCOMPARE(e.envelopeFrom, d.envelopeFrom);
        QCOMPARE(e.recipients, d.recipients);
        QCOMPARE(e.size, qint64(d.raw.size()));
        QCOMPARE(e.subject, QStringLiteral("Hello =?UTF-8?B?w6TDtg==?= (folded)"));
        QCOMPARE(e.attempts, 0);
        QVERIFY(!e.delivered.isValid());

        const auto message = outbox.message(id.value);
        QVERIFY(message.ok());
        QCOMPARE(message.value.raw, d.raw);
    }

    void enqueueAcceptsAMessageWithoutSubject()
    {
        QTemporaryDir dir;
        Outbox outbox(dbPath(dir));
        QVERIFY(!outbox.open());
        OutboxDraft d = draft("x");
        d.raw = "From: alice@lab.test\r\nTo: bob@lab.test\r\n\r\nno subject here\r\n";
        const auto id = outbox.enqueue(d);
        QVERIFY2(id.ok(), qPrintable(id.error.technicalDetail));
        const auto entries = outbox.list();
        QVERIFY(entries.ok());
        QCOMPARE(entries.value.size(), 1);
        QVERIFY(entries.value.first().subject.isEmpty());
    }

    void enqueueRefusesUnsendableInput()
    {
        QTemporaryDir dir;
        Outbox outbox(dbPath(dir));
        OutboxDraft injected = draft("x");
        injected.recipients << QStringLiteral("eve@lab.test>\r\nRCPT TO:<mallory@lab.test");
        QCOMPARE(outbox.enqueue(injected).error.code, ErrorCode::InvalidAddress);
        OutboxDraft noRecipients = draft("x");
        noRecipients.recipients.clear();
        QCOMPARE(outbox.enqueue(noRecipients).error.code, ErrorCode::InvalidMessage);
        OutboxDraft empty = draft("x");
        empty.raw.clear();
        QCOMPARE(outbox.enqueue(empty).error.code, ErrorCode::InvalidMessage);
        QVERIFY(outbox.list().value.isEmpty());
    }

    void happyPathStates()
    {
        QTemporaryDir dir;
        Outbox outbox(dbPath(dir));
        const qint64 id = outbox.enqueue(draft("a")).value;
        const auto claimed = outbox.claimNext();
        QVERIFY(claimed.ok() && claimed.value);
        QCOMPARE(claimed.value->id, id);
        QCOMPARE(claimed.value->state, OutboxState::Sending);
        QCOMPARE(claimed.value->attempts, 1);
        QCOMPARE(claimed.value->raw, rawMessage("a"));
        QVERIFY(!outbox.claimNext().value); // claimed once only

        QVERIFY(!outbox.markUploading(id));
        const QList<RecipientOutcome> outcomes{{QStringLiteral("bob@lab.test"), true, 250,
                                                QStringLiteral("2.1.5"), QStringLiteral("Ok")},
                                               {QStringLiteral("carol@lab.test"), false, 550,
                                                QStringLiteral("5.1.1"),
                                                QStringLiteral("User unknown")}};
        QVERIFY(!outbox.markAccepted(id, outcomes));
        auto m = outbox.message(id).value;
        QVERIFY(m.delivered.isValid());
        QCOMPARE(m.recipientOutcomes.size(), 2);
        QCOMPARE(m.recipientOutcomes.at(1).address, QStringLiteral("carol@lab.test"));
        QCOMPARE(m.recipientOutcomes.at(1).replyCode, 550);
        QCOMPARE(m.recipientOutcomes.at(1).enhancedCode, QStringLiteral("5.1.1"));
        QVERIFY(!m.recipientOutcomes.at(1).accepted);

        QVERIFY(!outbox.markSent(id));
        QCOMPARE(stateOf(outbox, id), OutboxState::Sent);
        QVERIFY(!outbox.claimNext(Outbox::currentTime().addDays(1)).value);
    }

    void retryableFailureBacksOff()
    {
        QTemporaryDir dir;
        Outbox outbox(dbPath(dir));
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const qint64 id = outbox.enqueue(draft("b"), t0).value;
        QVERIFY(outbox.claimNext(t0).value);
        QVERIFY(!outbox.markFailed(id, temporaryError(), {}, t0));

        auto m = outbox.message(id).value;
        QCOMPARE(m.state, OutboxState::Queued);
        QCOMPARE(m.nextAttempt, t0.addSecs(60));
        QCOMPARE(m.lastError.code, ErrorCode::TemporaryFailure);
        QCOMPARE(m.lastError.replyCode, 451);
        QCOMPARE(m.lastError.enhancedCode, QStringLiteral("4.3.0"));
        QCOMPARE(m.lastError.serverText, QStringLiteral("451 4.3.0 Try again later"));
        QCOMPARE(m.lastError.userMessage, temporaryError().userMessage);
        QCOMPARE(m.lastError.hint, temporaryError().hint);
        QCOMPARE(m.lastError.phase, Phase::Data);
        QVERIFY(m.lastError.retryable);

        QVERIFY(!outbox.claimNext(t0.addSecs(59)).value); // not due yet
        const QDateTime t1 = t0.addSecs(60);
        QVERIFY(outbox.claimNext(t1).value);
        QVERIFY(!outbox.markFailed(id, temporaryError(), {}, t1));
        m = outbox.message(id).value;
        QCOMPARE(m.attempts, 2);
        QCOMPARE(m.nextAttempt, t1.addSecs(120));
    }

    void attemptsExhaustedAndPermanentErrorsFail()
    {
        QTemporaryDir dir;
        Outbox::Options options;
        options.retry = RetryPolicy(1, 1, 3);
        Outbox outbox(dbPath(dir), options);
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const qint64 id = outbox.enqueue(draft("c"), t0).value;
        for (int i = 0; i < 3; ++i) {
            const QDateTime t = t0.addSecs(10 * i);
            QVERIFY(outbox.claimNext(t).value);
            QVERIFY(!outbox.markFailed(id, temporaryError(), {}, t));
        }
        QCOMPARE(stateOf(outbox, id), OutboxState::Failed);

        const qint64 id2 = outbox.enqueue(draft("d"), t0).value;
        QVERIFY(outbox.claimNext(t0).value);
        const MailError rejected =
            smtpReplyError(Phase::RcptTo, 550, QStringLiteral("550 5.1.1 User unknown"),
                           QStringLiteral("x@lab.test"));
        QVERIFY(!outbox.markFailed(id2, rejected, {}, t0));
        const auto m = outbox.message(id2).value;
        QCOMPARE(m.state, OutboxState::Failed);
        QCOMPARE(m.attempts, 1);
        QCOMPARE(m.lastError.code, ErrorCode::RecipientRejected);
        QCOMPARE(m.lastError.address, QStringLiteral("x@lab.test"));
        QVERIFY(!m.lastError.retryable);

        // A manual retry starts a fresh series.
        QVERIFY(!outbox.retryNow(id2));
        QCOMPARE(outbox.message(id2).value.attempts, 0);
        QCOMPARE(stateOf(outbox, id2), OutboxState::Queued);
    }

    void acceptedIsNeverRequeued()
    {
        QTemporaryDir dir;
        Outbox outbox(dbPath(dir));
        const qint64 id = outbox.enqueue(draft("e")).value;
        QVERIFY(outbox.claimNext().value);
        QVERIFY(!outbox.markAccepted(id));
        // Something after the 250 failed (e.g. QUIT timed out): the message stays sent.
        QVERIFY(!outbox.markFailed(id, temporaryError()));
        QCOMPARE(stateOf(outbox, id), OutboxState::Sent);
        QVERIFY(outbox.retryNow(id).isError());
        QVERIFY(!outbox.claimNext(Outbox::currentTime().addDays(1)).value);
    }

    void replyLostAfterFinalDotIsHeld()
    {
        QTemporaryDir dir;
        Outbox outbox(dbPath(dir));
        const qint64 id = outbox.enqueue(draft("lost reply")).value;
        QVERIFY(outbox.claimNext().value);
        QVERIFY(!outbox.markUploading(id));
        MailError dropped;
        dropped.code = ErrorCode::ConnectionClosed;
        dropped.phase = Phase::Data;
        explain(dropped);
        QVERIFY(!outbox.markOutcomeUnknown(id, dropped));
        const auto m = outbox.message(id).value;
        QCOMPARE(m.state, OutboxState::Held);
        QVERIFY(!m.note.isEmpty());
        QCOMPARE(m.lastError.code, ErrorCode::ConnectionClosed);
        QVERIFY(!outbox.claimNext(Outbox::currentTime().addDays(1)).value);
    }

    void userActions()
    {
        QTemporaryDir dir;
        Outbox outbox(dbPath(dir));
        const qint64 a = outbox.enqueue(draft("a")).value;
        const qint64 b = outbox.enqueue(draft("b")).value;

        QVERIFY(!outbox.hold(a));
        QCOMPARE(stateOf(outbox, a), OutboxState::Held);
        // Held messages are skipped by the sender.
        auto claimed = outbox.claimNext();
        QVERIFY(claimed.value);
        QCOMPARE(claimed.value->id, b);
        QVERIFY(outbox.hold(b).isError());   // being sent
        QVERIFY(outbox.remove(b).isError()); // being sent
        QVERIFY(!outbox.remove(b).userMessage.isEmpty());

        // Cancel while sending: the attempt's failure ends in failed/cancelled, not a retry.
        QVERIFY(!outbox.cancel(b));
        QCOMPARE(stateOf(outbox, b), OutboxState::Sending);
        QVERIFY(!outbox.markFailed(b, temporaryError()));
        auto mb = outbox.message(b).value;
        QCOMPARE(mb.state, OutboxState::Failed);
        QCOMPARE(mb.lastError.code, ErrorCode::Cancelled);

        QVERIFY(!outbox.release(a));
        QCOMPARE(stateOf(outbox, a), OutboxState::Queued);
        QVERIFY(!outbox.cancel(a));
        QCOMPARE(stateOf(outbox, a), OutboxState::Failed);
        QCOMPARE(outbox.message(a).value.lastError.code, ErrorCode::Cancelled);
        QVERIFY(!outbox.retryNow(a));
        QCOMPARE(stateOf(outbox, a), OutboxState::Queued);

        QVERIFY(!outbox.remove(a));
        QVERIFY(outbox.message(a).error.isError());
        QVERIFY(outbox.remove(a).isError()); // gone
        QCOMPARE(outbox.list().value.size(), 1);
    }

    void sentCopyHook()
    {
        QTemporaryDir dir;
        Outbox outbox(dbPath(dir));
        OutboxDraft d = draft("copy");
        d.copyToSent = true;
        const qint64 id = outbox.enqueue(d).value;
        outbox.enqueue(draft("no copy"));
        QVERIFY(outbox.pendingSentCopies().value.isEmpty()); // not sent yet
        while (auto m = outbox.claimNext().value) {
            QVERIFY(!outbox.markAccepted(m->id));
            QVERIFY(!outbox.markSent(m->id));
        }
        const auto pending = outbox.pendingSentCopies().value;
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().id, id);
        QVERIFY(!outbox.markCopiedToSent(id));
        QVERIFY(outbox.pendingSentCopies().value.isEmpty());
    }

    void survivesReopen()
    {
        QTemporaryDir dir;
        qint64 id = 0;
        {
            Outbox outbox(dbPath(dir));
            id = outbox.enqueue(draft("persist", 300000)).value;
            QVERIFY(id > 0);
            QVERIFY(outbox.claimNext().value);
            QVERIFY(!outbox.markFailed(id, temporaryError()));
        }
        Outbox reopened(dbPath(dir));
        QVERIFY(!reopened.open());
        const auto m = reopened.message(id);
        QVERIFY(m.ok());
        QCOMPARE(m.value.raw, rawMessage("persist", 300000));
        QCOMPARE(m.value.state, OutboxState::Queued);
        QCOMPARE(m.value.attempts, 1);
        QCOMPARE(m.value.lastError.code, ErrorCode::TemporaryFailure);
    }

    void crashAfterAcceptedIsSentNeverResent()
    {
        QTemporaryDir dir;
        runCrashChild(QStringLiteral("after-accepted"), dbPath(dir));
        Outbox outbox(dbPath(dir));
        QVERIFY(!outbox.open());
        const auto entries = outbox.list().value;
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, OutboxState::Sent);
        QVERIFY(entries.first().delivered.isValid());
        QVERIFY(!outbox.claimNext(Outbox::currentTime().addDays(1)).value);
    }

    void crashAfterClaimIsQueuedAgain()
    {
        QTemporaryDir dir;
        runCrashChild(QStringLiteral("after-claim"), dbPath(dir));
        Outbox outbox(dbPath(dir));
        const auto entries = outbox.list().value;
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, OutboxState::Queued);
        const auto claimed = outbox.claimNext().value;
        QVERIFY(claimed);
        QCOMPARE(claimed->raw, rawMessage("crash"));
        QCOMPARE(claimed->attempts, 2);
    }

    void crashDuringUploadIsHeldForTheUser()
    {
        QTemporaryDir dir;
        runCrashChild(QStringLiteral("during-upload"), dbPath(dir));
        Outbox outbox(dbPath(dir));
        const auto entries = outbox.list().value;
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, OutboxState::Held);
        QVERIFY(entries.first().note.contains(QLatin1String("may have received")));
        QVERIFY(!outbox.claimNext(Outbox::currentTime().addDays(1)).value);
        // The user decides to send it again.
        QVERIFY(!outbox.release(entries.first().id));
        QVERIFY(outbox.claimNext().value);
    }

    void liveClaimIsNotRecovered()
    {
        QTemporaryDir dir;
        Outbox sender(dbPath(dir));
        const qint64 id = sender.enqueue(draft("live")).value;
        QVERIFY(sender.claimNext().value);
        Outbox other(dbPath(dir)); // e.g. the CLI opening while the GUI sends
        QVERIFY(!other.open());
        QCOMPARE(stateOf(other, id), OutboxState::Sending);
    }

    void storageFullByPageLimit()
    {
        QTemporaryDir dir;
        Outbox::Options options;
        options.maximumBytes = 128 * 1024;
        Outbox outbox(dbPath(dir), options);
        const qint64 first = outbox.enqueue(draft("small")).value;
        QVERIFY(first > 0);
        const auto big = outbox.enqueue(draft("big", 512 * 1024));
        QVERIFY(big.error.isError());
        QCOMPARE(errorCodeName(big.error.code), errorCodeName(ErrorCode::StorageFull));
        QCOMPARE(big.value, 0);
        QVERIFY(!big.error.userMessage.isEmpty());
        QVERIFY(!big.error.technicalDetail.isEmpty());
        // The queued message is intact and the outbox still works.
        QCOMPARE(outbox.list().value.size(), 1);
        QCOMPARE(outbox.message(first).value.raw, rawMessage("small"));
        QVERIFY(outbox.enqueue(draft("small again")).ok());
    }

    void storageFullOnTinyTmpfs()
    {
        QTemporaryDir dir;
        const QByteArray mountPoint = QFile::encodeName(dir.path());
        if (::geteuid() != 0 ||
            ::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=256k") != 0)
            QSKIP("cannot mount a tmpfs here (needs root); storageFullByPageLimit covers it");
        const auto unmount =
            qScopeGuard([&mountPoint] { ::umount2(mountPoint.constData(), MNT_DETACH); });
        const QString path = dbPath(dir);
        qint64 first = 0;
        {
            Outbox outbox(path);
            first = outbox.enqueue(draft("small")).value;
            QVERIFY(first > 0);
            const auto big = outbox.enqueue(draft("big", 1024 * 1024));
            QCOMPARE(errorCodeName(big.error.code), errorCodeName(ErrorCode::StorageFull));
            QCOMPARE(outbox.message(first).value.raw, rawMessage("small"));
        }
        Outbox reopened(path);
        QVERIFY2(!reopened.open(), qPrintable(reopened.open().technicalDetail));
        QCOMPARE(reopened.list().value.size(), 1);
        QCOMPARE(reopened.message(first).value.raw, rawMessage("small"));
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        {
            Outbox outbox(dbPath(dir));
            QVERIFY(outbox.enqueue(draft("x")).ok());
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(dbPath(dir));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE schema_version SET version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Outbox outbox(dbPath(dir));
        const MailError error = outbox.open();
        QCOMPARE(error.code, ErrorCode::StorageError);
        QVERIFY(error.technicalDetail.contains(QLatin1String("99")));
        QVERIFY(outbox.enqueue(draft("y")).error.isError());
    }

    void twoThreadsClaimEachMessageOnce()
    {
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        constexpr int PerThread = 25;
        const auto producer = [&path] {
            Outbox outbox(path);
            for (int i = 0; i < PerThread; ++i)
                QVERIFY(outbox.enqueue(draft("t")).ok());
        };
        std::unique_ptr<QThread> p1(QThread::create(producer));
        std::unique_ptr<QThread> p2(QThread::create(producer));
        p1->start();
        p2->start();
        QVERIFY(p1->wait(60000) && p2->wait(60000));

        QList<qint64> claimed1, claimed2;
        QSemaphore ready;
        QSemaphore go;
        const auto consumer = [&path, &ready, &go](QList<qint64> *claimed) {
            Outbox outbox(path);
            QVERIFY(!outbox.open());
            ready.release();
            go.acquire(); // both connections open, then both race for the same rows
            while (true) {
                const auto next = outbox.claimNext();
                QVERIFY2(next.ok(), qPrintable(next.error.technicalDetail));
                if (!next.value)
                    break;
                claimed->append(next.value->id);
                QThread::msleep(3); // the SMTP dialogue, outside any transaction
                QVERIFY(!outbox.markAccepted(next.value->id));
                QVERIFY(!outbox.markSent(next.value->id));
            }
        };
        std::unique_ptr<QThread> c1(QThread::create(consumer, &claimed1));
        std::unique_ptr<QThread> c2(QThread::create(consumer, &claimed2));
        c1->start();
        c2->start();
        QVERIFY(ready.tryAcquire(2, 30000));
        go.release(2);
        QVERIFY(c1->wait(60000) && c2->wait(60000));

        QSet<qint64> all;
        for (qint64 id : claimed1 + claimed2) {
            QVERIFY2(!all.contains(id), "a message was claimed twice");
            all.insert(id);
        }
        QCOMPARE(all.size(), 2 * PerThread);
        Outbox check(path);
        for (const OutboxEntry &e : check.list().value)
            QCOMPARE(e.state, OutboxState::Sent);
        // Both really worked at the same time (else this test proves nothing about locking).
        qInfo() << "claims per thread:" << claimed1.size() << claimed2.size();
        QVERIFY(!claimed1.isEmpty() && !claimed2.isEmpty());
    }

    void measureDurableWrites()
    {
        QTemporaryDir dir;
        Outbox outbox(dbPath(dir));
        QVERIFY(outbox.open().code == ErrorCode::None);
        QElapsedTimer timer;
        timer.start();
        const qint64 id = outbox.enqueue(draft("timing", 100 * 1024)).value;
        const qint64 enqueueUs = timer.nsecsElapsed() / 1000;
        QVERIFY(outbox.claimNext().value);
        QVERIFY(!outbox.markUploading(id));
        timer.restart();
        QVERIFY(!outbox.markAccepted(id));
        const qint64 acceptedUs = timer.nsecsElapsed() / 1000;
        qInfo("enqueue 100 KiB: %lld us, markAccepted: %lld us", enqueueUs, acceptedUs);
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--crash-child") == 0) {
        QCoreApplication app(argc, argv);
        return crashChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestOutbox test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outbox.moc"
