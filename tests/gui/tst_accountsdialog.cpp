// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/accounteditor.h"
#include "accounts/accountsdialog.h"
#include "accounts/passwordprompt.h"
#include "main/mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "settings/accountrepository.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace mailwright;

namespace {

Account account(const QString &name, const QString &address)
{
    Account a;
    a.name = name;
    a.identities = {
        Identity{QStringLiteral("Alice"), address, QString(), QStringLiteral("-- \nAlice")}};
    a.smtp = {Protocol::Smtp, QStringLiteral("127.0.0.1"), 587, Security::StartTls};
    a.hasIncoming = true;
    a.incoming = {Protocol::Imap, QStringLiteral("127.0.0.1"), 993, Security::ImplicitTls};
    return a;
}

template<typename T>
T *waitForChild(QWidget *parent, const QString &name = QString())
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (T *w : parent->findChildren<T *>(name)) {
                if (w->isVisible()) {
                    found = w;
                    return true;
                }
            }
            return false;
        },
        5000);
    return found;
}

} // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_repo = std::make_unique<IniAccountRepository>(m_dir.path());
        QVERIFY(!m_repo->load());
        if (m_repo->accounts().isEmpty())
            QVERIFY(!m_repo->add(account(QStringLiteral("Work"), QStringLiteral("a@lab.test"))));
        m_keychain = std::make_unique<MemorySecretStore>();
        m_session = std::make_unique<MemorySecretStore>();
    }

    void showsTheRepositoryAccounts()
    {
        AccountsDialog dialog(m_repo.get(), m_keychain.get(), m_session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("accountList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QLatin1String("Work")));
        QVERIFY(list->item(0)->text().contains(QLatin1String("a@lab.test")));

        // A change elsewhere (the CLI, another window) shows up.
        QVERIFY(!m_repo->add(account(QStringLiteral("Home"), QStringLiteral("h@lab.test"))));
        QCOMPARE(list->count(), 2);
    }

    void editorRoundTrip()
    {
        Account a = account(QStringLiteral("Edit"), QStringLiteral("e@lab.test"));
        a.incoming = {Protocol::Pop3, QStringLiteral("pop.lab.test"), 995, Security::ImplicitTls};
        a.deleteFromServerAfterDays = 30;
        a.pinnedCertificates.insert(QStringLiteral("pop.lab.test:995"), {QStringLiteral("AB")});
        AccountEditor editor;
        editor.setAccount(a, false);
        QVERIFY(editor.account() == a);
        QVERIFY(editor.findChild<QLineEdit *>(QStringLiteral("accountName"))->isReadOnly());

        // An invalid host keeps the editor open with the reason.
        editor.show();
        editor.findChild<QLineEdit *>(QStringLiteral("smtpHost"))->clear();
        editor.accept();
        QVERIFY(editor.isVisible());
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("error"))
                    ->text()
                    .contains(QLatin1String("server name")));
    }

    void setPasswordForTheSessionOnly()
    {
        AccountsDialog dialog(m_repo.get(), m_keychain.get(), m_session.get());
        dialog.show();
        QSignalSpy stored(&dialog, &AccountsDialog::passwordStored);
        dialog.findChild<QPushButton *>(QStringLiteral("setPassword"))->click();
        auto *prompt = waitForChild<PasswordPromptDialog>(&dialog);
        QVERIFY(prompt);
        prompt->findChild<QLineEdit *>(QStringLiteral("password"))
            ->setText(QStringLiteral("session-pw"));
        prompt->findChild<QRadioButton *>(QStringLiteral("sessionOnly"))->setChecked(true);
        prompt->accept();
        QVERIFY(stored.wait(5000));
        QCOMPARE(stored.at(0).at(1).toBool(), false);
        QCOMPARE(m_session->keys(), (QStringList{QStringLiteral("account/Work/incoming"),
                                                 QStringLiteral("account/Work/smtp")}));
        QVERIFY(m_keychain->keys().isEmpty());
    }

    void removeAsksAndRemovesTheSecrets()
    {
        QVERIFY(!m_repo->add(account(QStringLiteral("Gone"), QStringLiteral("g@lab.test"))));
        for (const QString &key :
             {SecretStore::secretKey(QStringLiteral("Gone"), SecretSlot::Smtp),
              SecretStore::secretKey(QStringLiteral("Gone"), SecretSlot::Incoming),
              SecretStore::secretKey(QStringLiteral("Work"), SecretSlot::Smtp)}) {
            QSignalSpy done(m_keychain->writePassword(key, QStringLiteral("pw")),
                            &SecretJob::finished);
            QVERIFY(done.wait());
        }
        AccountsDialog dialog(m_repo.get(), m_keychain.get(), m_session.get());
        dialog.show();
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("accountList"));
        const auto items = list->findItems(QStringLiteral("Gone"), Qt::MatchStartsWith);
        QCOMPARE(items.size(), 1);
        list->setCurrentItem(items.first());

        // Cancel first: nothing happens.
        dialog.findChild<QPushButton *>(QStringLiteral("removeAccount"))->click();
        auto *box = waitForChild<QMessageBox>(&dialog, QStringLiteral("confirmRemove"));
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!box->isVisible());
        QVERIFY(m_repo->contains(QStringLiteral("Gone")));

        QSignalSpy removed(&dialog, &AccountsDialog::accountRemoved);
        dialog.findChild<QPushButton *>(QStringLiteral("removeAccount"))->click();
        box = waitForChild<QMessageBox>(&dialog, QStringLiteral("confirmRemove"));
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QVERIFY(removed.wait(5000));
        QVERIFY(!m_repo->contains(QStringLiteral("Gone")));
        QCOMPARE(m_keychain->keys(), QStringList{QStringLiteral("account/Work/smtp")});
        QTRY_COMPARE(list->count(), m_repo->accounts().size());
    }

    void mainWindowOpensTheDialogAndListsAccounts()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("actionAccounts"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        window.setAccountServices(m_repo.get(), m_keychain.get(), m_session.get());
        QVERIFY(action->isEnabled());
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("folderTree"));
        QCOMPARE(tree->topLevelItemCount(), int(m_repo->accounts().size()));
        QCOMPARE(tree->topLevelItem(0)->text(0), m_repo->accounts().constFirst().name);
        window.show();
        action->trigger();
        auto *dialog = waitForChild<AccountsDialog>(&window);
        QVERIFY(dialog);
        QVERIFY(!m_repo->add(account(QStringLiteral("Later"), QStringLiteral("l@lab.test"))));
        QCOMPARE(tree->topLevelItemCount(), int(m_repo->accounts().size()));
    }

    void demoCreatesTheDemoAccount()
    {
        QTemporaryDir dir;
        const QString cfg = dir.filePath(QStringLiteral("demo-config"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("MAILWRIGHT_CONFIG_DIR"), cfg);
        env.insert(QStringLiteral("MW_LAB_DIR"), dir.path());
        env.insert(QStringLiteral("MW_LAB_HOST"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("MW_LAB_USER1"), QStringLiteral("alice@lab.test"));
        env.insert(QStringLiteral("MW_LAB_PASS1"), QStringLiteral("demo-pass-5531"));
        env.insert(QStringLiteral("MW_LAB_SMTP_STARTTLS_PORT"), QStringLiteral("10587"));
        env.insert(QStringLiteral("MW_LAB_IMAPS_PORT"), QStringLiteral("10993"));
        env.insert(QStringLiteral("MW_LAB_CA"), dir.filePath(QStringLiteral("ca.pem")));
        // Would fail the run if the demo touched the real keychain and it were slow or absent.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("MAILWRIGHT_BIN_DIR") + QStringLiteral("/mailwright"),
                {QStringLiteral("--demo"), QStringLiteral("--quit-after"), QStringLiteral("300")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);

        IniAccountRepository repo(cfg);
        QVERIFY(!repo.load());
        const auto demo = repo.account(QStringLiteral("Demo"));
        QVERIFY(demo);
        QCOMPARE(demo->primaryIdentity().address, QStringLiteral("alice@lab.test"));
        QCOMPARE(demo->smtp, (ServerEndpoint{Protocol::Smtp, QStringLiteral("127.0.0.1"), 10587,
                                             Security::StartTls}));
        QCOMPARE(demo->incoming, (ServerEndpoint{Protocol::Imap, QStringLiteral("127.0.0.1"), 10993,
                                                 Security::ImplicitTls}));
        QCOMPARE(demo->caFile, dir.filePath(QStringLiteral("ca.pem")));
        QFile ini(repo.filePath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray bytes = ini.readAll();
        QVERIFY(!bytes.contains("demo-pass-5531"));
        QVERIFY(!bytes.contains(QByteArray("demo-pass-5531").toBase64()));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IniAccountRepository> m_repo;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_session;
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
