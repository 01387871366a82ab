// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "i18n/translationloader.h"

#include <mailwright/version.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslSocket>

namespace mailwright::cli {

namespace {

int runVersion(Context &context)
{
    const QString tlsLibrary = QSslSocket::sslLibraryVersionString();
    if (context.json) {
        context.printJson(QJsonObject{
            {QStringLiteral("version"), QStringLiteral(MAILWRIGHT_VERSION)},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("tls"), tlsLibrary},
            {QStringLiteral("language"), context.uiLanguage},
            {QStringLiteral("translations"),
             QJsonArray::fromStringList(mailwright::TranslationLoader::availableLanguages())}});
    } else {
        context.out(QStringLiteral("mailwright-cli %1 (Qt %2, %3)")
                        .arg(QStringLiteral(MAILWRIGHT_VERSION), QString::fromLatin1(qVersion()),
                             tlsLibrary));
    }
    return ExitOk;
}

} // namespace

Command versionCommand()
{
    return {QStringLiteral("version"),
            QCoreApplication::translate("cli", "print the version and the libraries in use"),
            QString(), {}, &runVersion};
}

} // namespace mailwright::cli
