// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverthread.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QStringList>

#include <atomic>

namespace mailwright::test {

/// A scripted fault server on 127.0.0.1, port 0, in its own thread (so a blocking client in the
/// test thread works). It accepts connections one after another and plays the same script on
/// each. Script lines:
///   "S: text"     send text + CRLF
///   "C: regex"    read one line; it must match regex (case-insensitive, whole line)
///   "WAIT ms"     pause, reading (and recording) what the client sends meanwhile
///   "SILENT"      say nothing, keep reading, until the client leaves or the server stops
///   "STALL"       stop reading altogether (the client's writes block once buffers fill)
///   "DATA"        read message data up to and including CRLF.CRLF
///   "READ n"      read at least n more bytes
///   "RAW text"    send text without CRLF ("\r\n" escapes are expanded)
///   "CLOSE"       close the connection
///   "MARK name"   count one event called name (e.g. "delivered" after a 250 to DATA); marks()
/// Everything the client sent is recorded (received()); mismatches go to failures().
/// Thread: constructed, started and destroyed by the test thread; serves in its own thread.
class ScriptedServer : public ServerThread
{
public:
    explicit ScriptedServer(const QStringList &script);
    ~ScriptedServer() override;

    /// Connection N (0-based) plays perConnection[N]; later ones play the last script. Call
    /// before start(). Replaces the script given to the constructor.
    void setScripts(const QList<QStringList> &perConnection);
    int marks(const QString &name) const;

    QByteArray received() const;
    QStringList failures() const;
    int connections() const { return m_connections.load(); }

private:
    void serve(qintptr descriptor) override;

    QStringList m_script;
    QList<QStringList> m_scripts;
    QHash<QString, int> m_marks;
    mutable QMutex m_mutex;
    QByteArray m_received;
    QStringList m_failures;
    std::atomic_int m_connections{0};
};

/// Script lines of an ESMTP server called \a host: its 220 greeting, the client's
/// "EHLO localhost" and the multi-line 250 reply naming \a extensions (RFC 5321 §4.1.1.1).
QStringList smtpGreeting(const QString &host, const QStringList &extensions);

/// Script lines of the client's QUIT and the server's 221 (RFC 5321 §4.1.1.10).
QStringList smtpQuit();

} // namespace mailwright::test
