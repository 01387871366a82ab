// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace mailwright {

namespace {

MailError storageError(const QString &path, const QString &detail)
{
    MailError e;
    e.code = ErrorCode::StorageError;
    e.userMessage =
        QCoreApplication::translate("mailwright::DraftStore", "The draft cannot be saved.");
    e.technicalDetail = path + QStringLiteral(": ") + detail;
    return e;
}

bool isSafeId(const QString &id)
{
    // Ids name files: never let one walk out of the directory.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return re.match(id).hasMatch();
}

QJsonObject toJson(const StoredDraft &d)
{
    QJsonArray attachments;
    for (const QString &a : d.attachments)
        attachments.append(a);
    QJsonArray references;
    for (const QByteArray &r : d.references)
        references.append(QString::fromUtf8(r));
    return {{QLatin1String("version"), 1},
            {QLatin1String("id"), d.id},
            {QLatin1String("account"), d.account},
            {QLatin1String("identity"), d.identityAddress},
            {QLatin1String("to"), d.to},
            {QLatin1String("cc"), d.cc},
            {QLatin1String("bcc"), d.bcc},
            {QLatin1String("subject"), d.subject},
            {QLatin1String("text"), d.textBody},
            {QLatin1String("html"), d.htmlBody},
            {QLatin1String("attachments"), attachments},
            {QLatin1String("inReplyTo"), QString::fromUtf8(d.inReplyTo)},
            {QLatin1String("references"), references},
            {QLatin1String("saved"), d.saved.toString(Qt::ISODateWithMs)}};
}

StoredDraft fromJson(const QJsonObject &o)
{
    StoredDraft d;
    d.id = o.value(QLatin1String("id")).toString();
    d.account = o.value(QLatin1String("account")).toString();
    d.identityAddress = o.value(QLatin1String("identity")).toString();
    d.to = o.value(QLatin1String("to")).toString();
    d.cc = o.value(QLatin1String("cc")).toString();
    d.bcc = o.value(QLatin1String("bcc")).toString();
    d.subject = o.value(QLatin1String("subject")).toString();
    d.textBody = o.value(QLatin1String("text")).toString();
    d.htmlBody = o.value(QLatin1String("html")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("attachments")).toArray())
        d.attachments.append(v.toString());
    d.inReplyTo = o.value(QLatin1String("inReplyTo")).toString().toUtf8();
    for (const QJsonValue &v : o.value(QLatin1String("references")).toArray())
        d.references.append(v.toString().toUtf8());
    d.saved = QDateTime::fromString(o.value(QLatin1String("saved")).toString(), Qt::ISODateWithMs);
    return d;
}

} // namespace

DraftStore::DraftStore(const QString &directory)
    : m_dir(directory)
{}

QString DraftStore::pathFor(const QString &id) const
{
    return m_dir + u'/' + id + QStringLiteral(".json");
}

QString DraftStore::filesDirectory(const QString &id) const
{
    const QString path = m_dir + u'/' + id + QStringLiteral(".files");
    QDir().mkpath(path);
    return path;
}

MailError DraftStore::save(StoredDraft *draft)
{
    if (draft->id.isEmpty())
        draft->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!isSafeId(draft->id))
        return storageError(draft->id, QStringLiteral("invalid draft id"));
    if (!QDir().mkpath(m_dir))
        return storageError(m_dir, QStringLiteral("cannot create the directory"));
    draft->saved = QDateTime::currentDateTimeUtc();
    QSaveFile file(pathFor(draft->id));
    if (!file.open(QIODevice::WriteOnly))
        return storageError(file.fileName(), file.errorString());
    file.write(QJsonDocument(toJson(*draft)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return storageError(file.fileName(), file.errorString());
    return {};
}

MailError DraftStore::load(const QString &id, StoredDraft *out) const
{
    if (!isSafeId(id))
        return storageError(id, QStringLiteral("invalid draft id"));
    QFile file(pathFor(id));
    if (!file.open(QIODevice::ReadOnly))
        return storageError(file.fileName(), file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return storageError(file.fileName(), parseError.errorString());
    *out = fromJson(doc.object());
    out->id = id;
    return {};
}

MailError DraftStore::remove(const QString &id)
{
    if (!isSafeId(id))
        return storageError(id, QStringLiteral("invalid draft id"));
    QFile::remove(pathFor(id));
    QDir(m_dir + u'/' + id + QStringLiteral(".files")).removeRecursively();
    if (QFile::exists(pathFor(id)))
        return storageError(pathFor(id), QStringLiteral("cannot delete"));
    return {};
}

QList<StoredDraft> DraftStore::list() const
{
    QList<StoredDraft> out;
    const QStringList files =
        QDir(m_dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        StoredDraft d;
        if (!load(f.chopped(5), &d))
            out.append(d);
    }
    std::sort(out.begin(), out.end(),
              [](const StoredDraft &a, const StoredDraft &b) { return a.saved > b.saved; });
    return out;
}

} // namespace mailwright
