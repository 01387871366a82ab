// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedserver.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTcpSocket>

namespace mailwright::test {

ScriptedServer::ScriptedServer(const QStringList &script)
    : ServerThread(QStringLiteral("127.0.0.1"), 0)
    , m_script(script)
{}

ScriptedServer::~ScriptedServer()
{
    stop();
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
        if (stopping())
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
            while (!buffer.contains('\n') && connected() && !t.hasExpired() && !stopping())
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
            while (!t.hasExpired() && !stopping())
                pump(10);
        } else if (step == QLatin1String("SILENT")) {
            while (connected() && !stopping())
                pump(20);
            return;
        } else if (step == QLatin1String("STALL")) {
            socket.setReadBufferSize(1);
            while (connected() && !stopping())
                QThread::msleep(10);
            return;
        } else if (step == QLatin1String("DATA")) {
            QDeadlineTimer t(20000);
            while (!buffer.contains("\r\n.\r\n") && connected() && !t.hasExpired() && !stopping())
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
            while (buffer.size() < n && connected() && !t.hasExpired() && !stopping())
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
    while (connected() && !t.hasExpired() && !stopping())
        pump(20);
}

QStringList smtpGreeting(const QString &host, const QStringList &extensions)
{
    QStringList s{QStringLiteral("S: 220 %1 ESMTP").arg(host), QStringLiteral("C: EHLO localhost"),
                  QStringLiteral("S: 250-%1").arg(host)};
    for (qsizetype i = 0; i < extensions.size(); ++i)
        s << (i + 1 < extensions.size() ? QStringLiteral("S: 250-") : QStringLiteral("S: 250 ")) +
                 extensions.at(i);
    return s;
}

QStringList smtpQuit()
{
    return {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};
}

} // namespace mailwright::test
