// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mime/messagedraft.h"
#include "mime/messagereader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailwright {

enum class ReplyMode { Reply, ReplyAll, Forward };

/// The start of a reply or forward: the draft (recipients, subject, body with the quote,
/// threading headers) and, for a forward, the original's attachments to re-attach.
struct ReplySeed
{
    MessageDraft draft;
    QList<ReadAttachment> attachments; ///< forward only; the caller writes them to files
    int cursorPosition = 0;            ///< where the user starts typing in draft.textBody
};

/// Builds replies and forwards from a parsed message. Pure functions, any thread.
class ReplyBuilder
{
public:
    /// \a ownAddresses: the user's addresses (all identities), never replied to in reply-all.
    static ReplySeed build(const ReadMessage &original, ReplyMode mode,
                           const QStringList &ownAddresses);

    /// "Re: " + the subject without its leading reply prefixes ("Re:", "RE:", "AW:", "SV:",
    /// "Antw:", "Re[2]:", any number of them): never "Re: Re:".
    static QString replySubject(const QString &subject);
    /// "Fwd: " + the subject without its leading forward prefixes ("Fwd:", "Fw:", "WG:", "TR:").
    static QString forwardSubject(const QString &subject);
    /// The original's text quoted RFC 3676 style ("> ", nested quotes get another ">"), under
    /// the attribution line "On DATE, NAME wrote:".
    static QString quote(const ReadMessage &original);
    static QString attribution(const ReadMessage &original);
    /// References for a reply (RFC 5322 §3.6.4): the original's References (or, lacking those,
    /// its single In-Reply-To) followed by its Message-ID.
    static QList<QByteArray> references(const ReadMessage &original);
};

} // namespace mailwright
