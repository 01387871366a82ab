// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace mailwright {

/// Trust in the roots an account adds (its CA file, `--ca-file`) without giving up Qt's
/// on-demand lookup of the system roots. Stateless functions; any thread.
///
/// Why: Qt can add roots to a connection only by replacing its whole list, which switches
/// OpenSSL's on-demand lookup in the system's hashed directories off and makes every process
/// parse all system roots before its first ClientHello (~288 certificates on Debian, 0.1–0.2 s,
/// issue 6 benchmark). So the handshake verifies against the system roots as usual and, when
/// that fails only because the issuer is unknown, WireConnection asks
/// errorsWithExtraRoots() whether the chain leads to one of the extra roots instead.
namespace extraroots {

/// The errors that remain once the extra \a roots are trusted as well.
///
/// \a qtErrors are what Qt reported for \a chain (leaf first, as the server sent it) against the
/// system roots. If OpenSSL verifies \a chain against \a roots alone (TLS server purpose, RFC
/// 5280 path validation, any certificate of \a roots an anchor, keys and signatures of at least
/// 112-bit strength) with no error other than a validity period, the result is \a qtErrors
/// without its "issuer unknown" errors, plus a CertificateExpired/CertificateNotYetValid for
/// any certificate above the ones Qt could check. Otherwise \a qtErrors come back unchanged:
/// the chain does not lead to an extra root. The host name is never judged here; Qt's
/// HostNameMismatch (RFC 6125) stays in the list whatever the roots.
QList<QSslError> errorsWithExtraRoots(const QList<QSslError> &qtErrors,
                                      const QList<QSslCertificate> &chain,
                                      const QList<QSslCertificate> &roots);

/// True for the errors that only say the chain's issuer is not among the trusted roots.
bool isUnknownIssuer(QSslError::SslError error);

} // namespace extraroots
} // namespace mailwright
