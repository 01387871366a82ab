// SPDX-License-Identifier: GPL-3.0-or-later
// The helpers of imapraw_p.h.
#include "imapraw_p.h"

#include "cache/cachetypes.h"
#include "errors/errorcatalogue.h"

#include <vmime/net/imap/IMAPCommand.hpp>
#include <vmime/net/imap/IMAPParser.hpp>
#include <vmime/net/message.hpp>

#include <memory>

namespace mailwright {

namespace vnet = vmime::net;
namespace vimap = vmime::net::imap;

int toVmimeFlags(int flags)
{
    int out = 0;
    if (flags & FlagSeen)
        out |= vnet::message::FLAG_SEEN;
    if (flags & FlagAnswered)
        out |= vnet::message::FLAG_REPLIED;
    if (flags & FlagFlagged)
        out |= vnet::message::FLAG_MARKED;
    if (flags & FlagDeleted)
        out |= vnet::message::FLAG_DELETED;
    if (flags & FlagDraft)
        out |= vnet::message::FLAG_DRAFT;
    return out;
}

bool runRawCommand(const vmime::shared_ptr<vimap::IMAPConnection> &connection,
                   const std::string &text, std::string *reply, QList<quint32> *numbers)
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

MailError rawCommandFailed(const std::string &command, const std::string &reply)
{
    MailError error;
    error.code = ErrorCode::ProtocolError;
    error.phase = Phase::Fetch;
    error.serverText = QString::fromStdString(reply);
    error.technicalDetail = QStringLiteral("%1 failed").arg(QString::fromStdString(command));
    explain(error);
    return error;
}

} // namespace mailwright
