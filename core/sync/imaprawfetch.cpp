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
// CLOSE, which expunges nothing after EXAMINE (§6.4.2), before VMime uses the connection again.
// ENVELOPE, FLAGS, RFC822.SIZE and UID are not BODY[...] items, so nothing here can set \Seen
// (§6.4.5).
#include "imapsession_p.h"

#include "errors/errorcatalogue.h"
#include "logging.h"
#include "sync/imapenvelope.h"
#include "sync/imapresponse.h"

#include <vmime/net/imap/IMAPCommand.hpp>
#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPStore.hpp>
#include <vmime/net/imap/IMAPTag.hpp>

#include <algorithm>
#include <functional>
#include <vector>

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
using UntaggedHandler = std::function<void(const ImapResponse &response)>;

/// Sends \a commands pipelined (RFC 3501 §5.5) and reads up to the last one's tagged reply;
/// every "* n FETCH (...)" goes to \a onFetch. \a okCount gets how many leading commands
/// succeeded; every other untagged response goes to \a onUntagged. "* n EXISTS" and
/// "* n EXPUNGE" also keep d->rawExists current (RFC 3501 §7.3.1, §7.4.1). Throws like VMime on
/// a broken connection.
MailError runCommands(ImapSessionPrivate *d, const std::vector<std::string> &commands,
                      const FetchHandler &onFetch, size_t *okCount = nullptr,
                      const UntaggedHandler &onUntagged = UntaggedHandler())
{
    auto store = vmime::dynamicCast<vimap::IMAPStore>(d->store);
    auto connection = store ? store->getConnection() : nullptr;
    if (!connection)
        return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
    QList<QByteArray> tags;
    for (const std::string &text : commands) {
        connection->sendCommand(vimap::IMAPCommand::createCommand(text));
        tags.append(QByteArray::fromStdString(static_cast<std::string>(*connection->getTag())));
    }
    if (okCount)
        *okCount = 0;
    bool allOk = true;

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
                const QString error = onFetch ? onFetch(v.at(2)) : QString();
                if (!error.isEmpty() && !failure) {
                    // Keep reading to the tagged replies: the stream itself is intact.
                    failure = protocolError(error);
                }
                continue;
            }
            if (v.size() == 2 && v.at(0).isAtom() && v.at(1).isAtom()) {
                if (v.at(1).text.compare("EXISTS", Qt::CaseInsensitive) == 0)
                    d->rawExists = v.at(0).text.toInt();
                else if (v.at(1).text.compare("EXPUNGE", Qt::CaseInsensitive) == 0 &&
                         d->rawExists > 0)
                    --d->rawExists;
            }
            if (onUntagged)
                onUntagged(response);
            continue;
        }
        const qsizetype index = tags.indexOf(response.tag);
        const bool ok = response.values.value(0).text.compare("OK", Qt::CaseInsensitive) == 0;
        if (ok && allOk && okCount)
            ++*okCount;
        if (!ok) {
            allOk = false;
            if (!failure) {
                const std::string which = index >= 0 ? commands.at(size_t(index)) : "?";
                failure = protocolError(
                    QStringLiteral("%1 failed").arg(QString::fromStdString(which)), response.text);
            }
        }
        if (response.tag == tags.last())
            break;
    }
    if (reader.pending() > 0)
        qCWarning(lcImap) << "bytes after the last tagged reply were dropped:" << reader.pending();
    return failure;
}

/// A failed SELECT/EXAMINE of \a path as FolderNotFound when the folder is not there: the
/// server said so with RFC 5530's "[NONEXISTENT]" or, for servers that do not send it (Dovecot
/// 2.3: "NO Mailbox doesn't exist"), when \a quotedMailbox is asked with LIST "" (RFC 3501
/// §6.3.8) and is not listed. Any other failure, and a LIST that fails too, stay as they are.
MailError withFolder(ImapSessionPrivate *d, MailError error, const QString &path,
                     const std::string &quotedMailbox)
{
    if (error.code != ErrorCode::ProtocolError)
        return error;
    bool missing = error.serverText.startsWith(QLatin1String("[NONEXISTENT]"), Qt::CaseInsensitive);
    if (!missing) {
        bool listed = false;
        const MailError listError =
            runCommands(d, {"LIST \"\" " + quotedMailbox}, FetchHandler(), nullptr,
                        [&listed](const ImapResponse &response) {
                            const auto &v = response.values;
                            listed =
                                listed || (!v.isEmpty() && v.at(0).isAtom() &&
                                           v.at(0).text.compare("LIST", Qt::CaseInsensitive) == 0);
                        });
        missing = !listError && !listed;
    }
    if (missing) {
        error.code = ErrorCode::FolderNotFound;
        error.folder = path;
        explain(error);
    }
    return error;
}

/// \a command on the store connection with \a path examined. The folder stays examined for
/// the next batch: Dovecot rescans a Maildir on every EXAMINE (0.7 s at 50,000 messages), so
/// one per batch would cost more than the fetch. Any VMime use of the store connection leaves
/// it first (leaveRawSelection).
MailError runFetch(ImapSessionPrivate *d, const QString &path, const std::string &command,
                   const FetchHandler &onFetch)
{
    auto store = vmime::dynamicCast<vimap::IMAPStore>(d->store);
    auto connection = store ? store->getConnection() : nullptr;
    if (!connection)
        return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
    std::vector<std::string> commands;
    const bool examine = d->rawExamined != path;
    std::string mailbox;
    if (examine) {
        mailbox = d->quotedMailbox(connection->hierarchySeparator(), path);
        commands.push_back("EXAMINE " + mailbox);
        d->rawExamined.clear();
    }
    commands.push_back(command);
    size_t ok = 0;
    MailError error = runCommands(d, commands, onFetch, &ok);
    if (examine && ok >= 1)
        d->rawExamined = path;
    if (examine && ok == 0)
        return withFolder(d, std::move(error), path, mailbox);
    return error;
}

/// The number in a response code such as "[UIDNEXT 4392]" at the start of \a text (RFC 3501
/// §7.1); 0 if \a text does not start with \a code.
quint64 responseCodeNumber(const QByteArray &text, const char *code)
{
    const QByteArray prefix = QByteArray("[") + code + ' ';
    if (!text.startsWith(prefix))
        return 0;
    const qsizetype end = text.indexOf(']', prefix.size());
    return end < 0 ? 0 : text.mid(prefix.size(), end - prefix.size()).toULongLong();
}

/// EXAMINE \a path on the store connection and keep it examined for the fetches that follow;
/// \a out gets EXISTS, UIDVALIDITY and UIDNEXT from the untagged replies (RFC 3501 §6.3.2).
MailError rawExamine(ImapSessionPrivate *d, const QString &path, RemoteFolderStatus *out)
{
    auto store = vmime::dynamicCast<vimap::IMAPStore>(d->store);
    auto connection = store ? store->getConnection() : nullptr;
    if (!connection)
        return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
    d->rawExamined.clear();
    d->rawExists = -1;
    const std::string mailbox = d->quotedMailbox(connection->hierarchySeparator(), path);
    std::string command = "EXAMINE " + mailbox;
    // RFC 7162 §3.1.8: with CONDSTORE the reply carries HIGHESTMODSEQ, so a first sync needs no
    // STATUS of its own (Dovecot scans a large Maildir for each: 0.8 s at 50,000 messages).
    // FETCH replies then carry MODSEQ items, which envelopeFromFetch and VMime both skip.
    if (connection->hasCapability("CONDSTORE"))
        command += " (CONDSTORE)";
    RemoteFolderStatus status;
    size_t ok = 0;
    MailError error =
        runCommands(d, {command}, FetchHandler(), &ok, [&status](const ImapResponse &response) {
            if (response.values.size() != 1 ||
                response.values.at(0).text.compare("OK", Qt::CaseInsensitive) != 0)
                return;
            const QByteArray text = response.text.toUpper();
            if (const quint64 v = responseCodeNumber(text, "UIDVALIDITY"))
                status.uidValidity = quint32(v);
            else if (const quint64 n = responseCodeNumber(text, "UIDNEXT"))
                status.uidNext = quint32(n);
            else if (const quint64 m = responseCodeNumber(text, "HIGHESTMODSEQ"))
                status.highestModSeq = m;
        });
    if (error || ok < 1 || d->rawExists < 0) {
        d->rawExists = -1;
        return error ? withFolder(d, std::move(error), path, mailbox)
                     : protocolError(QStringLiteral("EXAMINE gave no EXISTS"));
    }
    status.messages = d->rawExists;
    d->rawExamined = path;
    *out = status;
    return {};
}

} // namespace

void leaveRawSelection(ImapSessionPrivate *d)
{
    if (d->rawExamined.isEmpty() || !d->store)
        return;
    auto store = vmime::dynamicCast<vimap::IMAPStore>(d->store);
    auto connection = store ? store->getConnection() : nullptr;
    if (!connection)
        return;
    d->rawExamined.clear();
    d->rawExists = -1;
    // UNSELECT (RFC 3691), else CLOSE, which expunges nothing after EXAMINE (§6.4.2).
    runCommands(d, {connection->hasCapability("UNSELECT") ? "UNSELECT" : "CLOSE"}, FetchHandler());
}

namespace {

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

MailError ImapSession::examine(const QString &path, RemoteFolderStatus *out)
{
    *out = RemoteFolderStatus();
    if (!d->store)
        return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
    try {
        // On the store connection, where the fetches follow: VMime's folder open would log in
        // on a second connection and make Dovecot scan the mailbox twice (issue 6 benchmark).
        return rawExamine(d.get(), path, out);
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
}

MailError ImapSession::fetchFlags(const QString &path, quint32 fromUid, QHash<quint32, int> *out)
{
    out->clear();
    if (!d->store)
        return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
    try {
        // "n:*" on an empty mailbox is an error on some servers: look at EXISTS first (kept
        // current by every reply on the examined connection).
        if (d->rawExamined != path || d->rawExists < 0) {
            RemoteFolderStatus status;
            if (MailError error = rawExamine(d.get(), path, &status))
                return error;
        }
        if (d->rawExists == 0)
            return {};
        out->reserve(d->rawExists);
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
