// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace mailwright {

/// Loads the user-interface translations of both programs (mailwright and mailwright-cli):
/// Mailwright's own catalogue, embedded as `:/i18n/mailwright_<lang>.qm`, and Qt's own
/// `qtbase_<lang>.qm` from QLibraryInfo::TranslationsPath (the system's Qt translations on Linux,
/// the deployed ones next to the program on Windows and macOS).
///
/// Lives in core because QTranslator is QtCore: the CLI uses it without linking QtGui.
/// Call from the main thread after the QCoreApplication exists and before any translated string
/// is created (option help texts included). The translators are children of the application,
/// which owns them.
class TranslationLoader
{
public:
    /// What install() did.
    struct Result
    {
        QLocale locale;                 ///< the locale the user interface follows
        QString appCatalogue;           ///< path of the loaded Mailwright catalogue, empty if none
        QString appLanguage;            ///< its language as in the file name ("de"), empty if none
        QString qtCatalogue;            ///< path of the loaded Qt catalogue, empty if none
        bool requestedAvailable = true; ///< false: an explicit --lang had no catalogue
    };

    /// The value of `--lang CODE` or `--lang=CODE` in \a args (before a "--"), or an empty string.
    /// With \a remove set, the option and its value are taken out of \a args, so that a command
    /// dispatcher never sees them.
    static QString languageArgument(QStringList *args, bool remove);

    /// Installs the translators on \a app for \a language (e.g. "de", "fr_CA"); an empty
    /// \a language means the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix). An
    /// explicit language also becomes QLocale's default, so dates and numbers follow it.
    static Result install(QCoreApplication *app, const QString &language);

    /// The languages with an embedded Mailwright catalogue, sorted ("de", "en", "fr", ...).
    static QStringList availableLanguages();
};

} // namespace mailwright
