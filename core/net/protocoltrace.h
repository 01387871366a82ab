// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/serverendpoint.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>

namespace mailwright {

/// A thread-safe, redacted transcript of one or more connections: "C: " lines the client sent,
/// "S: " lines the server sent, "* " notes (TLS established, ...). Shared (std::shared_ptr) by the
/// worker that records and the UI/CLI that shows it; the live line callback runs in the
/// recording (worker) thread, so a GUI must forward it with a queued call.
///
/// Redaction (G5: VMime's own tracer leaks AUTH PLAIN initial responses): SASL initial
/// responses and every continuation line (SMTP AUTH RFC 4954, IMAP AUTHENTICATE RFC 3501 §6.2.2,
/// POP3 AUTH RFC 5034), IMAP LOGIN arguments, POP3 PASS and APOP digests become "<redacted>";
/// SMTP DATA content becomes "<N bytes of message data>". Our own SMTP code never even hands the
/// secret lines to the trace (it records the redacted form); the parser here is the safety net
/// for protocol text written by VMime.
class ProtocolTrace
{
public:
    enum class Direction { Client, Server };

    ProtocolTrace() = default;
    ProtocolTrace(const ProtocolTrace &) = delete;
    ProtocolTrace &operator=(const ProtocolTrace &) = delete;

    void setTimestamps(bool on);
    /// Called once per finished line ("C: EHLO localhost"), in the recording thread.
    void setLineCallback(std::function<void(const QString &)> callback);

    /// Appends one already-safe line ("C: ", "S: " or "* " prefix added here).
    void addLine(Direction direction, const QString &text);
    void addNote(const QString &text);

    QStringList lines() const;
    QString text() const; ///< lines joined with "\n"
    void clear();

    /// Per-connection line assembly and redaction state. Owned by one connection (one thread);
    /// feeds finished, redacted lines into the shared ProtocolTrace.
    class Stream
    {
    public:
        Stream(ProtocolTrace *trace, Protocol protocol)
            : m_trace(trace)
            , m_protocol(protocol)
        {}
        void feed(Direction direction, const QByteArray &bytes);
        /// Flushes partial lines (end of connection).
        void finish();

    private:
        void clientLine(const QByteArray &line);
        void serverLine(const QByteArray &line);

        ProtocolTrace *m_trace;
        Protocol m_protocol;
        QByteArray m_partial[2];
        bool m_inAuth = false;      // continuation lines are secrets
        bool m_dataPending = false; // DATA sent, waiting for 354
        bool m_inData = false;      // message content until "."
        qint64 m_dataBytes = 0;
    };

private:
    mutable QMutex m_mutex;
    QStringList m_lines;
    bool m_timestamps = false;
    std::function<void(const QString &)> m_callback;
};

} // namespace mailwright
