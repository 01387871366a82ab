// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipassword.h"

#include <QCoreApplication>

#include <cstdio>

namespace mailwright::cli {

PasswordInput readPasswordInput(const Context &context, QString *password, QString *problem)
{
    const bool fromStdin = context.args.isSet(QStringLiteral("password-stdin"));
    const bool fromEnv = context.args.isSet(QStringLiteral("password-env"));
    if (!fromStdin && !fromEnv)
        return PasswordInput::NotGiven;
    if (fromStdin && fromEnv)
        return PasswordInput::Both;
    QByteArray bytes;
    if (fromStdin) {
        char buffer[4096];
        size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
            bytes.append(buffer, qsizetype(n));
        if (bytes.endsWith('\n'))
            bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
    } else {
        const QString var = context.args.value(QStringLiteral("password-env"));
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData())) {
            *problem = QCoreApplication::translate("cli", "the environment variable %1 is not set")
                           .arg(var);
            return PasswordInput::Failed;
        }
        bytes = qgetenv(var.toLocal8Bit().constData());
    }
    *password = QString::fromUtf8(bytes);
    bytes.fill('\0');
    if (password->isEmpty()) {
        *problem = QCoreApplication::translate("cli", "the password is empty");
        return PasswordInput::Failed;
    }
    return PasswordInput::Read;
}

int readOptionalPassword(const Context &context, const QString &command, QString *password,
                         bool *given)
{
    QString problem;
    const PasswordInput input = readPasswordInput(context, password, &problem);
    *given = input != PasswordInput::NotGiven;
    switch (input) {
    case PasswordInput::NotGiven:
    case PasswordInput::Read:
        return ExitOk;
    case PasswordInput::Both:
        problem = QCoreApplication::translate(
            "cli", "give the password with only one of --password-stdin or --password-env");
        break;
    case PasswordInput::Failed:
        break;
    }
    context.err(QStringLiteral("mailwright-cli %1: %2").arg(command, problem));
    return ExitConfig;
}

OptionSpec cliOption(const char *name, const char *valueName, const char *help, bool repeatable,
                     QChar shortName)
{
    return OptionSpec{QString::fromLatin1(name),
                      valueName != nullptr,
                      repeatable,
                      valueName ? QString::fromLatin1(valueName) : QString(),
                      QCoreApplication::translate("cli", help),
                      shortName};
}

int caFileOption(const Context &context, const QString &command, TlsPolicy *tls)
{
    if (!context.args.isSet(QStringLiteral("ca-file")))
        return ExitOk;
    if (MailError e = tls->addCaFile(context.args.value(QStringLiteral("ca-file")))) {
        context.err(QStringLiteral("mailwright-cli %1: %2").arg(command, e.userMessage));
        return ExitConfig;
    }
    return ExitOk;
}

int timeoutMs(const Context &context, int fallbackMs)
{
    return context.timeoutSeconds > 0 ? context.timeoutSeconds * 1000 : fallbackMs;
}

} // namespace mailwright::cli
