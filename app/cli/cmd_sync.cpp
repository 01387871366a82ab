// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "storecli.h"

#include "cache/mailcache.h"
#include "sync/imapsession.h"
#include "sync/imapsync.h"
#include "sync/pop3session.h"
#include "sync/pop3sync.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace mailwright::cli {

namespace {

/// POP3 (RFC 1939): new UIDLs into the local inbox, then the account's deletion policy.
int runPop3(Context &context, const StoreTarget &target)
{
    MailCache cache(cachePath(context));
    if (MailError error = cache.open())
        return reportError(context, error);
    Pop3Session session;
    if (MailError error =
            session.open(target.wire, target.credentials.username, target.credentials.password))
        return reportError(context, error, target);
    Pop3Sync sync(session, cache, target.account);
    sync.setLeaveOnServer(target.leaveOnServer);
    sync.setDeleteAfterDays(target.deleteAfterDays);
    if (context.verbose) {
        sync.setProgress([&context](int done, int total) {
            context.err(QStringLiteral("progress %1/%2").arg(done).arg(total));
        });
    }
    Pop3SyncStats stats;
    if (MailError error = sync.sync(&stats))
        return reportError(context, error, target);
    const CachedFolder f =
        cache.folder(target.account, Pop3Sync::inboxPath()).value.value_or(CachedFolder());
    if (context.json) {
        context.printJson(
            QJsonObject{{QStringLiteral("account"), target.account},
                        {QStringLiteral("protocol"), QStringLiteral("pop3")},
                        {QStringLiteral("folders"),
                         QJsonArray{QJsonObject{{QStringLiteral("folder"), Pop3Sync::inboxPath()},
                                                {QStringLiteral("added"), stats.downloaded},
                                                {QStringLiteral("deletedOnServer"), stats.deleted},
                                                {QStringLiteral("onServer"), stats.onServer},
                                                {QStringLiteral("total"), f.total},
                                                {QStringLiteral("unread"), f.unread}}}}});
    } else {
        context.out(QCoreApplication::translate(
                        "cli", "%1 (POP3): %2 new, %3 deleted on the server, %4 on the server; "
                               "%5 messages, %6 unread")
                        .arg(Pop3Sync::inboxPath())
                        .arg(stats.downloaded)
                        .arg(stats.deleted)
                        .arg(stats.onServer)
                        .arg(f.total)
                        .arg(f.unread));
    }
    return ExitOk;
}

int runSync(Context &context)
{
    StoreTarget target;
    if (const int code = storeTarget(context, &target))
        return code;
    if (target.wire.endpoint.protocol == Protocol::Pop3)
        return runPop3(context, target);
    const bool all = context.args.isSet(QStringLiteral("all"));
    QString folderPath = context.args.value(QStringLiteral("folder"), QStringLiteral("INBOX"));
    int batch = ImapSync::kDefaultBatchSize;
    if (context.args.isSet(QStringLiteral("batch-size")))
        batch = qMax(1, context.args.value(QStringLiteral("batch-size")).toInt());

    MailCache cache(cachePath(context));
    if (MailError error = cache.open())
        return reportError(context, error);
    ImapSession session;
    if (MailError error = session.open(target.wire, target.credentials))
        return reportError(context, error, target);
    ImapSync sync(session, cache, target.account);
    sync.setBatchSize(batch);
    if (context.verbose) {
        sync.setProgress([&context](int done, int total) {
            context.err(QStringLiteral("progress %1/%2").arg(done).arg(total));
        });
    }
    QStringList paths;
    if (all) {
        QList<CachedFolder> folders;
        if (MailError error = sync.syncFolderList(&folders))
            return reportError(context, error, target);
        for (const CachedFolder &f : std::as_const(folders))
            paths << f.path;
    } else {
        paths << folderPath;
    }
    QJsonArray results;
    for (const QString &path : std::as_const(paths)) {
        FolderSyncStats stats;
        if (MailError error = sync.syncFolder(path, &stats))
            return reportError(context, error, target);
        const CachedFolder f = cache.folder(target.account, path).value.value_or(CachedFolder());
        if (context.json) {
            results.append(QJsonObject{{QStringLiteral("folder"), path},
                                       {QStringLiteral("added"), stats.added},
                                       {QStringLiteral("flagsChanged"), stats.flagsChanged},
                                       {QStringLiteral("removed"), stats.removed},
                                       {QStringLiteral("uidValidityReset"), stats.reset},
                                       {QStringLiteral("unchanged"), stats.unchanged},
                                       {QStringLiteral("total"), f.total},
                                       {QStringLiteral("unread"), f.unread}});
        } else {
            context.out(QCoreApplication::translate(
                            "cli", "%1: %2 new, %3 flag changes, %4 removed%5; %6 messages, "
                                   "%7 unread")
                            .arg(path)
                            .arg(stats.added)
                            .arg(stats.flagsChanged)
                            .arg(stats.removed)
                            .arg(stats.reset ? QCoreApplication::translate(
                                                   "cli", " (UIDVALIDITY changed: refetched)")
                                             : QString())
                            .arg(f.total)
                            .arg(f.unread));
        }
    }
    // One folder: the folder list is refreshed after it, not before. The folder is what the user
    // waits for, and on Dovecot 2.3 with a Maildir another program fills (an MDA, the benchmark's
    // generator) a LIST that matches mailboxes makes every later EXAMINE of the session rescan
    // the Maildir (0.29 s for a 50,000-message INBOX in the issue 6 benchmark; STATUS and VMime's
    // LIST "" "" do not).
    if (!all) {
        if (MailError error = sync.syncFolderList())
            return reportError(context, error, target);
    }
    session.close();
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("account"), target.account},
                                      {QStringLiteral("folders"), results}});
    return ExitOk;
}

} // namespace

Command syncCommand()
{
    std::vector<OptionSpec> options = storeAccountOptions();
    options.push_back({QStringLiteral("all"),
                       false,
                       false,
                       {},
                       QCoreApplication::translate("cli", "sync every folder"),
                       QChar()});
    options.push_back({QStringLiteral("batch-size"), true, false, QStringLiteral("N"),
                       QCoreApplication::translate("cli", "messages per batch (default 5000)"),
                       QChar()});
    return {
        QStringLiteral("sync"),
        QCoreApplication::translate("cli", "fetch new messages and flag changes into the cache"),
        QStringLiteral("--account NAME [--folder F | --all] [--host H ...]"), options, &runSync};
}

} // namespace mailwright::cli
