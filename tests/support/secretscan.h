// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace mailwright::test {

/// Every regular file below \a dir, as paths relative to it (hidden files included).
QStringList filesBelow(const QString &dir);

/// The byte patterns under which \a secret could leak into a file, log or trace: as is, UTF-16,
/// percent-encoded, and base64 at each of the three byte alignments (so the password is found
/// inside an encoded "\0user\0password" SASL PLAIN blob too, RFC 4616), standard and URL alphabet.
/// Meant for distinctive secrets of 12 bytes or more (shorter ones give short base64 needles).
QList<QByteArray> secretForms(const QByteArray &secret);

/// The files below \a dir (relative paths) that contain \a secret in any of secretForms().
/// The leak tests of issue 5 (config and data directories after add, send and sync) use this.
QStringList filesContainingSecret(const QString &dir, const QByteArray &secret);

/// True when \a bytes (a log, a captured trace, stdout) contains \a secret in any form.
bool containsSecret(const QByteArray &bytes, const QByteArray &secret);

} // namespace mailwright::test
