// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of the GUI: parses the command line, builds the concrete objects, shows the
// main window.
#include <mailwright/version.h>

#include "i18n/translationloader.h"
#include "main/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcessEnvironment>
#include <QTimer>

using namespace mailwright;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mailwright"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailwright"));
    QApplication::setApplicationVersion(QStringLiteral(MAILWRIGHT_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Mailwright"));
    QApplication::setDesktopFileName(QStringLiteral("org.mailwright.Mailwright"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.mailwright.Mailwright.svg")));

    // The language must be known before the option texts below are translated, so --lang is
    // read ahead of the parser (which accepts it too, for --help and validation).
    QStringList arguments = QApplication::arguments();
    const QString language = TranslationLoader::languageArgument(&arguments, false);
    const TranslationLoader::Result translation = TranslationLoader::install(&app, language);
    if (!translation.requestedAvailable) {
        qWarning("%s", qPrintable(QApplication::translate("main", "No translation for '%1'; "
                                                                  "available: %2")
                                      .arg(language, TranslationLoader::availableLanguages().join(
                                                         QStringLiteral(", ")))));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Mailwright email client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Use the local mail lab (tests/lab/mail-lab.sh) with a "
                                        "ready demo account. Reads the MW_LAB_* variables."));
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after <ms> milliseconds (for tests)."),
        QStringLiteral("ms"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Use the language <code> (e.g. de, fr) instead of the "
                                        "system's."),
        QStringLiteral("code"));
    parser.addOption(langOption);
    parser.addOption(demoOption);
    parser.addOption(quitAfterOption);
    parser.process(app);

    MainWindow window;
    if (parser.isSet(demoOption)) {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString user = env.value(QStringLiteral("MW_LAB_USER1"));
        if (user.isEmpty()) {
            qCritical("--demo needs the mail lab's variables: run scripts/run.sh --demo");
            return 78; // EX_CONFIG
        }
        window.addAccountEntry(
            QApplication::translate("main", "Demo (%1)").arg(user),
            QApplication::translate("main", "Demo account on the local mail lab: SMTP %1:%2, "
                                            "IMAP %1:%3")
                .arg(env.value(QStringLiteral("MW_LAB_HOST")),
                     env.value(QStringLiteral("MW_LAB_SMTP_STARTTLS_PORT")),
                     env.value(QStringLiteral("MW_LAB_IMAPS_PORT"))));
    }
    window.show();

    if (parser.isSet(quitAfterOption))
        QTimer::singleShot(parser.value(quitAfterOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
