// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendcommon.h"

#include "clipassword.h"
#include "clisecrets.h"

#include "errors/mailerrorjson.h"
#include "secrets/keychainsecretstore.h"
#include "settings/accountrepository.h"
#include "settings/configpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace mailwright::cli {

namespace {

// Translation context "cli" (a struct: lupdate files a free Tr::tr()'s texts under the namespace).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

MailError configError(const QString &message)
{
    return makeMailError(ErrorCode::ConfigError, Phase::Config, message);
}

/// --password-stdin (one trailing newline removed) or --password-env VAR; \a found false when
/// neither was given.
int passwordOverride(const Context &context, const QString &command, bool stdinTaken,
                     QString *password, bool *found)
{
    const bool fromStdin = context.args.isSet(QStringLiteral("password-stdin"));
    const bool fromEnv = context.args.isSet(QStringLiteral("password-env"));
    *found = fromStdin || fromEnv;
    if (fromStdin && !fromEnv && stdinTaken)
        return usage(context, command,
                     Tr::tr("standard input cannot carry both the body and the password"));
    QString problem;
    switch (readPasswordInput(context, password, &problem)) {
    case PasswordInput::NotGiven:
    case PasswordInput::Read:
        return ExitOk;
    case PasswordInput::Both:
        return usage(
            context, command,
            Tr::tr("give the password with only one of --password-stdin or --password-env"));
    case PasswordInput::Failed:
        break;
    }
    return usage(context, command, problem);
}

WireOptions withTimeouts(const Context &context, WireOptions o)
{
    if (context.timeoutSeconds > 0) {
        o.connectTimeoutMs = qMin(o.connectTimeoutMs, context.timeoutSeconds * 1000);
        o.idleTimeoutMs = qMin(o.idleTimeoutMs, context.timeoutSeconds * 1000);
    }
    return o;
}

} // namespace

std::vector<OptionSpec> serverOptions()
{
    return {
        cliOption("account", "NAME", "send through the configured account NAME"),
        cliOption("smtp-host", "H", "ad-hoc server: host name or address"),
        cliOption("smtp-port", "P", "ad-hoc server: port (default 465 for implicit, else 587)"),
        cliOption("security", "S", "ad-hoc server: implicit, starttls or none"),
        cliOption("user", "U", "ad-hoc server: login name (no login without it)"),
        cliOption("password-env", "VAR", "read the password from environment variable VAR"),
        cliOption("password-stdin", nullptr, "read the password from standard input"),
        cliOption("ca-file", "PEM", "also trust this CA certificate (ad-hoc server)"),
        cliOption("transcript", nullptr, "print the protocol trace (passwords redacted) on stderr"),
    };
}

bool hasServerOptions(const Context &context)
{
    return context.args.isSet(QStringLiteral("account")) ||
           context.args.isSet(QStringLiteral("smtp-host"));
}

QString outboxPath(const Context &context)
{
    return QDir(paths::dataDir(context.configDir)).filePath(QStringLiteral("outbox.sqlite"));
}

QString adHocAccountKey(const QString &user, const QString &host, quint16 port)
{
    return QStringLiteral("smtp://%1%2:%3")
        .arg(user.isEmpty() ? QString() : user + QLatin1Char('@'), host)
        .arg(port);
}

int usage(const Context &context, const QString &command, const QString &message)
{
    context.err(QStringLiteral("mailwright-cli %1: %2").arg(command, message));
    context.err(Tr::tr("Try 'mailwright-cli %1 --help'.").arg(command));
    return ExitUsage;
}

int fail(const Context &context, const QString &command, const MailError &error, int code)
{
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("ok"), false},
                                      {QStringLiteral("error"), mailErrorToJson(error)}});
    QString line = QStringLiteral("mailwright-cli %1: %2").arg(command, error.userMessage);
    if (!error.hint.isEmpty())
        line += QLatin1Char('\n') + error.hint;
    if (context.verbose && !error.technicalDetail.isEmpty())
        line += QStringLiteral("\n(") + error.technicalDetail + QLatin1Char(')');
    context.err(line);
    return code;
}

static std::shared_ptr<ProtocolTrace> makeTrace(const Context &context)
{
    auto trace = std::make_shared<ProtocolTrace>();
    if (context.args.isSet(QStringLiteral("transcript"))) {
        // Lines arrive already redacted (AUTH data, passwords, message content).
        trace->setLineCallback([](const QString &line) {
            const QByteArray bytes = line.toUtf8() + '\n';
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        });
    }
    return trace;
}

int targetForAccount(Context &context, const QString &command, const QString &name,
                     SmtpTarget *target)
{
    IniAccountRepository repo(paths::configDir(context.configDir));
    if (MailError e = repo.load())
        return fail(context, command, e, ExitConfig);
    const std::optional<Account> account = repo.account(name);
    if (!account)
        return fail(context, command,
                    configError(Tr::tr("There is no account named %1.").arg(name)), ExitConfig);
    QString smtpPassword;
    QString imapPassword;
    bool overridden = false;
    if (int rc = passwordOverride(context, command, false, &smtpPassword, &overridden))
        return rc;
    const bool needSmtp = account->smtpAuth != AuthMethod::None;
    const bool needImap = copiesToSent(*account);
    if ((needSmtp && !overridden) || needImap) {
        const int timeoutMs = context.timeoutSeconds > 0 ? context.timeoutSeconds * 1000
                                                         : KeychainSecretStore::defaultTimeoutMs;
        KeychainSecretStore store(nullptr, timeoutMs);
        auto read = [&](SecretSlot slot, QString *out) -> int {
            const SecretResult r =
                waitForSecret(store.readPassword(SecretStore::secretKey(name, slot)));
            if (r.status == SecretStatus::NotFound)
                return fail(context, command,
                            configError(Tr::tr("No password is stored for account %1; use "
                                               "'mailwright-cli account set-password %1'.")
                                            .arg(name)),
                            ExitConfig);
            if (!r.ok())
                return fail(context, command, r.error,
                            r.error.code == ErrorCode::KeychainUnavailable ? ExitUnavailable
                                                                           : ExitConfig);
            *out = r.secret;
            return ExitOk;
        };
        if (needSmtp && !overridden) {
            if (int rc = read(SecretSlot::Smtp, &smtpPassword))
                return rc;
        }
        if (needImap) {
            // The override is for the SMTP login; the Sent copy uses the stored IMAP password
            // and is skipped (the mail still goes out) when there is none.
            const SecretResult r = waitForSecret(
                store.readPassword(SecretStore::secretKey(name, SecretSlot::Incoming)));
            if (r.ok())
                imapPassword = r.secret;
        }
    }
    if (MailError e = smtpTargetForAccount(*account, smtpPassword, imapPassword, target))
        return fail(context, command, e, ExitConfig);
    if (needImap && imapPassword.isEmpty())
        target->saveSentCopy = false;
    target->wire.trace = makeTrace(context);
    target->imap.trace = target->wire.trace;
    target->wire = withTimeouts(context, target->wire);
    target->imap = withTimeouts(context, target->imap);
    return ExitOk;
}

int targetFromOptions(Context &context, const QString &command, SmtpTarget *target, bool stdinTaken)
{
    const auto &args = context.args;
    const bool byAccount = args.isSet(QStringLiteral("account"));
    const bool adHoc = args.isSet(QStringLiteral("smtp-host"));
    if (byAccount == adHoc)
        return usage(context, command,
                     Tr::tr("name the server with either --account NAME or --smtp-host HOST"));
    if (byAccount) {
        for (const char *o : {"smtp-port", "security", "user", "ca-file"}) {
            if (args.isSet(QString::fromLatin1(o)))
                return usage(context, command,
                             Tr::tr("--%1 belongs to an ad-hoc server, not to --account")
                                 .arg(QString::fromLatin1(o)));
        }
        if (stdinTaken && args.isSet(QStringLiteral("password-stdin")))
            return usage(context, command,
                         Tr::tr("standard input cannot carry both the body and the password"));
        return targetForAccount(context, command, args.value(QStringLiteral("account")), target);
    }
    Security security = Security::StartTls;
    const QString securityText = args.value(QStringLiteral("security"));
    if (!securityText.isEmpty() && !parseSecurity(securityText, &security))
        return usage(
            context, command,
            Tr::tr("--security must be implicit, starttls or none, not \"%1\"").arg(securityText));
    quint16 port = 0;
    if (args.isSet(QStringLiteral("smtp-port"))) {
        bool ok = false;
        const uint p = args.value(QStringLiteral("smtp-port")).toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return usage(context, command, Tr::tr("--smtp-port needs a port number"));
        port = quint16(p);
    }
    if (securityText.isEmpty())
        security = port == 465 ? Security::ImplicitTls : Security::StartTls;
    if (port == 0)
        port = defaultPort(Protocol::Smtp, security);

    SmtpTarget t;
    const QString host = args.value(QStringLiteral("smtp-host"));
    const QString user = args.value(QStringLiteral("user"));
    t.account = adHocAccountKey(user, host, port);
    t.wire.endpoint = {Protocol::Smtp, host, port, security};
    t.wire.tls.allowPlaintext = security == Security::None; // chosen explicitly above
    if (args.isSet(QStringLiteral("ca-file"))) {
        if (MailError e = t.wire.tls.addCaFile(args.value(QStringLiteral("ca-file"))))
            return fail(context, command, e, ExitConfig);
    }
    QString password;
    bool havePassword = false;
    if (int rc = passwordOverride(context, command, stdinTaken, &password, &havePassword))
        return rc;
    if (!user.isEmpty() && !havePassword)
        return usage(
            context, command,
            Tr::tr("--user needs --password-env VAR or --password-stdin (never the password "
                   "itself on the command line)"));
    if (user.isEmpty() && havePassword)
        return usage(context, command, Tr::tr("a password needs --user"));
    t.credentials.username = user;
    t.credentials.password = password;
    t.wire.trace = makeTrace(context);
    t.wire = withTimeouts(context, t.wire);
    *target = t;
    return ExitOk;
}

int exitCodeFor(const MailError &error)
{
    if (!error)
        return ExitOk;
    switch (error.code) {
    case ErrorCode::AuthFailed:
    case ErrorCode::AuthRequired:
    case ErrorCode::AuthMechanismUnavailable:
    case ErrorCode::AuthEncryptionRequired:
        return ExitNoPerm;
    case ErrorCode::RecipientRejected:
    case ErrorCode::AllRecipientsRejected:
    case ErrorCode::SenderRejected:
        return ExitNoUser;
    case ErrorCode::MessageTooLarge:
    case ErrorCode::MessageRejected:
    case ErrorCode::InvalidAddress:
    case ErrorCode::InvalidHeader:
    case ErrorCode::InvalidMessage:
        return ExitDataErr;
    case ErrorCode::CertificateUntrusted:
    case ErrorCode::CertificateExpired:
    case ErrorCode::CertificateWrongHost:
    case ErrorCode::CertificatePinMismatch:
    case ErrorCode::StartTlsUnavailable:
    case ErrorCode::PlaintextRefused:
    case ErrorCode::ConfigError:
    case ErrorCode::FileError:
        return ExitConfig;
    case ErrorCode::StorageFull:
    case ErrorCode::StorageError:
        return ExitIoErr;
    default:
        return error.retryable ? ExitTempFail : ExitUnavailable;
    }
}

int exitCodeFor(const SendOutcome &outcome)
{
    switch (outcome.state) {
    case OutboxState::Sent:
        return ExitOk;
    case OutboxState::Queued:
        return ExitTempFail; // back in the outbox, retried later
    case OutboxState::Held:
        return ExitTempFail;
    case OutboxState::Sending:
    case OutboxState::Failed:
        break;
    }
    const int code = exitCodeFor(outcome.error);
    return code == ExitTempFail ? ExitUnavailable : code; // failed for good
}

int exitCodeFor(const QList<SendOutcome> &outcomes)
{
    for (const SendOutcome &o : outcomes) {
        if (const int code = exitCodeFor(o))
            return code;
    }
    return ExitOk;
}

QJsonObject outcomeToJson(const SendOutcome &o)
{
    QString status;
    switch (o.state) {
    case OutboxState::Sent:
        status = QStringLiteral("sent");
        break;
    case OutboxState::Queued:
    case OutboxState::Sending:
        status = QStringLiteral("queued");
        break;
    case OutboxState::Held:
        status = QStringLiteral("held");
        break;
    case OutboxState::Failed:
        status = QStringLiteral("failed");
        break;
    }
    QJsonArray accepted;
    QJsonArray rejected;
    for (const RecipientOutcome &r : o.recipients) {
        if (r.accepted)
            accepted.append(r.address);
        else
            rejected.append(QJsonObject{{QStringLiteral("address"), r.address},
                                        {QStringLiteral("code"), r.replyCode},
                                        {QStringLiteral("enhanced"), r.enhancedCode},
                                        {QStringLiteral("text"), r.text}});
    }
    QJsonObject json{{QStringLiteral("id"), o.id},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("accepted"), accepted},
                     {QStringLiteral("rejected"), rejected},
                     {QStringLiteral("reply"), o.reply},
                     {QStringLiteral("size"), o.size},
                     {QStringLiteral("elapsed_ms"), o.elapsedMs}};
    json.insert(QStringLiteral("error"),
                o.error ? QJsonValue(mailErrorToJson(o.error)) : QJsonValue(QJsonValue::Null));
    return json;
}

int runSend(Context &context, const SmtpTarget &target, const Outbox::ClaimFilter &filter,
            Outbox &outbox, QList<SendOutcome> *outcomes)
{
    SendWorker worker(outbox, target);
    SendWorker::Callbacks callbacks;
    if (!context.json) {
        callbacks.finished = [&context](const SendOutcome &o) {
            if (o.state == OutboxState::Sent) {
                context.out(Tr::tr("sent: message %1 (%2 bytes)").arg(o.id).arg(o.size));
                return;
            }
            const QString what = o.state == OutboxState::Queued ? Tr::tr("queued for retry")
                                 : o.state == OutboxState::Held ? Tr::tr("held")
                                                                : Tr::tr("failed");
            QString line =
                Tr::tr("%1: message %2: %3").arg(what).arg(o.id).arg(o.error.userMessage);
            if (!o.error.serverText.isEmpty())
                line += QStringLiteral("\n  ") + Tr::tr("server: %1").arg(o.error.serverText);
            if (!o.error.hint.isEmpty())
                line += QStringLiteral("\n  ") + o.error.hint;
            context.err(line);
        };
    }
    const SendWorker::Result result = worker.run(filter, callbacks);
    outcomes->append(result.outcomes);
    if (context.verbose)
        context.err(QCoreApplication::translate("cli", "%n SMTP connection(s)", nullptr,
                                                result.connections));
    if (result.sentCopyError)
        context.err(Tr::tr("The copy to the Sent folder failed (the mail was sent): %1")
                        .arg(result.sentCopyError.userMessage));
    if (result.error) {
        context.err(Tr::tr("The outbox failed: %1").arg(result.error.userMessage));
        return ExitIoErr;
    }
    return exitCodeFor(result.outcomes);
}

} // namespace mailwright::cli
