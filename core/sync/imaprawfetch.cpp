// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession: envelope and flag fetches with our own streaming parser (imapresponse.h).
//
// VMime's IMAP parser spent 41 % of a 50,000-message first sync in processFetchResponse (issue 6
// benchmark). These fetches therefore go as raw commands over the store's own connection, the
// one VMime uses only for LIST/STATUS/CREATE (imapmove.cpp does the same). Sharing it is safe:
// VMime uses it only inside its own calls on this same thread, so between calls it sits at a
// response boundary with nothing buffered; the tags come from VMime's own counter
// (sendCommand), so they stay unique; and we read exactly up to our last tagged reply. The
// folder is EXAMINEd there (read-only, RFC 3501 §6.3.2) and left with UNSELECT (RFC 3691) or
// CLOSE, which expunges nothing after EXAMINE (§6.4.2). The three commands are pipelined
// (§5.5) so a batch costs one round trip. ENVELOPE, FLAGS, RFC822.SIZE and UID are not
// BODY[...] items, so nothing here can set \Seen (§6.4.5).
#include "imapsession_p.h"

#include "errors/errorcatalogue.h"
#include "logging.h"
#include "sync/imapenvelope.h"
#include "sync/imapresponse.h"

#include <vmime/net/imap/IMAPCommand.hpp>
#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPStore.hpp>
#include <vmime/net/imap/IMAPTag.hpp>
#include <vmime/net/imap/IMAPUtils.hpp>

#include <algorithm>
#include <functional>

namespace mailwright {

namespace vimap = vmime::net::imap;

namespace {

constexpr const char *kEnvelopeItems = " (UID FLAGS RFC822.SIZE ENVELOPE)";

/// A UID set (RFC 3501 §9 sequence-set) with runs compressed to ranges: "3:7,9,12:13".
std::string uidRanges(QList<quint32> uids)
{
    std::sort(uids.begin(), uids.end());
    std::string out;
    for (qsizetype i = 0; i < uids.size();) {
        qsizetype j = i;
        while (j + 1 < uids.size() && uids.at(j + 1) <= uids.at(j) + 1)
            ++j;
        if (!out.empty())
            out += ',';
        out += std::to_string(uids.at(i));
        if (uids.at(j) != uids.at(i))
            out += ':' + std::to_string(uids.at(j));
        i = j + 1;
    }
    return out;
}

MailError protocolError(const QString &detail, const QByteArray &serverText = QByteArray())
{
    MailError error;
    error.code = ErrorCode::ProtocolError;
    error.phase = Phase::Fetch;
    error.serverText = QString::fromUtf8(serverText);
    error.technicalDetail = detail;
    explain(error);
    return error;
}

using FetchHandler = std::function<QString(const ImapValue &fetch)>;

/// EXAMINE path, \a command, UNSELECT, pipelined; every "* n FETCH (...)" goes to \a onFetch.
/// Throws like VMime on a broken connection.
MailError runFetch(ImapSessionPrivate *d, const QString &path, const std::string &command,
                   const FetchHandler &onFetch)
{
    auto store = vmime::dynamicCast<vimap::IMAPStore>(d->store);
    auto connection = store ? store->getConnection() : nullptr;
    if (!connection)
        return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
    // G13: the mailbox name in modified UTF-7 from UTF-8 explicitly (RFC 3501 §5.1.3).
    const std::string mailbox = vimap::IMAPUtils::quoteString(vimap::IMAPUtils::pathToString(
        connection->hierarchySeparator(), d->folder(path)->getFullPath()));
    auto send = [&connection](const std::string &text) {
        connection->sendCommand(vimap::IMAPCommand::createCommand(text));
        return QByteArray::fromStdString(static_cast<std::string>(*connection->getTag()));
    };
    const QByteArray examineTag = send("EXAMINE " + mailbox);
    const QByteArray fetchTag = send(command);
    const QByteArray leaveTag = send(connection->hasCapability("UNSELECT") ? "UNSELECT" : "CLOSE");

    auto socket = std::const_pointer_cast<vmime::net::socket>(connection->getSocket());
    auto timeout = socket->getTimeoutHandler();
    if (timeout)
        timeout->resetTimeOut();
    ImapResponseReader reader;
    ImapResponse response;
    std::string chunk;
    MailError failure;
    for (;;) {
        const ImapResponseReader::Status status = reader.next(&response);
        if (status == ImapResponseReader::Status::Error) {
            d->discard(); // we lost our place in the stream: the connection is unusable
            return protocolError(reader.errorString());
        }
        if (status == ImapResponseReader::Status::NeedMore) {
            socket->receive(chunk); // waits up to ~25 ms; throws on cancel, close, deadline
            if (chunk.empty()) {
                if (timeout && timeout->isTimeOut() && !timeout->handleTimeOut())
                    throw vmime::exceptions::operation_timed_out();
                continue;
            }
            reader.feed(chunk.data(), qsizetype(chunk.size()));
            continue;
        }
        if (response.kind == ImapResponse::Kind::Continuation) {
            d->discard();
            return protocolError(QStringLiteral("unexpected continuation request"));
        }
        if (response.kind == ImapResponse::Kind::Untagged) {
            const auto &v = response.values;
            if (v.size() == 3 && v.at(1).isAtom() &&
                v.at(1).text.compare("FETCH", Qt::CaseInsensitive) == 0) {
                const QString error = onFetch(v.at(2));
                if (!error.isEmpty() && !failure) {
                    // Keep reading to the tagged replies: the stream itself is intact.
                    failure = protocolError(error);
                }
            }
            continue; // EXISTS, RECENT, FLAGS, OK [UIDVALIDITY] ...: nothing we need here
        }
        const bool ok = response.values.value(0).text.compare("OK", Qt::CaseInsensitive) == 0;
        if (!ok && !failure) {
            const QString which = response.tag == examineTag ? QStringLiteral("EXAMINE")
                                  : response.tag == fetchTag ? QString::fromStdString(command)
                                                             : QStringLiteral("UNSELECT");
            failure = protocolError(QStringLiteral("%1 failed").arg(which), response.text);
        }
        if (response.tag == leaveTag)
            break;
    }
    if (reader.pending() > 0)
        qCWarning(lcImap) << "bytes after the last tagged reply were dropped:" << reader.pending();
    return failure;
}

MailError fetchEnvelopes(ImapSessionPrivate *d, const QString &path, const std::string &command,
                         QList<CachedMessage> *out)
{
    try {
        return runFetch(d, path, command + kEnvelopeItems, [out](const ImapValue &fetch) {
            CachedMessage message;
            const QString error = envelopeFromFetch(fetch, &message);
            if (error.isEmpty())
                out->append(std::move(message));
            return error;
        });
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
}

} // namespace

MailError ImapSession::fetchEnvelopesByNumber(const QString &path, int first, int last,
                                              QList<CachedMessage> *out)
{
    out->clear();
    if (!d->store)
        return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
    if (first < 1 || last < first)
        return {};
    out->reserve(last - first + 1);
    return fetchEnvelopes(d.get(), path,
                          "FETCH " + std::to_string(first) + ':' + std::to_string(last), out);
}

MailError ImapSession::fetchEnvelopesByUid(const QString &path, const QList<quint32> &uids,
                                           QList<CachedMessage> *out)
{
    out->clear();
    if (!d->store)
        return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
    if (uids.isEmpty())
        return {};
    out->reserve(uids.size());
    return fetchEnvelopes(d.get(), path, "UID FETCH " + uidRanges(uids), out);
}

MailError ImapSession::fetchFlags(const QString &path, quint32 fromUid, QHash<quint32, int> *out)
{
    out->clear();
    if (!d->store)
        return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
    try {
        // "n:*" on an empty mailbox is an error on some servers: ask the examined folder first.
        auto folder = d->opened(path, vmime::net::folder::MODE_READ_ONLY);
        if (folder->getMessageCount() == 0)
            return {};
        out->reserve(qsizetype(folder->getMessageCount()));
        const std::string command =
            "UID FETCH " + std::to_string(std::max<quint32>(fromUid, 1)) + ":* (UID FLAGS)";
        return runFetch(d.get(), path, command, [out, fromUid](const ImapValue &fetch) {
            CachedMessage message;
            const QString error = envelopeFromFetch(fetch, &message);
            // "n:*" always includes the last message even when its UID is below n (§6.4.8).
            if (error.isEmpty() && message.uid >= fromUid)
                out->insert(message.uid, message.flags);
            return error;
        });
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
}

} // namespace mailwright
