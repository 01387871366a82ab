// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core: lets VMime's plain services (imap, pop3 URLs, connection.tls=false) run over
// our WireConnection. Only core .cpp files include this header.
//
// VMime asks its socketFactory for a socket and calls connect(); ours opens a complete
// WireConnection (TCP, TLS or STARTTLS, verification, pins) and then plays back the server's
// greeting, so VMime believes it is talking to a fresh plain connection. VMime never sees the
// clear-text part of a STARTTLS exchange, cannot fall back to clear text (G4), and never uses its
// own certificate verifier (G1) or its SNI-less TLS (G2).

#include "errors/mailerror.h"
#include "net/wireconnection.h"

#include <vmime/exception.hpp>
#include <vmime/net/socket.hpp>
#include <vmime/net/timeoutHandler.hpp>

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <memory>

namespace mailwright::detail {

/// State shared by the factory, its sockets and timeout handlers of one service (one thread).
struct WireShared
{
    WireOptions options;
    QDeadlineTimer deadline{QDeadlineTimer::Forever};
    MailError lastError;       ///< the first failure our layer saw; wins over VMime's message
    QByteArray lastServerLine; ///< last complete line the server sent (for VMime's bare errors, G6)
    TlsSessionInfo tls;        ///< of the last connection opened
    int connections = 0;
};

/// Thrown by our socket; derives from socket_exception so VMime treats it as a socket failure.
class WireFailure : public vmime::exceptions::socket_exception
{
public:
    explicit WireFailure(const MailError &error);
    ~WireFailure() noexcept override;
    vmime::exception *clone() const override;
    const char *name() const noexcept override;
    MailError error;
};

/// isTimeOut() is true on cancel, past the deadline, or after the idle limit; handleTimeOut()
/// returns false so VMime abandons the operation (it throws operation_timed_out).
class WireTimeoutHandler : public vmime::net::timeoutHandler
{
public:
    explicit WireTimeoutHandler(std::shared_ptr<WireShared> shared);
    bool isTimeOut() override;
    void resetTimeOut() override;
    bool handleTimeOut() override;

private:
    std::shared_ptr<WireShared> m_shared;
    QElapsedTimer m_idle;
};

class WireTimeoutHandlerFactory : public vmime::net::timeoutHandlerFactory
{
public:
    explicit WireTimeoutHandlerFactory(std::shared_ptr<WireShared> shared)
        : m_shared(std::move(shared))
    {}
    vmime::shared_ptr<vmime::net::timeoutHandler> create() override;

private:
    std::shared_ptr<WireShared> m_shared;
};

/// A vmime::net::socket over one WireConnection. VMime's small writes are coalesced until it
/// next reads (IMAP writes a command in four pieces) and flushed on disconnect (VMime sends
/// LOGOUT and closes without reading). With no data, reads return 0 with STATUS_WANT_READ
/// exactly (STATUS_WOULDBLOCK includes want-write and makes VMime's readers spin).
class WireSocket : public vmime::net::socket
{
public:
    WireSocket(std::shared_ptr<WireShared> shared,
               vmime::shared_ptr<vmime::net::timeoutHandler> timeoutHandler);
    ~WireSocket() override;

    void connect(const vmime::string &address, const vmime::port_t port) override;
    void disconnect() override;
    bool isConnected() const override;
    bool waitForRead(const int msecs) override;
    bool waitForWrite(const int msecs) override;
    void receive(vmime::string &buffer) override;
    size_t receiveRaw(vmime::byte_t *buffer, const size_t count) override;
    void send(const vmime::string &buffer) override;
    void send(const char *str) override;
    void sendRaw(const vmime::byte_t *buffer, const size_t count) override;
    size_t sendRawNonBlocking(const vmime::byte_t *buffer, const size_t count) override;
    size_t getBlockSize() const override { return 16384; }
    unsigned int getStatus() const override { return m_status; }
    const vmime::string getPeerName() const override;
    const vmime::string getPeerAddress() const override;
    vmime::shared_ptr<vmime::net::timeoutHandler> getTimeoutHandler() override
    {
        return m_timeoutHandler;
    }
    void setTracer(vmime::shared_ptr<vmime::net::tracer> tracer) override { m_tracer = tracer; }
    vmime::shared_ptr<vmime::net::tracer> getTracer() override { return m_tracer; }

private:
    void flushPending();
    [[noreturn]] void raise(const MailError &error);
    void noteServerBytes(const QByteArray &bytes);

    std::shared_ptr<WireShared> m_shared;
    vmime::shared_ptr<vmime::net::timeoutHandler> m_timeoutHandler;
    vmime::shared_ptr<vmime::net::tracer> m_tracer;
    std::unique_ptr<WireConnection> m_wire;
    QByteArray m_replay;  // synthesized greeting, read before the stream
    QByteArray m_pending; // coalesced writes
    QByteArray m_lineTail;
    unsigned int m_status = 0;
};

class WireSocketFactory : public vmime::net::socketFactory
{
public:
    explicit WireSocketFactory(std::shared_ptr<WireShared> shared)
        : m_shared(std::move(shared))
    {}
    vmime::shared_ptr<vmime::net::socket> create() override;
    vmime::shared_ptr<vmime::net::socket>
    create(vmime::shared_ptr<vmime::net::timeoutHandler> th) override;

private:
    std::shared_ptr<WireShared> m_shared;
};

/// Installs (once per process) a VMime platform handler whose host name is neutral
/// ("localhost"): VMime would otherwise put the machine's name into EHLO and Message-IDs.
void ensureVmimePlatform();

/// Turns whatever VMime threw into a MailError. Our own failure (shared.lastError) wins; VMime's
/// authentication_error is completed with the server's real reply line (G6).
MailError mapVmimeException(const std::exception &ex, const WireShared &shared, Phase phase);

/// Completes an IMAP LOGIN refusal whose serverText holds the server's tagged line: strips the
/// tag and status, and sets code and userMessage by the RFC 5530 response code (AuthFailed
/// unless the code says the server is unavailable or wants encryption).
void mapImapLoginRefusal(MailError &e);

} // namespace mailwright::detail
