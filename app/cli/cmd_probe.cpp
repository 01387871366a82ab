// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli probe smtp|imap|pop3 HOST (docs/cli.md, "probe"): like msmtp --serverinfo, on
// the connection code that sends mail, plus an optional login test.
#include "clipassword.h"
#include "commands.h"

#include "setup/endpointprobe.h"
#include "setup/logintest.h"

#include <QCoreApplication>
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

int bad(const Context &context, const QString &message)
{
    context.err(QStringLiteral("mailwright-cli probe: ") + message);
    return ExitConfig;
}

void printHuman(const Context &context, const ProbeOutcome &p,
                const std::optional<LoginOutcome> &login, const QStringList &transcript)
{
    context.out(QStringLiteral("%1:%2 (%3): %4 in %5 ms")
                    .arg(p.endpoint.host)
                    .arg(p.endpoint.port)
                    .arg(securityName(p.endpoint.security), p.state)
                    .arg(p.elapsedMs));
    if (p.tls.encrypted)
        context.out(Tr::tr("TLS: %1, %2; certificate for %3, issued by %4, valid until %5%6")
                        .arg(p.tls.protocol, p.tls.cipher, p.tls.certificate.subject,
                             p.tls.certificate.issuer, p.tls.certificate.notAfter,
                             p.tls.pinned ? Tr::tr(" (pinned)") : QString()));
    if (p.error) {
        context.out(p.error.userMessage);
        if (!p.error.hint.isEmpty())
            context.out(p.error.hint);
        const CertificateInfo &c = p.error.certificate;
        if (!c.isNull())
            context.out(
                Tr::tr("Certificate: %1, issued by %2, names %3, valid %4 to %5, SHA-256 %6")
                    .arg(c.subject, c.issuer, c.subjectAltNames.join(QStringLiteral(", ")),
                         c.notBefore, c.notAfter, c.sha256));
    }
    if (p.endpoint.protocol == Protocol::Smtp && p.smtp.valid)
        context.out(Tr::tr("Capabilities: %1").arg(p.smtp.keywords.join(QStringLiteral(", "))));
    else if (!p.capabilities.isEmpty())
        context.out(Tr::tr("Capabilities: %1").arg(p.capabilities.join(QStringLiteral(", "))));
    if (login) {
        if (login->ok)
            context.out(Tr::tr("Login as %1: ok").arg(login->username));
        else
            context.out(Tr::tr("Login as %1 failed: %2 %3")
                            .arg(login->usernamesTried.join(QStringLiteral(", ")),
                                 login->error.userMessage, login->error.hint));
    }
    for (const QString &line : transcript)
        context.out(line);
}

int run(Context &context)
{
    const QStringList pos = context.args.positionals();
    if (pos.size() != 2)
        return bad(context, Tr::tr("usage: probe smtp|imap|pop3 HOST [--port N] [--security S]"));
    Protocol protocol = Protocol::Smtp;
    if (!parseProtocol(pos.at(0), &protocol))
        return bad(context, Tr::tr("unknown protocol \"%1\" (smtp, imap or pop3)").arg(pos.at(0)));
    const QString host = pos.at(1).trimmed();
    if (host.isEmpty() || host.contains(QLatin1Char(' ')))
        return bad(context, Tr::tr("bad host name \"%1\"").arg(pos.at(1)));

    int port = 0;
    if (context.args.isSet(QStringLiteral("port"))) {
        bool ok = false;
        port = context.args.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return bad(context, Tr::tr("--port must be 1-65535"));
    }
    const QString securityText =
        context.args.value(QStringLiteral("security"), QStringLiteral("auto"));
    QList<ServerEndpoint> tries;
    if (securityText == QLatin1String("auto")) {
        // Implicit TLS first (RFC 8314 §3); with a port, the port decides.
        const quint16 implicitPort = defaultPort(protocol, Security::ImplicitTls);
        if (port != 0) {
            // A non-standard port: the guess by port first, then the other kind of TLS.
            const Security first =
                port == implicitPort ? Security::ImplicitTls : Security::StartTls;
            const Security second =
                first == Security::ImplicitTls ? Security::StartTls : Security::ImplicitTls;
            tries << ServerEndpoint{protocol, host, quint16(port), first}
                  << ServerEndpoint{protocol, host, quint16(port), second};
        } else
            tries << ServerEndpoint{protocol, host, implicitPort, Security::ImplicitTls}
                  << ServerEndpoint{protocol, host, defaultPort(protocol, Security::StartTls),
                                    Security::StartTls};
    } else {
        Security security = Security::ImplicitTls;
        if (!parseSecurity(securityText, &security))
            return bad(context, Tr::tr("--security must be auto, implicit, starttls or none"));
        tries << ServerEndpoint{protocol, host,
                                quint16(port ? port : defaultPort(protocol, security)), security};
    }

    ProbeSettings settings;
    if (int rc = caFileOption(context, QStringLiteral("probe"), &settings.tls))
        return rc;
    settings.connectTimeoutMs = timeoutMs(context, 3000);
    settings.idleTimeoutMs = qMax(settings.connectTimeoutMs, 3000);
    const bool transcript = context.args.isSet(QStringLiteral("transcript"));
    if (transcript)
        settings.trace = std::make_shared<ProtocolTrace>();

    QString password;
    bool hasPassword = false;
    if (int rc = readOptionalPassword(context, QStringLiteral("probe"), &password, &hasPassword))
        return rc;
    const QString user = context.args.value(QStringLiteral("user"));
    if (hasPassword && user.isEmpty())
        return bad(context, Tr::tr("a login test needs --user U"));
    if (!user.isEmpty() && !hasPassword)
        return bad(context, Tr::tr("--user needs --password-env VAR or --password-stdin"));

    ProbeOutcome outcome;
    for (const ServerEndpoint &e : tries) {
        outcome = probeEndpoint(e, settings);
        // Refused or unknown host: the other kind of TLS would not change that.
        if (outcome.isOk() || outcome.state == QLatin1String("refused") ||
            outcome.state == QLatin1String("dns_error") ||
            outcome.state == QLatin1String("cert_error"))
            break;
    }
    std::optional<LoginOutcome> login;
    if (outcome.isOk() && hasPassword) {
        LoginRequest request;
        request.endpoint = outcome.endpoint;
        request.address = user;
        request.username = user;
        request.password = password;
        request.tls = settings.tls;
        request.tls.allowPlaintext = outcome.endpoint.security == Security::None;
        request.connectTimeoutMs = qMax(settings.connectTimeoutMs, 3000);
        request.trace = settings.trace;
        login = runLoginTest(request);
    }

    const QStringList lines = transcript ? settings.trace->lines() : QStringList();
    if (context.json) {
        QJsonObject o{
            {QStringLiteral("host"), host},
            {QStringLiteral("port"), int(outcome.endpoint.port)},
            {QStringLiteral("protocol"), protocolName(protocol)},
            {QStringLiteral("security"), securityName(outcome.endpoint.security)},
            {QStringLiteral("state"), outcome.state},
            {QStringLiteral("elapsed_ms"), outcome.elapsedMs},
        };
        const QJsonObject details = outcome.detailsJson();
        for (auto it = details.begin(); it != details.end(); ++it)
            o.insert(it.key(), it.value());
        o.insert(QStringLiteral("login"),
                 login ? QJsonValue(QJsonObject{{QStringLiteral("ok"), login->ok},
                                                {QStringLiteral("error"),
                                                 login->toJson().value(QStringLiteral("error"))},
                                                {QStringLiteral("username"), login->username},
                                                {QStringLiteral("mechanism"), login->mechanism}})
                       : QJsonValue::Null);
        if (transcript)
            o.insert(QStringLiteral("transcript"), QJsonArray::fromStringList(lines));
        context.printJson(o);
    } else {
        printHuman(context, outcome, login, lines);
    }
    if (!outcome.isOk())
        return ExitUnavailable;
    if (login && !login->ok)
        return login->error.phase == Phase::Auth || login->error.code == ErrorCode::AuthFailed
                   ? ExitNoPerm
                   : ExitUnavailable;
    return ExitOk;
}

} // namespace

Command probeCommand()
{
    return {
        QStringLiteral("probe"),
        Tr::tr("connect to one server, show TLS and capabilities, optionally log in"),
        QStringLiteral("smtp|imap|pop3 HOST [--port N] [--security auto|implicit|starttls|"
                       "none] [--user U (--password-env VAR|--password-stdin)] "
                       "[--transcript] [--ca-file PEM]"),
        {
            cliOption("port", "N", QT_TRANSLATE_NOOP("cli", "port (default: the protocol's)")),
            cliOption("security", "S",
                      QT_TRANSLATE_NOOP("cli", "auto, implicit, starttls or none")),
            cliOption("user", "U", QT_TRANSLATE_NOOP("cli", "log in as U (login test)")),
            cliOption("password-env", "VAR",
                      QT_TRANSLATE_NOOP("cli", "read the password from environment variable VAR")),
            cliOption("password-stdin", nullptr,
                      QT_TRANSLATE_NOOP("cli", "read the password from standard input")),
            cliOption("transcript", nullptr,
                      QT_TRANSLATE_NOOP("cli", "print the protocol transcript (passwords "
                                               "redacted)")),
            cliOption("ca-file", "PEM",
                      QT_TRANSLATE_NOOP("cli", "also trust the CA certificates in PEM")),
        },
        &run};
}

} // namespace mailwright::cli
