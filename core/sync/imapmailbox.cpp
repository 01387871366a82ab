// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession: the receiving operations (folder list, status, envelopes, flags, bodies, append).
#include "imapraw_p.h"
#include "imapsession_p.h"

#include "mime/vmimesupport_p.h"

#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPFolder.hpp>
#include <vmime/net/imap/IMAPFolderStatus.hpp>
#include <vmime/net/imap/IMAPStore.hpp>

namespace mailwright {

namespace vnet = vmime::net;
using mime::fromStd;

namespace {

MailError notOpen()
{
    return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
}

SpecialUse fromVmimeUse(int use)
{
    switch (use) {
    case vnet::folderAttributes::SPECIALUSE_SENT:
        return SpecialUse::Sent;
    case vnet::folderAttributes::SPECIALUSE_DRAFTS:
        return SpecialUse::Drafts;
    case vnet::folderAttributes::SPECIALUSE_TRASH:
        return SpecialUse::Trash;
    case vnet::folderAttributes::SPECIALUSE_JUNK:
        return SpecialUse::Junk;
    case vnet::folderAttributes::SPECIALUSE_ARCHIVE:
        return SpecialUse::Archive;
    case vnet::folderAttributes::SPECIALUSE_ALL:
        return SpecialUse::All;
    case vnet::folderAttributes::SPECIALUSE_FLAGGED:
        return SpecialUse::Flagged;
    default:
        return SpecialUse::None;
    }
}

std::vector<vnet::message::uid> uidVector(const QList<quint32> &uids)
{
    std::vector<vnet::message::uid> out;
    out.reserve(size_t(uids.size()));
    for (quint32 uid : uids)
        out.emplace_back(static_cast<unsigned long>(uid));
    return out;
}

} // namespace

MailError ImapSession::listFolders(QList<RemoteFolder> *out)
{
    out->clear();
    if (!d->store)
        return notOpen();
    try {
        leaveRawSelection(d.get());
        QString delimiter;
        if (auto imap = vmime::dynamicCast<vnet::imap::IMAPStore>(d->store)) {
            if (auto connection = imap->getConnection())
                delimiter = QString(QLatin1Char(connection->hierarchySeparator()));
        }
        const auto folders = d->store->getRootFolder()->getFolders(true);
        for (const auto &f : folders) {
            RemoteFolder r;
            // G13: decoded from modified UTF-7 into UTF-8 explicitly, never the locale charset.
            r.path = fromStd(f->getFullPath().toString("/", vmime::charsets::UTF_8));
            r.delimiter = delimiter;
            const vnet::folderAttributes attributes = f->getAttributes();
            r.specialUse = fromVmimeUse(attributes.getSpecialUse());
            if (r.path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
                r.specialUse = SpecialUse::Inbox; // RFC 3501 §5.1: INBOX is case-insensitive
            r.selectable = !(attributes.getFlags() & vnet::folderAttributes::FLAG_NO_OPEN);
            out->append(r);
        }
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
    return {};
}

MailError ImapSession::folderStatus(const QString &path, RemoteFolderStatus *out)
{
    *out = RemoteFolderStatus();
    if (!d->store)
        return notOpen();
    try {
        leaveRawSelection(d.get());
        // STATUS on the selected folder is discouraged (RFC 3501 §6.3.10), and the open
        // folder's status in VMime is what its SELECT/EXAMINE saw: mail that arrived since went
        // unnoticed (the periodic check of an examined INBOX never reported new mail). So the
        // folder is closed first — the sync's EXAMINE that follows reopens it anyway.
        if (d->openFolder && d->openPath == path)
            d->closeFolder();
        auto folder = d->folder(path);
        const auto status = vmime::dynamicCast<vnet::imap::IMAPFolderStatus>(folder->getStatus());
        if (status) {
            out->uidValidity = status->getUIDValidity();
            out->uidNext = status->getUIDNext();
            out->highestModSeq = status->getHighestModSeq();
            out->messages = int(status->getMessageCount());
            out->unseen = int(status->getUnseenCount());
        }
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
    return {};
}

MailError ImapSession::fetchMessage(const QString &path, quint32 uid, QByteArray *raw)
{
    raw->clear();
    if (!d->store)
        return notOpen();
    try {
        auto folder = d->opened(path, vnet::folder::MODE_READ_ONLY);
        const auto messages = folder->getAndFetchMessages(
            vnet::messageSet::byUID(vnet::message::uid(static_cast<unsigned long>(uid))),
            vnet::fetchAttributes(vnet::fetchAttributes::UID | vnet::fetchAttributes::SIZE));
        for (const auto &m : messages) {
            if (quint32(std::stoul(static_cast<vmime::string>(m->getUID()))) != uid)
                continue;
            mime::ByteArrayOutputStream stream(raw);
            // peek = true → BODY.PEEK[] (RFC 3501 §6.4.5): \Seen stays as it was (G9).
            m->extract(stream, nullptr, 0, size_t(-1), true);
            if (raw->isNull())
                *raw = QByteArray("");
        }
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
    return {};
}

MailError ImapSession::storeFlags(const QString &path, const QList<quint32> &uids, int flags,
                                  bool add)
{
    if (!d->store)
        return notOpen();
    if (uids.isEmpty() || toVmimeFlags(flags) == 0)
        return {};
    try {
        auto folder = d->opened(path, vnet::folder::MODE_READ_WRITE);
        folder->setMessageFlags(vnet::messageSet::byUID(uidVector(uids)), toVmimeFlags(flags),
                                add ? vnet::message::FLAG_MODE_ADD
                                    : vnet::message::FLAG_MODE_REMOVE);
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
    return {};
}

MailError ImapSession::appendMessage(const QString &path, const QByteArray &raw, int flags)
{
    if (!d->store)
        return notOpen();
    try {
        auto folder = d->opened(path, vnet::folder::MODE_READ_WRITE); // G11: APPEND needs it open
        vmime::utility::inputStreamByteBufferAdapter stream(
            reinterpret_cast<const vmime::byte_t *>(raw.constData()), size_t(raw.size()));
        folder->addMessage(stream, size_t(raw.size()), flags ? toVmimeFlags(flags) : -1);
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
    return {};
}

MailError ImapSession::createFolder(const QString &path)
{
    if (!d->store)
        return notOpen();
    try {
        leaveRawSelection(d.get());
        vnet::folderAttributes attributes;
        attributes.setType(vnet::folderAttributes::TYPE_CONTAINS_MESSAGES);
        d->folder(path)->create(attributes);
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
    return {};
}

MailError ImapSession::deleteFolder(const QString &path)
{
    if (!d->store)
        return notOpen();
    try {
        leaveRawSelection(d.get());
        if (d->openPath == path)
            d->closeFolder();
        d->folder(path)->destroy();
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
    return {};
}

} // namespace mailwright
