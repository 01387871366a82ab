// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoverytypes.h"

namespace mailwright {

QString discoverySourceName(DiscoverySource source)
{
    switch (source) {
    case DiscoverySource::ProviderTable:
        return QStringLiteral("provider_table");
    case DiscoverySource::Srv:
        return QStringLiteral("srv");
    case DiscoverySource::Autoconfig:
        return QStringLiteral("autoconfig");
    case DiscoverySource::Mx:
        return QStringLiteral("mx");
    case DiscoverySource::Probe:
        return QStringLiteral("probe");
    case DiscoverySource::Guess:
        return QStringLiteral("guess");
    }
    return QString();
}

QString sourceStateName(SourceReport::State state)
{
    using S = SourceReport::State;
    switch (state) {
    case S::Found:
        return QStringLiteral("found");
    case S::NotFound:
        return QStringLiteral("not_found");
    case S::NoRecords:
        return QStringLiteral("no_records");
    case S::NotOffered:
        return QStringLiteral("not_offered");
    case S::Timeout:
        return QStringLiteral("timeout");
    case S::Error:
        return QStringLiteral("error");
    case S::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

} // namespace mailwright
