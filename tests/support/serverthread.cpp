// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverthread.h"

#include <QHostAddress>
#include <QTcpServer>

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

ServerThread::ServerThread(const QString &address, quint16 port)
    : m_address(address)
    , m_listenPort(port)
{}

ServerThread::~ServerThread()
{
    stop();
}

quint16 ServerThread::start()
{
    QThread::start();
    m_listening.acquire();
    return m_port.load();
}

void ServerThread::stop()
{
    m_stop = true;
    wait();
}

void ServerThread::run()
{
    DescriptorServer server;
    const bool ok = server.listen(QHostAddress(m_address), m_listenPort);
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

} // namespace mailwright::test
