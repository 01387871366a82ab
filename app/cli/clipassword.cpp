// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipassword.h"

#include <QCoreApplication>

#include <cstdio>

namespace mailwright::cli {

int readOptionalPassword(const Context &context, const QString &command, QString *password,
                         bool *given)
{
    const bool fromStdin = context.args.isSet(QStringLiteral("password-stdin"));
    const bool fromEnv = context.args.isSet(QStringLiteral("password-env"));
    *given = fromStdin || fromEnv;
    if (!*given)
        return ExitOk;
    auto failWith = [&context, &command](const QString &message) {
        context.err(QStringLiteral("mailwright-cli %1: %2").arg(command, message));
        return int(ExitConfig);
    };
    if (fromStdin && fromEnv)
        return failWith(QCoreApplication::translate(
            "cli", "give the password with only one of --password-stdin or --password-env"));
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
        const QByteArray var = context.args.value(QStringLiteral("password-env")).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(var.constData()))
            return failWith(
                QCoreApplication::translate("cli", "the environment variable %1 is not set")
                    .arg(QString::fromLocal8Bit(var)));
        bytes = qgetenv(var.constData());
    }
    *password = QString::fromUtf8(bytes);
    bytes.fill('\0');
    if (password->isEmpty())
        return failWith(QCoreApplication::translate("cli", "the password is empty"));
    return ExitOk;
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
