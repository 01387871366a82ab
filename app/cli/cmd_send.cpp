// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli send (docs/cli.md, "send"): compose or prepared (.eml) mail, stored in the
// outbox first, then sent over one connection by the same SendWorker the GUI uses.
#include "clipassword.h"
#include "commands.h"
#include "sendcommon.h"

#include "mime/mimebuilder.h"
#include "mime/preparedmessage.h"
#include "settings/accountrepository.h"
#include "settings/configpaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

#include <cstdio>

namespace mailwright::cli {

namespace {

const QString kCommand = QStringLiteral("send");

// Messages are stored in chunks of about this many bytes per durable commit: one fsync for many
// small messages, without holding a thousand large ones in memory at once.
constexpr qint64 kEnqueueChunkBytes = 24 * 1024 * 1024;

// Translation context "cli" (a struct: lupdate files a free Tr::tr()'s texts under the namespace).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

MailError dataError(const QString &message)
{
    return makeMailError(ErrorCode::InvalidMessage, Phase::Compose, message);
}

/// Every --NAME value parsed as an address list (each value may hold several).
bool addressOption(const Context &context, const QString &name, QList<Mailbox> *out,
                   QString *problem)
{
    for (const QString &value : context.args.values(name)) {
        const ParseResult r = AddressParser::parseList(value);
        if (!r.isValid()) {
            *problem = QStringLiteral("--%1 %2: %3")
                           .arg(name, r.problems.first().input, r.problems.first().reason);
            return false;
        }
        out->append(r.mailboxes);
    }
    return true;
}

bool readFile(const QString &path, QByteArray *out)
{
    if (path == QLatin1String("-")) {
        char buffer[65536];
        size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
            out->append(buffer, qsizetype(n));
        return true;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    *out = f.readAll();
    return true;
}

QString defaultFrom(const Context &context)
{
    if (!context.args.isSet(QStringLiteral("account")))
        return QString();
    IniAccountRepository repo(paths::configDir(context.configDir));
    repo.load();
    const auto account = repo.account(context.args.value(QStringLiteral("account")));
    if (!account)
        return QString();
    const Identity id = account->primaryIdentity();
    return id.displayName.isEmpty() ? id.address
                                    : QStringLiteral("\"%1\" <%2>").arg(id.displayName, id.address);
}

int composeDraft(Context &context, const SmtpTarget &target, OutboxDraft *out)
{
    const auto &args = context.args;
    MessageDraft d;
    QString problem;
    QString fromText = args.value(QStringLiteral("from"));
    if (fromText.isEmpty())
        fromText = defaultFrom(context);
    if (fromText.isEmpty())
        return usage(context, kCommand, Tr::tr("compose mode needs --from ADDRESS"));
    const ParseResult from = AddressParser::parseMailbox(fromText);
    if (!from.isValid())
        return usage(context, kCommand,
                     QStringLiteral("--from: %1").arg(from.problems.first().reason));
    d.from = from.mailboxes.first();
    if (!addressOption(context, QStringLiteral("to"), &d.to, &problem) ||
        !addressOption(context, QStringLiteral("cc"), &d.cc, &problem) ||
        !addressOption(context, QStringLiteral("bcc"), &d.bcc, &problem))
        return usage(context, kCommand, problem);
    if (d.to.isEmpty() && d.cc.isEmpty() && d.bcc.isEmpty())
        return usage(context, kCommand, Tr::tr("give at least one recipient (--to, --cc, --bcc)"));
    d.subject = args.value(QStringLiteral("subject"));
    if (args.isSet(QStringLiteral("body-file"))) {
        QByteArray body;
        if (!readFile(args.value(QStringLiteral("body-file")), &body))
            return fail(context, kCommand,
                        dataError(Tr::tr("Cannot read the body file %1.")
                                      .arg(args.value(QStringLiteral("body-file")))),
                        ExitDataErr);
        d.textBody = QString::fromUtf8(body);
    }
    if (args.isSet(QStringLiteral("html-file"))) {
        QByteArray html;
        if (!readFile(args.value(QStringLiteral("html-file")), &html))
            return fail(context, kCommand,
                        dataError(Tr::tr("Cannot read the HTML file %1.")
                                      .arg(args.value(QStringLiteral("html-file")))),
                        ExitDataErr);
        d.htmlBody = QString::fromUtf8(html);
    }
    for (const QString &path : args.values(QStringLiteral("attach")))
        d.attachments.append(DraftAttachment{QFileInfo(path).absoluteFilePath(), {}, {}});
    // Whether the server offers SMTPUTF8 is known only on the wire; SmtpSession refuses a
    // non-ASCII envelope address there with a clear error when it does not.
    d.smtpUtf8Allowed = true;
    BuildResult built = MimeBuilder::build(d);
    if (built.error)
        return fail(context, kCommand, built.error, ExitDataErr);
    out->account = target.account;
    out->envelopeFrom = QString::fromUtf8(built.envelopeFrom);
    for (const QByteArray &r : std::as_const(built.envelopeRecipients))
        out->recipients.append(QString::fromUtf8(r));
    out->raw = std::move(built.bytes);
    out->copyToSent = target.saveSentCopy;
    return ExitOk;
}

int prepareEml(Context &context, const SmtpTarget &target, const QString &path, OutboxDraft *out)
{
    const auto &args = context.args;
    const bool fromHeaders = args.isSet(QStringLiteral("read-recipients"));
    PrepareOptions options;
    options.extractRecipients = fromHeaders;
    // Read the file here (not PreparedMessage::fromFile) to know whether the prepared bytes are
    // the file's own: then the outbox may reference the file instead of copying it.
    const QFileInfo before(path);
    QFile file(path);
    const bool readable = file.open(QIODevice::ReadOnly);
    const QByteArray raw = readable ? file.readAll() : QByteArray();
    PreparedMessage p = readable ? PreparedMessage::prepare(raw, options)
                                 : PreparedMessage::fromFile(path, options);
    if (p.error) {
        MailError e = p.error;
        e.technicalDetail = path + QStringLiteral(": ") + e.technicalDetail;
        return fail(context, kCommand, e, ExitDataErr);
    }
    QByteArray from = p.envelopeFrom;
    if (args.isSet(QStringLiteral("from"))) {
        const ParseResult f = AddressParser::parseMailbox(args.value(QStringLiteral("from")));
        if (!f.isValid())
            return usage(context, kCommand,
                         QStringLiteral("--from: %1").arg(f.problems.first().reason));
        from = f.mailboxes.first().wireAddress();
    }
    if (from.isEmpty())
        return fail(context, kCommand,
                    dataError(Tr::tr("%1 has no From header; give --from.").arg(path)),
                    ExitDataErr);
    QList<QByteArray> recipients = fromHeaders ? p.envelopeRecipients : QList<QByteArray>();
    QList<Mailbox> extra;
    QString problem;
    if (!addressOption(context, QStringLiteral("to"), &extra, &problem) ||
        !addressOption(context, QStringLiteral("cc"), &extra, &problem) ||
        !addressOption(context, QStringLiteral("bcc"), &extra, &problem))
        return usage(context, kCommand, problem);
    for (const Mailbox &m : std::as_const(extra)) {
        if (!recipients.contains(m.wireAddress()))
            recipients.append(m.wireAddress());
    }
    if (recipients.isEmpty())
        return usage(context, kCommand,
                     Tr::tr("%1: no recipients; give --to/--cc/--bcc or -t").arg(path));
    out->account = target.account;
    out->envelopeFrom = QString::fromUtf8(from);
    for (const QByteArray &r : std::as_const(recipients))
        out->recipients.append(QString::fromUtf8(r));
    // Sent now and unchanged by preparing (CRLF already, no Bcc): the outbox may keep a
    // reference to the file instead of a copy (docs/architecture.md, "File-referenced
    // messages"); with --queue the mail outlives this process, so its bytes are copied.
    if (!args.isSet(QStringLiteral("queue")) && p.bytes == raw && before.isFile() &&
        before.size() == raw.size()) {
        out->sourceFile = before.absoluteFilePath();
        out->sourceModifiedMs = before.lastModified().toMSecsSinceEpoch();
    }
    out->raw = std::move(p.bytes); // CRLF, Bcc removed (G8)
    out->copyToSent = target.saveSentCopy;
    return ExitOk;
}

int runSendCommand(Context &context)
{
    const auto &args = context.args;
    const bool eml = args.isSet(QStringLiteral("eml"));
    QStringList files = args.values(QStringLiteral("eml"));
    if (eml)
        files += args.positionals();
    else if (!args.positionals().isEmpty())
        return usage(context, kCommand,
                     Tr::tr("unexpected argument %1").arg(args.positionals().first()));
    if (!eml && args.isSet(QStringLiteral("read-recipients")))
        return usage(context, kCommand, Tr::tr("-t reads the recipients of --eml files"));
    if (eml) {
        for (const char *o : {"subject", "body-file", "html-file", "attach"}) {
            if (args.isSet(QString::fromLatin1(o)))
                return usage(context, kCommand,
                             Tr::tr("--%1 composes a message; it cannot be combined with --eml")
                                 .arg(QString::fromLatin1(o)));
        }
    }
    const bool bodyFromStdin = args.value(QStringLiteral("body-file")) == QLatin1String("-") ||
                               args.value(QStringLiteral("html-file")) == QLatin1String("-");
    SmtpTarget target;
    if (int rc = targetFromOptions(context, kCommand, &target, bodyFromStdin))
        return rc;

    Outbox outbox(outboxPath(context));
    if (MailError e = outbox.open())
        return fail(context, kCommand, e, ExitIoErr);
    // The message bytes are on disk before any attempt: a killed CLI never loses mail.
    QList<qint64> ids;
    QList<OutboxDraft> chunk;
    qint64 chunkBytes = 0;
    auto store = [&]() -> int {
        if (chunk.isEmpty())
            return ExitOk;
        const auto r = outbox.enqueueBatch(chunk);
        if (!r.ok())
            return fail(context, kCommand, r.error, ExitIoErr);
        ids += r.value;
        chunk.clear();
        chunkBytes = 0;
        return ExitOk;
    };
    if (eml) {
        if (files.isEmpty())
            return usage(context, kCommand, Tr::tr("--eml needs at least one file"));
        for (const QString &path : std::as_const(files)) {
            OutboxDraft d;
            if (int rc = prepareEml(context, target, path, &d)) {
                // A bad file in a batch sends nothing: take back what was stored already.
                for (qint64 id : std::as_const(ids))
                    outbox.remove(id);
                return rc;
            }
            chunkBytes += d.raw.size();
            chunk.append(std::move(d));
            if (chunkBytes >= kEnqueueChunkBytes) {
                if (int rc = store())
                    return rc;
            }
        }
    } else {
        OutboxDraft d;
        if (int rc = composeDraft(context, target, &d))
            return rc;
        chunk.append(std::move(d));
    }
    if (int rc = store())
        return rc;

    QList<SendOutcome> outcomes;
    int rc = ExitOk;
    if (args.isSet(QStringLiteral("queue"))) {
        for (qint64 id : std::as_const(ids)) {
            SendOutcome o;
            o.id = id;
            o.state = OutboxState::Queued;
            outcomes.append(o);
            if (!context.json)
                context.out(Tr::tr("queued: message %1").arg(id));
        }
    } else {
        Outbox::ClaimFilter filter;
        filter.ids = ids;
        filter.ignoreSchedule = true;
        rc = runSend(context, target, filter, outbox, &outcomes);
        // Whatever stays in the outbox (queued for retry, held) gets its bytes copied in now,
        // before this process and with it the file references end.
        if (MailError e = outbox.importSources(ids)) {
            context.err(Tr::tr("The outbox failed: %1").arg(e.userMessage));
            rc = ExitIoErr;
        }
    }
    if (context.json) {
        QHash<qint64, SendOutcome> byId;
        for (const SendOutcome &o : std::as_const(outcomes))
            byId.insert(o.id, o);
        QJsonArray array;
        for (qint64 id : std::as_const(ids)) {
            SendOutcome o = byId.value(id);
            if (o.id == 0) { // not attempted in this run (the run stopped early)
                o.id = id;
                o.state = outbox.state(id).value;
            }
            array.append(outcomeToJson(o));
        }
        context.printJson(array);
    }
    return rc;
}

} // namespace

Command sendCommand()
{
    std::vector<OptionSpec> options = serverOptions();
    const std::vector<OptionSpec> own = {
        cliOption("from", "A", "sender (compose; for --eml: the envelope sender)"),
        cliOption("to", "A", "recipient (repeatable)", true),
        cliOption("cc", "A", "copy recipient (repeatable)", true),
        cliOption("bcc", "A", "blind copy recipient: envelope only (repeatable)", true),
        cliOption("subject", "S", "subject (compose)"),
        cliOption("body-file", "F", "plain-text body from file F, '-' for standard input"),
        cliOption("html-file", "F", "HTML alternative from file F"),
        cliOption("attach", "F", "attach file F (repeatable)", true),
        cliOption("eml", "FILE", "send prepared RFC 5322 files (more files may follow)", true),
        cliOption("read-recipients", nullptr,
                  "with --eml: recipients from To/Cc/Bcc (Bcc stripped)", false, QLatin1Char('t')),
        cliOption("queue", nullptr, "only put the mail into the outbox"),
    };
    options.insert(options.end(), own.begin(), own.end());
    return {QStringLiteral("send"),
            Tr::tr("send mail (compose or prepared .eml files) through the outbox"),
            QStringLiteral("(--account NAME | --smtp-host H [--smtp-port P] [--security S] "
                           "[--user U (--password-env VAR | --password-stdin)] [--ca-file PEM]) "
                           "(--from A --to A... [--subject S] [--body-file F] [--attach F]... | "
                           "--eml FILE... [-t]) [--queue] [--transcript]"),
            options, &runSendCommand};
}

} // namespace mailwright::cli
