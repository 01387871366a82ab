// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpconnect_p.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mailwright::detail {

namespace {

constexpr int kSliceMs = 25;

// Translation context "Wire". A struct rather than a free tr() function: lupdate files a free
// function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wire)
};

MailError makeError(ErrorCode code, Phase phase, const QString &message, const QString &detail = {})
{
    MailError e;
    e.code = code;
    e.phase = phase;
    e.userMessage = message;
    e.technicalDetail = detail;
    e.retryable = code == ErrorCode::Timeout || code == ErrorCode::ConnectionRefused ||
                  code == ErrorCode::NetworkError || code == ErrorCode::DnsFailure;
    return e;
}

struct Address
{
    int family = 0;
    sockaddr_storage storage{};
    socklen_t length = 0;
};

// getaddrinfo() blocks and cannot be interrupted. It runs in a helper thread that shares this
// state; on cancel or timeout the worker stops waiting and abandons the thread, which finishes
// on its own and frees the state (shared_ptr).
struct LookupState
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    int status = 0;
    std::vector<Address> addresses;
};

int lookup(const QString &host, quint16 port, const QDeadlineTimer &deadline, int timeoutMs,
           const CancelToken &cancel, std::vector<Address> *out, MailError *error)
{
    // IP literals need no lookup (and must not wait on a resolver).
    QHostAddress literal;
    if (literal.setAddress(host)) {
        Address a;
        if (literal.protocol() == QAbstractSocket::IPv6Protocol) {
            auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&a.storage);
            sin6->sin6_family = AF_INET6;
            sin6->sin6_port = htons(port);
            const Q_IPV6ADDR raw = literal.toIPv6Address();
            std::memcpy(&sin6->sin6_addr, raw.c, 16);
            a.family = AF_INET6;
            a.length = sizeof(sockaddr_in6);
        } else {
            auto *sin = reinterpret_cast<sockaddr_in *>(&a.storage);
            sin->sin_family = AF_INET;
            sin->sin_port = htons(port);
            sin->sin_addr.s_addr = htonl(literal.toIPv4Address());
            a.family = AF_INET;
            a.length = sizeof(sockaddr_in);
        }
        out->push_back(a);
        return 0;
    }

    auto state = std::make_shared<LookupState>();
    const std::string name = host.toStdString();
    const std::string service = std::to_string(port);
    std::thread([state, name, service]() {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_ADDRCONFIG;
        addrinfo *result = nullptr;
        const int status = ::getaddrinfo(name.c_str(), service.c_str(), &hints, &result);
        std::vector<Address> addresses;
        for (addrinfo *ai = result; status == 0 && ai; ai = ai->ai_next) {
            Address a;
            a.family = ai->ai_family;
            a.length = socklen_t(ai->ai_addrlen);
            std::memcpy(&a.storage, ai->ai_addr, ai->ai_addrlen);
            addresses.push_back(a);
        }
        if (result)
            ::freeaddrinfo(result);
        std::lock_guard<std::mutex> lock(state->mutex);
        state->status = status;
        state->addresses = std::move(addresses);
        state->finished = true;
        state->done.notify_all();
    }).detach();

    QDeadlineTimer lookupTimer(timeoutMs);
    std::unique_lock<std::mutex> lock(state->mutex);
    while (!state->finished) {
        if (cancel.isCancelled()) {
            *error = makeError(ErrorCode::Cancelled, Phase::Resolve, Tr::tr("Cancelled."));
            return -1;
        }
        if (lookupTimer.hasExpired() || deadline.hasExpired()) {
            *error = makeError(ErrorCode::Timeout, Phase::Resolve,
                               Tr::tr("Looking up %1 took too long.").arg(host));
            return -1;
        }
        state->done.wait_for(lock, std::chrono::milliseconds(kSliceMs));
    }
    if (state->status != 0 || state->addresses.empty()) {
        *error = makeError(ErrorCode::DnsFailure, Phase::Resolve,
                           Tr::tr("The server name %1 could not be found.").arg(host),
                           QString::fromLocal8Bit(::gai_strerror(state->status)));
        // "Name not known" will not fix itself; a temporary resolver failure might.
        error->retryable = state->status == EAI_AGAIN;
        return -1;
    }
    *out = state->addresses;
    return 0;
}

QString numericAddress(const Address &a)
{
    char buffer[INET6_ADDRSTRLEN] = {};
    const void *src = a.family == AF_INET6
                          ? static_cast<const void *>(
                                &reinterpret_cast<const sockaddr_in6 *>(&a.storage)->sin6_addr)
                          : static_cast<const void *>(
                                &reinterpret_cast<const sockaddr_in *>(&a.storage)->sin_addr);
    ::inet_ntop(a.family, src, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

} // namespace

int connectTcp(const QString &host, quint16 port, int connectTimeoutMs,
               const QDeadlineTimer &deadline, const CancelToken &cancel, MailError *error,
               QString *peerAddress)
{
    std::vector<Address> addresses;
    if (lookup(host, port, deadline, connectTimeoutMs, cancel, &addresses, error) != 0)
        return -1;

    MailError last;
    for (const Address &a : addresses) {
        const QString numeric = numericAddress(a);
        const int fd = ::socket(a.family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            last = makeError(ErrorCode::NetworkError, Phase::Connect,
                             Tr::tr("Could not create a network socket."),
                             QString::fromLocal8Bit(std::strerror(errno)));
            continue;
        }
        // Without TCP_NODELAY, Nagle + delayed ACK costs ~40 ms per command/reply exchange.
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

        int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&a.storage), a.length);
        int soError = rc == 0 ? 0 : errno;
        if (rc != 0 && errno == EINPROGRESS) {
            QDeadlineTimer attempt(connectTimeoutMs);
            soError = ETIMEDOUT;
            for (;;) {
                if (cancel.isCancelled()) {
                    ::close(fd);
                    *error = makeError(ErrorCode::Cancelled, Phase::Connect, Tr::tr("Cancelled."));
                    return -1;
                }
                if (attempt.hasExpired() || deadline.hasExpired())
                    break;
                pollfd p{fd, POLLOUT, 0};
                const int n = ::poll(&p, 1, kSliceMs);
                if (n > 0) {
                    socklen_t len = sizeof soError;
                    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
                    break;
                }
                if (n < 0 && errno != EINTR) {
                    soError = errno;
                    break;
                }
            }
        }
        if (soError == 0) {
            if (peerAddress)
                *peerAddress = numeric;
            return fd;
        }
        ::close(fd);
        if (soError == ECONNREFUSED) {
            last = makeError(
                ErrorCode::ConnectionRefused, Phase::Connect,
                Tr::tr("The server %1 refused the connection on port %2.").arg(host).arg(port),
                numeric);
        } else if (soError == ETIMEDOUT) {
            // No answer at all: typically a firewall dropping packets.
            last = makeError(ErrorCode::Timeout, Phase::Connect,
                             Tr::tr("No answer from %1 on port %2.").arg(host).arg(port), numeric);
        } else {
            last = makeError(ErrorCode::NetworkError, Phase::Connect,
                             Tr::tr("Could not connect to %1 on port %2.").arg(host).arg(port),
                             numeric + QStringLiteral(": ") +
                                 QString::fromLocal8Bit(std::strerror(soError)));
        }
        if (deadline.hasExpired())
            break;
    }
    *error = last;
    return -1;
}

} // namespace mailwright::detail
