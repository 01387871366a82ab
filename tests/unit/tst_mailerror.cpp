// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/mailerror.h"

#include <QSet>
#include <QTest>

using namespace mailwright;

class TestMailError : public QObject
{
    Q_OBJECT
private slots:
    void defaultIsNoError()
    {
        const MailError error;
        QVERIFY(!error.isError());
        QVERIFY(!error);
    }

    void codeNamesAreUniqueAndStable()
    {
        QSet<QString> seen;
        for (int i = int(ErrorCode::None); i <= int(ErrorCode::Internal); ++i) {
            const QString name = errorCodeName(ErrorCode(i));
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
        }
        // Names used in JSON output and by scripts: these must never change.
        QCOMPARE(errorCodeName(ErrorCode::AuthFailed), QStringLiteral("auth_failed"));
        QCOMPARE(errorCodeName(ErrorCode::StartTlsUnavailable), QStringLiteral("no_starttls"));
        QCOMPARE(errorCodeName(ErrorCode::DnsFailure), QStringLiteral("dns_error"));
        QCOMPARE(phaseName(Phase::RcptTo), QStringLiteral("rcpt_to"));
    }
};

QTEST_GUILESS_MAIN(TestMailError)
#include "tst_mailerror.moc"
