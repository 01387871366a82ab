// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverthread.h"

#include <QHostAddress>
#include <QMutex>
#include <QSemaphore>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace mailwright::test {

/// A small submission server for the set-up tests, answering by command like Postfix does (not
/// a fixed script): greeting, EHLO with configurable extensions before and after TLS, STARTTLS
/// (RFC 3207, a real TLS handshake with the given certificate), implicit TLS, AUTH PLAIN/LOGIN
/// checked against one user, MAIL/RCPT/RSET/NOOP/QUIT. Or completely silent (accepts, never
/// speaks: a filtered port as far as a client can tell).
///
/// Binds any address and port given (the DNS lab's network namespace allows 127.0.0.x:465).
/// Serves connections one after another in its own thread.
/// Thread: constructed, started and destroyed by the test thread.
class TestSmtpServer : public ServerThread
{
public:
    enum class Mode { ImplicitTls, StartTls, Plain, Silent };
    struct Options
    {
        QString address = QStringLiteral("127.0.0.1");
        quint16 port = 0;
        Mode mode = Mode::StartTls;
        bool offerStartTls = true; ///< StartTls/Plain: announce STARTTLS
        QStringList authBeforeTls; ///< mechanisms announced in clear text
        QStringList authAfterTls{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
        QString user;
        QString password;
        QSslCertificate certificate;
        QSslKey key;
        QString name = QStringLiteral("mx.test");
    };

    explicit TestSmtpServer(const Options &options);
    ~TestSmtpServer() override;

    int connections() const { return m_connections.load(); }
    /// Commands received (AUTH lines reduced to "AUTH <mech>"), in order, all connections.
    QStringList commands() const;

private:
    void serve(qintptr descriptor) override;

    Options m_options;
    mutable QMutex m_mutex;
    QStringList m_commands;
    std::atomic_int m_connections{0};
};

/// Forwards TCP connections from (address, port) to (targetAddress, targetPort) byte for byte:
/// puts a lab server (Postfix, Dovecot on free ports) behind a standard port on a name's
/// address, TLS and all passing through untouched. Own thread with an event loop.
class TcpForwarder : public QThread
{
public:
    TcpForwarder(const QString &address, quint16 port, const QString &targetAddress,
                 quint16 targetPort);
    ~TcpForwarder() override;
    bool start();

protected:
    void run() override;

private:
    QString m_address;
    quint16 m_port;
    QString m_target;
    quint16 m_targetPort;
    QSemaphore m_listening;
    std::atomic_bool m_ok{false};
};

} // namespace mailwright::test
