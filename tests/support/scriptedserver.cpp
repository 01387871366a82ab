// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedserver.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace mailwright::test {

namespace {

// Hands out raw descriptors so the connection can be driven with blocking calls.
class DescriptorServer : public QTcpServer
{
public:
    QList<qintptr> pending;

protected:
    void incomingConnection(qintptr descriptor) override { pending.append(descriptor); }
};

} // namespace

ScriptedServer::ScriptedServer(const QStringList &script)
    : m_script(script)
{}

ScriptedServer::~ScriptedServer()
{
    stop();
}

quint16 ScriptedServer::start()
{
    QThread::start();
    m_listening.acquire();
    return m_port.load();
}

void ScriptedServer::stop()
{
    m_stop = true;
    wait();
}

void ScriptedServer::setScripts(const QList<QStringList> &perConnection)
{
    m_scripts = perConnection;
}

int ScriptedServer::marks(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    return m_marks.value(name);
}

QByteArray ScriptedServer::received() const
{
    QMutexLocker lock(&m_mutex);
    return m_received;
}

QStringList ScriptedServer::failures() const
{
    QMutexLocker lock(&m_mutex);
    return m_failures;
}

void ScriptedServer::run()
{
    DescriptorServer server;
    const bool ok = server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0);
    m_port = ok ? server.serverPort() : 0;
    m_listening.release();
    if (!ok)
        return;
    while (!m_stop) {
        server.waitForNewConnection(20);
        while (!server.pending.isEmpty() && !m_stop)
            serve(server.pending.takeFirst());
    }
}

void ScriptedServer::serve(qintptr descriptor)
{
    const int index = m_connections++;
    const QStringList &script =
        m_scripts.isEmpty() ? m_script : m_scripts.at(qMin<qsizetype>(index, m_scripts.size() - 1));
    QTcpSocket socket;
    socket.setSocketDescriptor(descriptor);
    auto record = [this, &socket]() {
        const QByteArray data = socket.readAll();
        if (!data.isEmpty()) {
            QMutexLocker lock(&m_mutex);
            m_received += data;
        }
        return data;
    };
    auto fail = [this](const QString &why) {
        QMutexLocker lock(&m_mutex);
        m_failures.append(why);
    };
    QByteArray buffer; // read but not yet consumed by a "C:" step
    auto pump = [&](int ms) {
        socket.waitForReadyRead(ms);
        buffer += record();
    };
    auto connected = [&socket]() {
        return socket.state() == QAbstractSocket::ConnectedState;
    };

    for (const QString &step : script) {
        if (m_stop)
            return;
        if (step.startsWith(QLatin1String("S: "))) {
            socket.write(step.mid(3).toUtf8() + "\r\n");
            socket.waitForBytesWritten(1000);
        } else if (step.startsWith(QLatin1String("RAW "))) {
            QString text = step.mid(4);
            text.replace(QLatin1String("\\r"), QLatin1String("\r"))
                .replace(QLatin1String("\\n"), QLatin1String("\n"));
            socket.write(text.toUtf8());
            socket.waitForBytesWritten(1000);
        } else if (step.startsWith(QLatin1String("C: "))) {
            const QRegularExpression re(QLatin1Char('^') + step.mid(3) + QLatin1Char('$'),
                                        QRegularExpression::CaseInsensitiveOption);
            QDeadlineTimer t(10000);
            while (!buffer.contains('\n') && connected() && !t.hasExpired() && !m_stop)
                pump(20);
            const int nl = buffer.indexOf('\n');
            if (nl < 0) {
                fail(QStringLiteral("expected %1, got nothing").arg(step));
                return;
            }
            QByteArray line = buffer.left(nl);
            buffer.remove(0, nl + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (!re.match(QString::fromUtf8(line)).hasMatch()) {
                fail(QStringLiteral("expected %1, got %2").arg(step, QString::fromUtf8(line)));
                return;
            }
        } else if (step.startsWith(QLatin1String("WAIT "))) {
            QDeadlineTimer t(step.mid(5).toInt());
            while (!t.hasExpired() && !m_stop)
                pump(10);
        } else if (step == QLatin1String("SILENT")) {
            while (connected() && !m_stop)
                pump(20);
            return;
        } else if (step == QLatin1String("STALL")) {
            socket.setReadBufferSize(1);
            while (connected() && !m_stop)
                QThread::msleep(10);
            return;
        } else if (step == QLatin1String("DATA")) {
            QDeadlineTimer t(20000);
            while (!buffer.contains("\r\n.\r\n") && connected() && !t.hasExpired() && !m_stop)
                pump(20);
            const int end = buffer.indexOf("\r\n.\r\n");
            if (end < 0) {
                fail(QStringLiteral("no end of DATA"));
                return;
            }
            buffer.remove(0, end + 5);
        } else if (step.startsWith(QLatin1String("READ "))) {
            const int n = step.mid(5).toInt();
            QDeadlineTimer t(10000);
            while (buffer.size() < n && connected() && !t.hasExpired() && !m_stop)
                pump(20);
            buffer.clear();
        } else if (step.startsWith(QLatin1String("MARK "))) {
            QMutexLocker lock(&m_mutex);
            ++m_marks[step.mid(5)];
        } else if (step == QLatin1String("CLOSE")) {
            socket.abort();
            return;
        }
    }
    // Script done: keep the line open briefly so the client's last words are recorded.
    QDeadlineTimer t(300);
    while (connected() && !t.hasExpired() && !m_stop)
        pump(20);
}

} // namespace mailwright::test
