// SPDX-License-Identifier: GPL-3.0-or-later
// Compose and send through the whole GUI stack (ComposerWindow → ComposeController → SendWiring →
// SendService → SendWorker) against the mail lab, checked over IMAP: delivery with the right
// headers and the attachment, undo within the delay, a failed send with the banner and the
// Outbox entry followed by Retry (delivered exactly once), and a refused password re-entered in
// the PasswordPromptDialog. The account's password is "for this session only" (the --demo case):
// the service reads it through the LayeredSecretStore.
#include "accounts/passwordprompt.h"
#include "compose/composecontroller.h"
#include "compose/composerwindow.h"
#include "guistack.h"
#include "labaccount.h"
#include "labenv.h"
#include "main/failurebanner.h"
#include "main/mainwindow.h"
#include "main/sendwiring.h"
#include "main/uisettings.h"
#include "outbox/outboxview.h"
#include "secrets/layeredsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "secretscan.h"
#include "send/outbox.h"
#include "send/sendservice.h"
#include "settings/accountrepository.h"
#include "sync/imapsession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace mailwright;

namespace {
const QString accountName = QStringLiteral("Lab");
}

class TestSendLab : public QObject
{
    Q_OBJECT

    test::LabEnv m_lab;

    QString lab(const char *name) const { return m_lab.value(QString::fromLatin1(name)); }

    Account labAccount(quint16 smtpPort) const
    {
        // Nothing incoming, so no Sent copy: only the delivery is under test.
        return test::labSendAccount(m_lab, accountName, 1, smtpPort);
    }

    std::unique_ptr<test::GuiStack> makeStack(quint16 smtpPort, const QString &password)
    {
        return test::makeGuiStack(labAccount(smtpPort), password, false);
    }

    static QString token()
    {
        return QStringLiteral("gui-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    /// Every message in \a user's INBOX (newest 200) that contains \a needle. Waits up to
    /// \a waitMs for at least one (0: look once).
    QList<QByteArray> messagesWith(const char *user, const char *pass, const QByteArray &needle,
                                   int waitMs)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            QList<QByteArray> found;
            if (MailError e = test::labInboxWith(m_lab, lab(user), lab(pass), needle, &found)) {
                qWarning() << e;
                return {};
            }
            if (!found.isEmpty() || t.elapsed() >= waitMs)
                return found;
            QTest::qWait(200);
        }
    }

    static QByteArray header(const QByteArray &message, const QByteArray &name)
    {
        // Unfolded value of the first header field \a name (RFC 5322 §2.2.3).
        const int end = message.indexOf("\r\n\r\n");
        QByteArray head = end < 0 ? message : message.left(end);
        head.replace("\r\n ", " ").replace("\r\n\t", " ");
        const QByteArray prefix = QByteArray(name.toLower()).append(':');
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith(prefix))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
    }

    void composeWithAttachmentIsDelivered()
    {
        auto s = makeStack(m_lab.port(QStringLiteral("SMTP_STARTTLS_PORT")), lab("PASS1"));
        QVERIFY(s);
        QSignalSpy sent(s->service.get(), &SendService::sent);
        const QString tok = token();
        const QString attachment = s->dir.filePath(QStringLiteral("report-%1.txt").arg(tok));
        const QByteArray content = "attachment " + tok.toLatin1().left(30);
        {
            QFile f(attachment);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        QPointer<ComposerWindow> c = s->compose->newMessage(accountName);
        c->setTo(QStringLiteral("Carol <%1>, %2").arg(lab("USER3"), lab("USER1")));
        c->setSubject(QStringLiteral("Report ") + tok);
        c->setBody(QStringLiteral("See the attachment.\n"));
        c->addAttachments({attachment});
        QVERIFY2(c->send(), qPrintable(c->problemText()));
        QTRY_VERIFY(c.isNull()); // durably queued: the composer closed
        QVERIFY(sent.wait(20000));
        QTRY_COMPARE(s->window->findChild<QWidget *>(QStringLiteral("sendProgress"))->isVisible(),
                     false);
        QVERIFY(s->window->accountStatus(accountName).contains(QStringLiteral("sent")));
        QVERIFY(!s->window->failureBanner()->isVisible());

        const QList<QByteArray> atCarol = messagesWith("USER3", "PASS3", tok.toLatin1(), 15000);
        QCOMPARE(atCarol.size(), 1);
        const QByteArray m = atCarol.first();
        QVERIFY(header(m, "From").contains(lab("USER1").toLatin1()));
        QVERIFY(header(m, "To").contains(lab("USER3").toLatin1()));
        QVERIFY(header(m, "To").contains(lab("USER1").toLatin1()));
        QCOMPARE(header(m, "Subject"), (QStringLiteral("Report ") + tok).toLatin1());
        const QByteArray messageId = header(m, "Message-ID");
        QVERIFY(messageId.startsWith('<') && messageId.endsWith('>'));
        QVERIFY(m.contains("Content-Disposition: attachment"));
        QVERIFY(m.contains((QStringLiteral("report-") + tok + QStringLiteral(".txt")).toLatin1()));
        QVERIFY(m.contains(content.toBase64()) || m.contains(content));
        // The second recipient got the same message.
        const QList<QByteArray> atAlice = messagesWith("USER1", "PASS1", messageId, 15000);
        QCOMPARE(atAlice.size(), 1);
    }

    void undoWithinTheDelaySendsNothing()
    {
        auto s = makeStack(m_lab.port(QStringLiteral("SMTP_STARTTLS_PORT")), lab("PASS1"));
        QVERIFY(s);
        QSignalSpy queued(s->service.get(), &SendService::messageQueued);
        const QString tok = token();
        QPointer<ComposerWindow> c = s->compose->newMessage(accountName);
        c->setUndoDelaySeconds(2);
        c->setTo(lab("USER3"));
        c->setSubject(QStringLiteral("Undo ") + tok);
        c->setBody(QStringLiteral("Never sent.\n"));
        QVERIFY(c->send());
        QVERIFY(c->isCountingDown());
        QTest::qWait(500);
        c->findChild<QPushButton *>(QStringLiteral("undoButton"))->click();
        QVERIFY(!c->isCountingDown());
        QTest::qWait(3000); // well past the delay
        QVERIFY(c);         // back in the composer, editable, with what was typed
        QCOMPARE(c->findChild<QLineEdit *>(QStringLiteral("subjectField"))->text(),
                 QStringLiteral("Undo ") + tok);
        QVERIFY(c->findChild<QLineEdit *>(QStringLiteral("subjectField"))->isEnabled());
        QCOMPARE(queued.count(), 0);
        QVERIFY(Outbox(s->service->outboxPath()).list().value.isEmpty());
        QVERIFY(messagesWith("USER3", "PASS3", tok.toLatin1(), 0).isEmpty());
        c->discard();
    }

    void failedSendThenRetryDeliversOnce()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        } // closed: connecting is refused
        auto s = makeStack(closedPort, lab("PASS1"));
        QVERIFY(s);
        QSignalSpy failed(s->service.get(), &SendService::failed);
        QSignalSpy sent(s->service.get(), &SendService::sent);
        const QString tok = token();
        QPointer<ComposerWindow> c = s->compose->newMessage(accountName);
        c->setTo(lab("USER3"));
        c->setSubject(QStringLiteral("Retry ") + tok);
        c->setBody(QStringLiteral("Sent after the server came back.\n"));
        QVERIFY(c->send());
        QVERIFY(failed.wait(20000));
        const qint64 id = failed.at(0).at(0).toLongLong();
        const MailError error = failed.at(0).at(1).value<MailError>();
        QCOMPARE(error.code, ErrorCode::ConnectionRefused);
        QVERIFY(!error.userMessage.isEmpty());

        FailureBanner *banner = s->window->failureBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->messageId(), id);
        QVERIFY(banner->messageText().contains(QStringLiteral("Retry ") + tok));
        QVERIFY(banner->messageText().contains(error.userMessage));
        banner->findChild<QPushButton *>(QStringLiteral("bannerDetails"))->click();
        QVERIFY(banner->detailsVisible());
        QVERIFY(banner->detailsText().contains(errorCodeName(ErrorCode::ConnectionRefused)));
        QVERIFY(s->window->accountStatus(accountName).contains(error.userMessage));
        QVERIFY(c.isNull()); // nothing typed is lost: it is in the Outbox

        QTRY_COMPARE(s->view->entries().size(), 1);
        const OutboxEntry entry = s->view->entries().first();
        QCOMPARE(entry.id, id);
        QVERIFY(entry.state == OutboxState::Queued || entry.state == OutboxState::Failed);
        QCOMPARE(entry.lastError.code, ErrorCode::ConnectionRefused);

        // The server is reachable again (the account now names the lab), then Retry.
        QVERIFY(!s->repo->update(labAccount(m_lab.port(QStringLiteral("SMTP_STARTTLS_PORT")))));
        banner->findChild<QPushButton *>(QStringLiteral("bannerRetry"))->click();
        QVERIFY(sent.wait(20000));
        QCOMPARE(sent.at(0).at(0).toLongLong(), id);
        QTRY_VERIFY(s->view->entries().isEmpty() ||
                    s->view->entries().first().state == OutboxState::Sent);
        QVERIFY(!banner->isVisible());
        QCOMPARE(messagesWith("USER3", "PASS3", tok.toLatin1(), 15000).size(), 1);
        QTest::qWait(1500); // nothing else follows
        QCOMPARE(messagesWith("USER3", "PASS3", tok.toLatin1(), 0).size(), 1);
        QCOMPARE(sent.count(), 1);
    }

    void refusedPasswordIsAskedAgain()
    {
        auto s = makeStack(m_lab.port(QStringLiteral("SMTP_STARTTLS_PORT")),
                           QStringLiteral("not-the-password"));
        QVERIFY(s);
        QSignalSpy failed(s->service.get(), &SendService::failed);
        QSignalSpy sent(s->service.get(), &SendService::sent);
        const QString tok = token();
        QPointer<ComposerWindow> c = s->compose->newMessage(accountName);
        c->setTo(lab("USER3"));
        c->setSubject(QStringLiteral("Password ") + tok);
        c->setBody(QStringLiteral("Sent with the password typed again.\n"));
        QVERIFY(c->send());
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(1).value<MailError>().code, ErrorCode::AuthFailed);
        // The transcript behind "Show details" has the exchange, never the password.
        const QString details = s->window->failureBanner()->detailsText();
        QVERIFY(details.contains(QStringLiteral("AUTH")));
        QVERIFY(details.contains(QStringLiteral("535")));
        QVERIFY(!test::containsSecret(details.toUtf8(), "not-the-password"));

        QTRY_VERIFY(s->sending->passwordPrompt(accountName));
        PasswordPromptDialog *prompt = s->sending->passwordPrompt(accountName);
        QTRY_VERIFY(prompt->isVisible());
        prompt->findChild<QLineEdit *>(QStringLiteral("password"))->setText(lab("PASS1"));
        prompt->findChild<QRadioButton *>(QStringLiteral("sessionOnly"))->setChecked(true);
        prompt->accept();
        QVERIFY(sent.wait(20000));
        QCOMPARE(messagesWith("USER3", "PASS3", tok.toLatin1(), 15000).size(), 1);
        QVERIFY(!s->keychain.contains(SecretStore::secretKey(accountName, SecretSlot::Smtp)));
    }

    void missingPasswordIsAskedFor()
    {
        auto s = makeStack(m_lab.port(QStringLiteral("SMTP_STARTTLS_PORT")), QString());
        QVERIFY(s);
        QSignalSpy accountError(s->service.get(), &SendService::accountError);
        QSignalSpy sent(s->service.get(), &SendService::sent);
        const QString tok = token();
        QPointer<ComposerWindow> c = s->compose->newMessage(accountName);
        c->setTo(lab("USER3"));
        c->setSubject(QStringLiteral("No password yet ") + tok);
        c->setBody(QStringLiteral("Sent after the password was asked for.\n"));
        QVERIFY(c->send());
        QVERIFY(accountError.wait(20000));
        QCOMPARE(accountError.at(0).at(1).value<MailError>().code, ErrorCode::PasswordMissing);

        QTRY_VERIFY(s->sending->passwordPrompt(accountName));
        PasswordPromptDialog *prompt = s->sending->passwordPrompt(accountName);
        QTRY_VERIFY(prompt->isVisible());
        prompt->findChild<QLineEdit *>(QStringLiteral("password"))->setText(lab("PASS1"));
        prompt->findChild<QRadioButton *>(QStringLiteral("sessionOnly"))->setChecked(true);
        prompt->accept();
        QVERIFY(sent.wait(20000)); // the queued message went out once the password was there
        QCOMPARE(messagesWith("USER3", "PASS3", tok.toLatin1(), 15000).size(), 1);
        QVERIFY(s->session.contains(SecretStore::secretKey(accountName, SecretSlot::Smtp)));
        QVERIFY(!s->keychain.contains(SecretStore::secretKey(accountName, SecretSlot::Smtp)));
    }
};

QTEST_MAIN(TestSendLab)
#include "tst_sendlab.moc"
