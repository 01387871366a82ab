// SPDX-License-Identifier: GPL-3.0-or-later
// The check of a server chain against an account's CA file (net/extraroots.h), with a small
// PKI made by the openssl command for each run: which chains an extra root may accept, and that
// everything else keeps Qt's verdict.
#include "net/extraroots.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mailwright;

namespace {

const QSslError::SslError kIssuer = QSslError::UnableToGetLocalIssuerCertificate;
const QSslError::SslError kFirst = QSslError::UnableToVerifyFirstCertificate;

} // namespace

class TestExtraRoots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    bool openssl(const QStringList &arguments)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), arguments);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            qWarning() << "openssl" << arguments << p.readAllStandardError();
            return false;
        }
        return true;
    }

    bool writeFile(const QString &name, const QByteArray &text)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }

    /// A key (EC P-256 unless \a rsaBits) and a CSR for \a cn.
    bool request(const QString &name, const QString &cn, int rsaBits = 0)
    {
        const QStringList key =
            rsaBits ? QStringList{QStringLiteral("-newkey"), QStringLiteral("rsa:%1").arg(rsaBits)}
                    : QStringList{QStringLiteral("-newkey"), QStringLiteral("ec"),
                                  QStringLiteral("-pkeyopt"),
                                  QStringLiteral("ec_paramgen_curve:prime256v1")};
        return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + key +
                       QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                   name + QStringLiteral(".key"), QStringLiteral("-out"),
                                   name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=") + cn});
    }

    /// A self-signed CA certificate.
    bool root(const QString &name, const QString &cn)
    {
        return openssl(
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
             name + QStringLiteral(".pem"), QStringLiteral("-subj"), QStringLiteral("/CN=") + cn,
             QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-addext"),
             QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    }

    /// \a name's CSR signed by \a issuer with the extensions of section \a section of ext.cnf.
    bool sign(const QString &name, const QString &issuer, const QString &section)
    {
        return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        name + QStringLiteral(".csr"), QStringLiteral("-CA"),
                        issuer + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                        issuer + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-sha256"),
                        QStringLiteral("-extfile"), QStringLiteral("ext.cnf"),
                        QStringLiteral("-extensions"), section, QStringLiteral("-out"),
                        name + QStringLiteral(".pem")});
    }

    QSslCertificate cert(const QString &name)
    {
        QFile f(m_dir.filePath(name + QStringLiteral(".pem")));
        if (!f.open(QIODevice::ReadOnly))
            return QSslCertificate();
        return QSslCertificate(f.readAll(), QSsl::Pem);
    }

    static QList<QSslError> unknownIssuer(const QSslCertificate &leaf)
    {
        return {QSslError(kIssuer, leaf), QSslError(kFirst, leaf)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(QStringLiteral("ext.cnf"),
                          "[server]\n"
                          "basicConstraints = critical, CA:FALSE\n"
                          "keyUsage = critical, digitalSignature, keyEncipherment\n"
                          "extendedKeyUsage = serverAuth\n"
                          "subjectAltName = DNS:localhost\n"
                          "[client]\n"
                          "basicConstraints = critical, CA:FALSE\n"
                          "keyUsage = critical, digitalSignature\n"
                          "extendedKeyUsage = clientAuth\n"
                          "subjectAltName = DNS:localhost\n"
                          "[intermediate]\n"
                          "basicConstraints = critical, CA:TRUE, pathlen:0\n"
                          "keyUsage = critical, keyCertSign, cRLSign\n"));
        QVERIFY(root(QStringLiteral("rootA"), QStringLiteral("Root A")));
        QVERIFY(root(QStringLiteral("rootB"), QStringLiteral("Root B")));
        // Same name as Root A, another key: a chain "issued by Root A" but signed by this one
        // must not pass for Root A.
        QVERIFY(root(QStringLiteral("impostor"), QStringLiteral("Root A")));
        QVERIFY(request(QStringLiteral("leaf"), QStringLiteral("localhost")));
        QVERIFY(sign(QStringLiteral("leaf"), QStringLiteral("rootA"), QStringLiteral("server")));
        QVERIFY(request(QStringLiteral("forged"), QStringLiteral("localhost")));
        QVERIFY(
            sign(QStringLiteral("forged"), QStringLiteral("impostor"), QStringLiteral("server")));
        QVERIFY(request(QStringLiteral("weak"), QStringLiteral("localhost"), 1024));
        QVERIFY(sign(QStringLiteral("weak"), QStringLiteral("rootA"), QStringLiteral("server")));
        QVERIFY(request(QStringLiteral("client"), QStringLiteral("localhost")));
        QVERIFY(sign(QStringLiteral("client"), QStringLiteral("rootA"), QStringLiteral("client")));
        QVERIFY(request(QStringLiteral("inter"), QStringLiteral("Intermediate A")));
        QVERIFY(
            sign(QStringLiteral("inter"), QStringLiteral("rootA"), QStringLiteral("intermediate")));
        QVERIFY(request(QStringLiteral("deep"), QStringLiteral("localhost")));
        QVERIFY(sign(QStringLiteral("deep"), QStringLiteral("inter"), QStringLiteral("server")));
    }

    void chainToAnExtraRootIsAccepted()
    {
        const QSslCertificate leaf = cert(QStringLiteral("leaf"));
        QVERIFY(!leaf.isNull());
        QVERIFY(extraroots::errorsWithExtraRoots(
                    unknownIssuer(leaf), {leaf},
                    {cert(QStringLiteral("rootB")), cert(QStringLiteral("rootA"))})
                    .isEmpty());
    }

    void otherErrorsStay()
    {
        // The host name is Qt's to judge (RFC 6125); an extra root does not cure it.
        const QSslCertificate leaf = cert(QStringLiteral("leaf"));
        const QSslError wrongHost(QSslError::HostNameMismatch, leaf);
        const QList<QSslError> errors = extraroots::errorsWithExtraRoots(
            unknownIssuer(leaf) << wrongHost, {leaf}, {cert(QStringLiteral("rootA"))});
        QCOMPARE(errors, QList<QSslError>{wrongHost});
    }

    void otherRootsChangeNothing()
    {
        const QSslCertificate leaf = cert(QStringLiteral("leaf"));
        const QList<QSslError> errors = unknownIssuer(leaf);
        QCOMPARE(extraroots::errorsWithExtraRoots(errors, {leaf}, {cert(QStringLiteral("rootB"))}),
                 errors);
        QCOMPARE(extraroots::errorsWithExtraRoots(errors, {leaf}, {}), errors);
    }

    void refusedChains_data()
    {
        QTest::addColumn<QString>("leaf");
        // Signed by the impostor whose name is Root A's: the signature does not verify.
        QTest::newRow("forged signature") << QStringLiteral("forged");
        // RSA-1024 is below security level 2 (112 bits).
        QTest::newRow("weak key") << QStringLiteral("weak");
        // extendedKeyUsage clientAuth only: not for a server (RFC 5280 §4.2.1.12).
        QTest::newRow("client-only certificate") << QStringLiteral("client");
    }

    void refusedChains()
    {
        QFETCH(QString, leaf);
        const QSslCertificate certificate = cert(leaf);
        QVERIFY(!certificate.isNull());
        QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName),
                 cert(QStringLiteral("rootA")).subjectInfo(QSslCertificate::CommonName));
        const QList<QSslError> errors = unknownIssuer(certificate);
        QCOMPARE(extraroots::errorsWithExtraRoots(errors, {certificate},
                                                  {cert(QStringLiteral("rootA"))}),
                 errors);
    }

    void intermediatesAndAnchors()
    {
        const QSslCertificate deep = cert(QStringLiteral("deep"));
        const QSslCertificate inter = cert(QStringLiteral("inter"));
        const QList<QSslError> errors = unknownIssuer(deep);
        // The server sends its intermediate: the root or the intermediate itself may be the
        // anchor the user trusts.
        QVERIFY(
            extraroots::errorsWithExtraRoots(errors, {deep, inter}, {cert(QStringLiteral("rootA"))})
                .isEmpty());
        QVERIFY(extraroots::errorsWithExtraRoots(errors, {deep, inter}, {inter}).isEmpty());
        // It does not: no path from the leaf to Root A.
        QCOMPARE(extraroots::errorsWithExtraRoots(errors, {deep}, {cert(QStringLiteral("rootA"))}),
                 errors);
    }

    void trustedChainIsNotRechecked()
    {
        // No "issuer unknown" error: the system roots accepted the path, so nothing changes.
        const QSslCertificate leaf = cert(QStringLiteral("leaf"));
        const QList<QSslError> errors{QSslError(QSslError::CertificateExpired, leaf)};
        QCOMPARE(extraroots::errorsWithExtraRoots(errors, {leaf}, {cert(QStringLiteral("rootA"))}),
                 errors);
        QVERIFY(extraroots::isUnknownIssuer(QSslError::SelfSignedCertificateInChain));
        QVERIFY(!extraroots::isUnknownIssuer(QSslError::HostNameMismatch));
        QVERIFY(!extraroots::isUnknownIssuer(QSslError::CertificateRevoked));
    }
};

QTEST_GUILESS_MAIN(TestExtraRoots)
#include "tst_extraroots.moc"
