// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli detect ADDRESS (docs/cli.md, "detect"): the set-up wizard's whole detection.
#include "clipassword.h"
#include "commands.h"
#include "detectengine.h"

#include "account/account.h"
#include "setup/providerdirectory.h"

#include <QCoreApplication>

namespace mailwright::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

void printHuman(const Context &context, const DetectRun &run)
{
    const DiscoveryResult &r = run.result;
    for (const SourceReport &s : r.sources)
        context.out(QStringLiteral("source %1 %2: %3")
                        .arg(discoverySourceName(s.source), s.query, sourceStateName(s.state)));
    for (const Candidate &c : r.candidates)
        context.out(QStringLiteral("%1 %2:%3 %4 [%5] %6 %7 ms")
                        .arg(protocolName(c.endpoint.protocol), c.endpoint.host)
                        .arg(c.endpoint.port)
                        .arg(securityName(c.endpoint.security), discoverySourceName(c.source),
                             c.isProbed() ? c.state : QStringLiteral("not_probed"))
                        .arg(c.elapsedMs));
    for (Protocol p : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3}) {
        const Candidate *c = r.chosen(p);
        if (c)
            context.out(
                tr("%1: %2 port %3, %4 (from %5)")
                    .arg(protocolName(p).toUpper(), c->endpoint.host)
                    .arg(c->endpoint.port)
                    .arg(securityName(c->endpoint.security), discoverySourceName(c->source)));
        else
            context.out(tr("%1: nothing usable found").arg(protocolName(p).toUpper()));
    }
    for (const std::optional<LoginOutcome> *l : {&run.smtpLogin, &run.incomingLogin}) {
        if (!*l)
            continue;
        if ((*l)->ok)
            context.out(tr("Login as %1: ok").arg((*l)->username));
        else
            context.out(tr("Login failed: %1 %2").arg((*l)->error.userMessage, (*l)->error.hint));
    }
    context.out(tr("Done in %1 ms.").arg(run.elapsedMs));
}

int run(Context &context)
{
    const QStringList pos = context.args.positionals();
    if (pos.size() != 1 || !looksLikeAddress(pos.at(0))) {
        context.err(tr("mailwright-cli detect: give one email address, e.g. "
                       "mailwright-cli detect alice@example.org"));
        return ExitConfig;
    }
    DetectOptions options;
    options.address = pos.at(0).trimmed();
    options.allowPlain = context.args.isSet(QStringLiteral("allow-plain"));
    options.connectTimeoutMs = timeoutMs(context, 3000);
    if (int rc = caFileOption(context, QStringLiteral("detect"), &options.tls))
        return rc;
    bool given = false;
    if (int rc = readOptionalPassword(context, QStringLiteral("detect"), &options.password, &given))
        return rc;
    if (context.args.isSet(QStringLiteral("no-login")))
        options.password.clear();

    const DetectRun result = runDetect(options);
    if (context.json)
        context.printJson(result.toJson());
    else
        printHuman(context, result);
    return result.exitCode();
}

} // namespace

Command detectCommand()
{
    const auto opt = &cliOption;
    return {QStringLiteral("detect"),
            tr("find the servers for an address (table, SRV, autoconfig, MX, probe), log in"),
            QStringLiteral("ADDRESS [--password-env VAR|--password-stdin] [--no-login] "
                           "[--allow-plain] [--ca-file PEM]"),
            {
                opt("password-env", "VAR",
                    QT_TRANSLATE_NOOP("cli", "read the password from environment variable VAR")),
                opt("password-stdin", nullptr,
                    QT_TRANSLATE_NOOP("cli", "read the password from standard input")),
                opt("no-login", nullptr, QT_TRANSLATE_NOOP("cli", "skip the login test")),
                opt("allow-plain", nullptr,
                    QT_TRANSLATE_NOOP("cli", "also offer servers without encryption")),
                opt("ca-file", "PEM",
                    QT_TRANSLATE_NOOP("cli", "also trust the CA certificates in PEM")),
            },
            &run};
}

} // namespace mailwright::cli
