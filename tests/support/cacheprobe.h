// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailwright::test {

/// How many of the message list's sort indexes (messages_by_date, _by_sender, _by_subject) the
/// cache file \a file holds, read over a plain SQLite connection of its own — a MailCache would
/// re-create missing ones when it opens. -1 when the file cannot be read.
/// Thread: any (the connection lives and dies inside the call).
int sortIndexCount(const QString &file);

} // namespace mailwright::test
