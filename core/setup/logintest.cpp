// SPDX-License-Identifier: GPL-3.0-or-later
#include "logintest.h"

#include "errors/errorcatalogue.h"
#include "errors/mailerrorjson.h"
#include "logging.h"
#include "send/smtpsession.h"
#include "setup/providerdirectory.h"
#include "sync/imapsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace mailwright {

namespace {

// Translation context "LoginTest". A struct rather than a free tr() function: lupdate files a free
// function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LoginTest)
};

bool isAuthError(const MailError &e)
{
    return e.code == ErrorCode::AuthFailed || (e.phase == Phase::Auth && e.replyCode >= 500 &&
                                               e.code != ErrorCode::AuthMechanismUnavailable &&
                                               e.code != ErrorCode::AuthEncryptionRequired);
}

WireOptions wireOptions(const LoginRequest &r, const CancelToken &cancel)
{
    WireOptions o;
    o.endpoint = r.endpoint;
    o.tls = r.tls;
    // Clear text only when the user chose it for this server (Security::None).
    o.tls.allowPlaintext = r.tls.allowPlaintext && r.endpoint.security == Security::None;
    o.connectTimeoutMs = r.connectTimeoutMs;
    o.idleTimeoutMs = r.idleTimeoutMs;
    o.cancel = cancel;
    o.trace = r.trace;
    return o;
}

struct Attempt
{
    MailError error;
    QString mechanism;
    bool dryRunDone = false;
    TlsSessionInfo tls;
};

Attempt smtpLogin(const LoginRequest &r, const QString &user, const CancelToken &cancel)
{
    Attempt a;
    SmtpSession session;
    SmtpCredentials credentials;
    credentials.username = user;
    credentials.password = r.password;
    a.error = session.open(wireOptions(r, cancel), credentials);
    a.tls = session.wire().tlsInfo();
    if (a.error)
        return a;
    a.mechanism = session.authMechanismUsed();
    if (r.dryRun) {
        // RFC 5321 §4.1.1.5: RSET ends the transaction; nothing is delivered.
        const QByteArray self = r.address.toUtf8();
        const SmtpSendResult result = session.dryRun(self, self);
        a.error = result.error;
        a.dryRunDone = !result.error;
    }
    session.close();
    return a;
}

Attempt imapLogin(const LoginRequest &r, const QString &user, const CancelToken &cancel)
{
    Attempt a;
    ImapSession session;
    a.error = session.open(wireOptions(r, cancel), ImapCredentials{user, r.password});
    a.tls = session.tlsInfo();
    session.close();
    return a;
}

/// POP3 USER/PASS (RFC 1939 §7), only over TLS (or the user's explicit clear-text choice).
Attempt pop3Login(const LoginRequest &r, const QString &user, const CancelToken &cancel)
{
    Attempt a;
    WireConnection wire;
    const WireOptions options = wireOptions(r, cancel);
    a.error = wire.open(options);
    a.tls = wire.tlsInfo();
    if (a.error)
        return a;
    if (!wire.isEncrypted() && !options.tls.allowPlaintext) {
        a.error =
            makeMailError(ErrorCode::AuthEncryptionRequired, Phase::Auth,
                          Tr::tr("The connection is not encrypted; the password was not sent."));
        return a;
    }
    auto command = [&wire](const QByteArray &line, bool secret, const QString &traceAs,
                           QByteArray *reply) -> MailError {
        if (secret)
            wire.traceClient(traceAs);
        if (MailError e = wire.write(line + "\r\n", Phase::Auth, !secret))
            return e;
        return wire.readLine(reply, Phase::Auth);
    };
    QByteArray reply;
    MailError e = command("USER " + user.toUtf8(), false, QString(), &reply);
    if (!e && reply.startsWith("+OK"))
        e = command("PASS " + r.password.toUtf8(), true, QStringLiteral("PASS <redacted>"), &reply);
    if (!e && !reply.startsWith("+OK")) {
        e = makeMailError(ErrorCode::AuthFailed, Phase::Auth,
                          Tr::tr("The server refused the user name or password."));
        e.serverText = QString::fromUtf8(reply.trimmed());
    }
    a.error = e;
    if (!e) {
        QByteArray bye;
        command("QUIT", false, QString(), &bye);
    }
    wire.close();
    return a;
}

} // namespace

QString providerHintFor(const QString &address, const QString &host)
{
    const ProviderDirectory &directory = ProviderDirectory::builtIn();
    const Provider *provider = directory.providerForDomain(addressDomain(address));
    if (!provider) {
        for (const Provider &p : directory.providers()) {
            for (Protocol proto : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3}) {
                for (const ServerEndpoint &e : p.servers(proto)) {
                    if (e.host.compare(host, Qt::CaseInsensitive) == 0)
                        provider = &p;
                }
            }
        }
    }
    if (!provider)
        return QString();
    QStringList texts;
    for (const QString &code : provider->hints) {
        const QString text = ProviderDirectory::hintText(code);
        if (!text.isEmpty())
            texts.append(text);
    }
    return texts.join(QLatin1Char(' '));
}

QJsonObject LoginOutcome::toJson() const
{
    return QJsonObject{
        {QStringLiteral("ok"), ok},
        {QStringLiteral("error"), error ? QJsonValue(mailErrorToJson(error)) : QJsonValue::Null},
        {QStringLiteral("username"), username},
        {QStringLiteral("usernames_tried"), QJsonArray::fromStringList(usernamesTried)},
        {QStringLiteral("mechanism"), mechanism},
        {QStringLiteral("dry_run"), dryRunDone},
        {QStringLiteral("elapsed_ms"), elapsedMs},
    };
}

LoginOutcome runLoginTest(const LoginRequest &request, const CancelToken &cancel)
{
    LoginOutcome outcome;
    QElapsedTimer clock;
    clock.start();
    QStringList users;
    if (!request.username.isEmpty()) {
        users << request.username;
    } else {
        users << request.address;
        const QString local = addressLocalPart(request.address);
        if (!local.isEmpty() && local != request.address)
            users << local;
    }
    for (int i = 0; i < users.size(); ++i) {
        const QString &user = users.at(i);
        outcome.usernamesTried.append(user);
        outcome.username = user;
        Attempt a;
        switch (request.endpoint.protocol) {
        case Protocol::Smtp:
            a = smtpLogin(request, user, cancel);
            break;
        case Protocol::Imap:
            a = imapLogin(request, user, cancel);
            break;
        case Protocol::Pop3:
            a = pop3Login(request, user, cancel);
            break;
        }
        outcome.error = a.error;
        outcome.mechanism = a.mechanism;
        outcome.dryRunDone = a.dryRunDone;
        outcome.tls = a.tls;
        // The local part is worth a second try only when the first was an authentication
        // failure; a network or certificate error would just repeat.
        if (!a.error || !isAuthError(a.error) || cancel.isCancelled())
            break;
    }
    outcome.ok = !outcome.error;
    if (outcome.error) {
        if (outcome.error.host.isEmpty())
            outcome.error.host =
                request.endpoint.host + QLatin1Char(':') + QString::number(request.endpoint.port);
        explain(outcome.error, providerHintFor(request.address, request.endpoint.host));
    }
    outcome.elapsedMs = clock.elapsed();
    qCDebug(lcSetup) << "login test" << request.endpoint.host << request.endpoint.port
                     << (outcome.ok ? QStringLiteral("ok") : errorCodeName(outcome.error.code))
                     << "after" << outcome.elapsedMs << "ms";
    return outcome;
}

LoginTest::LoginTest(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LoginOutcome>();
    m_pool.setMaxThreadCount(2);
}

LoginTest::~LoginTest()
{
    m_cancel.cancel();
    m_pool.waitForDone();
}

void LoginTest::start(const LoginRequest &request)
{
    cancel();
    m_cancel = CancelToken();
    m_running = true;
    const quint64 generation = ++m_generation;
    const CancelToken token = m_cancel;
    LoginTest *self = this; // alive while the worker runs: the destructor waits
    m_pool.start([self, request, token, generation] {
        const LoginOutcome outcome = runLoginTest(request, token);
        if (token.isCancelled())
            return;
        QMetaObject::invokeMethod(
            self,
            [self, outcome, generation] {
                if (generation != self->m_generation)
                    return;
                self->m_running = false;
                Q_EMIT self->finished(outcome);
            },
            Qt::QueuedConnection);
    });
}

void LoginTest::cancel()
{
    m_cancel.cancel();
    ++m_generation;
    m_running = false;
}

} // namespace mailwright
