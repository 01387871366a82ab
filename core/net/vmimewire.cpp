// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/vmimewire_p.h"

#include <vmime/platforms/posix/posixHandler.hpp>
#include <vmime/vmime.hpp>

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstring>
#include <mutex>

namespace mailwright::detail {

namespace {

constexpr int kReadWaitMs = 50;
constexpr int kCoalesceLimit = 64 * 1024;

// Translation context "Wire". A struct rather than a free tr() function: lupdate files a free
// function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wire)
};

class NeutralPlatformHandler : public vmime::platforms::posix::posixHandler
{
public:
    const vmime::string getHostName() const override { return "localhost"; }
};

} // namespace

WireFailure::WireFailure(const MailError &e)
    : vmime::exceptions::socket_exception(e.userMessage.toStdString())
    , error(e)
{}

WireFailure::~WireFailure() noexcept = default;

vmime::exception *WireFailure::clone() const
{
    return new WireFailure(*this);
}

const char *WireFailure::name() const noexcept
{
    return "mailwright_wire_failure";
}

WireTimeoutHandler::WireTimeoutHandler(std::shared_ptr<WireShared> shared)
    : m_shared(std::move(shared))
{
    m_idle.start();
}

bool WireTimeoutHandler::isTimeOut()
{
    return m_shared->options.cancel.isCancelled() || m_shared->deadline.hasExpired() ||
           m_idle.elapsed() >= m_shared->options.idleTimeoutMs;
}

void WireTimeoutHandler::resetTimeOut()
{
    m_idle.restart();
}

bool WireTimeoutHandler::handleTimeOut()
{
    return false; // never "keep waiting": VMime throws and the service is discarded
}

vmime::shared_ptr<vmime::net::timeoutHandler> WireTimeoutHandlerFactory::create()
{
    return vmime::make_shared<WireTimeoutHandler>(m_shared);
}

WireSocket::WireSocket(std::shared_ptr<WireShared> shared,
                       vmime::shared_ptr<vmime::net::timeoutHandler> timeoutHandler)
    : m_shared(std::move(shared))
    , m_timeoutHandler(std::move(timeoutHandler))
{}

WireSocket::~WireSocket()
{
    if (m_wire)
        m_wire->close();
}

void WireSocket::raise(const MailError &error)
{
    if (!m_shared->lastError)
        m_shared->lastError = error;
    throw WireFailure(error);
}

void WireSocket::connect(const vmime::string &, const vmime::port_t)
{
    // The address VMime passes is the one from our URL; the endpoint in the options is the
    // authority (host for SNI and the certificate check, security mode).
    WireOptions o = m_shared->options;
    if (!m_shared->deadline.isForever())
        o.deadlineMs = qMax<qint64>(1, m_shared->deadline.remainingTime());
    m_wire = std::make_unique<WireConnection>();
    if (MailError e = m_wire->open(o)) {
        m_wire.reset();
        raise(e);
    }
    ++m_shared->connections;
    m_shared->tls = m_wire->tlsInfo();
    QByteArray greeting = m_wire->greetingLine();
    if (m_wire->usedStartTls() && o.endpoint.protocol == Protocol::Imap) {
        // The greeting's CAPABILITY code was sent before TLS and cannot be trusted; without
        // it VMime asks CAPABILITY again over TLS (RFC 3501 §6.2.1).
        static const QRegularExpression capability(
            QStringLiteral("^(\\* (?:OK|PREAUTH) )\\[CAPABILITY [^\\]]*\\] ?"),
            QRegularExpression::CaseInsensitiveOption);
        greeting = QString::fromUtf8(greeting).replace(capability, QStringLiteral("\\1")).toUtf8();
    }
    m_replay = greeting + "\r\n";
    m_status = 0;
    if (m_timeoutHandler)
        m_timeoutHandler->resetTimeOut();
}

void WireSocket::disconnect()
{
    if (!m_wire)
        return;
    if (!m_pending.isEmpty() && m_wire->isOpen()) {
        m_wire->queue(m_pending);
        m_pending.clear();
    }
    m_wire->close(); // flushes what is queued (LOGOUT / QUIT), bounded
    m_wire.reset();
}

bool WireSocket::isConnected() const
{
    return m_wire && m_wire->isOpen();
}

void WireSocket::flushPending()
{
    if (m_pending.isEmpty() || !m_wire)
        return;
    const QByteArray data = m_pending;
    m_pending.clear();
    if (MailError e = m_wire->write(data, Phase::Fetch))
        raise(e);
}

void WireSocket::noteServerBytes(const QByteArray &bytes)
{
    m_lineTail += bytes;
    const int nl = m_lineTail.lastIndexOf('\n');
    if (nl < 0) {
        if (m_lineTail.size() > 4096)
            m_lineTail = m_lineTail.right(4096);
        return;
    }
    const QByteArray complete = m_lineTail.left(nl);
    m_lineTail.remove(0, nl + 1);
    const int prev = complete.lastIndexOf('\n');
    QByteArray line = complete.mid(prev + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    m_shared->lastServerLine = line.left(1000);
}

bool WireSocket::waitForRead(const int msecs)
{
    flushPending();
    if (!m_replay.isEmpty())
        return true;
    if (!m_wire)
        return false;
    QByteArray none;
    // Peek by reading zero bytes is not possible; wait on the connection instead.
    MailError e = m_wire->readSome(&none, 0, qMin(msecs, kReadWaitMs), Phase::Fetch);
    if (e)
        raise(e);
    return true;
}

bool WireSocket::waitForWrite(const int)
{
    flushPending();
    return true;
}

size_t WireSocket::receiveRaw(vmime::byte_t *buffer, const size_t count)
{
    flushPending();
    m_status = 0;
    if (!m_replay.isEmpty()) {
        const size_t n = qMin<size_t>(count, size_t(m_replay.size()));
        std::memcpy(buffer, m_replay.constData(), n);
        m_replay.remove(0, qsizetype(n));
        return n;
    }
    if (!m_wire) {
        MailError closed;
        closed.code = ErrorCode::ConnectionClosed;
        closed.phase = Phase::Fetch;
        closed.userMessage = Tr::tr("The connection is closed.");
        closed.retryable = true;
        raise(closed);
    }
    QByteArray data;
    if (MailError e = m_wire->readSome(&data, qint64(count), kReadWaitMs, Phase::Fetch))
        raise(e);
    if (data.isEmpty()) {
        m_status = STATUS_WANT_READ;
        return 0;
    }
    noteServerBytes(data);
    std::memcpy(buffer, data.constData(), size_t(data.size()));
    if (m_timeoutHandler)
        m_timeoutHandler->resetTimeOut();
    return size_t(data.size());
}

void WireSocket::receive(vmime::string &buffer)
{
    vmime::byte_t tmp[16384];
    const size_t n = receiveRaw(tmp, sizeof tmp);
    buffer.assign(reinterpret_cast<const char *>(tmp), n);
}

void WireSocket::send(const vmime::string &buffer)
{
    sendRaw(reinterpret_cast<const vmime::byte_t *>(buffer.data()), buffer.size());
}

void WireSocket::send(const char *str)
{
    sendRaw(reinterpret_cast<const vmime::byte_t *>(str), std::strlen(str));
}

void WireSocket::sendRaw(const vmime::byte_t *buffer, const size_t count)
{
    m_pending.append(reinterpret_cast<const char *>(buffer), qsizetype(count));
    if (m_pending.size() >= kCoalesceLimit)
        flushPending();
}

size_t WireSocket::sendRawNonBlocking(const vmime::byte_t *buffer, const size_t count)
{
    sendRaw(buffer, count);
    return count;
}

const vmime::string WireSocket::getPeerName() const
{
    return m_shared->options.endpoint.host.toStdString();
}

const vmime::string WireSocket::getPeerAddress() const
{
    return m_wire ? m_wire->peerAddress().toStdString() : vmime::string();
}

vmime::shared_ptr<vmime::net::socket> WireSocketFactory::create()
{
    return create(vmime::make_shared<WireTimeoutHandler>(m_shared));
}

vmime::shared_ptr<vmime::net::socket>
WireSocketFactory::create(vmime::shared_ptr<vmime::net::timeoutHandler> th)
{
    return vmime::make_shared<WireSocket>(m_shared, th);
}

void ensureVmimePlatform()
{
    static std::once_flag once;
    std::call_once(once, []() { vmime::platform::setHandler<NeutralPlatformHandler>(); });
}

void mapImapLoginRefusal(MailError &e)
{
    // "a1 NO [CODE] text" → "[CODE] text": the tag and the status are ours, not the server's
    // message to the user (RFC 3501 §7.1).
    static const QRegularExpression tagged(QStringLiteral("^\\S+\\s+(?:NO|BAD)\\s+(.*)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = tagged.match(e.serverText);
    if (m.hasMatch())
        e.serverText = m.captured(1);
    // RFC 5530 §3 response codes: only a refused credential is the password's fault (and worth
    // asking the user for it again); a busy authentication backend or a missing TLS layer is
    // not.
    const QString text = e.serverText.toUpper();
    if (text.startsWith(QLatin1String("[UNAVAILABLE]"))) {
        e.code = ErrorCode::TemporaryFailure;
        e.retryable = true;
        e.userMessage = Tr::tr("The server cannot check passwords right now; try again later.");
    } else if (text.startsWith(QLatin1String("[PRIVACYREQUIRED]"))) {
        e.code = ErrorCode::AuthEncryptionRequired;
        e.userMessage = Tr::tr("The server accepts the password only over an encrypted "
                               "connection.");
    } else {
        // [AUTHENTICATIONFAILED], [EXPIRED], [AUTHORIZATIONFAILED] or no code at all.
        e.code = ErrorCode::AuthFailed;
        e.userMessage = Tr::tr("The server did not accept the user name or password.");
    }
}

MailError mapVmimeException(const std::exception &ex, const WireShared &shared, Phase phase)
{
    if (shared.lastError)
        return shared.lastError;
    MailError e;
    e.phase = phase;
    e.technicalDetail = QString::fromStdString(ex.what());
    if (shared.options.cancel.isCancelled()) {
        e.code = ErrorCode::Cancelled;
        e.userMessage = Tr::tr("Cancelled.");
        return e;
    }
    if (const auto *w = dynamic_cast<const WireFailure *>(&ex))
        return w->error;
    if (dynamic_cast<const vmime::exceptions::authentication_error *>(&ex)) {
        // VMime says only "Authentication error" (G6) for any NO to LOGIN: the server's own
        // line is what counts.
        e.phase = Phase::Auth;
        e.serverText = QString::fromUtf8(shared.lastServerLine);
        mapImapLoginRefusal(e);
        return e;
    }
    if (const auto *c = dynamic_cast<const vmime::exceptions::command_error *>(&ex)) {
        e.code = ErrorCode::ProtocolError;
        e.serverText = QString::fromStdString(c->response());
        if (e.serverText.isEmpty())
            e.serverText = QString::fromUtf8(shared.lastServerLine);
        e.userMessage =
            Tr::tr("The server refused the command %1.").arg(QString::fromStdString(c->command()));
        return e;
    }
    if (dynamic_cast<const vmime::exceptions::operation_timed_out *>(&ex)) {
        e.code = ErrorCode::Timeout;
        e.retryable = true;
        e.userMessage = Tr::tr("The server stopped responding.");
        return e;
    }
    if (dynamic_cast<const vmime::exceptions::connection_error *>(&ex) ||
        dynamic_cast<const vmime::exceptions::socket_exception *>(&ex) ||
        dynamic_cast<const vmime::exceptions::not_connected *>(&ex)) {
        e.code = ErrorCode::ConnectionClosed;
        e.retryable = true;
        e.userMessage = Tr::tr("The connection to the server was lost.");
        return e;
    }
    if (dynamic_cast<const vmime::exceptions::folder_not_found *>(&ex)) {
        e.code = ErrorCode::ProtocolError;
        e.userMessage = Tr::tr("The folder does not exist on the server.");
        return e;
    }
    e.code = ErrorCode::Internal;
    e.userMessage = Tr::tr("Unexpected error in the mail protocol library.");
    return e;
}

} // namespace mailwright::detail
