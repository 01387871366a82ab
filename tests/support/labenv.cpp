// SPDX-License-Identifier: GPL-3.0-or-later
#include "labenv.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

namespace mailwright::test {

bool LabEnv::load(QString *error)
{
    m_values.clear();
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString dir = env.value(QStringLiteral("MW_LAB_DIR"), QStringLiteral("/tmp/mwlab"));
    QFile file(dir + QStringLiteral("/lab.env"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!file.atEnd()) {
            QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.startsWith(QLatin1String("export ")))
                line = line.mid(7);
            const int eq = line.indexOf(QLatin1Char('='));
            if (!line.startsWith(QLatin1String("MW_LAB_")) || eq < 0)
                continue;
            QString value = line.mid(eq + 1);
            if (value.size() >= 2 && (value.startsWith(QLatin1Char('\'')) || value.startsWith(QLatin1Char('"'))))
                value = value.mid(1, value.size() - 2);
            m_values.insert(line.left(eq).mid(7), value);
        }
    }
    // Variables in the environment win over the file.
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("MW_LAB_")))
            m_values.insert(key.mid(7), env.value(key));
    }
    if (m_values.value(QStringLiteral("SMTP_STARTTLS_PORT")).isEmpty()) {
        *error = QStringLiteral("the mail lab is not running (no %1/lab.env); start it with "
                                "tests/lab/mail-lab.sh start or run the tests through ctest")
                     .arg(dir);
        return false;
    }
    return true;
}

QString LabEnv::value(const QString &name) const
{
    return m_values.value(name);
}

QString sharedDir()
{
    const QString fromEnv = qEnvironmentVariable("MAILWRIGHT_SHARED_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? QStringLiteral(MAILWRIGHT_SOURCE_DIR_FALLBACK "/../shared")
                                             : fromEnv);
}

} // namespace mailwright::test
