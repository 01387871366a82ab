// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectengine.h"

#include "cliargs.h"

#include "setup/endpointprobe.h"
#include "setup/providerdirectory.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>

namespace mailwright::cli {

namespace {

LoginRequest requestFor(const DetectOptions &options, const Candidate &c)
{
    LoginRequest r;
    r.endpoint = c.endpoint;
    r.address = options.address;
    // A user name the source stated (provider table, autoconfig) is used as is; otherwise the
    // address, then its local part.
    r.username = c.username;
    r.password = options.password;
    r.tls = options.tls;
    r.tls.allowPlaintext = options.allowPlain && c.endpoint.security == Security::None;
    r.dryRun = options.dryRun && c.endpoint.protocol == Protocol::Smtp;
    r.connectTimeoutMs = qMax(options.connectTimeoutMs, 3000);
    return r;
}

} // namespace

DetectRun runDetect(const DetectOptions &options)
{
    DetectRun run;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;

    EndpointProbe probe;
    ProbeSettings settings;
    settings.tls = options.tls;
    settings.connectTimeoutMs = options.connectTimeoutMs;
    settings.idleTimeoutMs = options.connectTimeoutMs;
    probe.setSettings(settings);

    Discovery discovery(ProviderDirectory::builtIn());
    DiscoveryOptions dopts;
    dopts.allowPlain = options.allowPlain;
    discovery.setOptions(dopts);
    discovery.setProbe(&probe);
    QObject::connect(&discovery, &Discovery::finished, &loop,
                     [&run, &loop](const DiscoveryResult &r) {
                         run.result = r;
                         loop.quit();
                     });
    discovery.start(options.address);
    loop.exec();

    if (!options.password.isEmpty()) {
        const Candidate *smtp = run.result.chosen(Protocol::Smtp);
        const Candidate *incoming = run.result.chosen(Protocol::Imap);
        if (!incoming)
            incoming = run.result.chosen(Protocol::Pop3);
        LoginTest smtpTest;
        LoginTest incomingTest;
        int pending = 0;
        if (smtp) {
            ++pending;
            QObject::connect(&smtpTest, &LoginTest::finished, &loop,
                             [&run, &pending, &loop](const LoginOutcome &o) {
                                 run.smtpLogin = o;
                                 if (--pending == 0)
                                     loop.quit();
                             });
            smtpTest.start(requestFor(options, *smtp));
        }
        if (incoming) {
            ++pending;
            QObject::connect(&incomingTest, &LoginTest::finished, &loop,
                             [&run, &pending, &loop](const LoginOutcome &o) {
                                 run.incomingLogin = o;
                                 if (--pending == 0)
                                     loop.quit();
                             });
            incomingTest.start(requestFor(options, *incoming));
        }
        if (pending > 0)
            loop.exec();
    }
    run.elapsedMs = clock.elapsed();
    return run;
}

QJsonObject DetectRun::toJson() const
{
    QJsonObject o = result.toJson();
    QJsonValue login = QJsonValue::Null;
    if (smtpLogin || incomingLogin) {
        login = QJsonObject{
            {QStringLiteral("ok"),
             (!smtpLogin || smtpLogin->ok) && (!incomingLogin || incomingLogin->ok)},
            {QStringLiteral("smtp"), smtpLogin ? QJsonValue(smtpLogin->toJson()) : QJsonValue()},
            {QStringLiteral("incoming"),
             incomingLogin ? QJsonValue(incomingLogin->toJson()) : QJsonValue()},
        };
    }
    o.insert(QStringLiteral("login"), login);
    o.insert(QStringLiteral("discovery_ms"), result.elapsedMs);
    o.insert(QStringLiteral("elapsed_ms"), elapsedMs);
    return o;
}

int DetectRun::exitCode() const
{
    if (!result.chosen(Protocol::Smtp))
        return ExitUnavailable;
    if (smtpLogin && !smtpLogin->ok) {
        const ErrorCode c = smtpLogin->error.code;
        const bool refused = c == ErrorCode::AuthFailed || c == ErrorCode::AuthRequired ||
                             c == ErrorCode::AuthMechanismUnavailable ||
                             c == ErrorCode::AuthEncryptionRequired ||
                             c == ErrorCode::SenderRejected || c == ErrorCode::RecipientRejected ||
                             c == ErrorCode::AllRecipientsRejected;
        return refused ? ExitNoPerm : ExitUnavailable;
    }
    return ExitOk;
}

} // namespace mailwright::cli
