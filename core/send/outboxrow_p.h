// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/send: conversions between outbox rows and their value types, and the
// outbox's small helpers.

#include "send/outbox.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace mailwright::outboxrow {

OutboxState stateFromName(const QString &name);

/// Times are stored as milliseconds since the epoch (UTC); an invalid time is NULL.
QVariant msecs(const QDateTime &time);
QDateTime fromMsecs(const QVariant &value);

QString toJson(const QJsonArray &array);
QString outcomesToJson(const QList<RecipientOutcome> &outcomes);
QList<RecipientOutcome> outcomesFromJson(const QString &json);

/// The raw Subject header field for display (RFC 5322 §2.2.3 unfolding; encoded words stay).
QString subjectOf(const QByteArray &raw);

/// The columns readEntry() expects, in its order; append ", raw" for OutboxMessage::raw (19).
extern const char *const SelectColumns;
void readEntry(const QSqlQuery &q, OutboxEntry &e);

/// Whether a process with this id runs (a claimant of a `sending` row is still at work).
bool processAlive(qint64 pid);

/// An operation that does not fit the message's state (or a missing message) as a MailError
/// with a translated, specific message (context "Outbox").
MailError stateError(qint64 id, const QString &detail, const char *message);

/// Refuses a draft that cannot be sent: empty, no recipients, CR/LF/NUL in an envelope address.
MailError validate(const OutboxDraft &draft);

} // namespace mailwright::outboxrow
