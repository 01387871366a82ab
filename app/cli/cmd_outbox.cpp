// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli outbox list|flush|retry ID|delete ID (docs/cli.md, "outbox").
#include "commands.h"
#include "sendcommon.h"

#include "errors/mailerrorjson.h"
#include "settings/accountrepository.h"
#include "settings/configpaths.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace mailwright::cli {

namespace {

const QString kCommand = QStringLiteral("outbox");

// Translation context "cli" (a struct: lupdate files a free Tr::tr()'s texts under the namespace).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonObject entryToJson(const OutboxEntry &e)
{
    QJsonObject json{{QStringLiteral("id"), e.id},
                     {QStringLiteral("account"), e.account},
                     {QStringLiteral("from"), e.envelopeFrom},
                     {QStringLiteral("recipients"), QJsonArray::fromStringList(e.recipients)},
                     {QStringLiteral("subject"), e.subject},
                     {QStringLiteral("size"), e.size},
                     {QStringLiteral("status"), outboxStateName(e.state)},
                     {QStringLiteral("attempts"), e.attempts},
                     {QStringLiteral("created"), e.created.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("next_attempt"), e.nextAttempt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("note"), e.note},
                     {QStringLiteral("copied_to_sent"), e.copiedToSent}};
    json.insert(QStringLiteral("error"), e.lastError ? QJsonValue(mailErrorToJson(e.lastError))
                                                     : QJsonValue(QJsonValue::Null));
    return json;
}

int runList(Context &context, Outbox &outbox)
{
    const auto r = outbox.list();
    if (!r.ok())
        return fail(context, kCommand, r.error, ExitIoErr);
    if (context.json) {
        QJsonArray array;
        for (const OutboxEntry &e : r.value)
            array.append(entryToJson(e));
        context.printJson(array);
        return ExitOk;
    }
    for (const OutboxEntry &e : r.value) {
        QString line =
            QStringLiteral("%1  %2  %3  %4 -> %5  %6")
                .arg(e.id)
                .arg(outboxStateName(e.state), -7)
                .arg(e.account, e.envelopeFrom, e.recipients.join(QLatin1String(", ")), e.subject);
        if (e.lastError)
            line += QStringLiteral("\n    ") + e.lastError.userMessage;
        if (!e.note.isEmpty())
            line += QStringLiteral("\n    ") + e.note;
        context.out(line);
    }
    return ExitOk;
}

int runFlush(Context &context, Outbox &outbox)
{
    QList<SmtpTarget> targets;
    if (hasServerOptions(context)) {
        SmtpTarget target;
        if (int rc = targetFromOptions(context, kCommand, &target))
            return rc;
        targets.append(target);
    } else {
        // Every account with waiting mail. Ad-hoc servers are not in the settings: their mail
        // needs the same --smtp-host options again.
        const auto list = outbox.list();
        if (!list.ok())
            return fail(context, kCommand, list.error, ExitIoErr);
        QSet<QString> accounts;
        for (const OutboxEntry &e : list.value) {
            if (e.state == OutboxState::Queued)
                accounts.insert(e.account);
        }
        IniAccountRepository repo(paths::configDir(context.configDir));
        repo.load();
        QStringList names = accounts.values();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            if (!repo.contains(name)) {
                context.err(Tr::tr("Mail for %1 waits in the outbox; flush it with the same server "
                                   "options it was sent with.")
                                .arg(name));
                continue;
            }
            SmtpTarget target;
            if (int rc = targetForAccount(context, kCommand, name, &target))
                return rc;
            targets.append(target);
        }
    }
    QList<SendOutcome> outcomes;
    int rc = ExitOk;
    for (const SmtpTarget &target : std::as_const(targets)) {
        Outbox::ClaimFilter filter;
        filter.ignoreSchedule = true; // flush: now, whatever the back-off said
        const int r = runSend(context, target, filter, outbox, &outcomes);
        if (rc == ExitOk)
            rc = r;
    }
    if (context.json) {
        QJsonArray array;
        for (const SendOutcome &o : std::as_const(outcomes))
            array.append(outcomeToJson(o));
        context.printJson(array);
    }
    return rc;
}

int runIdOp(Context &context, Outbox &outbox, const QString &op)
{
    const QStringList pos = context.args.positionals();
    bool ok = false;
    const qint64 id = pos.value(1).toLongLong(&ok);
    if (pos.size() != 2 || !ok)
        return usage(context, kCommand, Tr::tr("%1 needs one message id").arg(op));
    const MailError e = op == QLatin1String("retry") ? outbox.retryNow(id) : outbox.remove(id);
    if (e)
        return fail(context, kCommand, e,
                    e.code == ErrorCode::StorageError || e.code == ErrorCode::StorageFull
                        ? ExitIoErr
                        : ExitDataErr);
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("id"), id}});
    else
        context.out(op == QLatin1String("retry") ? Tr::tr("message %1 is due now").arg(id)
                                                 : Tr::tr("message %1 deleted").arg(id));
    return ExitOk;
}

int runOutbox(Context &context)
{
    const QStringList pos = context.args.positionals();
    const QString sub = pos.value(0);
    if (sub.isEmpty())
        return usage(context, kCommand, Tr::tr("say list, flush, retry ID or delete ID"));
    if (sub != QLatin1String("flush") && hasServerOptions(context))
        return usage(context, kCommand, Tr::tr("server options belong to outbox flush"));
    Outbox outbox(outboxPath(context));
    if (MailError e = outbox.open())
        return fail(context, kCommand, e, ExitIoErr);
    if (sub == QLatin1String("list") && pos.size() == 1)
        return runList(context, outbox);
    if (sub == QLatin1String("flush") && pos.size() == 1)
        return runFlush(context, outbox);
    if (sub == QLatin1String("retry") || sub == QLatin1String("delete"))
        return runIdOp(context, outbox, sub);
    return usage(context, kCommand, Tr::tr("unknown outbox command %1").arg(sub));
}

} // namespace

Command outboxCommand()
{
    return {QStringLiteral("outbox"), Tr::tr("list, flush, retry or delete queued mail"),
            QStringLiteral("list | flush [--account NAME | --smtp-host H ...] | retry ID | "
                           "delete ID"),
            serverOptions(), &runOutbox};
}

} // namespace mailwright::cli
