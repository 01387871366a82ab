// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsmtpserver.h"

#include <QDeadlineTimer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace mailwright::test {

TestSmtpServer::TestSmtpServer(const Options &options)
    : ServerThread(options.address, options.port)
    , m_options(options)
{}

TestSmtpServer::~TestSmtpServer()
{
    stop();
}

QStringList TestSmtpServer::commands() const
{
    QMutexLocker lock(&m_mutex);
    return m_commands;
}

void TestSmtpServer::serve(qintptr descriptor)
{
    ++m_connections;
    QSslSocket socket;
    socket.setSocketDescriptor(descriptor);
    auto connected = [&socket] {
        return socket.state() == QAbstractSocket::ConnectedState;
    };
    if (m_options.mode == Mode::Silent) {
        // Never a byte, never a TLS handshake: the client's own timeout must end it.
        while (connected() && !stopping()) {
            socket.waitForReadyRead(20);
            socket.readAll();
        }
        return;
    }
    socket.setLocalCertificate(m_options.certificate);
    socket.setPrivateKey(m_options.key);
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto handshake = [&] {
        socket.startServerEncryption();
        return socket.waitForEncrypted(5000);
    };
    if (m_options.mode == Mode::ImplicitTls && !handshake())
        return;
    auto send = [&socket](const QByteArray &line) {
        socket.write(line + "\r\n");
        socket.flush();
        socket.waitForBytesWritten(1000);
    };
    QByteArray buffer;
    auto readLine = [&](QByteArray *line) {
        QDeadlineTimer t(10000);
        while (!buffer.contains('\n') && connected() && !t.hasExpired() && !stopping()) {
            socket.waitForReadyRead(20);
            buffer += socket.readAll();
        }
        const int nl = int(buffer.indexOf('\n'));
        if (nl < 0)
            return false;
        *line = buffer.left(nl).trimmed();
        buffer.remove(0, nl + 1);
        return true;
    };
    auto record = [this](const QString &c) {
        QMutexLocker lock(&m_mutex);
        m_commands.append(c);
    };
    const QByteArray name = m_options.name.toUtf8();
    send("220 " + name + " ESMTP test");
    bool authed = false;
    QByteArray line;
    while (readLine(&line)) {
        const QByteArray upper = line.toUpper();
        const QByteArray verb = upper.split(' ').first();
        record(verb == "AUTH"
                   ? QString::fromLatin1(upper.left(
                         upper.indexOf(' ', 5) > 0 ? upper.indexOf(' ', 5) : upper.size()))
                   : QString::fromUtf8(line));
        if (verb == "EHLO" || verb == "HELO") {
            const bool tls = socket.isEncrypted();
            QList<QByteArray> ext{"PIPELINING", "SIZE 10240000", "8BITMIME", "ENHANCEDSTATUSCODES",
                                  "SMTPUTF8"};
            const QStringList auth = tls ? m_options.authAfterTls : m_options.authBeforeTls;
            if (!auth.isEmpty())
                ext << "AUTH " + auth.join(QLatin1Char(' ')).toLatin1();
            if (!tls && m_options.offerStartTls && m_options.mode == Mode::StartTls)
                ext << "STARTTLS";
            QByteArray reply = "250-" + name;
            for (int i = 0; i < ext.size(); ++i)
                reply += "\r\n250" + QByteArray(i + 1 == ext.size() ? " " : "-") + ext.at(i);
            send(reply);
        } else if (verb == "STARTTLS" && !socket.isEncrypted() && m_options.offerStartTls &&
                   m_options.mode == Mode::StartTls) {
            send("220 2.0.0 Ready to start TLS");
            buffer.clear();
            if (!handshake())
                return;
        } else if (verb == "AUTH") {
            QByteArray user, pass;
            const QList<QByteArray> parts = line.split(' ');
            const QByteArray mech = parts.value(1).toUpper();
            if (mech == "PLAIN") {
                QByteArray initial = parts.value(2);
                if (initial.isEmpty()) {
                    send("334 ");
                    readLine(&initial);
                }
                const QList<QByteArray> f = QByteArray::fromBase64(initial).split('\0');
                user = f.value(1);
                pass = f.value(2);
            } else if (mech == "LOGIN") {
                send("334 VXNlcm5hbWU6");
                readLine(&user);
                user = QByteArray::fromBase64(user);
                send("334 UGFzc3dvcmQ6");
                readLine(&pass);
                pass = QByteArray::fromBase64(pass);
            } else {
                send("504 5.5.4 Unrecognized authentication type");
                continue;
            }
            if (QString::fromUtf8(user) == m_options.user &&
                QString::fromUtf8(pass) == m_options.password && !m_options.user.isEmpty()) {
                authed = true;
                send("235 2.7.0 Authentication successful");
            } else {
                send("535 5.7.8 Error: authentication failed: authentication failure");
            }
        } else if (verb == "MAIL") {
            send(authed || m_options.user.isEmpty() ? "250 2.1.0 Ok"
                                                    : "530 5.7.0 Authentication required");
        } else if (verb == "RCPT") {
            send("250 2.1.5 Ok");
        } else if (verb == "RSET" || verb == "NOOP") {
            send("250 2.0.0 Ok");
        } else if (verb == "QUIT") {
            send("221 2.0.0 Bye");
            break;
        } else {
            send("502 5.5.2 Error: command not recognized");
        }
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(300);
}

TcpForwarder::TcpForwarder(const QString &address, quint16 port, const QString &targetAddress,
                           quint16 targetPort)
    : m_address(address)
    , m_port(port)
    , m_target(targetAddress)
    , m_targetPort(targetPort)
{}

TcpForwarder::~TcpForwarder()
{
    quit();
    wait();
}

bool TcpForwarder::start()
{
    QThread::start();
    m_listening.acquire();
    return m_ok.load();
}

void TcpForwarder::run()
{
    QTcpServer server;
    m_ok = server.listen(QHostAddress(m_address), m_port);
    m_listening.release();
    if (!m_ok)
        return;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket *in = server.nextPendingConnection()) {
            auto *out = new QTcpSocket(in);
            QObject::connect(in, &QTcpSocket::readyRead, out,
                             [in, out] { out->write(in->readAll()); });
            QObject::connect(out, &QTcpSocket::readyRead, in,
                             [in, out] { in->write(out->readAll()); });
            QObject::connect(out, &QTcpSocket::connected, in,
                             [in, out] { out->write(in->readAll()); });
            QObject::connect(out, &QTcpSocket::disconnected, in,
                             [in] { in->disconnectFromHost(); });
            QObject::connect(out, &QTcpSocket::errorOccurred, in, [in] { in->abort(); });
            QObject::connect(in, &QTcpSocket::disconnected, in, [in, out] {
                out->disconnectFromHost();
                in->deleteLater();
            });
            out->connectToHost(QHostAddress(m_target), m_targetPort);
        }
    });
    exec();
}

} // namespace mailwright::test
