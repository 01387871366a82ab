// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecli.h"

#include "clisecrets.h"

#include "errors/errorcatalogue.h"
#include "errors/mailerrorjson.h"
#include "secrets/keychainsecretstore.h"
#include "settings/accountrepository.h"
#include "settings/configpaths.h"
#include "sync/storeworker.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace mailwright::cli {

namespace {
// Translation context "cli". A struct rather than a free Tr::tr() function: lupdate files a free
// function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

std::vector<OptionSpec> cacheOptions()
{
    return {
        {QStringLiteral("account"), true, false, QStringLiteral("NAME"),
         Tr::tr("the account (its cache entries)"), QChar()},
        {QStringLiteral("folder"), true, false, QStringLiteral("F"),
         Tr::tr("folder path, '/' between levels (default INBOX)"), QChar()},
    };
}

std::vector<OptionSpec> storeAccountOptions()
{
    std::vector<OptionSpec> specs = cacheOptions();
    const std::vector<OptionSpec> adHoc = {
        {QStringLiteral("host"), true, false, QStringLiteral("H"),
         Tr::tr("server host (ad hoc account)"), QChar()},
        {QStringLiteral("port"), true, false, QStringLiteral("P"), Tr::tr("server port"), QChar()},
        {QStringLiteral("security"), true, false, QStringLiteral("MODE"),
         Tr::tr("implicit, starttls or none (default implicit)"), QChar()},
        {QStringLiteral("user"), true, false, QStringLiteral("U"), Tr::tr("login name"), QChar()},
        {QStringLiteral("password-env"), true, false, QStringLiteral("VAR"),
         Tr::tr("environment variable holding the password"), QChar()},
        {QStringLiteral("ca-file"), true, false, QStringLiteral("PEM"),
         Tr::tr("extra trusted CA certificates"), QChar()},
        {QStringLiteral("protocol"), true, false, QStringLiteral("imap|pop3"),
         Tr::tr("imap (default) or pop3"), QChar()},
        {QStringLiteral("delete-after-days"), true, false, QStringLiteral("N"),
         Tr::tr("POP3 (ad hoc): delete from the server N days after download"), QChar()},
        {QStringLiteral("no-leave"),
         false,
         false,
         {},
         Tr::tr("POP3 (ad hoc): delete from the server once downloaded"),
         QChar()},
    };
    specs.insert(specs.end(), adHoc.begin(), adHoc.end());
    return specs;
}

QString cachePath(const Context &context)
{
    // The same place the GUI uses (settings/configpaths.h).
    return QDir(paths::dataDir(context.configDir)).filePath(QStringLiteral("cache.sqlite"));
}

int reportError(const Context &context, const MailError &error, const StoreTarget &target)
{
    return reportError(context, withServer(error, target.wire.endpoint.host));
}

int reportError(const Context &context, const MailError &error)
{
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("error"), mailErrorToJson(error)}});
    else
        context.err(error.userMessage.isEmpty()
                        ? error.technicalDetail
                        : error.userMessage + QLatin1String(" (") + error.technicalDetail + u')');
    switch (error.code) {
    case ErrorCode::AuthFailed:
    case ErrorCode::AuthRequired:
        return ExitNoPerm;
    case ErrorCode::StorageError:
    case ErrorCode::StorageFull:
    case ErrorCode::FileError:
        return ExitIoErr;
    case ErrorCode::ConfigError:
        return ExitConfig;
    case ErrorCode::FolderNotFound:
        return ExitNoInput;
    default:
        return error.retryable ? ExitTempFail : ExitUnavailable;
    }
}

namespace {

std::optional<Account> repositoryAccount(const Context &context, MailError *error)
{
    IniAccountRepository repository(paths::configDir(context.configDir));
    if (MailError e = repository.load()) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    return repository.account(context.args.value(QStringLiteral("account")));
}

/// --account NAME from the repository; the password from --password-env or the keychain.
int namedTarget(Context &context, StoreTarget *out)
{
    const QString name = context.args.value(QStringLiteral("account"));
    if (name.isEmpty()) {
        context.err(Tr::tr("give --account NAME (see 'mailwright-cli account list') or the server "
                           "options (--host ...)"));
        return ExitUsage;
    }
    MailError loadError;
    const std::optional<Account> account = repositoryAccount(context, &loadError);
    if (!account) {
        if (loadError)
            return reportError(context, loadError);
        context.err(Tr::tr("no account named '%1'; see 'mailwright-cli account list'").arg(name));
        return ExitNoUser;
    }
    if (!account->hasIncoming) {
        context.err(Tr::tr("the account '%1' has no incoming server").arg(name));
        return ExitConfig;
    }
    const StoreAccount store = StoreAccount::fromAccount(*account);
    if (!account->caFile.isEmpty()) {
        // fromAccount skips an unreadable file (verification fails later); say it now.
        TlsPolicy check;
        if (MailError error = check.addCaFile(account->caFile))
            return reportError(context, error);
    }
    out->account = account->name;
    out->wire = store.wire;
    if (context.timeoutSeconds > 0)
        out->wire.idleTimeoutMs = context.timeoutSeconds * 1000;
    out->credentials.username = store.username;
    out->leaveOnServer = store.leaveOnServer;
    out->deleteAfterDays = store.deleteFromServerAfterDays;
    const QString variable = context.args.value(QStringLiteral("password-env"));
    if (!variable.isEmpty()) {
        out->credentials.password = qEnvironmentVariable(variable.toLocal8Bit().constData());
        return ExitOk;
    }
    // The same store and key as `mailwright-cli account set-password` (SecretSlot::Incoming).
    const int timeoutMs = context.timeoutSeconds > 0 ? context.timeoutSeconds * 1000
                                                     : KeychainSecretStore::defaultTimeoutMs;
    KeychainSecretStore keychain(nullptr, timeoutMs);
    const SecretResult secret = waitForSecret(
        keychain.readPassword(SecretStore::secretKey(account->name, SecretSlot::Incoming)));
    if (secret.status == SecretStatus::NotFound) {
        context.err(Tr::tr("no password stored for '%1'; run 'mailwright-cli account set-password "
                           "%1' or give --password-env VAR")
                        .arg(account->name));
        return ExitNoPerm;
    }
    if (!secret.ok())
        return reportError(context, secret.error);
    out->credentials.password = secret.secret;
    return ExitOk;
}

} // namespace

bool isRepositoryAccount(const Context &context)
{
    if (context.args.value(QStringLiteral("account")).isEmpty())
        return false;
    const std::optional<Account> account = repositoryAccount(context, nullptr);
    return account && account->hasIncoming;
}

int storeTarget(Context &context, StoreTarget *out)
{
    const ParsedArgs &a = context.args;
    out->account = a.value(QStringLiteral("account"));
    if (!a.isSet(QStringLiteral("host")))
        return namedTarget(context, out);
    out->leaveOnServer = !a.isSet(QStringLiteral("no-leave"));
    out->deleteAfterDays = a.value(QStringLiteral("delete-after-days")).toInt();
    Protocol protocol = Protocol::Imap;
    if (a.isSet(QStringLiteral("protocol")) &&
        (!parseProtocol(a.value(QStringLiteral("protocol")), &protocol) ||
         protocol == Protocol::Smtp)) {
        context.err(Tr::tr("--protocol must be imap or pop3"));
        return ExitUsage;
    }
    Security security = Security::ImplicitTls;
    if (a.isSet(QStringLiteral("security")) &&
        !parseSecurity(a.value(QStringLiteral("security")), &security)) {
        context.err(Tr::tr("--security must be implicit, starttls or none"));
        return ExitUsage;
    }
    quint16 port = defaultPort(protocol, security);
    if (a.isSet(QStringLiteral("port"))) {
        bool ok = false;
        port = quint16(a.value(QStringLiteral("port")).toUInt(&ok));
        if (!ok || port == 0) {
            context.err(Tr::tr("--port needs a port number"));
            return ExitUsage;
        }
    }
    out->wire.endpoint = {protocol, a.value(QStringLiteral("host")), port, security};
    out->wire.tls.allowPlaintext = security == Security::None; // explicit choice only
    if (a.isSet(QStringLiteral("ca-file"))) {
        if (MailError error = out->wire.tls.addCaFile(a.value(QStringLiteral("ca-file"))))
            return reportError(context, error);
    }
    if (context.timeoutSeconds > 0)
        out->wire.idleTimeoutMs = context.timeoutSeconds * 1000;
    out->credentials.username = a.value(QStringLiteral("user"));
    const QString variable = a.value(QStringLiteral("password-env"));
    if (out->credentials.username.isEmpty() || variable.isEmpty()) {
        context.err(Tr::tr("--user and --password-env are required with --host"));
        return ExitUsage;
    }
    // The password comes from the environment, never from the command line (ps shows that).
    out->credentials.password = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (out->account.isEmpty())
        out->account = out->credentials.username + u'@' + out->wire.endpoint.host;
    return ExitOk;
}

} // namespace mailwright::cli
