// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/send: the change check of file-referenced outbox messages.

#include <QByteArray>
#include <QtGlobal>

namespace mailwright {

/// A 128-bit fingerprint of a byte stream, fed in pieces of any size: four multiply-rotate lanes
/// over 32-byte blocks (the MurmurHash3 x64 mixing) with the length mixed in at the end.
/// It tells whether a referenced .eml file still holds the bytes that were queued; it is not a
/// cryptographic hash (the file is the user's own: nobody gains by forging a collision), and it
/// is several times faster than Qt's SHA-1/BLAKE2b (67 ms for 51 MB here; docs/architecture.md).
/// Plain value type, any thread.
class ContentHash
{
public:
    void add(const char *data, qint64 n);
    /// 32 hex digits; the object may not be fed afterwards.
    QByteArray hex();
    qint64 length() const { return m_length; }

    static QByteArray of(const QByteArray &bytes)
    {
        ContentHash h;
        h.add(bytes.constData(), bytes.size());
        return h.hex();
    }

private:
    static constexpr int kBlock = 32;
    void block(const char *p);

    quint64 m_h[4] = {0x9E3779B97F4A7C15ULL, 0xC2B2AE3D27D4EB4FULL, 0x165667B19E3779F9ULL,
                      0x27D4EB2F165667C5ULL};
    char m_carry[kBlock] = {};
    int m_carried = 0;
    qint64 m_length = 0;
};

} // namespace mailwright
