// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "storecli.h"

#include "cache/mailcache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace mailwright::cli {

namespace {

int runList(Context &context)
{
    const QString account = context.args.value(QStringLiteral("account"));
    const QString path = context.args.value(QStringLiteral("folder"), QStringLiteral("INBOX"));
    if (account.isEmpty()) {
        context.err(QCoreApplication::translate("cli", "--account is required"));
        return ExitUsage;
    }
    int limit = 50;
    if (context.args.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = context.args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            context.err(QCoreApplication::translate("cli", "--limit needs a positive number"));
            return ExitUsage;
        }
    }
    MailCache cache(cachePath(context));
    auto folder = cache.folder(account, path);
    if (!folder.ok())
        return reportError(context, folder.error);
    if (!folder.value) {
        context.err(QCoreApplication::translate("cli", "no folder '%1' for account '%2' in the "
                                                       "cache; run 'mailwright-cli sync' first")
                        .arg(path, account));
        return ExitNoUser;
    }
    auto messages = cache.messages(folder.value->id, MessageSort::Date, true, 0, limit,
                                   context.args.value(QStringLiteral("search")));
    if (!messages.ok())
        return reportError(context, messages.error);
    QJsonArray rows;
    for (const CachedMessage &m : std::as_const(messages.value)) {
        const QString date = m.date.isValid() ? m.date.toString(Qt::ISODate) : QString();
        if (context.json) {
            rows.append(QJsonObject{{QStringLiteral("uid"), qint64(m.uid)},
                                    {QStringLiteral("date"), date},
                                    {QStringLiteral("from"), m.from},
                                    {QStringLiteral("subject"), m.subject},
                                    {QStringLiteral("flags"), messageFlagsText(m.flags)},
                                    {QStringLiteral("size"), m.size}});
        } else {
            context.out(QStringLiteral("%1  %2  %3  %4  [%5]  %6")
                            .arg(m.uid, 6)
                            .arg(date, -20)
                            .arg(m.from.left(30), -30)
                            .arg(m.subject)
                            .arg(messageFlagsText(m.flags))
                            .arg(m.size));
        }
    }
    if (context.json)
        context.printJson(
            QJsonObject{{QStringLiteral("folder"), path}, {QStringLiteral("messages"), rows}});
    return ExitOk;
}

} // namespace

Command listCommand()
{
    std::vector<OptionSpec> options = cacheOptions();
    options.push_back({QStringLiteral("limit"), true, false, QStringLiteral("N"),
                       QCoreApplication::translate("cli", "at most N messages (default 50)"),
                       QChar()});
    options.push_back({QStringLiteral("search"), true, false, QStringLiteral("QUERY"),
                       QCoreApplication::translate("cli", "only messages with these words "
                                                          "(subject, addresses, fetched bodies)"),
                       QChar()});
    return {QStringLiteral("list"),
            QCoreApplication::translate("cli", "list cached messages, newest first"),
            QStringLiteral("--account NAME --folder F [--limit N] [--search QUERY]"), options,
            &runList};
}

} // namespace mailwright::cli
