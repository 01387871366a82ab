// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachetypes.h"

#include <QStringList>

namespace mailwright {

QString messageFlagsText(int flags)
{
    QStringList names;
    if (flags & FlagSeen)
        names << QStringLiteral("\\Seen");
    if (flags & FlagAnswered)
        names << QStringLiteral("\\Answered");
    if (flags & FlagFlagged)
        names << QStringLiteral("\\Flagged");
    if (flags & FlagDeleted)
        names << QStringLiteral("\\Deleted");
    if (flags & FlagDraft)
        names << QStringLiteral("\\Draft");
    return names.join(QLatin1Char(' '));
}

namespace {
struct UseName
{
    SpecialUse use;
    const char *name;
};
constexpr UseName UseNames[] = {
    {SpecialUse::Inbox, "inbox"},   {SpecialUse::Sent, "sent"},
    {SpecialUse::Drafts, "drafts"}, {SpecialUse::Trash, "trash"},
    {SpecialUse::Junk, "junk"},     {SpecialUse::Archive, "archive"},
    {SpecialUse::All, "all"},       {SpecialUse::Flagged, "flagged"},
};
} // namespace

QString specialUseName(SpecialUse use)
{
    for (const UseName &entry : UseNames) {
        if (entry.use == use)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

SpecialUse specialUseFromName(const QString &name)
{
    for (const UseName &entry : UseNames) {
        if (name == QLatin1String(entry.name))
            return entry.use;
    }
    return SpecialUse::None;
}

} // namespace mailwright
