// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace mailwright {

/// One running Mailwright per user and configuration: the first process listens on a local
/// socket (QLocalServer); a later one hands its arguments (e.g. a mailto: URL) to it and exits
/// instead of opening a second window.
///
/// The socket name contains the user id and a hash of the configuration directory, so two
/// users, or a test with its own --config-dir, never meet; the socket is created with
/// QLocalServer::UserAccessOption (only the owner may connect).
///
/// Wire format: the client writes the arguments as one compact JSON array of strings and a
/// newline; the server answers "ok\n" after emitting argumentsReceived().
///
/// Thread: the GUI thread (the server needs its event loop). sendToRunning() blocks (bounded
/// by its timeout) and is meant for main() before the event loop starts. Owner: main().
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &configDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// "mailwright-<uid>-<first 16 hex digits of SHA-256(configDir)>".
    static QString socketNameFor(const QString &configDir);
    QString socketName() const { return m_name; }

    /// Hands \a arguments to a running instance. True when one took them (then this process
    /// should exit); false when none answers within \a timeoutMs.
    bool sendToRunning(const QStringList &arguments, int timeoutMs = 3000);

    /// Becomes the running instance. A stale socket left by a crashed process is removed.
    /// False (with \a error) when the socket cannot be created.
    bool listen(QString *error = nullptr);
    bool isListening() const;

Q_SIGNALS:
    void argumentsReceived(const QStringList &arguments);

private:
    void acceptConnections();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace mailwright
