// SPDX-License-Identifier: GPL-3.0-or-later
// The user interface in the system's language, as the programs load it: ctest runs this twice,
// with LANG=de_DE.UTF-8 and with LANG=fr_FR.UTF-8. The test installs the translators through
// TranslationLoader (the same call as app/main.cpp, with the embedded catalogues) and reads real
// texts from the set-up wizard, the main window's menus and the composer; then it starts
// mailwright-cli with an English system locale and `--lang`, against a closed port, and expects
// the error catalogue's text in that language.
#include "compose/composerwindow.h"
#include "compose/draftstore.h"
#include "i18n/translationloader.h"
#include "main/mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "settings/accountrepository.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWizardPage>

using namespace mailwright;

namespace {

struct Expected
{
    QString wizardTitle;
    QString addressPageTitle;
    QString qtNextButton; ///< part of Qt's own text for the wizard's Next button (qtbase_*.qm)
    QStringList menus;    ///< the main window's menu bar, in order
    QString composerTitle;
    QString subjectLabel;
    QString cliRefused; ///< the error catalogue's "The connection to %1 was refused."
};

Expected expectedFor(const QString &language)
{
    if (language == QLatin1String("de"))
        return {QStringLiteral("E-Mail-Konto hinzufügen"),
                QStringLiteral("Ihre E-Mail-Adresse"),
                QStringLiteral("Weiter"),
                {QStringLiteral("&Datei"), QStringLiteral("&Nachricht"),
                 QStringLiteral("&Einstellungen"), QStringLiteral("&Hilfe")},
                QStringLiteral("Neue Nachricht"),
                QStringLiteral("Be&treff:"),
                QStringLiteral("Die Verbindung zu 127.0.0.1:%1 wurde abgelehnt.")};
    if (language == QLatin1String("fr"))
        return {QStringLiteral("Ajouter un compte de messagerie"),
                QStringLiteral("Votre adresse électronique"),
                QStringLiteral("Suivant"),
                {QStringLiteral("&Fichier"), QStringLiteral("&Message"),
                 QStringLiteral("&Paramètres"), QStringLiteral("&Aide")},
                QStringLiteral("Nouveau message"),
                QStringLiteral("&Objet\u00a0:"),
                QStringLiteral("La connexion à 127.0.0.1:%1 a été refusée.")};
    return {};
}

// The character after a single '&' (Qt's mnemonic), lower-cased; null if none.
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return QChar();
}

QStringList duplicateMnemonics(const QList<QAction *> &actions)
{
    QHash<QChar, QString> seen;
    QStringList duplicates;
    for (const QAction *a : actions) {
        const QChar m = mnemonic(a->text());
        if (m.isNull())
            continue;
        if (seen.contains(m))
            duplicates << seen.value(m) + QStringLiteral(" / ") + a->text();
        seen.insert(m, a->text());
    }
    return duplicates;
}

} // namespace

class TestTranslatedUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizard();
    void mainWindowMenus();
    void composer();
    void cliErrorMessage();

private:
    QString m_language;
    Expected m_expected;
    QTemporaryDir m_dir;
};

void TestTranslatedUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The system locale, as the user's desktop sets it (ctest: LANG=de_DE.UTF-8 or fr_FR.UTF-8).
    const TranslationLoader::Result result = TranslationLoader::install(qApp, QString());
    m_language = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    m_expected = expectedFor(m_language);
    QVERIFY2(!m_expected.wizardTitle.isEmpty(),
             qPrintable(QStringLiteral("run with LANG=de_DE.UTF-8 or LANG=fr_FR.UTF-8, not %1")
                            .arg(QLocale::system().name())));
    QCOMPARE(result.appLanguage, m_language);
    QVERIFY2(!result.qtCatalogue.isEmpty(), "Qt's own catalogue (qt6-translations-l10n) missing");
}

void TestTranslatedUi::wizard()
{
    IniAccountRepository repository(m_dir.filePath(QStringLiteral("wizard")));
    MemorySecretStore keychain;
    MemorySecretStore session;
    SetupWizard wizard(&repository, &keychain, &session);
    QCOMPARE(wizard.windowTitle(), m_expected.wizardTitle);
    QVERIFY(wizard.page(SetupWizard::AddressPageId));
    QCOMPARE(wizard.page(SetupWizard::AddressPageId)->title(), m_expected.addressPageTitle);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY2(wizard.buttonText(QWizard::NextButton).contains(m_expected.qtNextButton),
             qPrintable(wizard.buttonText(QWizard::NextButton)));
    // No English label left on the first page.
    const QList<QLabel *> labels = wizard.currentPage()->findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (const QLabel *label : labels) {
        QVERIFY2(!label->text().contains(QLatin1String("Your ")) &&
                     !label->text().contains(QLatin1String("Password")),
                 qPrintable(label->text()));
    }
}

void TestTranslatedUi::mainWindowMenus()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList menus;
    for (const QAction *a : window.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus, m_expected.menus);
    // Every menu's accelerators are unique, the menu bar's too (a translation can break that).
    QStringList duplicates = duplicateMnemonics(window.menuBar()->actions());
    for (const QAction *a : window.menuBar()->actions()) {
        if (a->menu())
            duplicates += duplicateMnemonics(a->menu()->actions());
    }
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(QLatin1String(", "))));
}

void TestTranslatedUi::composer()
{
    IniAccountRepository repository(m_dir.filePath(QStringLiteral("composer")));
    DraftStore drafts(m_dir.filePath(QStringLiteral("drafts")));
    ComposerWindow composer(&repository, &drafts);
    QCOMPARE(composer.windowTitle(), m_expected.composerTitle);
    QStringList texts;
    for (const QLabel *label : composer.findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.contains(m_expected.subjectLabel), qPrintable(texts.join(QLatin1String(" | "))));
}

void TestTranslatedUi::cliErrorMessage()
{
    // A port nothing listens on: bound to port 0 by this process, then released.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(qEnvironmentVariable("MAILWRIGHT_BIN_DIR") + QStringLiteral("/mailwright-cli"),
              {QStringLiteral("probe"), QStringLiteral("smtp"), QStringLiteral("127.0.0.1"),
               QStringLiteral("--port"), QString::number(port), QStringLiteral("--security"),
               QStringLiteral("implicit"), QStringLiteral("--lang"), m_language});
    QVERIFY2(cli.waitForFinished(30000), qPrintable(cli.errorString()));
    const QString output =
        QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    QVERIFY2(cli.exitCode() != 0, qPrintable(output));
    QVERIFY2(output.contains(m_expected.cliRefused.arg(port)), qPrintable(output));
}

QTEST_MAIN(TestTranslatedUi)
#include "tst_translated_ui.moc"
