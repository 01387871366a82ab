// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlspolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QTimeZone>

namespace mailwright {

namespace {

QString pinKey(const QString &host, quint16 port)
{
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace

MailError TlsPolicy::addCaFile(const QString &pemPath)
{
    MailError error;
    error.phase = Phase::Config;
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        error.code = ErrorCode::FileError;
        error.userMessage = QCoreApplication::translate("mailwright::TlsPolicy",
                                                        "Cannot read the CA certificate file %1.")
                                .arg(pemPath);
        error.technicalDetail = file.errorString();
        return error;
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        error.code = ErrorCode::ConfigError;
        error.userMessage = QCoreApplication::translate("mailwright::TlsPolicy",
                                                        "The file %1 contains no PEM certificate.")
                                .arg(pemPath);
        return error;
    }
    addCaCertificates(certificates);
    return MailError();
}

void TlsPolicy::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    for (const QSslCertificate &c : certificates) {
        if (!c.isNull() && !m_extraCa.contains(c))
            m_extraCa.append(c);
    }
}

void TlsPolicy::addPin(const QString &host, quint16 port, const QString &sha256)
{
    const QString normalized = normalizeSha256(sha256);
    if (normalized.isEmpty())
        return;
    QStringList &list = m_pins[pinKey(host, port)];
    if (!list.contains(normalized))
        list.append(normalized);
}

QStringList TlsPolicy::pins(const QString &host, quint16 port) const
{
    return m_pins.value(pinKey(host, port));
}

bool TlsPolicy::isPinned(const QString &host, quint16 port, const QSslCertificate &leaf) const
{
    if (leaf.isNull())
        return false;
    return pins(host, port).contains(certificateSha256(leaf));
}

QString certificateSha256(const QSslCertificate &certificate)
{
    return colonHex(certificate.digest(QCryptographicHash::Sha256));
}

QString normalizeSha256(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            hex.append(c);
    }
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    if (raw.size() != 32 || hex.size() != 64)
        return QString();
    return colonHex(raw);
}

CertificateInfo certificateInfo(const QList<QSslCertificate> &chain, const QList<QSslError> &errors)
{
    CertificateInfo info;
    for (const QSslError &e : errors)
        info.errors.append(e.errorString());
    if (chain.isEmpty())
        return info;
    const QSslCertificate &leaf = chain.first();
    info.subject = leaf.subjectDisplayName();
    if (info.subject.isEmpty())
        info.subject = leaf.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", "));
    info.issuer = leaf.issuerDisplayName();
    const auto alt = leaf.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it)
        info.subjectAltNames.append(it.value());
    info.notBefore = leaf.effectiveDate().toUTC().toString(Qt::ISODate);
    info.notAfter = leaf.expiryDate().toUTC().toString(Qt::ISODate);
    info.sha256 = certificateSha256(leaf);
    for (const QSslCertificate &c : chain)
        info.chainPem += c.toPem();
    return info;
}

ErrorCode certificateErrorCode(const QList<QSslError> &errors)
{
    bool expired = false;
    bool wrongHost = false;
    bool untrusted = false;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::HostNameMismatch:
            wrongHost = true;
            break;
        default:
            untrusted = true;
            break;
        }
    }
    if (untrusted)
        return ErrorCode::CertificateUntrusted;
    if (expired)
        return ErrorCode::CertificateExpired;
    if (wrongHost)
        return ErrorCode::CertificateWrongHost;
    return ErrorCode::TlsFailure;
}

} // namespace mailwright
