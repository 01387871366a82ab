// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli account add|list|show|remove|set-password (docs/cli.md, "account").
#include "accountjson.h"
#include "clipassword.h"
#include "clisecrets.h"
#include "commands.h"
#include "detectengine.h"

#include "secrets/keychainsecretstore.h"
#include "settings/accountrepository.h"
#include "settings/configpaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace mailwright::cli {

namespace {

// Translation context "cli". A struct rather than a free tr() function: lupdate files a free
// function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

/// Prints \a error (JSON on stdout with --json, always a line on stderr) and returns \a exitCode.
int fail(const Context &context, const MailError &error, int exitCode)
{
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("ok"), false},
                                      {QStringLiteral("error"), errorToJson(error)}});
    QString line = QStringLiteral("mailwright-cli account: ") + error.userMessage;
    if (!error.hint.isEmpty())
        line += QLatin1Char('\n') + error.hint;
    if (context.verbose && !error.technicalDetail.isEmpty())
        line += QStringLiteral("\n(") + error.technicalDetail + QLatin1Char(')');
    context.err(line);
    return exitCode;
}

int usage(const Context &context, const QString &message)
{
    context.err(QStringLiteral("mailwright-cli account: ") + message);
    context.err(Tr::tr("Try 'mailwright-cli account --help'."));
    return ExitUsage;
}

int exitCodeFor(const MailError &error)
{
    return error.code == ErrorCode::KeychainUnavailable ? ExitUnavailable : ExitConfig;
}

/// The store's hint offers "this session only", which means nothing to a process that ends now.
MailError forCli(MailError error)
{
    if (error.code == ErrorCode::KeychainUnavailable)
        error.hint = Tr::tr("Nothing was changed. Start a Secret Service (for example "
                            "gnome-keyring-daemon) in this session, then try again.");
    return error;
}

MailError configError(const QString &message)
{
    MailError e;
    e.code = ErrorCode::ConfigError;
    e.phase = Phase::Config;
    e.userMessage = message;
    return e;
}

std::unique_ptr<SecretStore> makeSecretStore(const Context &context)
{
    const int timeoutMs = context.timeoutSeconds > 0 ? context.timeoutSeconds * 1000
                                                     : KeychainSecretStore::defaultTimeoutMs;
    return std::make_unique<KeychainSecretStore>(nullptr, timeoutMs);
}

/// The password from --password-stdin or --password-env VAR (clipassword.h); the account
/// command needs exactly one of them. Returns ExitOk and fills \a password, or a usage exit code
/// after printing why.
int readPasswordOption(const Context &context, QString *password)
{
    QString problem;
    switch (readPasswordInput(context, password, &problem)) {
    case PasswordInput::Read:
        return ExitOk;
    case PasswordInput::Failed:
        return usage(context, problem);
    case PasswordInput::NotGiven:
    case PasswordInput::Both:
        break;
    }
    return usage(context, Tr::tr("give the password with exactly one of --password-stdin or "
                                 "--password-env VAR (never on the command line)"));
}

/// Fills \a out from --NAME HOST:PORT and --NAME-security. Without a security option the port
/// decides: the protocol's implicit-TLS port (465/993/995, RFC 8314) means implicit TLS, any
/// other STARTTLS; clear text is never chosen implicitly.
int endpointOption(const Context &context, const QString &name, Protocol protocol,
                   ServerEndpoint *out)
{
    const QString securityText = context.args.value(name + QStringLiteral("-security"));
    Security security = Security::ImplicitTls;
    if (!securityText.isEmpty() && !parseSecurity(securityText, &security))
        return usage(context, Tr::tr("--%1-security must be implicit, starttls or none, not \"%2\"")
                                  .arg(name, securityText));
    QString error;
    if (!parseHostPort(context.args.value(name), protocol, security, out, &error))
        return usage(context, QStringLiteral("--%1: %2").arg(name, error));
    if (securityText.isEmpty())
        out->security = out->port == defaultPort(protocol, Security::ImplicitTls)
                            ? Security::ImplicitTls
                            : Security::StartTls;
    return ExitOk;
}

/// Writes \a password under every key in \a keys; on a failure removes what it wrote.
MailError storePasswords(SecretStore &store, const QStringList &keys, const QString &password)
{
    QStringList written;
    for (const QString &key : keys) {
        const SecretResult r = waitForSecret(store.writePassword(key, password));
        if (!r.ok()) {
            for (const QString &done : written)
                waitForSecret(store.removePassword(done));
            return r.error;
        }
        written << key;
    }
    return {};
}

QStringList secretKeysOf(const Account &account)
{
    QStringList keys{SecretStore::secretKey(account.name, SecretSlot::Smtp)};
    if (account.hasIncoming)
        keys << SecretStore::secretKey(account.name, SecretSlot::Incoming);
    return keys;
}

/// Fills the servers of \a account by detection with a login test (account add --detect).
int detectInto(const Context &context, Account *account, const QString &password)
{
    DetectOptions options;
    options.address = account->primaryIdentity().address;
    options.password = password;
    options.dryRun = false;
    options.connectTimeoutMs = context.timeoutSeconds > 0 ? context.timeoutSeconds * 1000 : 3000;
    if (!account->caFile.isEmpty())
        options.tls.addCaFile(account->caFile);
    const DetectRun run = runDetect(options);
    const Candidate *smtp = run.result.chosen(Protocol::Smtp);
    if (const int rc = run.exitCode(); rc != ExitOk || !smtp || !run.smtpLogin) {
        MailError e = run.smtpLogin ? run.smtpLogin->error : MailError();
        if (!e)
            e = configError(
                Tr::tr("No usable outgoing server was found for %1.").arg(options.address));
        return fail(context, e, rc != ExitOk ? rc : int(ExitUnavailable));
    }
    account->smtp = smtp->endpoint;
    account->smtpUser = run.smtpLogin->username;
    const Candidate *incoming = run.result.chosen(Protocol::Imap);
    if (!incoming)
        incoming = run.result.chosen(Protocol::Pop3);
    if (incoming && run.incomingLogin && run.incomingLogin->ok) {
        account->hasIncoming = true;
        account->incoming = incoming->endpoint;
        account->incomingUser = run.incomingLogin->username;
    }
    if (account->smtpUser == options.address)
        account->smtpUser.clear(); // the default: the address
    if (account->incomingUser == options.address)
        account->incomingUser.clear();
    return ExitOk;
}

int runAdd(Context &context, IniAccountRepository &repo, const QString &name)
{
    const auto &args = context.args;
    Account account;
    account.name = name;
    Identity identity;
    const bool detect = args.isSet(QStringLiteral("detect"));
    identity.address = args.value(QStringLiteral("address"), args.value(QStringLiteral("detect")));
    identity.displayName = args.value(QStringLiteral("display-name"));
    if (identity.address.isEmpty())
        return usage(context, Tr::tr("account add needs --address ADDRESS"));
    account.identities = {identity};

    if (!detect) {
        if (!args.isSet(QStringLiteral("smtp")))
            return usage(context, Tr::tr("account add needs --smtp HOST:PORT or --detect ADDRESS"));
        if (int rc = endpointOption(context, QStringLiteral("smtp"), Protocol::Smtp, &account.smtp))
            return rc;
        const bool imap = args.isSet(QStringLiteral("imap"));
        const bool pop3 = args.isSet(QStringLiteral("pop3"));
        if (imap && pop3)
            return usage(context, Tr::tr("give either --imap or --pop3, not both"));
        if (imap || pop3) {
            account.hasIncoming = true;
            const QString option = imap ? QStringLiteral("imap") : QStringLiteral("pop3");
            if (int rc = endpointOption(context, option, imap ? Protocol::Imap : Protocol::Pop3,
                                        &account.incoming))
                return rc;
        }
        account.smtpUser = args.value(QStringLiteral("user"));
        account.incomingUser = account.smtpUser;
    }
    if (args.isSet(QStringLiteral("ca-file"))) {
        const QFileInfo ca(args.value(QStringLiteral("ca-file")));
        if (!ca.isFile() || !ca.isReadable())
            return fail(
                context,
                configError(
                    Tr::tr("The CA file %1 does not exist or cannot be read.").arg(ca.filePath())),
                ExitConfig);
        account.caFile = ca.absoluteFilePath();
    }

    QString password;
    if (int rc = readPasswordOption(context, &password))
        return rc;
    if (detect) {
        // The wizard's engine (detect + login test); only a configuration that logged in is kept.
        if (int rc = detectInto(context, &account, password))
            return rc;
    }
    if (MailError e = validateAccount(account))
        return fail(context, e, ExitConfig);
    if (repo.contains(name))
        return fail(context,
                    configError(Tr::tr("An account named \"%1\" already exists.").arg(name)),
                    ExitConfig);

    // The keychain first: if it is not there, nothing at all is written (no account without its
    // password, and never a password anywhere else).
    auto store = makeSecretStore(context);
    if (MailError e = storePasswords(*store, secretKeysOf(account), password))
        return fail(context, forCli(e), exitCodeFor(e));
    if (MailError e = repo.add(account)) {
        waitForSecret(store->removeAccountSecrets(account.name));
        return fail(context, e, ExitConfig);
    }
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                      {QStringLiteral("account"), accountToJson(account)}});
    else
        context.out(Tr::tr("Account \"%1\" added; its password is in the keychain.").arg(name));
    return ExitOk;
}

int runList(Context &context, const IniAccountRepository &repo)
{
    if (context.json) {
        QJsonArray list;
        for (const Account &a : repo.accounts())
            list.append(accountToJson(a));
        context.printJson(list);
        return ExitOk;
    }
    for (const Account &a : repo.accounts()) {
        QString line = QStringLiteral("%1\t%2\tsmtp %3:%4 %5")
                           .arg(a.name, a.primaryIdentity().address, a.smtp.host)
                           .arg(a.smtp.port)
                           .arg(securityName(a.smtp.security));
        if (a.hasIncoming)
            line += QStringLiteral("\t%1 %2:%3 %4")
                        .arg(protocolName(a.incoming.protocol), a.incoming.host)
                        .arg(a.incoming.port)
                        .arg(securityName(a.incoming.security));
        context.out(line);
    }
    return ExitOk;
}

int runShow(Context &context, const Account &a)
{
    if (context.json) {
        context.printJson(accountToJson(a));
        return ExitOk;
    }
    context.out(Tr::tr("Account:   %1").arg(a.name));
    for (const Identity &id : a.identities)
        context.out(Tr::tr("Identity:  %1 <%2>").arg(id.displayName, id.address));
    context.out(
        Tr::tr("SMTP:      %1:%2 (%3), user %4, auth %5")
            .arg(a.smtp.host)
            .arg(a.smtp.port)
            .arg(securityName(a.smtp.security), a.effectiveSmtpUser(), authMethodName(a.smtpAuth)));
    if (a.hasIncoming)
        context.out(Tr::tr("Incoming:  %1 %2:%3 (%4), user %5")
                        .arg(protocolName(a.incoming.protocol).toUpper(), a.incoming.host)
                        .arg(a.incoming.port)
                        .arg(securityName(a.incoming.security), a.effectiveIncomingUser()));
    else
        context.out(Tr::tr("Incoming:  none"));
    if (!a.caFile.isEmpty())
        context.out(Tr::tr("CA file:   %1").arg(a.caFile));
    context.out(Tr::tr("Check:     every %1 minutes").arg(a.checkIntervalMinutes));
    return ExitOk;
}

int runRemove(Context &context, IniAccountRepository &repo, const QString &name)
{
    // Keychain entries first: an account that is gone from the settings but whose password
    // stays in the keychain would be invisible and forgotten.
    auto store = makeSecretStore(context);
    const SecretResult r = waitForSecret(store->removeAccountSecrets(name));
    if (!r.ok() && !context.args.isSet(QStringLiteral("force"))) {
        MailError e = r.error;
        e.hint = Tr::tr("The account was kept. Start the keychain and try again, or add --force to "
                        "remove only the settings.");
        return fail(context, e, exitCodeFor(e));
    }
    if (MailError e = repo.remove(name))
        return fail(context, e, ExitConfig);
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                      {QStringLiteral("removed"), name},
                                      {QStringLiteral("secretsRemoved"), r.ok()}});
    else
        context.out(Tr::tr("Account \"%1\" removed.").arg(name));
    return ExitOk;
}

int runSetPassword(Context &context, const Account &account)
{
    const QString server = context.args.value(QStringLiteral("server"), QStringLiteral("both"));
    QStringList keys;
    if (server == QLatin1String("smtp") || server == QLatin1String("both"))
        keys << SecretStore::secretKey(account.name, SecretSlot::Smtp);
    if ((server == QLatin1String("incoming") || server == QLatin1String("both")) &&
        account.hasIncoming)
        keys << SecretStore::secretKey(account.name, SecretSlot::Incoming);
    if (keys.isEmpty())
        return usage(context, Tr::tr("--server must be smtp, incoming or both (and the account "
                                     "must have that server)"));
    QString password;
    if (int rc = readPasswordOption(context, &password))
        return rc;
    auto store = makeSecretStore(context);
    if (MailError e = storePasswords(*store, keys, password))
        return fail(context, forCli(e), exitCodeFor(e));
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                      {QStringLiteral("keys"), QJsonArray::fromStringList(keys)}});
    else
        context.out(Tr::tr("Password of \"%1\" stored in the keychain.").arg(account.name));
    return ExitOk;
}

int runAccount(Context &context)
{
    const QStringList pos = context.args.positionals();
    if (pos.isEmpty())
        return usage(context,
                     Tr::tr("missing subcommand: add, list, show, remove or set-password"));
    const QString sub = pos.first();
    const bool needsName = sub != QLatin1String("list");
    if (sub != QLatin1String("add") && sub != QLatin1String("list") &&
        sub != QLatin1String("show") && sub != QLatin1String("remove") &&
        sub != QLatin1String("set-password"))
        return usage(context, Tr::tr("unknown subcommand \"%1\"").arg(sub));
    if (pos.size() != (needsName ? 2 : 1))
        return usage(context, needsName ? Tr::tr("account %1 needs exactly one NAME").arg(sub)
                                        : Tr::tr("account list takes no NAME"));

    IniAccountRepository repo(paths::configDir(context.configDir));
    if (MailError e = repo.load())
        return fail(context, e, ExitConfig);
    if (sub == QLatin1String("list"))
        return runList(context, repo);
    const QString name = pos.at(1);
    if (sub == QLatin1String("add"))
        return runAdd(context, repo, name);

    const std::optional<Account> account = repo.account(name);
    if (!account)
        return fail(context, configError(Tr::tr("There is no account named \"%1\".").arg(name)),
                    ExitNoUser);
    if (sub == QLatin1String("show"))
        return runShow(context, *account);
    if (sub == QLatin1String("remove"))
        return runRemove(context, repo, account->name);
    return runSetPassword(context, *account);
}

} // namespace

Command accountCommand()
{
    return {
        QStringLiteral("account"),
        Tr::tr("add, list, show, remove accounts and set their passwords"),
        QStringLiteral("add NAME (--address A --smtp HOST:PORT | --detect ADDRESS) [...] | "
                       "list | show NAME | remove NAME | set-password NAME"),
        {
            cliOption("address", "A",
                      QT_TRANSLATE_NOOP("cli", "email address of the account (add)")),
            cliOption(
                "detect", "ADDRESS",
                QT_TRANSLATE_NOOP(
                    "cli",
                    "find the servers for ADDRESS and test the login instead of --smtp (add)")),
            cliOption("display-name", "N",
                      QT_TRANSLATE_NOOP("cli", "name shown to recipients (add)")),
            cliOption("smtp", "HOST:PORT", QT_TRANSLATE_NOOP("cli", "outgoing server (add)")),
            cliOption("smtp-security", "S",
                      QT_TRANSLATE_NOOP("cli", "implicit, starttls or none (add)")),
            cliOption("imap", "HOST:PORT", QT_TRANSLATE_NOOP("cli", "incoming IMAP server (add)")),
            cliOption("imap-security", "S",
                      QT_TRANSLATE_NOOP("cli", "implicit, starttls or none (add)")),
            cliOption("pop3", "HOST:PORT", QT_TRANSLATE_NOOP("cli", "incoming POP3 server (add)")),
            cliOption("pop3-security", "S",
                      QT_TRANSLATE_NOOP("cli", "implicit, starttls or none (add)")),
            cliOption("user", "U",
                      QT_TRANSLATE_NOOP("cli",
                                        "login name for both servers; default: the address (add)")),
            cliOption("ca-file", "PEM",
                      QT_TRANSLATE_NOOP("cli", "also trust this CA certificate (add)")),
            cliOption("password-stdin", nullptr,
                      QT_TRANSLATE_NOOP("cli", "read the password from standard input")),
            cliOption("password-env", "VAR",
                      QT_TRANSLATE_NOOP("cli", "read the password from environment variable VAR")),
            cliOption(
                "server", "W",
                QT_TRANSLATE_NOOP("cli", "smtp, incoming or both (set-password; default both)")),
            cliOption("force", nullptr,
                      QT_TRANSLATE_NOOP("cli",
                                        "remove the settings even if the keychain fails (remove)")),
        },
        &runAccount};
}

} // namespace mailwright::cli
