// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "storecli.h"

#include "cache/mailcache.h"
#include "mime/messagereader.h"
#include "sync/imapsession.h"
#include "sync/imapsync.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace mailwright::cli {

namespace {

int runShow(Context &context)
{
    const QString path = context.args.value(QStringLiteral("folder"), QStringLiteral("INBOX"));
    bool ok = false;
    const quint32 uid = context.args.value(QStringLiteral("uid")).toUInt(&ok);
    if (!ok || uid == 0) {
        context.err(QCoreApplication::translate("cli", "--uid needs a message UID"));
        return ExitUsage;
    }
    MailCache cache(cachePath(context));
    QString account = context.args.value(QStringLiteral("account"));
    QByteArray raw;
    auto folder = cache.folder(account, path);
    if (!folder.ok())
        return reportError(context, folder.error);
    if (folder.value) {
        auto cached = cache.body(folder.value->id, uid);
        if (!cached.ok())
            return reportError(context, cached.error);
        raw = cached.value;
    }
    if (raw.isNull()) {
        // Not cached: fetch it (BODY.PEEK[]) when server options are given.
        if (!context.args.isSet(QStringLiteral("host")) && !isRepositoryAccount(context)) {
            context.err(
                QCoreApplication::translate(
                    "cli", "message %1 is not in the cache; give the server options to fetch it")
                    .arg(uid));
            return ExitNoUser;
        }
        StoreTarget target;
        if (const int code = storeTarget(context, &target))
            return code;
        ImapSession session;
        if (MailError error = session.open(target.wire, target.credentials))
            return reportError(context, error, target);
        ImapSync sync(session, cache, target.account);
        if (MailError error = sync.fetchBody(path, uid, &raw))
            return reportError(context, error, target);
    }
    if (context.args.isSet(QStringLiteral("raw")) && !context.json) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(raw) != raw.size())
            return ExitIoErr;
        return ExitOk;
    }
    const ReadMessage message = MessageReader::read(raw);
    QStringList to;
    for (const Mailbox &m : message.to)
        to << m.toDisplayString();
    if (context.json) {
        QJsonArray attachments;
        for (const ReadAttachment &a : message.attachments)
            attachments.append(QJsonObject{{QStringLiteral("fileName"), a.fileName},
                                           {QStringLiteral("mimeType"), a.mimeType},
                                           {QStringLiteral("size"), qint64(a.data.size())}});
        QJsonObject o{{QStringLiteral("uid"), qint64(uid)},
                      {QStringLiteral("subject"), message.subject},
                      {QStringLiteral("from"), message.from.toDisplayString()},
                      {QStringLiteral("to"), QJsonArray::fromStringList(to)},
                      {QStringLiteral("date"), message.date.toString(Qt::ISODate)},
                      {QStringLiteral("text"), message.text},
                      {QStringLiteral("attachments"), attachments}};
        if (context.args.isSet(QStringLiteral("raw")))
            o.insert(QStringLiteral("raw"), QString::fromLatin1(raw.toBase64()));
        context.printJson(o);
        return ExitOk;
    }
    context.out(QCoreApplication::translate("cli", "From: %1").arg(message.from.toDisplayString()));
    context.out(QCoreApplication::translate("cli", "To: %1").arg(to.join(QStringLiteral(", "))));
    context.out(
        QCoreApplication::translate("cli", "Date: %1").arg(message.date.toString(Qt::ISODate)));
    context.out(QCoreApplication::translate("cli", "Subject: %1").arg(message.subject));
    context.out(QString());
    context.out(message.text);
    for (const ReadAttachment &a : message.attachments)
        context.out(QCoreApplication::translate("cli", "[attachment] %1 (%2, %3 bytes)")
                        .arg(a.fileName, a.mimeType)
                        .arg(a.data.size()));
    return ExitOk;
}

} // namespace

Command showCommand()
{
    std::vector<OptionSpec> options = storeAccountOptions();
    options.push_back({QStringLiteral("uid"), true, false, QStringLiteral("UID"),
                       QCoreApplication::translate("cli", "the message's UID"), QChar()});
    options.push_back({QStringLiteral("raw"),
                       false,
                       false,
                       {},
                       QCoreApplication::translate("cli", "the exact bytes (base64 in JSON)"),
                       QChar()});
    return {
        QStringLiteral("show"),
        QCoreApplication::translate("cli", "show a message (fetched on demand, never marked read)"),
        QStringLiteral("--account NAME --folder F --uid UID [--raw]"), options, &runShow};
}

} // namespace mailwright::cli
