// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>

#include <unistd.h>

namespace mailwright {

namespace {
Q_LOGGING_CATEGORY(lcInstance, "mailwright.app.instance")
constexpr qint64 maximumMessageBytes = 64 * 1024; ///< a mailto URL with a body; more is abuse
} // namespace

SingleInstance::SingleInstance(const QString &configDir, QObject *parent)
    : QObject(parent)
    , m_name(socketNameFor(configDir))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketNameFor(const QString &configDir)
{
    const QByteArray hash = QCryptographicHash::hash(QDir(configDir).absolutePath().toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    return QStringLiteral("mailwright-%1-%2").arg(uint(getuid())).arg(QString::fromLatin1(hash));
}

bool SingleInstance::sendToRunning(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message =
        QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact);
    message.append('\n');
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen(QString *error)
{
    if (m_server)
        return true;
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        // A crashed instance leaves its socket file behind; nobody answered on it (the caller
        // tried sendToRunning() first), so it is stale.
        QLocalServer::removeServer(m_name);
        if (!server->listen(m_name)) {
            if (error)
                *error = server->errorString();
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket]() {
            if (socket->bytesAvailable() > maximumMessageBytes) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonDocument doc = QJsonDocument::fromJson(socket->readLine());
            QStringList arguments;
            for (const QJsonValue &v : doc.array())
                arguments.append(v.toString());
            qCInfo(lcInstance) << "arguments from another instance:" << arguments.size();
            const QPointer<QLocalSocket> guard(socket);
            Q_EMIT argumentsReceived(arguments);
            if (guard) {
                guard->write("ok\n");
                guard->flush();
                guard->disconnectFromServer();
            }
        });
    }
}

} // namespace mailwright
