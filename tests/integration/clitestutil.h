// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs mailwright-cli for the send tests: arguments, optional stdin and environment.

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace mailwright::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonArray json() const { return QJsonDocument::fromJson(out).array(); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

inline QString cliPath()
{
    return qEnvironmentVariable("MAILWRIGHT_BIN_DIR") + QStringLiteral("/mailwright-cli");
}

inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env,
                     const QByteArray &stdinBytes = QByteArray(), int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinBytes.isEmpty())
        p.write(stdinBytes);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// The options that point `mailwright-cli send` or `outbox flush` with configuration
/// directory \a configDir at a scripted server on 127.0.0.1:\a port in clear text.
inline QStringList scriptedServerArgs(const QString &configDir, quint16 port)
{
    return {QStringLiteral("--config-dir"), configDir,
            QStringLiteral("--smtp-host"),  QStringLiteral("127.0.0.1"),
            QStringLiteral("--smtp-port"),  QString::number(port),
            QStringLiteral("--security"),   QStringLiteral("none"),
            QStringLiteral("--timeout"),    QStringLiteral("10")};
}

} // namespace mailwright::test
