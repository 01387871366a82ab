// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession: what a draft copy in the Drafts folder needs beyond plain APPEND — the UID the
// server gave the appended message (RFC 4315 §3, APPENDUID) and, when the server does not
// report it, the UIDs of our own messages found by their Message-ID (RFC 3501 §6.4.4 SEARCH
// HEADER). The search goes as a raw command over the store's own connection, like the moves in
// imapmove.cpp, because VMime 0.9.2 has no search API.
#include "imapraw_p.h"
#include "imapsession_p.h"

#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPStore.hpp>
#include <vmime/net/imap/IMAPUtils.hpp>
#include <vmime/net/messageSet.hpp>
#include <vmime/utility/inputStreamByteBufferAdapter.hpp>

namespace mailwright {

namespace vnet = vmime::net;
namespace vimap = vmime::net::imap;

namespace {

/// Collects the first UID of a UID set (APPENDUID names exactly one for one APPEND).
class FirstUid : public vnet::messageSetEnumerator
{
public:
    void enumerateNumberMessageRange(const vnet::numberMessageRange &) override {}
    void enumerateUIDMessageRange(const vnet::UIDMessageRange &range) override
    {
        if (uid == 0)
            uid = quint32(QByteArray::fromStdString(std::string(range.getFirst())).toULong());
    }
    quint32 uid = 0;
};

} // namespace

MailError ImapSession::appendMessage(const QString &path, const QByteArray &raw, int flags,
                                     quint32 *appendedUid)
{
    *appendedUid = 0;
    if (!d->store)
        return makeMailError(ErrorCode::Internal, Phase::Store, QStringLiteral("not open"));
    try {
        auto folder = d->opened(path, vnet::folder::MODE_READ_WRITE); // G11: APPEND needs it open
        vmime::utility::inputStreamByteBufferAdapter stream(
            reinterpret_cast<const vmime::byte_t *>(raw.constData()), size_t(raw.size()));
        const vnet::messageSet set =
            folder->addMessage(stream, size_t(raw.size()), flags ? toVmimeFlags(flags) : -1);
        FirstUid first;
        set.enumerate(first);
        *appendedUid = first.uid;
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Store);
    }
    return {};
}

MailError ImapSession::findByMessageId(const QString &path, const QByteArray &messageId,
                                       QList<quint32> *uids)
{
    uids->clear();
    if (!d->store)
        return makeMailError(ErrorCode::Internal, Phase::Store, QStringLiteral("not open"));
    if (messageId.isEmpty())
        return {};
    try {
        auto store = vmime::dynamicCast<vimap::IMAPStore>(d->store);
        auto connection = store ? store->getConnection() : nullptr;
        if (!connection)
            return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
        leaveRawSelection(d.get());
        const std::string mailbox = d->quotedMailbox(connection->hierarchySeparator(), path);
        std::string reply;
        // EXAMINE: the search changes nothing, and CLOSE after EXAMINE expunges nothing
        // (RFC 3501 §6.4.2).
        const std::string examine = "EXAMINE " + mailbox;
        if (!runRawCommand(connection, examine, &reply))
            return rawCommandFailed(examine, reply);
        const std::string search = "UID SEARCH HEADER Message-ID " +
                                   vimap::IMAPUtils::quoteString(messageId.toStdString());
        const bool found = runRawCommand(connection, search, &reply, uids);
        const std::string leave = connection->hasCapability("UNSELECT") ? "UNSELECT" : "CLOSE";
        std::string leaveReply;
        const bool left = runRawCommand(connection, leave, &leaveReply);
        if (!found)
            return rawCommandFailed(search, reply);
        if (!left)
            return rawCommandFailed(leave, leaveReply);
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
    std::sort(uids->begin(), uids->end());
    return {};
}

} // namespace mailwright
