// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/send: conversions between outbox rows and their value types.

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

} // namespace mailwright::outboxrow
