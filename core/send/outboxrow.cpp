// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxrow_p.h"

#include "errors/errorcatalogue.h"
#include "errors/mailerrorjson.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace mailwright::outboxrow {

OutboxState stateFromName(const QString &name)
{
    for (OutboxState s : {OutboxState::Queued, OutboxState::Sending, OutboxState::Sent,
                          OutboxState::Failed, OutboxState::Held}) {
        if (outboxStateName(s) == name)
            return s;
    }
    return OutboxState::Held; // unknown: keep it away from the sender
}

QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString toJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString outcomesToJson(const QList<RecipientOutcome> &outcomes)
{
    QJsonArray array;
    for (const RecipientOutcome &o : outcomes) {
        array.append(QJsonObject{{QStringLiteral("address"), o.address},
                                 {QStringLiteral("accepted"), o.accepted},
                                 {QStringLiteral("code"), o.replyCode},
                                 {QStringLiteral("enhanced"), o.enhancedCode},
                                 {QStringLiteral("text"), o.text}});
    }
    return toJson(array);
}

QList<RecipientOutcome> outcomesFromJson(const QString &json)
{
    QList<RecipientOutcome> outcomes;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        outcomes.append({o.value(QStringLiteral("address")).toString(),
                         o.value(QStringLiteral("accepted")).toBool(),
                         o.value(QStringLiteral("code")).toInt(),
                         o.value(QStringLiteral("enhanced")).toString(),
                         o.value(QStringLiteral("text")).toString()});
    }
    return outcomes;
}

QString subjectOf(const QByteArray &raw)
{
    qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        end = raw.indexOf("\n\n");
    const QByteArray header = end < 0 ? raw : raw.left(end);
    const QList<QByteArray> lines = header.split('\n');
    QByteArray subject;
    bool inSubject = false;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (inSubject && continuation) {
            subject += line;
            continue;
        }
        if (inSubject)
            break;
        if (line.size() >= 8 && line.left(8).compare("subject:", Qt::CaseInsensitive) == 0) {
            subject = line.mid(8);
            inSubject = true;
        }
    }
    // Never a null QString: it would bind as SQL NULL into the NOT NULL column.
    const QString text = QString::fromUtf8(subject).simplified();
    return text.isNull() ? QString(QLatin1String("")) : text;
}

const char *const SelectColumns =
    "SELECT id, account, envelope_from, recipients, subject, size, state, attempts, created_at,"
    " updated_at, next_attempt_at, upload_started_at, delivered_at, last_error,"
    " recipient_outcomes, note, cancel_requested, copy_to_sent, copied_to_sent_at";

void readEntry(const QSqlQuery &q, OutboxEntry &e)
{
    e.id = q.value(0).toLongLong();
    e.account = q.value(1).toString();
    e.envelopeFrom = q.value(2).toString();
    const QJsonArray recipients = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
    for (const QJsonValue &v : recipients)
        e.recipients << v.toString();
    e.subject = q.value(4).toString();
    e.size = q.value(5).toLongLong();
    e.state = stateFromName(q.value(6).toString());
    e.attempts = q.value(7).toInt();
    e.created = fromMsecs(q.value(8));
    e.updated = fromMsecs(q.value(9));
    e.nextAttempt = fromMsecs(q.value(10));
    e.uploadStarted = fromMsecs(q.value(11));
    e.delivered = fromMsecs(q.value(12));
    if (!q.value(13).isNull())
        e.lastError =
            mailErrorFromJson(QJsonDocument::fromJson(q.value(13).toString().toUtf8()).object());
    e.recipientOutcomes = outcomesFromJson(q.value(14).toString());
    e.note = q.value(15).toString();
    e.cancelRequested = q.value(16).toBool();
    e.copyToSent = q.value(17).toBool();
    e.copiedToSent = !q.value(18).isNull();
}

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

MailError stateError(qint64 id, const QString &detail, const char *message)
{
    MailError error;
    error.code = ErrorCode::Internal;
    error.phase = Phase::Store;
    error.technicalDetail = QStringLiteral("outbox message %1: %2").arg(id).arg(detail);
    explain(error);
    error.userMessage = QCoreApplication::translate("Outbox", message);
    error.hint.clear();
    return error;
}

// Refuses what would break the SMTP dialogue later: envelope addresses go verbatim into MAIL
// FROM / RCPT TO lines (RFC 5321 §4.1.1.2), so CR, LF or NUL there would inject commands.
MailError validate(const OutboxDraft &draft)
{
    MailError error;
    error.phase = Phase::Compose;
    const auto unsafe = [](const QString &address) {
        return address.contains(QLatin1Char('\r')) || address.contains(QLatin1Char('\n')) ||
               address.contains(QChar(0));
    };
    if (draft.raw.isEmpty()) {
        error.code = ErrorCode::InvalidMessage;
        error.technicalDetail = QStringLiteral("empty message");
    } else if (draft.recipients.isEmpty()) {
        error.code = ErrorCode::InvalidMessage;
        error.technicalDetail = QStringLiteral("no recipients");
    } else if (unsafe(draft.envelopeFrom)) {
        error.code = ErrorCode::InvalidAddress;
        error.address = draft.envelopeFrom;
    } else {
        for (const QString &r : draft.recipients) {
            if (r.trimmed().isEmpty() || unsafe(r)) {
                error.code = ErrorCode::InvalidAddress;
                error.address = r;
                break;
            }
        }
    }
    if (error.code != ErrorCode::None)
        explain(error);
    return error;
}

} // namespace mailwright::outboxrow
