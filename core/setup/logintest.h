// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/serverendpoint.h"
#include "errors/mailerror.h"
#include "net/canceltoken.h"
#include "net/protocoltrace.h"
#include "net/tlspolicy.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace mailwright {

/// One login test: which server, as whom, with what. The password is read before the test
/// starts and passed by value; it is never logged or traced. Plain value, any thread.
struct LoginRequest
{
    ServerEndpoint endpoint;
    QString address;  ///< the user's address: default user name and dry-run envelope
    QString username; ///< explicit user name; empty: the address, then its local part
    QString password;
    TlsPolicy tls;
    bool dryRun = false; ///< SMTP: MAIL FROM self, RCPT TO self, RSET (nothing is sent)
    int connectTimeoutMs = 5000;
    int idleTimeoutMs = 15000;
    std::shared_ptr<ProtocolTrace> trace; ///< may be null; secrets are redacted
};

/// How a login test ended. Plain value, any thread.
struct LoginOutcome
{
    bool ok = false;
    MailError error;  ///< explained, with the provider hint after an auth failure
    QString username; ///< the user name that worked (or the last one tried)
    QStringList usernamesTried;
    QString mechanism;       ///< SMTP: the SASL mechanism used
    bool dryRunDone = false; ///< SMTP: MAIL/RCPT/RSET accepted
    TlsSessionInfo tls;
    qint64 elapsedMs = 0;

    /// {ok, error: {...} | null, username, usernames_tried, mechanism, dry_run, elapsed_ms}
    QJsonObject toJson() const;
};

/// The provider hints for a login failure at \a host for \a address ("needs an app password",
/// "OAuth2 only", ...), from the built-in table by address domain or server host; translated,
/// joined by spaces; empty if no provider matches.
QString providerHintFor(const QString &address, const QString &host);

/// Runs the login test, blocking (a worker thread): SMTP through SmtpSession (the code that
/// sends mail: one SASL mechanism, credentials only over verified TLS) with the optional dry
/// run; IMAP through ImapSession; POP3 USER/PASS on the wire (TLS only, unless the user chose
/// clear text). The user name is tried as given, or as the full address and then — only if that
/// failed as an authentication failure — as the local part: never more than two attempts.
LoginOutcome runLoginTest(const LoginRequest &request, const CancelToken &cancel = CancelToken());

/// Runs login tests on its own thread pool and reports in its own thread.
///
/// Thread: lives in a thread with an event loop (the GUI thread); never blocks it.
/// Ownership: QObject parent; destruction cancels and waits (≤ ~100 ms) for the worker.
class LoginTest : public QObject
{
    Q_OBJECT

public:
    explicit LoginTest(QObject *parent = nullptr);
    ~LoginTest() override;

    void start(const LoginRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const mailwright::LoginOutcome &outcome);

private:
    QThreadPool m_pool;
    CancelToken m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace mailwright

Q_DECLARE_METATYPE(mailwright::LoginOutcome)
