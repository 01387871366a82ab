// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipienthistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace mailwright {

namespace {

MailError storageError(const QString &path, const QString &detail)
{
    MailError e;
    e.code = ErrorCode::StorageError;
    e.userMessage = QCoreApplication::translate("mailwright::RecipientHistory",
                                                "The list of recent recipients cannot be saved.");
    e.technicalDetail = path + QStringLiteral(": ") + detail;
    return e;
}

/// An upper bound so the file stays small; the least used entries go first.
constexpr int maximumEntries = 2000;

} // namespace

QString addressFieldText(const Mailbox &mailbox)
{
    if (mailbox.displayName.isEmpty())
        return mailbox.address;
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    QString name = mailbox.displayName;
    bool needsQuotes = false;
    for (const QChar c : name)
        needsQuotes = needsQuotes || specials.contains(c);
    if (needsQuotes) {
        name.replace(u'\\', QLatin1String("\\\\"));
        name.replace(u'"', QLatin1String("\\\""));
        name = u'"' + name + u'"';
    }
    return name + QLatin1String(" <") + mailbox.address + u'>';
}

QString addressFieldText(const QList<Mailbox> &mailboxes)
{
    QStringList parts;
    for (const Mailbox &m : mailboxes)
        parts.append(addressFieldText(m));
    return parts.join(QLatin1String(", "));
}

RecipientHistory::RecipientHistory(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath)
{}

MailError RecipientHistory::load()
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return storageError(m_path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return storageError(m_path, parseError.errorString());
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        KnownRecipient r;
        r.mailbox.displayName = o.value(QLatin1String("name")).toString();
        r.mailbox.address = o.value(QLatin1String("address")).toString();
        r.timesUsed = o.value(QLatin1String("count")).toInt();
        r.lastUsed = QDateTime::fromString(o.value(QLatin1String("last")).toString(), Qt::ISODate);
        if (!r.mailbox.address.isEmpty())
            m_entries.append(r);
    }
    sort();
    Q_EMIT changed();
    return {};
}

MailError RecipientHistory::record(const QList<Mailbox> &mailboxes, const QDateTime &when)
{
    for (const Mailbox &m : mailboxes) {
        auto it = std::find_if(m_entries.begin(), m_entries.end(), [&m](const KnownRecipient &r) {
            return r.mailbox.address.compare(m.address, Qt::CaseInsensitive) == 0;
        });
        if (it == m_entries.end()) {
            m_entries.append(KnownRecipient{m, 1, when});
        } else {
            ++it->timesUsed;
            it->lastUsed = when;
            if (!m.displayName.isEmpty())
                it->mailbox.displayName = m.displayName;
        }
    }
    sort();
    while (m_entries.size() > maximumEntries)
        m_entries.removeLast();

    QJsonArray array;
    for (const KnownRecipient &r : std::as_const(m_entries)) {
        array.append(QJsonObject{{QLatin1String("name"), r.mailbox.displayName},
                                 {QLatin1String("address"), r.mailbox.address},
                                 {QLatin1String("count"), r.timesUsed},
                                 {QLatin1String("last"), r.lastUsed.toString(Qt::ISODate)}});
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return storageError(m_path, file.errorString());
    file.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return storageError(m_path, file.errorString());
    Q_EMIT changed();
    return {};
}

QStringList RecipientHistory::completions() const
{
    QStringList out;
    QStringList seen;
    for (const KnownRecipient &r : m_entries) {
        out.append(addressFieldText(r.mailbox));
        seen.append(r.mailbox.address.toLower());
    }
    for (const Mailbox &m : m_extra) {
        if (!seen.contains(m.address.toLower())) {
            out.append(addressFieldText(m));
            seen.append(m.address.toLower());
        }
    }
    return out;
}

void RecipientHistory::setExtraAddresses(const QList<Mailbox> &mailboxes)
{
    m_extra = mailboxes;
    Q_EMIT changed();
}

void RecipientHistory::sort()
{
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const KnownRecipient &a, const KnownRecipient &b) {
                         if (a.timesUsed != b.timesUsed)
                             return a.timesUsed > b.timesUsed;
                         return a.lastUsed > b.lastUsed;
                     });
}

} // namespace mailwright
