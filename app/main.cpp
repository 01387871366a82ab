// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of the GUI: parses the command line, builds the concrete objects, shows the
// main window.
#include <mailwright/version.h>

#include "i18n/translationloader.h"
#include "main/mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "settings/accountrepository.h"
#include "settings/configpaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>

using namespace mailwright;

namespace {

/// The demo account on the local mail lab (tests/lab/mail-lab.sh): alice, SMTP with STARTTLS on
/// the submission port, IMAP with implicit TLS, the lab's own CA.
Account demoAccount(const QProcessEnvironment &env)
{
    const QString host = env.value(QStringLiteral("MW_LAB_HOST"), QStringLiteral("127.0.0.1"));
    const QString user = env.value(QStringLiteral("MW_LAB_USER1"));
    Account a;
    a.name = QStringLiteral("Demo");
    a.identities = {Identity{QStringLiteral("Alice (demo)"), user, QString(), QString()}};
    a.smtp = {Protocol::Smtp, host,
              quint16(env.value(QStringLiteral("MW_LAB_SMTP_STARTTLS_PORT")).toUInt()),
              Security::StartTls};
    a.smtpUser = user;
    a.hasIncoming = true;
    a.incoming = {Protocol::Imap, host,
                  quint16(env.value(QStringLiteral("MW_LAB_IMAPS_PORT")).toUInt()),
                  Security::ImplicitTls};
    a.incomingUser = user;
    a.caFile = env.value(QStringLiteral("MW_LAB_CA"));
    return a;
}

} // namespace

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
    const QCommandLineOption configDirOption(
        QStringLiteral("config-dir"),
        QApplication::translate("main", "Keep settings in <dir> (default: $MAILWRIGHT_CONFIG_DIR "
                                        "or the platform's configuration directory)."),
        QStringLiteral("dir"));
    parser.addOption(demoOption);
    parser.addOption(quitAfterOption);
    parser.addOption(configDirOption);
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString configDir = parser.value(configDirOption);
    if (demo) {
        if (env.value(QStringLiteral("MW_LAB_USER1")).isEmpty()) {
            qCritical("--demo needs the mail lab's variables: run scripts/run.sh --demo");
            return 78; // EX_CONFIG
        }
        // The demo keeps its settings apart from the user's (scripts/run.sh sets the variable).
        if (configDir.isEmpty() && !env.contains(QStringLiteral("MAILWRIGHT_CONFIG_DIR")))
            configDir = env.value(QStringLiteral("MW_LAB_DIR"), QStringLiteral("/tmp/mwlab")) +
                        QStringLiteral("/demo-config");
    }

    // Composition root: the only place that picks concrete classes. The demo never touches the
    // real keychain: its "keychain" is a second memory store.
    auto repository = std::make_unique<IniAccountRepository>(paths::configDir(configDir));
    if (const MailError e = repository->load())
        qWarning().noquote() << e.userMessage;
    auto session = std::make_unique<MemorySecretStore>();
    std::unique_ptr<SecretStore> keychain;
    if (demo)
        keychain = std::make_unique<MemorySecretStore>();
    else
        keychain = std::make_unique<KeychainSecretStore>();

    if (demo) {
        const Account account = demoAccount(env);
        const MailError e = repository->contains(account.name) ? repository->update(account)
                                                               : repository->add(account);
        if (e) {
            qCritical().noquote() << e.userMessage;
            return 78; // EX_CONFIG
        }
        const QString password = env.value(QStringLiteral("MW_LAB_PASS1"));
        keychain->writePassword(SecretStore::secretKey(account.name, SecretSlot::Smtp), password);
        keychain->writePassword(SecretStore::secretKey(account.name, SecretSlot::Incoming),
                                password);
    }

    MainWindow window;
    window.setMailCache(QDir(paths::dataDir(configDir)).filePath(QStringLiteral("cache.sqlite")));
    window.setAccountServices(repository.get(), keychain.get(), session.get());
    window.show();

    if (parser.isSet(quitAfterOption))
        QTimer::singleShot(parser.value(quitAfterOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
