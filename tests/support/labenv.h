// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace mailwright::test {

/// The running mail lab's facts (tests/lab/mail-lab.sh): ports, CA, users. Read from the
/// MW_LAB_* environment, or else from $MW_LAB_DIR/lab.env (default /tmp/mwlab/lab.env), which the
/// ctest fixture "lab" writes.
class LabEnv
{
public:
    /// Loads the lab's variables; false (with \a error) when no lab is running.
    bool load(QString *error);

    QString value(const QString &name) const; ///< e.g. "SMTP_STARTTLS_PORT" for MW_LAB_...
    quint16 port(const QString &name) const { return quint16(value(name).toUInt()); }
    QString host() const { return value(QStringLiteral("HOST")); }
    QString caFile() const { return value(QStringLiteral("CA")); }

private:
    QHash<QString, QString> m_values;
};

/// Directory of ../shared (the read-only corpus beside the project).
QString sharedDir();

} // namespace mailwright::test

/// For use in a test's initTestCase(): loads the lab or fails the test with the reason.
#define MW_REQUIRE_LAB(lab)                                                                        \
    do {                                                                                           \
        QString labError_;                                                                         \
        if (!(lab).load(&labError_))                                                               \
            QFAIL(qPrintable(labError_));                                                          \
    } while (false)
