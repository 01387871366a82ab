// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3session.h"

#include "errors/errorcatalogue.h"
#include "logging.h"

#include <QCoreApplication>

namespace mailwright {

namespace {

// Translation context "Pop3Session". A struct rather than a free tr() function: lupdate files
// a free function's texts under the enclosing class, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Pop3Session)
};

QByteArray chomp(QByteArray line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

MailError pop3Error(ErrorCode code, Phase phase, const QByteArray &reply,
                    const QString &detail = QString())
{
    MailError error;
    error.code = code;
    error.phase = phase;
    // "-ERR text": the text is the server's own (RFC 1939 §3), with RFC 2449 response codes
    // such as [AUTH] or [IN-USE] at its start.
    error.serverText = QString::fromUtf8(chomp(reply));
    error.technicalDetail = detail;
    explain(error);
    return error;
}

/// What a -ERR to PASS or AUTH means (RFC 2449 §8, RFC 3206): [AUTH] or no code is a refused
/// credential; [IN-USE] and [SYS/TEMP] pass; [SYS/PERM] needs the provider, not a new password.
ErrorCode loginRefusalCode(const QByteArray &reply)
{
    const QByteArray upper = reply.toUpper();
    if (upper.contains("[IN-USE]") || upper.contains("[SYS/TEMP]"))
        return ErrorCode::TemporaryFailure;
    if (upper.contains("[SYS/PERM]"))
        return ErrorCode::ServiceUnavailable;
    return ErrorCode::AuthFailed;
}

} // namespace

Pop3Session::Pop3Session() = default;

Pop3Session::~Pop3Session()
{
    close();
}

bool Pop3Session::isOpen() const
{
    return m_wire && m_wire->isOpen();
}

TlsSessionInfo Pop3Session::tlsInfo() const
{
    return m_wire ? m_wire->tlsInfo() : TlsSessionInfo();
}

void Pop3Session::close()
{
    if (m_wire)
        m_wire->close();
    m_wire.reset();
}

MailError Pop3Session::fail(MailError error)
{
    // Never reuse a connection after an error: its state (a half-read listing, a stale
    // reply) is unknown.
    close();
    return error;
}

MailError Pop3Session::command(const QByteArray &line, QByteArray *reply, Phase phase,
                               const QString &traceAs)
{
    if (!m_wire)
        return makeMailError(ErrorCode::Internal, phase, Tr::tr("The POP3 session is not open."));
    if (!traceAs.isEmpty())
        m_wire->traceClient(traceAs);
    if (MailError e = m_wire->write(line + "\r\n", phase, traceAs.isEmpty()))
        return fail(e);
    if (MailError e = m_wire->readLine(reply, phase))
        return fail(e);
    return MailError();
}

MailError Pop3Session::readMultiline(QByteArray *body, Phase phase)
{
    // RFC 1939 §3: a multi-line response ends with "." CRLF; any other line that starts with
    // "." was byte-stuffed by the server, so exactly one leading dot is removed from EVERY such
    // line (VMime 0.9.2 did it for the first only, G3). The line ends are kept as they came,
    // so the message's final CRLF stays part of it.
    body->clear();
    QByteArray line;
    for (;;) {
        if (MailError e = m_wire->readLine(&line, phase))
            return fail(e);
        if (!line.endsWith('\n'))
            return fail(pop3Error(ErrorCode::ConnectionClosed, phase, QByteArray(),
                                  QStringLiteral("multi-line response cut off")));
        if (line.startsWith('.')) {
            if (line == ".\r\n" || line == ".\n")
                return MailError();
            body->append(line.constData() + 1, line.size() - 1);
        } else {
            body->append(line);
        }
    }
}

MailError Pop3Session::open(const WireOptions &options, const QString &username,
                            const QString &password)
{
    close();
    WireOptions wireOptions = options;
    wireOptions.endpoint.protocol = Protocol::Pop3;
    m_wire = std::make_unique<WireConnection>();
    if (MailError e = m_wire->open(wireOptions))
        return fail(e);
    if (!m_wire->greetingLine().toUpper().startsWith("+OK"))
        return fail(
            pop3Error(ErrorCode::ServiceUnavailable, Phase::Greeting, m_wire->greetingLine()));
    // The password only over a verified channel, or in clear text by the user's explicit
    // choice (RFC 8314 §5.1; RFC 2595 §2.1: the password must not travel unprotected).
    const bool plainChosen =
        wireOptions.endpoint.security == Security::None && wireOptions.tls.allowPlaintext;
    if (!m_wire->isEncrypted() && !plainChosen) {
        return fail(makeMailError(ErrorCode::PlaintextRefused, Phase::Auth,
                                  Tr::tr("The connection is not encrypted, so the password was not "
                                         "sent.")));
    }

    // CAPA again after STLS (RFC 2595 §4: the client must discard what it learned before).
    QByteArray reply;
    bool saslPlain = false;
    if (MailError e = command("CAPA", &reply, Phase::Hello))
        return e;
    if (reply.toUpper().startsWith("+OK")) {
        QByteArray capabilities;
        if (MailError e = readMultiline(&capabilities, Phase::Hello))
            return e;
        for (const QByteArray &cap : capabilities.split('\n')) {
            const QList<QByteArray> words = chomp(cap).toUpper().split(' ');
            if (words.value(0) == "SASL" && words.contains("PLAIN"))
                saslPlain = true;
        }
    }

    if (saslPlain) {
        // RFC 5034 with an initial response; RFC 4616 PLAIN: authzid NUL authcid NUL password.
        QByteArray plain;
        plain.append('\0').append(username.toUtf8()).append('\0').append(password.toUtf8());
        const QByteArray initial = plain.toBase64();
        plain.fill('\0');
        if (MailError e = command("AUTH PLAIN " + initial, &reply, Phase::Auth,
                                  QStringLiteral("AUTH PLAIN ********")))
            return e;
        if (reply.startsWith("+ ") || reply == "+\r\n") // server asked for it after all
            if (MailError e = command(initial, &reply, Phase::Auth, QStringLiteral("********")))
                return e;
    } else {
        if (MailError e = command("USER " + username.toUtf8(), &reply, Phase::Auth))
            return e;
        if (!reply.toUpper().startsWith("+OK"))
            return fail(pop3Error(ErrorCode::AuthFailed, Phase::Auth, reply));
        if (MailError e = command("PASS " + password.toUtf8(), &reply, Phase::Auth,
                                  QStringLiteral("PASS ********")))
            return e;
    }
    if (!reply.toUpper().startsWith("+OK"))
        return fail(pop3Error(loginRefusalCode(reply), Phase::Auth, reply));
    qCDebug(lcImap) << "POP3 logged in to" << wireOptions.endpoint.host;
    return MailError();
}

MailError Pop3Session::listMessages(QList<Pop3Entry> *out)
{
    out->clear();
    QByteArray reply;
    QByteArray body;
    // UIDL (RFC 1939 §7) is optional for servers; without it leave-on-server cannot work.
    if (MailError e = command("UIDL", &reply, Phase::Fetch))
        return e;
    if (!reply.toUpper().startsWith("+OK"))
        return fail(pop3Error(ErrorCode::ProtocolError, Phase::Fetch, reply,
                              QStringLiteral("the server does not support UIDL")));
    if (MailError e = readMultiline(&body, Phase::Fetch))
        return e;
    QHash<int, int> indexOf;
    for (const QByteArray &raw : body.split('\n')) {
        const QList<QByteArray> words = chomp(raw).split(' ');
        if (words.size() < 2)
            continue;
        Pop3Entry entry;
        entry.number = words[0].toInt();
        // unique-id: 1..70 printable characters 0x21..0x7E (§7), so Latin-1 is exact.
        entry.uidl = QString::fromLatin1(words[1]);
        if (entry.number <= 0)
            continue;
        indexOf.insert(entry.number, int(out->size()));
        out->append(entry);
    }
    if (MailError e = command("LIST", &reply, Phase::Fetch))
        return e;
    if (!reply.toUpper().startsWith("+OK"))
        return fail(pop3Error(ErrorCode::ProtocolError, Phase::Fetch, reply));
    if (MailError e = readMultiline(&body, Phase::Fetch))
        return e;
    for (const QByteArray &raw : body.split('\n')) {
        const QList<QByteArray> words = chomp(raw).split(' ');
        if (words.size() < 2)
            continue;
        const auto it = indexOf.constFind(words[0].toInt());
        if (it != indexOf.cend())
            (*out)[it.value()].size = words[1].toLongLong();
    }
    return MailError();
}

MailError Pop3Session::retrieve(int number, QByteArray *raw)
{
    raw->clear();
    QByteArray reply;
    if (MailError e = command("RETR " + QByteArray::number(number), &reply, Phase::Fetch))
        return e;
    if (!reply.toUpper().startsWith("+OK"))
        return fail(pop3Error(ErrorCode::ProtocolError, Phase::Fetch, reply));
    return readMultiline(raw, Phase::Fetch);
}

MailError Pop3Session::markDeleted(int number)
{
    QByteArray reply;
    if (MailError e = command("DELE " + QByteArray::number(number), &reply, Phase::Fetch))
        return e;
    if (!reply.toUpper().startsWith("+OK"))
        return fail(pop3Error(ErrorCode::ProtocolError, Phase::Fetch, reply));
    return MailError();
}

MailError Pop3Session::quit()
{
    QByteArray reply;
    if (MailError e = command("QUIT", &reply, Phase::Fetch))
        return e;
    close();
    // RFC 1939 §6: -ERR here means some deletions were not done.
    if (!reply.toUpper().startsWith("+OK"))
        return pop3Error(ErrorCode::ProtocolError, Phase::Fetch, reply);
    return MailError();
}

} // namespace mailwright
