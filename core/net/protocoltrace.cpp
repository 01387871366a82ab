// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocoltrace.h"

#include <QDateTime>
#include <QRegularExpression>

namespace mailwright {

void ProtocolTrace::setTimestamps(bool on)
{
    QMutexLocker lock(&m_mutex);
    m_timestamps = on;
}

void ProtocolTrace::setLineCallback(std::function<void(const QString &)> callback)
{
    QMutexLocker lock(&m_mutex);
    m_callback = std::move(callback);
}

void ProtocolTrace::addLine(Direction direction, const QString &text)
{
    QString line =
        (direction == Direction::Client ? QStringLiteral("C: ") : QStringLiteral("S: ")) + text;
    std::function<void(const QString &)> callback;
    {
        QMutexLocker lock(&m_mutex);
        if (m_timestamps)
            line.prepend(QDateTime::currentDateTimeUtc().toString(QStringLiteral("hh:mm:ss.zzz ")));
        m_lines.append(line);
        callback = m_callback;
    }
    if (callback)
        callback(line);
}

void ProtocolTrace::addNote(const QString &text)
{
    QString line = QStringLiteral("* ") + text;
    std::function<void(const QString &)> callback;
    {
        QMutexLocker lock(&m_mutex);
        if (m_timestamps)
            line.prepend(QDateTime::currentDateTimeUtc().toString(QStringLiteral("hh:mm:ss.zzz ")));
        m_lines.append(line);
        callback = m_callback;
    }
    if (callback)
        callback(line);
}

QStringList ProtocolTrace::lines() const
{
    QMutexLocker lock(&m_mutex);
    return m_lines;
}

QString ProtocolTrace::text() const
{
    return lines().join(QLatin1Char('\n'));
}

void ProtocolTrace::clear()
{
    QMutexLocker lock(&m_mutex);
    m_lines.clear();
}

void ProtocolTrace::Stream::feed(Direction direction, const QByteArray &bytes)
{
    if (!m_trace)
        return;
    QByteArray &partial = m_partial[direction == Direction::Client ? 0 : 1];
    partial += bytes;
    int start = 0;
    for (;;) {
        const int nl = partial.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArray line = partial.mid(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = nl + 1;
        if (direction == Direction::Client)
            clientLine(line);
        else
            serverLine(line);
    }
    partial.remove(0, start);
    // Message content may be one huge line; count it instead of buffering it.
    if (direction == Direction::Client && m_inData && partial.size() > 4096) {
        m_dataBytes += partial.size();
        partial.clear();
    }
}

void ProtocolTrace::Stream::finish()
{
    for (int i = 0; i < 2; ++i) {
        if (!m_partial[i].isEmpty()) {
            const QByteArray rest = m_partial[i];
            m_partial[i].clear();
            if (i == 0)
                clientLine(rest);
            else
                serverLine(rest);
        }
    }
    if (m_inData && m_dataBytes > 0) {
        m_trace->addLine(Direction::Client,
                         QStringLiteral("<%1 bytes of message data>").arg(m_dataBytes));
        m_inData = false;
        m_dataBytes = 0;
    }
}

void ProtocolTrace::Stream::clientLine(const QByteArray &line)
{
    const QString redacted = QStringLiteral("<redacted>");
    if (m_inData) {
        if (line == ".") {
            m_trace->addLine(Direction::Client,
                             QStringLiteral("<%1 bytes of message data>").arg(m_dataBytes));
            m_trace->addLine(Direction::Client, QStringLiteral("."));
            m_inData = false;
            m_dataBytes = 0;
        } else {
            m_dataBytes += line.size() + 2;
        }
        return;
    }
    if (m_inAuth) {
        m_trace->addLine(Direction::Client, redacted);
        return;
    }
    const QString text = QString::fromUtf8(line);
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto upper = [&words](int i) {
        return i < words.size() ? words.at(i).toUpper() : QString();
    };

    switch (m_protocol) {
    case Protocol::Smtp:
        if (upper(0) == QLatin1String("AUTH")) {
            // RFC 4954 §4: "AUTH mechanism [initial-response]"; every later client line until
            // the final reply is a SASL response.
            m_trace->addLine(
                Direction::Client,
                words.size() > 2 ? QStringLiteral("AUTH %1 %2").arg(words.at(1), redacted) : text);
            m_inAuth = true;
            return;
        }
        if (upper(0) == QLatin1String("DATA") && words.size() == 1)
            m_dataPending = true;
        break;
    case Protocol::Imap:
        if (upper(1) == QLatin1String("LOGIN")) {
            // RFC 3501 §6.2.3; a literal password arrives as continuation lines after "+".
            m_trace->addLine(Direction::Client,
                             QStringLiteral("%1 LOGIN %2").arg(words.at(0), redacted));
            m_inAuth = true;
            return;
        }
        if (upper(1) == QLatin1String("AUTHENTICATE")) {
            m_trace->addLine(Direction::Client, words.size() > 3
                                                    ? QStringLiteral("%1 AUTHENTICATE %2 %3")
                                                          .arg(words.at(0), words.at(2), redacted)
                                                    : text);
            m_inAuth = true;
            return;
        }
        break;
    case Protocol::Pop3:
        if (upper(0) == QLatin1String("PASS")) {
            m_trace->addLine(Direction::Client, QStringLiteral("PASS ") + redacted);
            return;
        }
        if (upper(0) == QLatin1String("APOP")) {
            m_trace->addLine(Direction::Client,
                             QStringLiteral("APOP %1 %2").arg(words.value(1), redacted));
            return;
        }
        if (upper(0) == QLatin1String("AUTH") && words.size() > 1) {
            m_trace->addLine(
                Direction::Client,
                words.size() > 2 ? QStringLiteral("AUTH %1 %2").arg(words.at(1), redacted) : text);
            m_inAuth = true;
            return;
        }
        break;
    }
    m_trace->addLine(Direction::Client, text);
}

void ProtocolTrace::Stream::serverLine(const QByteArray &line)
{
    m_trace->addLine(Direction::Server, QString::fromUtf8(line));
    if (m_inAuth) {
        // A continuation request keeps the exchange going: SMTP "334 ..." (RFC 4954), IMAP and
        // POP3 "+ ..." (RFC 3501 §7.5, RFC 5034). Anything else ends it.
        const bool more = m_protocol == Protocol::Smtp
                              ? line.startsWith("334")
                              : line.startsWith("+") && !line.startsWith("+OK");
        if (!more)
            m_inAuth = false;
    }
    if (m_dataPending && line.size() >= 3 && (line.size() == 3 || line.at(3) == ' ')) {
        m_dataPending = false;
        m_inData = line.startsWith("354");
        m_dataBytes = 0;
    }
}

} // namespace mailwright
