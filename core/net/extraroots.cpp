// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraroots.h"

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>
#include <vector>

namespace mailwright::extraroots {

namespace {

struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

struct StoreFree
{
    void operator()(X509_STORE *s) const { X509_STORE_free(s); }
};
struct ContextFree
{
    void operator()(X509_STORE_CTX *c) const { X509_STORE_CTX_free(c); }
};
struct StackFree
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_free(s); } // not the certificates
};

X509Ptr toOpenSsl(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &bytes, long(der.size())));
}

QSslCertificate toQt(X509 *certificate)
{
    if (!certificate)
        return QSslCertificate();
    unsigned char *der = nullptr;
    const int size = i2d_X509(certificate, &der);
    if (size <= 0)
        return QSslCertificate();
    const QByteArray bytes(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return QSslCertificate(bytes, QSsl::Der);
}

struct Found
{
    int error = X509_V_OK;
    QSslCertificate certificate;
};

// Keeps verifying after each error (returns 1) so that every error is seen, as Qt does; the
// verdict is made from the whole list afterwards.
extern "C" int collectError(int ok, X509_STORE_CTX *context)
{
    if (!ok) {
        auto *found = static_cast<std::vector<Found> *>(X509_STORE_CTX_get_app_data(context));
        if (found)
            found->push_back({X509_STORE_CTX_get_error(context),
                              toQt(X509_STORE_CTX_get_current_cert(context))});
    }
    return 1;
}

/// OpenSSL's errors for \a chain against \a roots only; a single X509_V_ERR_UNSPECIFIED if the
/// check could not run at all.
std::vector<Found> verify(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &roots)
{
    const std::vector<Found> failed{{X509_V_ERR_UNSPECIFIED, QSslCertificate()}};
    if (chain.isEmpty() || roots.isEmpty())
        return failed;
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    if (!store)
        return failed;
    for (const QSslCertificate &root : roots) {
        const X509Ptr x = toOpenSsl(root);
        if (x && X509_STORE_add_cert(store.get(), x.get()) != 1) // takes its own reference
            return failed;
    }
    std::vector<X509Ptr> owned;
    for (const QSslCertificate &c : chain) {
        owned.push_back(toOpenSsl(c));
        if (!owned.back())
            return failed;
    }
    std::unique_ptr<STACK_OF(X509), StackFree> untrusted(sk_X509_new_null());
    if (!untrusted)
        return failed;
    for (size_t i = 1; i < owned.size(); ++i) {
        if (!sk_X509_push(untrusted.get(), owned[i].get()))
            return failed;
    }
    std::unique_ptr<X509_STORE_CTX, ContextFree> context(X509_STORE_CTX_new());
    if (!context ||
        X509_STORE_CTX_init(context.get(), store.get(), owned.front().get(), untrusted.get()) != 1)
        return failed;
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER); // RFC 5280 §4.2.1.12
    // A certificate the user put in the account's CA file is trusted as an anchor even when it
    // is an intermediate or the server's own certificate: that file is the user's explicit trust.
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    // Security level 2 (112-bit keys and signatures: RSA ≥ 2048, no SHA-1), Debian's default for
    // the handshake itself.
    X509_VERIFY_PARAM_set_auth_level(param, 2);
    std::vector<Found> found;
    X509_STORE_CTX_set_app_data(context.get(), &found);
    X509_STORE_CTX_set_verify_cb(context.get(), collectError);
    const int verified = X509_verify_cert(context.get());
    const int last = X509_STORE_CTX_get_error(context.get());
    // The callback saw every certificate error; this catches a failure it was not called for.
    if (found.empty() && (verified != 1 || last != X509_V_OK))
        found.push_back({last != X509_V_OK ? last : X509_V_ERR_UNSPECIFIED, QSslCertificate()});
    return found;
}

} // namespace

bool isUnknownIssuer(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return true;
    default:
        return false;
    }
}

QList<QSslError> errorsWithExtraRoots(const QList<QSslError> &qtErrors,
                                      const QList<QSslCertificate> &chain,
                                      const QList<QSslCertificate> &roots)
{
    bool unknownIssuer = false;
    for (const QSslError &e : qtErrors)
        unknownIssuer = unknownIssuer || isUnknownIssuer(e.error());
    if (!unknownIssuer || roots.isEmpty())
        return qtErrors; // the system roots were not the problem

    QList<QSslError> periodErrors;
    for (const Found &f : verify(chain, roots)) {
        QSslError::SslError mapped = QSslError::NoError;
        if (f.error == X509_V_ERR_CERT_HAS_EXPIRED)
            mapped = QSslError::CertificateExpired;
        else if (f.error == X509_V_ERR_CERT_NOT_YET_VALID)
            mapped = QSslError::CertificateNotYetValid;
        else
            return qtErrors; // no valid path to an extra root: Qt's verdict stands
        periodErrors.append(QSslError(mapped, f.certificate));
    }
    QList<QSslError> remaining;
    for (const QSslError &e : qtErrors) {
        if (!isUnknownIssuer(e.error()))
            remaining.append(e);
    }
    for (const QSslError &e : std::as_const(periodErrors)) {
        if (!remaining.contains(e))
            remaining.append(e);
    }
    return remaining;
}

} // namespace mailwright::extraroots
