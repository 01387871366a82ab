// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace mailwright {

namespace {

const QLatin1String kResourceDir(":/i18n");
const QLatin1String kPrefix("mailwright_");

} // namespace

QString TranslationLoader::languageArgument(QStringList *args, bool remove)
{
    const QLatin1String option("--lang");
    const QLatin1String optionEq("--lang=");
    QString language;
    for (int i = 0; i < args->size();) {
        const QString &arg = args->at(i);
        if (arg == QLatin1String("--"))
            break;
        int consumed = 0;
        if (arg == option && i + 1 < args->size()) {
            language = args->at(i + 1);
            consumed = 2;
        } else if (arg.startsWith(optionEq)) {
            language = arg.mid(optionEq.size());
            consumed = 1;
        }
        if (consumed > 0 && remove) {
            for (int n = 0; n < consumed; ++n)
                args->removeAt(i);
            continue;
        }
        i += consumed > 0 ? consumed : 1;
    }
    return language;
}

TranslationLoader::Result TranslationLoader::install(QCoreApplication *app, const QString &language)
{
    Result result;
    result.locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(result.locale);

    // QTranslator::load(QLocale, ...) walks the locale's UI languages ("de-AT", then "de"), so
    // an Austrian user gets the German catalogue. English needs no Qt catalogue: the source
    // strings are English.
    auto *appTranslator = new QTranslator(app);
    if (appTranslator->load(result.locale, QStringLiteral("mailwright"), QStringLiteral("_"),
                            kResourceDir)) {
        QCoreApplication::installTranslator(appTranslator);
        result.appCatalogue = appTranslator->filePath();
        result.appLanguage = QFileInfo(result.appCatalogue).completeBaseName().mid(kPrefix.size());
    } else {
        delete appTranslator;
    }

    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(result.locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        result.qtCatalogue = qtTranslator->filePath();
    } else {
        delete qtTranslator;
    }

    if (!language.isEmpty()) {
        // An explicit request is honoured only if a catalogue of that language exists; the
        // embedded English one counts for "en" and its variants.
        const QString wanted = result.locale.name().section(QLatin1Char('_'), 0, 0);
        result.requestedAvailable =
            result.locale.language() != QLocale::C && availableLanguages().contains(wanted);
    }
    return result;
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(kResourceDir)
                                  .entryList(QStringList{QString(kPrefix) + QLatin1String("*.qm")},
                                             QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(kPrefix.size()).chopped(3);
    return languages;
}

} // namespace mailwright
