// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/account.h"
#include "errors/mailerror.h"

#include <QString>

namespace mailwright {

class ProviderDirectory;

/// "Trust this certificate for this server": the rules in one place, so the wizard, the
/// account editor and the CLI cannot differ. Pure functions, any thread.
///
/// A certificate problem at a host of a provider in the built-in table is never one click away
/// from being accepted: those providers present valid public certificates, so an error there
/// means interception (or a broken network), not a home server with a self-made certificate.
bool canOfferCertificateTrust(const ProviderDirectory &directory, const QString &host);

/// Whether \a error is a certificate problem that pinning could settle (untrusted, expired,
/// wrong host) and carries the certificate.
bool isPinnableCertificateError(const MailError &error);

/// Adds the SHA-256 of \a certificate as accepted for endpoint's host:port to the account's
/// pinnedCertificates (no duplicate). Refuses (returns false) for known providers' hosts and for
/// an empty fingerprint.
bool pinCertificate(Account &account, const ProviderDirectory &directory,
                    const ServerEndpoint &endpoint, const CertificateInfo &certificate);

} // namespace mailwright
