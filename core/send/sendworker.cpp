// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendworker.h"

#include "errors/errorcatalogue.h"
#include "logging.h"

#include <QElapsedTimer>

#include <cstring>

#include <memory>

namespace mailwright {

// ---- Targets ----

bool copiesToSent(const Account &account)
{
    return account.hasIncoming && account.incoming.protocol == Protocol::Imap &&
           account.saveSentCopy;
}

MailError smtpTargetForAccount(const Account &account, const QString &smtpPassword,
                               const QString &incomingPassword, SmtpTarget *out)
{
    SmtpTarget t;
    t.account = account.name;
    TlsPolicy tls;
    if (!account.caFile.isEmpty()) {
        if (MailError e = tls.addCaFile(account.caFile))
            return e;
    }
    for (auto it = account.pinnedCertificates.cbegin(); it != account.pinnedCertificates.cend();
         ++it) {
        const int colon = it.key().lastIndexOf(QLatin1Char(':'));
        for (const QString &pin : it.value())
            tls.addPin(it.key().left(colon), quint16(it.key().mid(colon + 1).toUInt()), pin);
    }
    t.wire.endpoint = account.smtp;
    t.wire.endpoint.protocol = Protocol::Smtp;
    t.wire.tls = tls;
    // Clear text only because the user chose "no encryption" for this account.
    t.wire.tls.allowPlaintext = account.smtp.security == Security::None;
    if (account.smtpAuth != AuthMethod::None) {
        t.credentials.username = account.effectiveSmtpUser();
        t.credentials.password = smtpPassword;
        t.credentials.mechanism = account.smtpAuth == AuthMethod::Plain   ? QStringLiteral("PLAIN")
                                  : account.smtpAuth == AuthMethod::Login ? QStringLiteral("LOGIN")
                                  : account.smtpAuth == AuthMethod::CramMd5
                                      ? QStringLiteral("CRAM-MD5")
                                      : QStringLiteral("auto");
    }
    if (copiesToSent(account)) {
        t.saveSentCopy = true;
        t.imap.endpoint = account.incoming;
        t.imap.tls = tls;
        t.imap.tls.allowPlaintext = account.incoming.security == Security::None;
        t.imapCredentials = {account.effectiveIncomingUser(), incomingPassword};
        t.sentFolder = account.sentFolder;
    }
    *out = t;
    return {};
}

// ---- SendControl ----

bool SendControl::cancelMessage(qint64 id)
{
    const QMutexLocker lock(&m_mutex);
    if (id == 0 || m_current != id)
        return false;
    m_token.cancel();
    return true;
}

void SendControl::stop()
{
    const QMutexLocker lock(&m_mutex);
    m_stopped = true;
    m_token.cancel();
}

bool SendControl::isStopped() const
{
    const QMutexLocker lock(&m_mutex);
    return m_stopped;
}

CancelToken SendControl::newConnectionToken()
{
    const QMutexLocker lock(&m_mutex);
    m_token = CancelToken();
    if (m_stopped)
        m_token.cancel();
    return m_token;
}

void SendControl::setCurrent(qint64 id)
{
    const QMutexLocker lock(&m_mutex);
    m_current = id;
}

// ---- SendWorker ----

namespace {

/// Whether any of \a n bytes is above 127; eight at a time (messages can be tens of MB).
bool hasHighBit(const char *p, qint64 n)
{
    qint64 i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL)
            return true;
    }
    for (; i < n; ++i) {
        if (uchar(p[i]) >= 0x80)
            return true;
    }
    return false;
}

/// One pass over the stored bytes: octets above 127 anywhere need BODY=8BITMIME (RFC 6152);
/// in the header (a prepared .eml with raw UTF-8) they need SMTPUTF8 (RFC 6532/6531).
/// MimeBuilder's headers are always ASCII (RFC 2047/2231), so most mail never asks (G16).
/// A message of at most one slice stays in \a whole (the upload then reads it from there).
/// The header's end (CRLF CRLF, RFC 5322 §2.1) is found with memmem and the bytes are tested
/// eight at a time: a byte-by-byte state machine here cost more than the dot-stuffing.
MailError scanBody(Outbox &outbox, const OutboxMessage &m, bool *eightBit, bool *utf8Header,
                   QByteArray *whole)
{
    *eightBit = false;
    *utf8Header = false;
    constexpr qint64 chunk = 1 << 20;
    QByteArray buffer(int(qMin<qint64>(chunk, qMax<qint64>(m.size, 1))), Qt::Uninitialized);
    bool inHeader = true;
    char prev[3] = {0, 0, 0}; // the last three bytes of the previous slice
    for (qint64 at = 0; at < m.size && !(*eightBit && !inHeader);) {
        const qint64 n = qMin(chunk, m.size - at);
        if (MailError e = outbox.readBody(m.id, at, buffer.data(), n))
            return e;
        const char *p = buffer.constData();
        qint64 bodyFrom = 0;
        if (inHeader) {
            // CRLF CRLF may straddle the previous slice: look at its last three bytes too.
            char seam[6];
            const qint64 k = qMin<qint64>(3, n);
            std::memcpy(seam, prev, 3);
            std::memcpy(seam + 3, p, size_t(k));
            const void *s = at > 0 ? memmem(seam, size_t(3 + k), "\r\n\r\n", 4) : nullptr;
            const void *h = s ? nullptr : memmem(p, size_t(n), "\r\n\r\n", 4);
            if (s)
                bodyFrom = static_cast<const char *>(s) + 4 - (seam + 3);
            else if (h)
                bodyFrom = static_cast<const char *>(h) + 4 - p;
            else
                bodyFrom = n;
            if (hasHighBit(p, bodyFrom)) {
                *eightBit = true;
                *utf8Header = true;
            }
            inHeader = !s && !h;
        }
        if (!*eightBit && hasHighBit(p + bodyFrom, n - bodyFrom))
            *eightBit = true;
        for (qint64 i = 0; i < 3; ++i) // the last three of prev + this slice
            prev[i] = i + n >= 3 ? p[i + n - 3] : prev[i + n];
        at += n;
    }
    if (m.size <= chunk)
        *whole = buffer;
    return {};
}

MailError cancelledError()
{
    MailError e;
    e.code = ErrorCode::Cancelled;
    e.phase = Phase::None;
    explain(e);
    return e;
}

} // namespace

SendWorker::SendWorker(Outbox &outbox, const SmtpTarget &target,
                       std::shared_ptr<SendControl> control)
    : m_outbox(outbox)
    , m_target(target)
    , m_control(std::move(control))
{}

MailError SendWorker::withServer(MailError error) const
{
    // The catalogue's sentences name the server ("The server %1 refused ..."); errors made deep
    // in the wire or from a reply do not know it, the worker does.
    return mailwright::withServer(std::move(error), m_target.wire.endpoint.host);
}

SendOutcome SendWorker::failed(const OutboxMessage &message, const MailError &failure,
                               const QList<RecipientOutcome> &recipients)
{
    const MailError error = withServer(failure);
    SendOutcome o;
    o.id = message.id;
    o.size = message.size;
    o.error = error;
    o.recipients = recipients;
    if (MailError e = m_outbox.markFailed(message.id, error, recipients))
        qCWarning(lcSend) << "outbox: could not record the failure of" << message.id << e;
    const auto state = m_outbox.state(message.id);
    o.state = state.ok() ? state.value : OutboxState::Queued;
    return o;
}

SendWorker::Result SendWorker::run(Outbox::ClaimFilter filter, const Callbacks &callbacks)
{
    Result result;
    filter.account = m_target.account;
    m_outbox.setDeferredSync(true);
    std::unique_ptr<SmtpSession> session;
    bool reachable = true;
    while (reachable && !m_control->isStopped()) {
        const auto claimed = m_outbox.claimBatch(filter, m_batchSize);
        if (!claimed.ok()) {
            result.error = claimed.error;
            break;
        }
        const QList<qint64> &ids = claimed.value;
        if (ids.isEmpty())
            break;
        // One attempt per message and run: a message that failed goes back to the queue with
        // its back-off and must not be claimed again by this very run (flush ignores schedules).
        filter.excludeIds += ids;
        QList<qint64> accepted;
        QList<SendOutcome> sent;
        std::optional<Prepared> upcoming; // the next message, read ahead for pipelining
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (m_control->isStopped()) {
                m_outbox.unclaim(ids.mid(i));
                break;
            }
            Prepared current;
            bool groupOnWire = false; // its envelope followed the previous message's final dot
            if (upcoming && upcoming->message.id == ids.at(i)) {
                current = std::move(*upcoming);
                groupOnWire = session && session->isUsable();
                // Read ahead one message ago: a cancel() since then still counts.
                const auto cancelled = m_outbox.cancelRequested(current.message.id);
                if (cancelled.ok() && cancelled.value)
                    current.message.cancelRequested = true;
            } else {
                auto loaded = m_outbox.message(ids.at(i), false); // bytes are streamed
                if (!loaded.ok()) {
                    result.error = loaded.error;
                    m_outbox.unclaim(ids.mid(i));
                    reachable = false;
                    break;
                }
                current = prepare(std::move(loaded.value));
            }
            upcoming.reset();
            const OutboxMessage &message = current.message;
            SendOutcome outcome;
            if (message.cancelRequested) {
                // Its MAIL/RCPT/DATA may be on the wire already: drop the connection, so its DATA
                // never gets text or a dot (nothing delivered); the next message opens a new one.
                if (groupOnWire)
                    session->close();
                outcome = failed(message, cancelledError());
            } else {
                if (!session || !session->isUsable()) {
                    session = std::make_unique<SmtpSession>();
                    WireOptions options = m_target.wire;
                    options.cancel = m_control->newConnectionToken();
                    ++result.connections;
                    if (MailError e = session->open(options, m_target.credentials)) {
                        if (m_control->isStopped()) {
                            m_outbox.unclaim(ids.mid(i));
                        } else {
                            // The server cannot be reached or refused the login: this batch
                            // fails with that error (each message keeps its own retry
                            // schedule); the rest of the queue waits for the next run.
                            for (qsizetype j = i; j < ids.size(); ++j) {
                                OutboxMessage m;
                                m.id = ids.at(j);
                                m.size = j == i ? message.size : 0;
                                const SendOutcome o = failed(m, e);
                                result.outcomes.append(o);
                                if (callbacks.finished)
                                    callbacks.finished(o);
                            }
                        }
                        reachable = false;
                        break;
                    }
                }
                // RFC 2920: the next message of this batch, read and scanned now, can have its
                // envelope follow this message's final dot (SmtpNextEnvelope).
                SmtpNextEnvelope next;
                bool pipelineNext = false;
                if (i + 1 < ids.size() && session->capabilities().pipelining &&
                    !m_control->isStopped()) {
                    auto loaded = m_outbox.message(ids.at(i + 1), false);
                    if (loaded.ok() && !loaded.value.cancelRequested) {
                        Prepared p = prepare(std::move(loaded.value));
                        if (!p.error) {
                            next.from = p.message.envelopeFrom.toUtf8();
                            next.recipients = p.recipients;
                            next.size = p.message.size;
                            next.eightBit = p.eightBit;
                            next.flags =
                                p.utf8Header ? SmtpSession::NeedsSmtpUtf8 : SmtpSession::NoFlags;
                            pipelineNext = true;
                            upcoming = std::move(p);
                        }
                    }
                }
                outcome = sendOne(*session, current, callbacks, pipelineNext ? &next : nullptr);
            }
            if (outcome.state == OutboxState::Sent) {
                accepted.append(message.id);
                sent.append(outcome);
            } else {
                result.outcomes.append(outcome);
                if (callbacks.finished)
                    callbacks.finished(outcome);
            }
        }
        // One durable commit for the batch; it also makes every deferred record before it
        // durable (the WAL is written in order).
        if (MailError e = m_outbox.markSentBatch(accepted)) {
            qCWarning(lcSend) << "outbox: could not finish sent messages" << e;
            result.error = e;
        }
        for (const SendOutcome &o : std::as_const(sent)) {
            result.outcomes.append(o);
            if (callbacks.finished)
                callbacks.finished(o);
        }
    }
    if (session)
        session->close();
    m_outbox.setDeferredSync(false);
    result.nextDue = m_outbox.nextDue(m_target.account).value;
    if (m_target.saveSentCopy && !m_control->isStopped())
        result.sentCopyError = copyToSent();
    return result;
}

SendWorker::Prepared SendWorker::prepare(OutboxMessage message)
{
    Prepared p;
    p.message = std::move(message);
    for (const QString &r : std::as_const(p.message.recipients))
        p.recipients.append(r.toUtf8());
    p.error = scanBody(m_outbox, p.message, &p.eightBit, &p.utf8Header, &p.whole);
    return p;
}

SendOutcome SendWorker::sendOne(SmtpSession &session, const Prepared &prepared,
                                const Callbacks &callbacks, const SmtpNextEnvelope *next)
{
    QElapsedTimer clock;
    clock.start();
    const OutboxMessage &message = prepared.message;
    const qint64 id = message.id;
    if (prepared.error) {
        SendOutcome o = failed(message, prepared.error);
        o.elapsedMs = clock.elapsed();
        return o;
    }
    SmtpMessageSource source;
    source.size = message.size;
    source.eightBit = prepared.eightBit;
    const QByteArray &whole = prepared.whole;
    source.read = [this, id, &whole](qint64 offset, char *out, qint64 n) {
        if (!whole.isEmpty()) {
            std::memcpy(out, whole.constData() + offset, size_t(n));
            return MailError();
        }
        return m_outbox.readBody(id, offset, out, n);
    };
    // A file-referenced message: the bytes read must still be the queued ones.
    source.verify = [this, id]() {
        return m_outbox.verifyBody(id);
    };
    SmtpSendHooks hooks;
    hooks.beforeData = [this, id]() {
        return m_outbox.markUploading(id);
    };
    if (callbacks.progress) {
        hooks.progress = [&callbacks, id](qint64 sentBytes, qint64 total) {
            callbacks.progress(id, sentBytes, total);
        };
    }
    m_control->setCurrent(id);
    const SmtpSendResult r = session.sendRaw(
        message.envelopeFrom.toUtf8(), prepared.recipients, source,
        prepared.utf8Header ? SmtpSession::NeedsSmtpUtf8 : SmtpSession::NoFlags, hooks, next);
    m_control->setCurrent(0);

    SendOutcome o;
    if (r.isSent()) {
        // The sent-marker first: from now on nothing may send this message again.
        if (MailError e = m_outbox.markAccepted(id, r.recipients))
            qCCritical(lcSend) << "outbox: the server accepted" << id
                               << "but the outbox could not record it:" << e;
        o.id = id;
        o.size = message.size;
        o.state = OutboxState::Sent;
        o.recipients = r.recipients;
    } else if (r.finalDotSent && r.error.replyCode == 0) {
        // The connection died after the final dot, before the reply: the server may have it.
        o.id = id;
        o.size = message.size;
        o.error = withServer(r.error);
        o.recipients = r.recipients;
        if (MailError e = m_outbox.markOutcomeUnknown(id, o.error))
            qCWarning(lcSend) << "outbox: could not hold" << id << e;
        o.state = OutboxState::Held;
    } else {
        MailError e = r.error;
        if (e.code == ErrorCode::Cancelled && m_control->isStopped())
            e.retryable = true; // the program stops: the message waits for the next run
        o = failed(message, e, r.recipients);
    }
    o.reply = r.finalReply.text();
    o.elapsedMs = clock.elapsed();
    return o;
}

MailError SendWorker::copyToSent()
{
    const auto pending = m_outbox.pendingSentCopies();
    if (!pending.ok())
        return pending.error;
    QList<qint64> ids;
    for (const OutboxEntry &e : pending.value) {
        if (e.account == m_target.account)
            ids.append(e.id);
    }
    if (ids.isEmpty())
        return {};
    ImapSession imap;
    WireOptions options = m_target.imap;
    options.cancel = m_control->newConnectionToken();
    if (MailError e = imap.open(options, m_target.imapCredentials))
        return e;
    for (qint64 id : std::as_const(ids)) {
        const auto message = m_outbox.message(id);
        if (!message.ok())
            return message.error;
        // RFC 3501 §6.3.11 APPEND with \Seen: the user wrote it, it is not "new" mail.
        if (MailError e = imap.saveCopy(m_target.sentFolder, message.value.raw))
            return e;
        if (MailError e = m_outbox.markCopiedToSent(id))
            return e;
    }
    return {};
}

} // namespace mailwright
