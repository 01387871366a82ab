// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labenv.h"
#include "testsmtpserver.h"

#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace mailwright::test {

/// The servers of the set-up scenarios (tests/integration/setup/setup.conf), on the names'
/// addresses and standard ports: the mail lab's real Postfix/Dovecot forwarded to
/// mail.lab.test:465/587/993/143/995/110 and to the bad-certificate names, plus TestSmtpServers
/// for the scenarios a real server cannot be configured into (465 silent, no STARTTLS, AUTH only
/// after TLS, clear text only, SRV to port 2525, ...) with a certificate from a CA made here.
/// Must run inside tests/lab/dns-lab.sh + with-mail-lab.sh (private network namespace).
/// Thread: the test thread.
class SetupLab
{
public:
    bool start(QString *error);

    const LabEnv &lab() const { return m_lab; }
    /// PEM with both the mail lab's CA and this lab's test CA (for --ca-file).
    QString caFile() const { return m_dir.filePath(QStringLiteral("both-ca.pem")); }
    static QString userFor(const QString &domain) { return QStringLiteral("user@") + domain; }
    static QString password() { return QStringLiteral("s3cret-Test-pw"); }
    TestSmtpServer *server(const QString &key) const;

private:
    LabEnv m_lab;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<TcpForwarder>> m_forwarders;
    std::vector<std::pair<QString, std::unique_ptr<TestSmtpServer>>> m_servers;
};

} // namespace mailwright::test
