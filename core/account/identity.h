// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDebug>
#include <QString>

namespace mailwright {

/// One address an account sends as (RFC 5322 §3.4 "From"), with its own reply-to and signature.
/// Plain value type, any thread.
struct Identity
{
    QString displayName;
    QString address;   ///< addr-spec, e.g. "alice@example.org"
    QString replyTo;   ///< empty: replies go to \c address
    QString signature; ///< plain text, appended after "-- " (RFC 3676 §4.3)

    bool operator==(const Identity &o) const
    {
        return displayName == o.displayName && address == o.address && replyTo == o.replyTo &&
               signature == o.signature;
    }
    bool operator!=(const Identity &o) const { return !(*this == o); }
};

QDebug operator<<(QDebug debug, const Identity &identity);

} // namespace mailwright
