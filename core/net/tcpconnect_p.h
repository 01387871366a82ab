// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/net: cancellable name lookup and non-blocking TCP connect (POSIX).

#include "errors/mailerror.h"
#include "net/canceltoken.h"

#include <QDeadlineTimer>
#include <QString>

namespace mailwright::detail {

/// Resolves \a host (IPv6 and IPv4, in getaddrinfo's preferred order) and connects to each
/// address in turn, each attempt bounded by \a connectTimeoutMs and the overall \a deadline.
/// Every wait is sliced (25 ms) so \a cancel is seen quickly. On success returns a connected,
/// non-blocking socket descriptor with TCP_NODELAY set; on failure -1 and \a error.
/// \a peerAddress receives the numeric address that answered.
int connectTcp(const QString &host, quint16 port, int connectTimeoutMs,
               const QDeadlineTimer &deadline, const CancelToken &cancel, MailError *error,
               QString *peerAddress);

} // namespace mailwright::detail
