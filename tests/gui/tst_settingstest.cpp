// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen, against the mail lab's real Postfix/Dovecot (its own lab inside tests/lab/dns-lab.sh,
// whose resolver maps smtp.gmail.com to 127.0.0.36, see settingstest.conf):
//  - the account editor's "Test settings…" logs in and shows success, then failure;
//  - a certificate problem at a built-in provider's host is never offered for trust;
//  - with no keychain (the real KeychainSecretStore, DBUS_SESSION_BUS_ADDRESS pointing nowhere,
//    set by ctest) the wizard asks, and saves the account with the password for this session
//    only: in the MemorySecretStore, nowhere on disk.
#include "labenv.h"
#include "secretscan.h"
#include "testsmtpserver.h"

#include "accounts/accounteditor.h"
#include "wizard/settingstestdialog.h"
#include "wizard/settingstester.h"
#include "wizard/setupwizard.h"

#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "settings/accountrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWizardPage>

using namespace mailwright;
using namespace mailwright::test;

class TestSettingsTest : public QObject
{
    Q_OBJECT

    LabEnv m_lab;
    QTemporaryDir m_home;
    std::unique_ptr<TcpForwarder> m_gmail;

    Account labAccount() const
    {
        Account a;
        a.name = QStringLiteral("Lab");
        Identity id;
        id.address = m_lab.value(QStringLiteral("USER1"));
        id.displayName = QStringLiteral("Alice");
        a.identities = {id};
        a.smtp = ServerEndpoint{Protocol::Smtp, m_lab.host(),
                                m_lab.port(QStringLiteral("SMTP_TLS_PORT")), Security::ImplicitTls};
        a.hasIncoming = true;
        a.incoming =
            ServerEndpoint{Protocol::Imap, m_lab.host(), m_lab.port(QStringLiteral("IMAPS_PORT")),
                           Security::ImplicitTls};
        a.caFile = m_lab.caFile();
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=/nonexistent"));
        // A private HOME: QtKeychain's plaintext fallback, if it ever wrote, would write here.
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
        // smtp.gmail.com:465 (a built-in provider's host, in the lab's DNS) → the lab's
        // self-signed port: a certificate problem at a known provider.
        m_gmail =
            std::make_unique<TcpForwarder>(QStringLiteral("127.0.0.36"), 465, m_lab.host(),
                                           m_lab.port(QStringLiteral("SMTP_SELFSIGNED_PORT")));
        QVERIFY(m_gmail->start());
    }

    void accountEditorTestSettings()
    {
        AccountEditor editor;
        editor.setAccount(labAccount(), false);
        editor.show();
        editor.findChild<QPushButton *>(QStringLiteral("testSettings"))->click();
        SettingsTestDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor.findChild<SettingsTestDialog *>()) && dialog->isVisible());
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("testPassword"));
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runTest"));
        auto *status = dialog->tester()->findChild<QLabel *>(QStringLiteral("testStatus"));
        QSignalSpy done(dialog->tester(), &SettingsTester::finished);

        password->setText(m_lab.value(QStringLiteral("PASS1")));
        run->click();
        QVERIFY(done.wait(15000));
        QVERIFY2(done.last().first().toBool(), qPrintable(status->text()));
        QVERIFY(status->text().contains(QLatin1String("logged in")));
        QVERIFY(status->text().contains(QLatin1String("accepts mail from")));

        done.clear();
        password->setText(QStringLiteral("Wrong-Editor-Pw-5521"));
        run->click();
        QVERIFY(done.wait(15000));
        QVERIFY(!done.last().first().toBool());
        QVERIFY2(status->text().contains(QLatin1String("password")), qPrintable(status->text()));
        QVERIFY(!status->text().contains(QLatin1String("logged in")));
        dialog->reject();
    }

    // A bad certificate at smtp.gmail.com: the details, a warning, and no trust button.
    void knownProviderCertificateIsNeverTrusted()
    {
        QWidget window;
        auto *tester = new SettingsTester(&window);
        window.show();
        Account a = labAccount();
        a.identities.first().address = QStringLiteral("someone@gmail.com");
        a.smtp = ServerEndpoint{Protocol::Smtp, QStringLiteral("smtp.gmail.com"), 465,
                                Security::ImplicitTls};
        a.hasIncoming = false;
        QSignalSpy done(tester, &SettingsTester::finished);
        QSignalSpy changed(tester, &SettingsTester::accountChanged);
        tester->start(a, QStringLiteral("Any-Pw-For-Gmail-1"));
        QVERIFY(done.wait(15000));
        QVERIFY(!done.last().first().toBool());
        auto *box = tester->findChild<QGroupBox *>(QStringLiteral("certificateBox"));
        QVERIFY(box->isVisible());
        const QString text = tester->findChild<QLabel *>(QStringLiteral("certificateText"))->text();
        QVERIFY(text.contains(QLatin1String("SHA-256")));
        QVERIFY2(text.contains(QLatin1String("well-known provider")), qPrintable(text));
        QVERIFY(!tester->findChild<QPushButton *>(QStringLiteral("trustCertificate"))->isVisible());
        QVERIFY(tester->account().pinnedCertificates.isEmpty());
        QCOMPARE(changed.size(), 0);
    }

    // No keychain: the wizard asks; "Yes" keeps the password for this session only.
    void noKeychainSavesForThisSessionOnly()
    {
        QTemporaryDir config;
        IniAccountRepository repository(config.path());
        KeychainSecretStore keychain(nullptr, 5000);
        MemorySecretStore session;
        SetupWizard wizard(&repository, &keychain, &session);
        wizard.setCaFile(m_lab.caFile());
        QSignalSpy created(&wizard, &SetupWizard::accountCreated);
        wizard.show();
        const QString user = m_lab.value(QStringLiteral("USER1"));
        const QString pw = m_lab.value(QStringLiteral("PASS1"));
        wizard.findChild<QLineEdit *>(QStringLiteral("address"))->setText(user);
        wizard.findChild<QLineEdit *>(QStringLiteral("password"))->setText(pw);
        wizard.findChild<QPushButton *>(QStringLiteral("setUpManually"))->click();
        QCOMPARE(wizard.currentId(), int(SetupWizard::ManualPageId));
        QWizardPage *page = wizard.currentPage();
        page->findChild<QLineEdit *>(QStringLiteral("manualSmtpHost"))->setText(m_lab.host());
        page->findChild<QSpinBox *>(QStringLiteral("manualSmtpPort"))
            ->setValue(m_lab.port(QStringLiteral("SMTP_TLS_PORT")));
        auto *tester = page->findChild<SettingsTester *>(QStringLiteral("manualTester"));
        QSignalSpy done(tester, &SettingsTester::finished);
        page->findChild<QPushButton *>(QStringLiteral("testSettings"))->click();
        QVERIFY(done.wait(15000));
        QVERIFY(done.last().first().toBool());

        wizard.button(QWizard::FinishButton)->click();
        QMessageBox *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (question = wizard.findChild<QMessageBox *>(QStringLiteral("sessionOnlyQuestion"))),
            10000);
        QVERIFY(repository.accounts().isEmpty()); // nothing saved before the answer
        question->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(created.size(), 1);
        QCOMPARE(created.first().at(1).toBool(), false); // not in the keychain

        const auto account = repository.account(user);
        QVERIFY(account.has_value());
        QCOMPARE(account->smtp.port, m_lab.port(QStringLiteral("SMTP_TLS_PORT")));
        SecretJob *job = session.readPassword(SecretStore::secretKey(user, SecretSlot::Smtp));
        QSignalSpy read(job, &SecretJob::finished);
        QVERIFY(read.wait(2000));
        QCOMPARE(read.first().first().value<SecretResult>().secret, pw);
        SecretJob *kjob = keychain.readPassword(SecretStore::secretKey(user, SecretSlot::Smtp));
        QSignalSpy kread(kjob, &SecretJob::finished);
        QVERIFY(kread.wait(8000));
        QCOMPARE(kread.first().first().value<SecretResult>().error.code,
                 ErrorCode::KeychainUnavailable);
        QCOMPARE(filesContainingSecret(config.path(), pw.toUtf8()), QStringList());
        QCOMPARE(filesContainingSecret(m_home.path(), pw.toUtf8()), QStringList());
    }
};

QTEST_MAIN(TestSettingsTest)
#include "tst_settingstest.moc"
