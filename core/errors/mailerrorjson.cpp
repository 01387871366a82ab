// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailerrorjson.h"

#include <QJsonArray>

namespace mailwright {

ErrorCode errorCodeFromName(const QString &name)
{
    for (int i = int(ErrorCode::None); i <= int(ErrorCode::Internal); ++i) {
        if (errorCodeName(ErrorCode(i)) == name)
            return ErrorCode(i);
    }
    return ErrorCode::Internal;
}

Phase phaseFromName(const QString &name)
{
    for (int i = int(Phase::None); i <= int(Phase::Config); ++i) {
        if (phaseName(Phase(i)) == name)
            return Phase(i);
    }
    return Phase::None;
}

QJsonObject mailErrorToJson(const MailError &error)
{
    QJsonObject json{
        {QStringLiteral("code"), errorCodeName(error.code)},
        {QStringLiteral("phase"), phaseName(error.phase)},
        {QStringLiteral("reply_code"), error.replyCode},
        {QStringLiteral("enhanced_code"), error.enhancedCode},
        {QStringLiteral("server_text"), error.serverText},
        {QStringLiteral("message"), error.userMessage},
        {QStringLiteral("hint"), error.hint},
        {QStringLiteral("retryable"), error.retryable},
    };
    if (!error.technicalDetail.isEmpty())
        json.insert(QStringLiteral("technical"), error.technicalDetail);
    if (!error.host.isEmpty())
        json.insert(QStringLiteral("host"), error.host);
    if (!error.address.isEmpty())
        json.insert(QStringLiteral("address"), error.address);
    if (!error.folder.isEmpty())
        json.insert(QStringLiteral("folder"), error.folder);
    if (error.messageSize > 0)
        json.insert(QStringLiteral("message_size"), error.messageSize);
    if (error.sizeLimit > 0)
        json.insert(QStringLiteral("size_limit"), error.sizeLimit);
    const CertificateInfo &c = error.certificate;
    if (!c.isNull()) {
        QJsonObject certificate = certificateToJson(c);
        certificate.insert(QStringLiteral("chain_pem"), QString::fromLatin1(c.chainPem));
        json.insert(QStringLiteral("certificate"), certificate);
    }
    return json;
}

QJsonObject certificateToJson(const CertificateInfo &c)
{
    if (c.isNull())
        return QJsonObject();
    return QJsonObject{
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("issuer"), c.issuer},
        {QStringLiteral("sans"), QJsonArray::fromStringList(c.subjectAltNames)},
        {QStringLiteral("not_before"), c.notBefore},
        {QStringLiteral("not_after"), c.notAfter},
        {QStringLiteral("sha256"), c.sha256},
        {QStringLiteral("errors"), QJsonArray::fromStringList(c.errors)},
    };
}

static QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

MailError mailErrorFromJson(const QJsonObject &json)
{
    MailError error;
    error.code = errorCodeFromName(json.value(QStringLiteral("code")).toString());
    error.phase = phaseFromName(json.value(QStringLiteral("phase")).toString());
    error.replyCode = json.value(QStringLiteral("reply_code")).toInt();
    error.enhancedCode = json.value(QStringLiteral("enhanced_code")).toString();
    error.serverText = json.value(QStringLiteral("server_text")).toString();
    error.userMessage = json.value(QStringLiteral("message")).toString();
    error.hint = json.value(QStringLiteral("hint")).toString();
    error.retryable = json.value(QStringLiteral("retryable")).toBool();
    error.technicalDetail = json.value(QStringLiteral("technical")).toString();
    error.host = json.value(QStringLiteral("host")).toString();
    error.address = json.value(QStringLiteral("address")).toString();
    error.folder = json.value(QStringLiteral("folder")).toString();
    error.messageSize = json.value(QStringLiteral("message_size")).toInteger();
    error.sizeLimit = json.value(QStringLiteral("size_limit")).toInteger();
    const QJsonObject c = json.value(QStringLiteral("certificate")).toObject();
    if (!c.isEmpty()) {
        error.certificate.subject = c.value(QStringLiteral("subject")).toString();
        error.certificate.issuer = c.value(QStringLiteral("issuer")).toString();
        error.certificate.subjectAltNames = stringList(c.value(QStringLiteral("sans")));
        error.certificate.notBefore = c.value(QStringLiteral("not_before")).toString();
        error.certificate.notAfter = c.value(QStringLiteral("not_after")).toString();
        error.certificate.sha256 = c.value(QStringLiteral("sha256")).toString();
        error.certificate.errors = stringList(c.value(QStringLiteral("errors")));
        error.certificate.chainPem = c.value(QStringLiteral("chain_pem")).toString().toLatin1();
    }
    return error;
}

} // namespace mailwright
