// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace mailwright {

/// What the user (or the account) decided about trust for TLS connections. Plain value type,
/// any thread.
///
/// Verification order (see WireConnection): the server's chain is verified by OpenSSL against the
/// system roots (looked up on demand) and, when its issuer is unknown there, against
/// extraCaCertificates (extraroots.h), with the RFC 6125 host name check either way (SNI is
/// always sent for names, never for IP literals). If that fails, a pin for this host:port whose
/// SHA-256 equals the leaf's DER digest makes the certificate acceptable anyway ("trust this
/// certificate for this server"). A pin never makes a valid certificate fail: certificates rotate,
/// and a pin is a trust addition, not a restriction. TLS 1.2 is the minimum (RFC 8996, RFC 8314
/// §4.1).
class TlsPolicy
{
public:
    /// Adds the certificates of a PEM file (e.g. --ca-file) to the trusted roots. Returns a
    /// MailError (FileError/ConfigError, phase Config) if the file is unreadable or has no
    /// certificate.
    MailError addCaFile(const QString &pemPath);
    void addCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCa; }

    /// Pins accept an otherwise untrusted leaf certificate for exactly this host and port.
    /// \a sha256 may be hex with or without colons, any case.
    void addPin(const QString &host, quint16 port, const QString &sha256);
    QStringList pins(const QString &host, quint16 port) const;
    bool isPinned(const QString &host, quint16 port, const QSslCertificate &leaf) const;

    /// True only when the user explicitly chose Security::None for this account.
    bool allowPlaintext = false;

private:
    QList<QSslCertificate> m_extraCa;
    QHash<QString, QStringList> m_pins; // "host:port" → upper-case colon hex
};

/// How a successful TLS connection was made, for the padlock and `probe --json`.
struct TlsSessionInfo
{
    bool encrypted = false;
    QString protocol;    ///< "TLSv1.3"
    QString cipher;      ///< "TLS_AES_256_GCM_SHA384"
    bool pinned = false; ///< accepted only because of a pin
    CertificateInfo certificate;
};

/// SHA-256 of the certificate's DER, upper-case hex with colons.
QString certificateSha256(const QSslCertificate &certificate);
/// Normalises a fingerprint the user typed to upper-case colon hex ("" if not 32 bytes of hex).
QString normalizeSha256(const QString &text);
/// Details for the UI from a presented chain (leaf first) and the verification errors.
CertificateInfo certificateInfo(const QList<QSslCertificate> &chain,
                                const QList<QSslError> &errors = {});
/// Which MailError code the verification errors amount to (untrusted beats expired beats
/// wrong host, since that is the first thing to fix).
ErrorCode certificateErrorCode(const QList<QSslError> &errors);

} // namespace mailwright
