// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSemaphore>
#include <QString>
#include <QThread>

#include <atomic>

namespace mailwright::test {

/// What the test servers (ScriptedServer, TestSmtpServer) share: a listening socket in a thread
/// of its own that accepts connections one after another and hands each, as a raw descriptor,
/// to serve(), which drives it with blocking calls (so a blocking client in the test thread
/// works). A subclass's destructor must call stop() before its own members go.
/// Thread: constructed, started and destroyed by the test thread; serves in its own thread.
class ServerThread : public QThread
{
public:
    ~ServerThread() override;

    /// Starts listening and returns the port (0 on failure).
    quint16 start();
    /// Ends serving (serve() sees stopping()) and waits for the thread.
    void stop();

protected:
    /// Listens on \a address, \a port (0: any free port) once started.
    ServerThread(const QString &address, quint16 port);

    /// One connection, in the server's thread; returns when it is done or stopping().
    virtual void serve(qintptr descriptor) = 0;
    bool stopping() const { return m_stop.load(); }

    void run() override;

private:
    QString m_address;
    quint16 m_listenPort;
    QSemaphore m_listening;
    std::atomic<quint16> m_port{0};
    std::atomic_bool m_stop{false};
};

} // namespace mailwright::test
