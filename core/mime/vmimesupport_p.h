// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/mime: VMime glue shared by the builder, the reader and the prepared-message
// code. Only .cpp files of the core include this header.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <vmime/contentDispositionField.hpp>
#include <vmime/contentTypeField.hpp>
#include <vmime/vmime.hpp>

#include <QStringDecoder>

#include <algorithm>

namespace mailwright::mime {

/// Installs VMime's POSIX platform handler once per process (thread-safe). VMime needs it for
/// random numbers and file access; without it those paths dereference a null handler.
void ensureVMimePlatform();

/// UTF-8 std::string from a QString, and back.
inline std::string toStd(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

inline QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// A vmime::text's content as a QString, always through UTF-8 (never the locale charset, G13).
/// Words that were not encoded (no RFC 2047 charset) but carry 8-bit bytes are taken as UTF-8
/// when they are valid UTF-8 (RFC 6532 headers, and what senders mean in practice); VMime would
/// convert them from US-ASCII and turn every byte into a replacement character.
inline QString textToQString(const vmime::text &text)
{
    QString out;
    for (const auto &word : text.getWordList()) {
        const vmime::string &buffer = word->getBuffer();
        const bool eightBit = std::any_of(buffer.begin(), buffer.end(),
                                          [](char c) { return (unsigned char)c >= 0x80; });
        const vmime::charset &cs = word->getCharset();
        if (eightBit && (cs == vmime::charset(vmime::charsets::US_ASCII) ||
                         cs == vmime::charset::getLocalCharset())) {
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = utf8(QByteArrayView(buffer.data(), qsizetype(buffer.size())));
            if (!utf8.hasError()) {
                out += decoded;
                continue;
            }
        }
        out += fromStd(word->getConvertedText(vmime::charsets::UTF_8));
    }
    return out;
}

/// VMime output stream appending to a QByteArray (no copy at the end).
class ByteArrayOutputStream : public vmime::utility::outputStream
{
public:
    explicit ByteArrayOutputStream(QByteArray *target)
        : m_target(target)
    {}
    void flush() override {}

protected:
    void writeImpl(const vmime::byte_t *const data, const size_t count) override
    {
        m_target->append(reinterpret_cast<const char *>(data), qsizetype(count));
    }

private:
    QByteArray *m_target;
};

/// VMime input stream reading a file through QFile, so attachments are streamed while the
/// message is generated instead of being loaded whole.
class FileInputStream : public vmime::utility::seekableInputStream
{
public:
    explicit FileInputStream(const QString &path)
        : m_file(path)
    {}
    bool open() { return m_file.open(QIODevice::ReadOnly); }
    QString errorString() const { return m_file.errorString(); }

    bool eof() const override { return m_file.atEnd(); }
    void reset() override { m_file.seek(0); }
    size_t read(vmime::byte_t *const data, const size_t count) override
    {
        const qint64 n = m_file.read(reinterpret_cast<char *>(data), qint64(count));
        if (n < 0)
            throw vmime::exception(
                toStd(m_file.fileName() + QLatin1String(": ") + m_file.errorString()));
        return size_t(n);
    }
    size_t skip(const size_t count) override
    {
        const qint64 before = m_file.pos();
        m_file.seek(qMin(before + qint64(count), m_file.size()));
        return size_t(m_file.pos() - before);
    }
    size_t getPosition() const override { return size_t(m_file.pos()); }
    void seek(const size_t pos) override { m_file.seek(qint64(pos)); }

private:
    QFile m_file;
};

} // namespace mailwright::mime
