// SPDX-License-Identifier: GPL-3.0-or-later
// The set-up wizard offscreen, through a full detection against real servers on real names
// (tests/lab/dns-lab.sh + with-mail-lab.sh, SetupLab): live table, result with badge and login
// test, account saved with its password in the store only after success; a certificate problem
// with "Trust this certificate for this server". With MW_SCREENSHOT_DIR set, each main page is
// saved as a PNG (docs/screenshots/wizard-*.png).
#include "setuplab.h"

#include "wizard/settingstester.h"
#include "wizard/setupwizard.h"

#include "secrets/memorysecretstore.h"
#include "settings/accountrepository.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWizardPage>

using namespace mailwright;
using namespace mailwright::test;

namespace {

/// One wizard with an empty repository, in-memory stores and the lab's CA.
struct WizardFixture
{
    explicit WizardFixture(const QString &caFile) { wizard.setCaFile(caFile); }
    QTemporaryDir config;
    IniAccountRepository repository{config.path()};
    MemorySecretStore keychain;
    MemorySecretStore session;
    SetupWizard wizard{&repository, &keychain, &session};
};

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

    SetupLab m_setup;

    static void shoot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("MW_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // let the layout settle before grabbing
        QVERIFY(w->grab().save(dir + QStringLiteral("/wizard-") + QLatin1String(name) +
                               QStringLiteral(".png")));
    }

    static void fillFirstPage(SetupWizard &wizard, const QString &address, const QString &pw)
    {
        wizard.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Alice"));
        wizard.findChild<QLineEdit *>(QStringLiteral("address"))->setText(address);
        wizard.findChild<QLineEdit *>(QStringLiteral("password"))->setText(pw);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        if (!m_setup.start(&error))
            QFAIL(qPrintable(error));
    }

    void fullDetectionSavesAccount()
    {
        WizardFixture f(m_setup.caFile());
        SetupWizard &wizard = f.wizard;
        QSignalSpy created(&wizard, &SetupWizard::accountCreated);
        wizard.show();
        const QString user = m_setup.lab().value(QStringLiteral("USER1"));
        const QString pw = m_setup.lab().value(QStringLiteral("PASS1"));
        fillFirstPage(wizard, user, pw);
        shoot(&wizard, "1-address");
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::DetectPageId));
        // The table fills as sources and candidates end, while the GUI stays responsive.
        auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("detectTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() > 5, 10000);
        shoot(&wizard, "2-detect");
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::ResultPageId), 15000);
        auto *summary = wizard.findChild<QLabel *>(QStringLiteral("resultSummary"));
        QVERIFY(summary->text().contains(QLatin1String("mail.lab.test")));
        QVERIFY(summary->text().contains(QLatin1String("implicit TLS")));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 15000);
        shoot(&wizard, "3-result");
        auto *details = wizard.findChild<QPushButton *>(QStringLiteral("showDetails"));
        QVERIFY(details->isVisible());
        auto *transcript = wizard.page(SetupWizard::ResultPageId)
                               ->findChild<QPlainTextEdit *>(QStringLiteral("transcript"));
        QVERIFY(transcript->toPlainText().contains(QLatin1String("AUTH PLAIN <redacted>")));
        QVERIFY(!transcript->toPlainText().contains(pw));
        QVERIFY(f.repository.accounts().isEmpty()); // nothing saved before Finish

        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE(created.size(), 1);
        QCOMPARE(created.first().at(1).toBool(), true); // in the keychain
        const auto account = f.repository.account(user);
        QVERIFY(account.has_value());
        QCOMPARE(account->smtp.host, QStringLiteral("mail.lab.test"));
        QCOMPARE(account->smtp.port, quint16(465));
        QCOMPARE(account->smtp.security, Security::ImplicitTls);
        QVERIFY(account->hasIncoming);
        QCOMPARE(account->incoming.port, quint16(993));
        QCOMPARE(account->primaryIdentity().displayName, QStringLiteral("Alice"));
        SecretJob *job = f.keychain.readPassword(SecretStore::secretKey(user, SecretSlot::Smtp));
        QSignalSpy read(job, &SecretJob::finished);
        QVERIFY(read.wait(2000));
        QCOMPARE(read.first().first().value<SecretResult>().secret, pw);
    }

    void wrongPasswordSavesNothing()
    {
        WizardFixture f(m_setup.caFile());
        SetupWizard &wizard = f.wizard;
        wizard.show();
        fillFirstPage(wizard, m_setup.lab().value(QStringLiteral("USER1")),
                      QStringLiteral("wrong-password"));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::ResultPageId), 15000);
        auto *tester = wizard.findChild<SettingsTester *>(QStringLiteral("resultTester"));
        auto *status = tester->findChild<QLabel *>(QStringLiteral("testStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("password")), 15000);
        QVERIFY(!tester->succeeded());
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        shoot(&wizard, "4-wrong-password");
        QVERIFY(f.repository.accounts().isEmpty());
    }

    // "Set up manually": the form, Test settings against the lab, Finish saves what was tested.
    // Any edit after a successful test voids it (Finish disabled) until the edited settings pass.
    void manualPageTestsThenSaves()
    {
        WizardFixture f(m_setup.caFile());
        SetupWizard &wizard = f.wizard;
        QSignalSpy created(&wizard, &SetupWizard::accountCreated);
        wizard.show();
        const QString user = m_setup.lab().value(QStringLiteral("USER1"));
        const QString pw = m_setup.lab().value(QStringLiteral("PASS1"));
        fillFirstPage(wizard, user, pw);
        wizard.findChild<QPushButton *>(QStringLiteral("setUpManually"))->click();
        QCOMPARE(wizard.currentId(), int(SetupWizard::ManualPageId));
        QWizardPage *page = wizard.currentPage();
        auto *smtpHost = page->findChild<QLineEdit *>(QStringLiteral("manualSmtpHost"));
        auto *smtpPort = page->findChild<QSpinBox *>(QStringLiteral("manualSmtpPort"));
        auto *smtpSecurity = page->findChild<QComboBox *>(QStringLiteral("manualSmtpSecurity"));
        auto *incoming = page->findChild<QComboBox *>(QStringLiteral("manualIncomingProtocol"));
        auto *inHost = page->findChild<QLineEdit *>(QStringLiteral("manualIncomingHost"));
        auto *inPort = page->findChild<QSpinBox *>(QStringLiteral("manualIncomingPort"));
        auto *inSecurity = page->findChild<QComboBox *>(QStringLiteral("manualIncomingSecurity"));
        auto *test = page->findChild<QPushButton *>(QStringLiteral("testSettings"));
        auto *tester = page->findChild<SettingsTester *>(QStringLiteral("manualTester"));
        QVERIFY(smtpHost && smtpPort && smtpSecurity && incoming && inHost && inPort &&
                inSecurity && test && tester);
        smtpHost->setText(QStringLiteral("mail.lab.test"));
        smtpPort->setValue(465);
        smtpSecurity->setCurrentIndex(smtpSecurity->findData(int(Security::ImplicitTls)));
        incoming->setCurrentIndex(incoming->findData(int(Protocol::Imap)));
        inHost->setText(QStringLiteral("mail.lab.test"));
        inPort->setValue(993);
        inSecurity->setCurrentIndex(inSecurity->findData(int(Security::ImplicitTls)));
        QAbstractButton *finish = wizard.button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled()); // not tested yet

        QSignalSpy done(tester, &SettingsTester::finished);
        test->click();
        QVERIFY(done.wait(15000));
        QVERIFY(done.last().first().toBool());
        QVERIFY(finish->isEnabled());

        // Edited after the test: the result no longer applies.
        smtpPort->setValue(587);
        QVERIFY(!tester->succeeded());
        QVERIFY(!finish->isEnabled());
        smtpSecurity->setCurrentIndex(smtpSecurity->findData(int(Security::StartTls)));
        QVERIFY(!finish->isEnabled());
        done.clear();
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() && done.last().first().toBool(), 15000);
        QVERIFY(finish->isEnabled());
        inHost->setText(QStringLiteral("mail.lab.test "));
        QVERIFY(!finish->isEnabled()); // every field counts, also the incoming ones
        done.clear();
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() && done.last().first().toBool(), 15000);
        QVERIFY(f.repository.accounts().isEmpty());

        finish->click();
        QTRY_COMPARE(created.size(), 1);
        const auto account = f.repository.account(user);
        QVERIFY(account.has_value());
        QCOMPARE(account->smtp.host, QStringLiteral("mail.lab.test"));
        QCOMPARE(account->smtp.port, quint16(587));
        QCOMPARE(account->smtp.security, Security::StartTls);
        QVERIFY(account->hasIncoming);
        QCOMPARE(account->incoming.protocol, Protocol::Imap);
        QCOMPARE(account->incoming.port, quint16(993));
        SecretJob *job = f.keychain.readPassword(SecretStore::secretKey(user, SecretSlot::Smtp));
        QSignalSpy read(job, &SecretJob::finished);
        QVERIFY(read.wait(2000));
        QCOMPARE(read.first().first().value<SecretResult>().secret, pw);
    }

    // A self-signed certificate at a host that is not a known provider's: the details and the
    // trust button; trusting pins SHA-256 for host:port and the test runs again past TLS.
    void certificateProblemOffersTrust()
    {
        WizardFixture f(m_setup.caFile());
        SetupWizard &wizard = f.wizard;
        wizard.show();
        fillFirstPage(wizard, SetupLab::userFor(QStringLiteral("selfsigned.test")),
                      SetupLab::password());
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::ResultPageId), 15000);
        auto *tester = wizard.findChild<SettingsTester *>(QStringLiteral("resultTester"));
        auto *box = tester->findChild<QGroupBox *>(QStringLiteral("certificateBox"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 15000);
        const QString text = tester->findChild<QLabel *>(QStringLiteral("certificateText"))->text();
        QVERIFY(text.contains(QLatin1String("SHA-256")));
        auto *trust = tester->findChild<QPushButton *>(QStringLiteral("trustCertificate"));
        QVERIFY(trust->isVisible());
        shoot(&wizard, "5-certificate");
        QSignalSpy changed(tester, &SettingsTester::accountChanged);
        QSignalSpy done(tester, &SettingsTester::finished);
        trust->click();
        QCOMPARE(changed.size(), 1);
        const Account pinned = changed.first().first().value<Account>();
        QCOMPARE(pinned.pinnedCertificates.value(QStringLiteral("smtp.selfsigned.test:465")).size(),
                 1);
        QVERIFY(done.wait(15000));
        // Past TLS now: the lab's Postfix does not know this user, so the login is refused.
        QVERIFY(!box->isVisible());
        QVERIFY(tester->findChild<QLabel *>(QStringLiteral("testStatus"))
                    ->text()
                    .contains(QLatin1String("password")));
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
