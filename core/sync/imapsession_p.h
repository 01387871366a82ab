// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/sync: the VMime state behind ImapSession. Only core .cpp files include it.

#include "sync/imapsession.h"

#include "net/vmimewire_p.h"

#include <vmime/net/imap/IMAPUtils.hpp>
#include <vmime/vmime.hpp>

namespace mailwright {

class ImapSessionPrivate;

/// UNSELECTs the folder our raw fetches left examined on the store connection, so VMime finds
/// it in the authenticated state it expects. Throws like VMime.
void leaveRawSelection(ImapSessionPrivate *d);

class ImapSessionPrivate
{
public:
    std::shared_ptr<detail::WireShared> shared;
    vmime::shared_ptr<vmime::net::session> session;
    vmime::shared_ptr<vmime::net::store> store;
    // The one folder object kept open (G11: a second object for the same path cannot open, and
    // every open folder costs a connection). Reopened when another path or mode is needed.
    vmime::shared_ptr<vmime::net::folder> openFolder;
    QString openPath;
    int openMode = -1;
    /// The folder our raw fetches (imaprawfetch.cpp) left EXAMINEd on the store connection;
    /// empty when that connection has no folder selected.
    QString rawExamined;
    /// The message count of rawExamined (EXISTS, RFC 3501 §7.3.1); -1 when none is examined.
    int rawExists = -1;

    /// The folder \a path opened in \a mode (MODE_READ_ONLY = EXAMINE, which can change no
    /// flag, RFC 3501 §6.3.2; MODE_READ_WRITE = SELECT). Throws like VMime.
    vmime::shared_ptr<vmime::net::folder> opened(const QString &path, int mode)
    {
        if (openFolder && openPath == path && openFolder->isOpen() &&
            (openMode == mode || mode == vmime::net::folder::MODE_READ_ONLY))
            return openFolder;
        closeFolder();
        auto f = folder(path);
        f->open(mode);
        openFolder = f;
        openPath = path;
        openMode = mode;
        return f;
    }

    void closeFolder()
    {
        if (openFolder) {
            try {
                if (openFolder->isOpen())
                    openFolder->close(false);
            } catch (...) {
            }
        }
        openFolder.reset();
        openPath.clear();
        openMode = -1;
    }

    MailError fail(const std::exception &ex, Phase phase)
    {
        MailError e = shared ? detail::mapVmimeException(ex, *shared, phase) : MailError();
        discard();
        return e;
    }

    void discard()
    {
        // After an error the service is not reused; disconnecting may throw again.
        openFolder.reset();
        openPath.clear();
        openMode = -1;
        rawExamined.clear();
        rawExists = -1;
        try {
            if (store && store->isConnected())
                store->disconnect();
        } catch (...) {
        }
        store.reset();
        session.reset();
    }

    vmime::shared_ptr<vmime::net::folder> folder(const QString &name)
    {
        return store->getFolder(vmime::net::folder::path::fromString(
            name.toStdString(), "/", vmime::charsets::UTF_8)); // G13: never the locale charset
    }

    /// \a name as the quoted mailbox of a raw command, with the server's hierarchy \a separator:
    /// modified UTF-7 from UTF-8 explicitly (G13, RFC 3501 §5.1.3).
    std::string quotedMailbox(char separator, const QString &name)
    {
        return vmime::net::imap::IMAPUtils::quoteString(
            vmime::net::imap::IMAPUtils::pathToString(separator, folder(name)->getFullPath()));
    }
};

} // namespace mailwright
