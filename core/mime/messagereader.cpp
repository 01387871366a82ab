// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagereader.h"

#include "mime/vmimesupport_p.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace mailwright {

using namespace mailwright::mime;

namespace {

Mailbox fromVMime(const vmime::mailbox &m)
{
    Mailbox out;
    out.displayName = textToQString(m.getName());
    const vmime::emailAddress &email = m.getEmail();
    const QString local = fromStd(email.getLocalName().getConvertedText(vmime::charsets::UTF_8));
    const QString domain = fromStd(email.getDomainName().getConvertedText(vmime::charsets::UTF_8));
    out.address = domain.isEmpty() ? local : local + u'@' + domain;
    return out;
}

QList<Mailbox> fromVMime(const vmime::addressList &list)
{
    QList<Mailbox> out;
    for (size_t i = 0; i < list.getAddressCount(); ++i) {
        const auto address = list.getAddressAt(i);
        if (address->isGroup()) {
            const auto group = vmime::dynamicCast<const vmime::mailboxGroup>(address);
            for (size_t j = 0; j < group->getMailboxCount(); ++j)
                out.append(fromVMime(*group->getMailboxAt(j)));
        } else {
            out.append(fromVMime(*vmime::dynamicCast<const vmime::mailbox>(address)));
        }
    }
    return out;
}

QList<QByteArray> messageIds(const vmime::header &header, const char *name)
{
    QList<QByteArray> out;
    const auto field = header.findField(name);
    if (!field)
        return out;
    const auto sequence = vmime::dynamicCast<const vmime::messageIdSequence>(field->getValue());
    if (sequence) {
        for (size_t i = 0; i < sequence->getMessageIdCount(); ++i)
            out.append(QByteArray::fromStdString("<" + sequence->getMessageIdAt(i)->getId() + ">"));
    } else if (const auto id = vmime::dynamicCast<const vmime::messageId>(field->getValue())) {
        out.append(QByteArray::fromStdString("<" + id->getId() + ">"));
    }
    return out;
}

QByteArray extract(const vmime::contentHandler &content)
{
    QByteArray bytes;
    ByteArrayOutputStream os(&bytes);
    content.extract(os); // undoes the Content-Transfer-Encoding
    return bytes;
}

QString decodeText(const vmime::textPart &part)
{
    const QByteArray raw = extract(*part.getText());
    std::string utf8;
    // Explicit target charset (G13): never the locale's.
    vmime::charset::convert(raw.toStdString(), utf8, part.getCharset(),
                            vmime::charset(vmime::charsets::UTF_8));
    return fromStd(utf8);
}

} // namespace

ReadMessage MessageReader::read(const QByteArray &bytes)
{
    ReadMessage result;
    try {
        ensureVMimePlatform();
        auto msg = vmime::make_shared<vmime::message>();
        msg->parse(bytes.toStdString());
        const vmime::messageParser parser(msg);
        result.subject = textToQString(parser.getSubject());
        result.from = fromVMime(parser.getExpeditor());
        result.to = fromVMime(parser.getRecipients());
        result.cc = fromVMime(parser.getCopyRecipients());
        result.bcc = fromVMime(parser.getBlindCopyRecipients());
        const vmime::datetime &d = parser.getDate();
        result.date = QDateTime(QDate(d.getYear(), d.getMonth(), d.getDay()),
                                QTime(d.getHour(), d.getMinute(), d.getSecond()),
                                QTimeZone(d.getZone() * 60));
        if (auto id = msg->getHeader()->findField(vmime::fields::MESSAGE_ID))
            result.messageId =
                QByteArray::fromStdString("<" + id->getValue<vmime::messageId>()->getId() + ">");
        // Reply-To is a mailbox in some VMime versions' field table and an address list in others.
        if (auto field = msg->getHeader()->findField(vmime::fields::REPLY_TO)) {
            const auto value = field->getValue();
            if (const auto list = vmime::dynamicCast<const vmime::addressList>(value))
                result.replyTo = fromVMime(*list);
            else if (const auto mailbox = vmime::dynamicCast<const vmime::mailbox>(value))
                result.replyTo = {fromVMime(*mailbox)};
        }
        result.inReplyTo = messageIds(*msg->getHeader(), vmime::fields::IN_REPLY_TO);
        result.references = messageIds(*msg->getHeader(), vmime::fields::REFERENCES);
        for (const auto &part : parser.getTextPartList()) {
            const vmime::mediaType type = part->getType();
            if (type.getSubType() == vmime::mediaTypes::TEXT_PLAIN && result.text.isNull())
                result.text = decodeText(*part);
            else if (type.getSubType() == vmime::mediaTypes::TEXT_HTML && result.html.isNull())
                result.html = decodeText(*part);
        }
        for (const auto &attachment : parser.getAttachmentList()) {
            ReadAttachment a;
            a.fileName = fromStd(attachment->getName().getConvertedText(vmime::charsets::UTF_8));
            a.mimeType = QString::fromStdString(attachment->getType().generate());
            a.data = extract(*attachment->getData());
            result.attachments.append(a);
        }
    } catch (const std::exception &e) {
        result = ReadMessage();
        result.error.code = ErrorCode::InvalidMessage;
        result.error.phase = Phase::Fetch;
        result.error.userMessage =
            QCoreApplication::translate("mailwright::MessageReader", "The message cannot be read.");
        result.error.technicalDetail = QString::fromStdString(e.what());
    }
    return result;
}

} // namespace mailwright
