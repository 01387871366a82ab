// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli: the core without widgets, for scripts, alerts, tests and benchmarks.
#include "commands.h"

#include "i18n/translationloader.h"

#include <mailwright/version.h>

#include <QCoreApplication>
#include <QDir>

using namespace mailwright::cli;

namespace {

void printMainHelp(const Context &context)
{
    context.out(QCoreApplication::translate(
        "cli", "Usage: mailwright-cli COMMAND [OPTIONS]\n\nCommands:"));
    for (const Command &command : allCommands())
        context.out(QStringLiteral("  %1  %2").arg(command.name, -10).arg(command.summary));
    context.out(QCoreApplication::translate(
        "cli", "\nGlobal options (accepted anywhere after the command):"));
    for (const OptionSpec &spec : globalOptions())
        context.out(QStringLiteral("  --%1  %2").arg(spec.name, -12).arg(spec.help));
    context.out(QCoreApplication::translate(
        "cli", "\n'mailwright-cli COMMAND --help' describes one command. See docs/cli.md."));
}

void printCommandHelp(const Context &context, const Command &command)
{
    context.out(QCoreApplication::translate("cli", "Usage: mailwright-cli %1 %2\n\n%3\n")
                    .arg(command.name, command.usage, command.summary));
    auto print = [&context](const OptionSpec &spec) {
        QString left = QStringLiteral("--") + spec.name;
        if (!spec.shortName.isNull())
            left = QStringLiteral("-%1, ").arg(spec.shortName) + left;
        if (spec.takesValue)
            left += QLatin1Char(' ') + spec.valueName;
        context.out(QStringLiteral("  %1  %2").arg(left, -28).arg(spec.help));
    };
    for (const OptionSpec &spec : command.options)
        print(spec);
    for (const OptionSpec &spec : globalOptions())
        print(spec);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailwright"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mailwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILWRIGHT_VERSION));

    // --lang is global and may come anywhere, also before the command: it is taken out here,
    // before any translated text (help included) is produced.
    Context context;
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString language = mailwright::TranslationLoader::languageArgument(&args, true);
    const mailwright::TranslationLoader::Result translation =
        mailwright::TranslationLoader::install(&app, language);
    context.uiLanguage = translation.appLanguage;
    if (!translation.requestedAvailable) {
        context.err(QCoreApplication::translate("cli", "mailwright-cli: no translation for "
                                                       "'%1'; available: %2")
                        .arg(language, mailwright::TranslationLoader::availableLanguages().join(
                                           QStringLiteral(", "))));
    }
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printMainHelp(context);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        context.out(QStringLiteral("mailwright-cli %1").arg(QStringLiteral(MAILWRIGHT_VERSION)));
        return ExitOk;
    }

    const QString name = args.takeFirst();
    for (const Command &command : allCommands()) {
        if (command.name != name)
            continue;
        std::vector<OptionSpec> specs = command.options;
        const std::vector<OptionSpec> globals = globalOptions();
        specs.insert(specs.end(), globals.begin(), globals.end());
        QString error;
        if (!context.args.parse(args, specs, &error)) {
            context.err(QStringLiteral("mailwright-cli %1: %2").arg(name, error));
            context.err(QCoreApplication::translate("cli", "Try 'mailwright-cli %1 --help'.")
                            .arg(name));
            return ExitUsage;
        }
        if (context.args.isSet(QStringLiteral("help"))) {
            printCommandHelp(context, command);
            return ExitOk;
        }
        context.json = context.args.isSet(QStringLiteral("json"));
        context.verbose = context.args.isSet(QStringLiteral("verbose"));
        if (context.args.isSet(QStringLiteral("timeout"))) {
            bool ok = false;
            context.timeoutSeconds = context.args.value(QStringLiteral("timeout")).toInt(&ok);
            if (!ok || context.timeoutSeconds <= 0) {
                context.err(QCoreApplication::translate("cli", "--timeout needs a positive "
                                                               "number of seconds"));
                return ExitUsage;
            }
        }
        context.configDir = context.args.value(
            QStringLiteral("config-dir"), qEnvironmentVariable("MAILWRIGHT_CONFIG_DIR"));
        return command.run(context);
    }
    context.err(QCoreApplication::translate("cli", "mailwright-cli: unknown command '%1'. Try "
                                                   "'mailwright-cli --help'.")
                    .arg(name));
    return ExitUsage;
}
