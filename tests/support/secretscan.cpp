// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QString>

namespace mailwright::test {

QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(dir.size() + 1);
    files.sort();
    return files;
}

QList<QByteArray> secretForms(const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret);
    QList<QByteArray> forms{
        secret,
        QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2),
        secret.toPercentEncoding(),
    };
    for (const auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        for (int offset = 0; offset < 3; ++offset) {
            // Base64 maps 3 bytes to 4 characters: after `offset` bytes of unknown context the
            // secret's own characters start in the second quantum; the last quantum may mix
            // with what follows. The part in between is the same wherever the secret sits.
            const QByteArray prefixed = QByteArray(offset, '\0') + secret;
            const QByteArray encoded =
                prefixed.toBase64(option | QByteArray::OmitTrailingEquals);
            const int start = offset == 0 ? 0 : 4;
            const int length = int(encoded.size()) - start - 4;
            if (length >= 8)
                forms << encoded.mid(start, length);
        }
    }
    return forms;
}

bool containsSecret(const QByteArray &bytes, const QByteArray &secret)
{
    const QList<QByteArray> forms = secretForms(secret);
    for (const QByteArray &form : forms) {
        if (!form.isEmpty() && bytes.contains(form))
            return true;
    }
    return false;
}

QStringList filesContainingSecret(const QString &dir, const QByteArray &secret)
{
    QStringList hits;
    for (const QString &file : filesBelow(dir)) {
        QFile f(dir + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly)) {
            hits << file + QStringLiteral(" (unreadable)");
            continue;
        }
        if (containsSecret(f.readAll(), secret))
            hits << file;
    }
    return hits;
}

} // namespace mailwright::test
