// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatetrust.h"

#include "net/tlspolicy.h"
#include "setup/providerdirectory.h"

namespace mailwright {

bool canOfferCertificateTrust(const ProviderDirectory &directory, const QString &host)
{
    return !host.isEmpty() && !directory.isKnownHost(host);
}

bool isPinnableCertificateError(const MailError &error)
{
    switch (error.code) {
    case ErrorCode::CertificateUntrusted:
    case ErrorCode::CertificateExpired:
    case ErrorCode::CertificateWrongHost:
        return !error.certificate.isNull();
    default:
        return false;
    }
}

bool pinCertificate(Account &account, const ProviderDirectory &directory,
                    const ServerEndpoint &endpoint, const CertificateInfo &certificate)
{
    const QString sha = normalizeSha256(certificate.sha256);
    if (sha.isEmpty() || !canOfferCertificateTrust(directory, endpoint.host))
        return false;
    QStringList &pins = account.pinnedCertificates[hostPortKey(endpoint)];
    if (!pins.contains(sha))
        pins.append(sha);
    return true;
}

} // namespace mailwright
