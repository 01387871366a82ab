// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenthash_p.h"

#include <cstring>

namespace mailwright {

namespace {

constexpr quint64 kC1 = 0x87C37B91114253D5ULL;
constexpr quint64 kC2 = 0x4CF5AD432745937FULL;

inline quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

inline quint64 fmix(quint64 k)
{
    k ^= k >> 33;
    k *= 0xFF51AFD7ED558CCDULL;
    k ^= k >> 33;
    k *= 0xC4CEB9FE1A85EC53ULL;
    k ^= k >> 33;
    return k;
}

} // namespace

void ContentHash::block(const char *p)
{
    quint64 k1;
    quint64 k2;
    std::memcpy(&k1, p, 8);
    std::memcpy(&k2, p + 8, 8);
    k1 = rotl(k1 * kC1, 31) * kC2;
    m_h1 = (rotl(m_h1 ^ k1, 27) + m_h2) * 5 + 0x52DCE729;
    k2 = rotl(k2 * kC2, 33) * kC1;
    m_h2 = (rotl(m_h2 ^ k2, 31) + m_h1) * 5 + 0x38495AB5;
}

void ContentHash::add(const char *data, qint64 n)
{
    if (n <= 0)
        return;
    m_length += n;
    if (m_carried > 0) {
        const qint64 take = qMin<qint64>(16 - m_carried, n);
        std::memcpy(m_carry + m_carried, data, size_t(take));
        m_carried += int(take);
        data += take;
        n -= take;
        if (m_carried < 16)
            return;
        block(m_carry);
        m_carried = 0;
    }
    for (; n >= 16; data += 16, n -= 16)
        block(data);
    std::memcpy(m_carry, data, size_t(n));
    m_carried = int(n);
}

QByteArray ContentHash::hex()
{
    // The tail, zero-padded, then the length: "abc" and "abc\0" differ.
    if (m_carried > 0) {
        std::memset(m_carry + m_carried, 0, size_t(16 - m_carried));
        block(m_carry);
        m_carried = 0;
    }
    quint64 h1 = m_h1 ^ quint64(m_length);
    quint64 h2 = m_h2 ^ quint64(m_length);
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    h2 += h1;
    QByteArray raw(16, Qt::Uninitialized);
    std::memcpy(raw.data(), &h1, 8);
    std::memcpy(raw.data() + 8, &h2, 8);
    return raw.toHex();
}

} // namespace mailwright
