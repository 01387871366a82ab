// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of the GUI: parses the command line, builds the concrete objects, shows the
// main window.
#include <mailwright/version.h>

#include "compose/composecontroller.h"
#include "compose/composerwindow.h"
#include "compose/draftsync.h"
#include "compose/mailtourl.h"
#include "compose/sendsettingsdialog.h"
#include "i18n/translationloader.h"
#include "ipc/singleinstance.h"
#include "main/failurebanner.h"
#include "main/draftopening.h"
#include "main/mailwiring.h"
#include "main/mainwindow.h"
#include "mail/mailcontroller.h"
#include "main/screenshots.h"
#include "main/sendwiring.h"
#include "main/uisettings.h"
#include "outbox/outboxview.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/layeredsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "send/sendservice.h"
#include "settings/accountrepository.h"
#include "settings/configpaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>

using namespace mailwright;

namespace {

Q_LOGGING_CATEGORY(lcApp, "mailwright.app")

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
    // What the set-up would have learnt from EHLO (RFC 1870 SIZE).
    a.smtpSizeLimit = env.value(QStringLiteral("MW_LAB_SMTP_SIZE_LIMIT")).toLongLong();
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
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save PNGs of the main window, composer and outbox "
                                        "into <dir>, then quit."),
        QStringLiteral("dir"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(demoOption);
    parser.addOption(quitAfterOption);
    parser.addOption(configDirOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(
        QStringLiteral("mailto"),
        QApplication::translate("main", "A mailto: link (RFC 6068) to open in the composer."),
        QStringLiteral("[mailto:...]"));
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

    // One window per user and configuration: a second start hands its mailto: link to the
    // running instance and exits (tests/gui/tst_singleinstance).
    const QString effectiveConfigDir = paths::configDir(configDir);
    uisettings::setConfigDir(effectiveConfigDir);
    const QStringList mailtos = parser.positionalArguments();
    const bool screenshots = parser.isSet(screenshotOption);
    SingleInstance instance(effectiveConfigDir);
    if (!screenshots) {
        if (instance.sendToRunning(mailtos.isEmpty() ? QStringList{QStringLiteral("--raise")}
                                                     : mailtos)) {
            qCInfo(lcApp) << "handed over to the running instance";
            return 0;
        }
        QString listenError;
        if (!instance.listen(&listenError))
            qCWarning(lcApp) << "single instance:" << listenError;
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
        // "This session only", as a user who declined the keychain: sending must find it.
        const QString password = env.value(QStringLiteral("MW_LAB_PASS1"));
        session->writePassword(SecretStore::secretKey(account.name, SecretSlot::Smtp), password);
        session->writePassword(SecretStore::secretKey(account.name, SecretSlot::Incoming),
                               password);
    }
    // Readers that take one store see both: a password typed for this session first, then the
    // keychain. Writes through it go to the keychain; the dialogs that let the user choose write
    // to the chosen store directly.
    LayeredSecretStore secrets({session.get(), keychain.get()}, keychain.get());

    const QString dataDir = paths::dataDir(configDir);
    QDir().mkpath(dataDir);

    // Receiving: the mail cache, and (through setAccountServices) one StoreWorker per account
    // with an incoming server, its password read from the same layered store as sending.
    MainWindow window;
    window.setMailSecrets(&secrets);
    window.setMailCache(QDir(dataDir).filePath(QStringLiteral("cache.sqlite")));
    window.setAccountServices(repository.get(), keychain.get(), session.get());
    const QString outboxPath = dataDir + QStringLiteral("/outbox.sqlite");
    SendService sendService(outboxPath, repository.get(), &secrets);
    ComposeController compose(repository.get(), dataDir);
    // Drafts also go to each IMAP account's Drafts folder, through the account's StoreWorker;
    // addresses complete from the sent history and the mail cache.
    DraftSync draftSync(repository.get(), [&window](const QString &account) {
        return window.mailController()->worker(account);
    });
    compose.setDraftSync(&draftSync);
    compose.setMessageCache(window.mailController()->cachePath());
    if (screenshots)
        compose.setUndoDelayOverride(0); // the pictures show the outcome, not the countdown
    auto *outboxView = new OutboxView(outboxPath, &window);
    window.addPage(outboxView);
    SendWiring sending(&window, &compose, outboxView, &sendService, repository.get(),
                       keychain.get(), session.get());
    MailWiring receiving(&window, &compose);
    // A message of a Drafts folder opens in the composer (double-click, Enter, Edit Draft).
    DraftOpening draftOpening(&window, &compose, repository.get());

    const auto openArguments = [&compose, &window](const QStringList &arguments) {
        bool opened = false;
        for (const QString &a : arguments) {
            if (MailtoRequest::isMailto(a)) {
                qCInfo(lcApp) << "opening a composer for a mailto: link";
                opened = compose.openMailto(a) != nullptr || opened;
            }
        }
        if (!opened) {
            window.show();
            window.raise();
            window.activateWindow();
        }
    };
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window, openArguments);

    window.show();
    openArguments(mailtos);
    // Mail left queued by an earlier run (or waiting for its retry) goes out now.
    QTimer::singleShot(0, &sendService, [&sendService] { sendService.flush(); });
    if (screenshots)
        takeScreenshots(&window, &compose, outboxView, parser.value(screenshotOption));
    else if (mailtos.isEmpty())
        // First start (no account yet): the set-up wizard, once the window is up.
        QTimer::singleShot(0, &window, [&window] { window.offerSetupIfEmpty(); });

    if (parser.isSet(quitAfterOption))
        QTimer::singleShot(parser.value(quitAfterOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
