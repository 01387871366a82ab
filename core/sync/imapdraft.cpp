// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession: what a draft copy in the Drafts folder needs beyond plain APPEND — the UID the
// server gave the appended message (RFC 4315 §3, APPENDUID) and, when the server does not
// report it, the UIDs of our own messages found by their Message-ID (RFC 3501 §6.4.4 SEARCH
// HEADER). The search goes as a raw command over the store's own connection, like the moves in
// imapmove.cpp, because VMime 0.9.2 has no search API.
#include "imapsession_p.h"

#include "errors/errorcatalogue.h"

#include <vmime/net/imap/IMAPCommand.hpp>
#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPParser.hpp>
#include <vmime/net/imap/IMAPStore.hpp>
#include <vmime/net/imap/IMAPUtils.hpp>
#include <vmime/net/messageSet.hpp>
#include <vmime/utility/inputStreamByteBufferAdapter.hpp>

#include <memory>

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

/// Our flag bits as VMime's (the same mapping as the rest of the session; only \\Seen and
/// \\Draft matter for a draft).
int vmimeFlags(int flags)
{
    int out = 0;
    if (flags & FlagSeen)
        out |= vnet::message::FLAG_SEEN;
    if (flags & FlagAnswered)
        out |= vnet::message::FLAG_REPLIED;
    if (flags & FlagFlagged)
        out |= vnet::message::FLAG_MARKED;
    if (flags & FlagDraft)
        out |= vnet::message::FLAG_DRAFT;
    return out;
}

MailError searchFailed(const std::string &command, const std::string &reply)
{
    MailError error;
    error.code = ErrorCode::ProtocolError;
    error.phase = Phase::Fetch;
    error.serverText = QString::fromStdString(reply);
    error.technicalDetail = QStringLiteral("%1 failed").arg(QString::fromStdString(command));
    explain(error);
    return error;
}

/// Sends one command; collects the numbers of untagged SEARCH replies into \a numbers. True
/// when the tagged status is OK; \a reply gets the server's text.
bool runCommand(const vmime::shared_ptr<vimap::IMAPConnection> &connection, const std::string &text,
                std::string *reply, QList<quint32> *numbers = nullptr)
{
    vimap::IMAPCommand::createCommand(text)->send(connection);
    std::unique_ptr<vimap::IMAPParser::response> response(connection->readResponse());
    if (!response) {
        *reply = "no reply";
        return false;
    }
    if (numbers) {
        for (const auto *item : response->continue_req_or_response_data()) {
            const auto *data = item ? item->response_data() : nullptr;
            const auto *mailbox = data ? data->mailbox_data() : nullptr;
            if (!mailbox || mailbox->type() != vimap::IMAPParser::mailbox_data::SEARCH)
                continue;
            for (const auto *n : mailbox->search_nz_number_list())
                numbers->append(quint32(n->value()));
        }
    }
    const auto *done = response->response_done();
    const auto *tagged = done ? done->response_tagged() : nullptr;
    if (!tagged || !tagged->resp_cond_state()) {
        *reply = "no tagged reply";
        return false;
    }
    const auto *state = tagged->resp_cond_state();
    if (state->resp_text())
        *reply = state->resp_text()->text();
    return state->status() == vimap::IMAPParser::resp_cond_state::OK;
}

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
            folder->addMessage(stream, size_t(raw.size()), flags ? vmimeFlags(flags) : -1);
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
        const std::string mailbox = vimap::IMAPUtils::quoteString(vimap::IMAPUtils::pathToString(
            connection->hierarchySeparator(), d->folder(path)->getFullPath()));
        std::string reply;
        // EXAMINE: the search changes nothing, and CLOSE after EXAMINE expunges nothing
        // (RFC 3501 §6.4.2).
        const std::string examine = "EXAMINE " + mailbox;
        if (!runCommand(connection, examine, &reply))
            return searchFailed(examine, reply);
        const std::string search = "UID SEARCH HEADER Message-ID " +
                                   vimap::IMAPUtils::quoteString(messageId.toStdString());
        const bool found = runCommand(connection, search, &reply, uids);
        const std::string leave = connection->hasCapability("UNSELECT") ? "UNSELECT" : "CLOSE";
        std::string leaveReply;
        const bool left = runCommand(connection, leave, &leaveReply);
        if (!found)
            return searchFailed(search, reply);
        if (!left)
            return searchFailed(leave, leaveReply);
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
    std::sort(uids->begin(), uids->end());
    return {};
}

} // namespace mailwright
