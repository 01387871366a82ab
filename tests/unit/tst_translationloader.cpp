// SPDX-License-Identifier: GPL-3.0-or-later
// TranslationLoader against the real embedded catalogues (the test embeds the same .qm files as
// the programs, see tests/unit/CMakeLists.txt).
#include "i18n/translationloader.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace mailwright;

class TestTranslationLoader : public QObject
{
    Q_OBJECT
private slots:
    void findsTheLanguageOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("remaining");
        QTest::newRow("none") << QStringList{QStringLiteral("version")} << QString()
                              << QStringList{QStringLiteral("version")};
        QTest::newRow("before command")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("de"),
                           QStringLiteral("version")}
            << QStringLiteral("de") << QStringList{QStringLiteral("version")};
        QTest::newRow("inline after command")
            << QStringList{QStringLiteral("version"), QStringLiteral("--lang=fr"),
                           QStringLiteral("--json")}
            << QStringLiteral("fr")
            << QStringList{QStringLiteral("version"), QStringLiteral("--json")};
        QTest::newRow("last one wins")
            << QStringList{QStringLiteral("--lang=de"), QStringLiteral("--lang"),
                           QStringLiteral("fr")}
            << QStringLiteral("fr") << QStringList{};
        QTest::newRow("not after --")
            << QStringList{QStringLiteral("send"), QStringLiteral("--"), QStringLiteral("--lang"),
                           QStringLiteral("de")}
            << QString()
            << QStringList{QStringLiteral("send"), QStringLiteral("--"), QStringLiteral("--lang"),
                           QStringLiteral("de")};
        QTest::newRow("missing value is left for the parser")
            << QStringList{QStringLiteral("version"), QStringLiteral("--lang")} << QString()
            << QStringList{QStringLiteral("version"), QStringLiteral("--lang")};
    }

    void findsTheLanguageOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, language);
        QFETCH(QStringList, remaining);
        QStringList kept = args;
        QCOMPARE(TranslationLoader::languageArgument(&kept, false), language);
        QCOMPARE(kept, args);
        QCOMPARE(TranslationLoader::languageArgument(&args, true), language);
        QCOMPARE(args, remaining);
    }

    void listsTheEmbeddedCatalogues()
    {
        const QStringList languages = TranslationLoader::availableLanguages();
        QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
        QVERIFY(languages.contains(QStringLiteral("fr")));
        QVERIFY(languages.contains(QStringLiteral("en")));
    }

    void translatesIntoGerman()
    {
        const TranslationLoader::Result result =
            TranslationLoader::install(QCoreApplication::instance(), QStringLiteral("de_AT"));
        QVERIFY(result.requestedAvailable);
        // de_AT falls back to the German catalogue.
        QCOMPARE(result.appLanguage, QStringLiteral("de"));
        QCOMPARE(result.locale.language(), QLocale::German);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("mailwright::MainWindow", "Accounts"),
                 QStringLiteral("Konten"));
        QCOMPARE(QCoreApplication::translate("cli", "show this help"),
                 QStringLiteral("diese Hilfe anzeigen"));
    }

    void reportsAMissingLanguage()
    {
        const TranslationLoader::Result result =
            TranslationLoader::install(QCoreApplication::instance(), QStringLiteral("xx"));
        QVERIFY(!result.requestedAvailable);
        QVERIFY(result.appCatalogue.isEmpty());
    }

    void cleanup()
    {
        // Each install() adds translators; start every test from the untranslated state.
        const QList<QTranslator *> translators =
            QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
