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

// Translation context "cli". A struct rather than a free tr() function: lupdate files a free
// function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

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
                Tr::tr("%1: %2 port %3, %4 (from %5)")
                    .arg(protocolName(p).toUpper(), c->endpoint.host)
                    .arg(c->endpoint.port)
                    .arg(securityName(c->endpoint.security), discoverySourceName(c->source)));
        else
            context.out(Tr::tr("%1: nothing usable found").arg(protocolName(p).toUpper()));
    }
    for (const std::optional<LoginOutcome> *l : {&run.smtpLogin, &run.incomingLogin}) {
        if (!*l)
            continue;
        if ((*l)->ok)
            context.out(Tr::tr("Login as %1: ok").arg((*l)->username));
        else
            context.out(
                Tr::tr("Login failed: %1 %2").arg((*l)->error.userMessage, (*l)->error.hint));
    }
    context.out(Tr::tr("Done in %1 ms.").arg(run.elapsedMs));
}

int run(Context &context)
{
    const QStringList pos = context.args.positionals();
    if (pos.size() != 1 || !looksLikeAddress(pos.at(0))) {
        context.err(Tr::tr("mailwright-cli detect: give one email address, e.g. "
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
    return {
        QStringLiteral("detect"),
        Tr::tr("find the servers for an address (table, SRV, autoconfig, MX, probe), log in"),
        QStringLiteral("ADDRESS [--password-env VAR|--password-stdin] [--no-login] "
                       "[--allow-plain] [--ca-file PEM]"),
        {
            cliOption("password-env", "VAR",
                      QT_TRANSLATE_NOOP("cli", "read the password from environment variable VAR")),
            cliOption("password-stdin", nullptr,
                      QT_TRANSLATE_NOOP("cli", "read the password from standard input")),
            cliOption("no-login", nullptr, QT_TRANSLATE_NOOP("cli", "skip the login test")),
            cliOption("allow-plain", nullptr,
                      QT_TRANSLATE_NOOP("cli", "also offer servers without encryption")),
            cliOption("ca-file", "PEM",
                      QT_TRANSLATE_NOOP("cli", "also trust the CA certificates in PEM")),
        },
        &run};
}

} // namespace mailwright::cli
