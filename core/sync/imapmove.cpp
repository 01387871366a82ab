// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession: move and expunge of exactly our own messages. VMime 0.9.2 has neither MOVE
// (RFC 6851) nor UID EXPUNGE (RFC 4315), and its plain expunge() would also remove messages
// that another client marked \Deleted. These commands therefore go as raw commands over the
// store's own connection (which VMime uses only for LIST/STATUS/CREATE), selecting the folder
// there and unselecting it afterwards.
#include "imapraw_p.h"
#include "imapsession_p.h"

#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPStore.hpp>

namespace mailwright {

namespace vimap = vmime::net::imap;

namespace {

/// "1,5,7" — a UID set (RFC 3501 §9 sequence-set); ranges are not needed for a selection.
std::string uidSet(const QList<quint32> &uids)
{
    std::string out;
    for (quint32 uid : uids) {
        if (!out.empty())
            out += ',';
        out += std::to_string(uid);
    }
    return out;
}

class RawImap
{
public:
    explicit RawImap(vmime::shared_ptr<vimap::IMAPConnection> connection)
        : m_connection(std::move(connection))
    {}

    /// Sends one command and reads its whole response (runRawCommand()).
    bool run(const std::string &text, std::string *reply)
    {
        return runRawCommand(m_connection, text, reply);
    }

    bool has(const char *capability) { return m_connection->hasCapability(capability); }

private:
    vmime::shared_ptr<vimap::IMAPConnection> m_connection;
};

} // namespace

namespace {

MailError runMove(ImapSessionPrivate *d, const QString &from, const QList<quint32> &uids,
                  const QString *to)
{
    auto store = vmime::dynamicCast<vimap::IMAPStore>(d->store);
    auto connection = store ? store->getConnection() : nullptr;
    if (!connection)
        return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
    // Our open folder's view (its own connection) is stale after an expunge.
    d->closeFolder();
    leaveRawSelection(d);
    const char separator = connection->hierarchySeparator();
    RawImap imap(connection);
    const std::string set = uidSet(uids);
    std::string reply;
    const std::string select = "SELECT " + d->quotedMailbox(separator, from);
    if (!imap.run(select, &reply))
        return rawCommandFailed(select, reply);
    std::string steps[] = {
        to ? "UID COPY " + set + " " + d->quotedMailbox(separator, *to) : std::string(),
        "UID STORE " + set + " +FLAGS.SILENT (\\Deleted)",
        imap.has("UIDPLUS") ? "UID EXPUNGE " + set : std::string(),
    };
    MailError failure;
    for (const std::string &step : steps) {
        if (step.empty())
            continue;
        if (!imap.run(step, &reply)) {
            failure = rawCommandFailed(step, reply);
            break; // nothing after a failed COPY: the originals must stay untouched
        }
    }
    // Leave the selected state without CLOSE (which would expunge every \Deleted message):
    // UNSELECT (RFC 3691), else EXAMINE, which deselects without expunging (§6.3.2).
    const std::string leave =
        imap.has("UNSELECT") ? "UNSELECT" : "EXAMINE " + d->quotedMailbox(separator, from);
    if (!imap.run(leave, &reply) && !failure)
        failure = rawCommandFailed(leave, reply);
    return failure;
}

} // namespace

MailError ImapSession::moveMessages(const QString &from, const QList<quint32> &uids,
                                    const QString &to)
{
    if (uids.isEmpty())
        return {};
    try {
        return runMove(d.get(), from, uids, &to);
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
}

MailError ImapSession::expungeMessages(const QString &path, const QList<quint32> &uids)
{
    if (uids.isEmpty())
        return {};
    try {
        return runMove(d.get(), path, uids, nullptr);
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
}

} // namespace mailwright
