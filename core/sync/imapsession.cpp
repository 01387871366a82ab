// SPDX-License-Identifier: GPL-3.0-or-later
#include "imapsession.h"

#include "net/vmimewire_p.h"

#include <vmime/vmime.hpp>

#include <QRegularExpression>

namespace mailwright {

class ImapSessionPrivate
{
public:
    std::shared_ptr<detail::WireShared> shared;
    vmime::shared_ptr<vmime::net::session> session;
    vmime::shared_ptr<vmime::net::store> store;

    MailError fail(const std::exception &ex, Phase phase)
    {
        MailError e = shared ? detail::mapVmimeException(ex, *shared, phase) : MailError();
        discard();
        return e;
    }

    void discard()
    {
        // After an error the service is not reused; disconnecting may throw again.
        try {
            if (store && store->isConnected())
                store->disconnect();
        } catch (...) {
        }
        store.reset();
        session.reset();
    }

    vmime::shared_ptr<vmime::net::folder> folder(const QString &name)
    {
        return store->getFolder(vmime::net::folder::path::fromString(
            name.toStdString(), "/", vmime::charsets::UTF_8)); // G13: never the locale charset
    }
};

namespace {

QByteArray headerMessageId(const QByteArray &message)
{
    // Only the header block; unfolded field lines are enough for Message-ID.
    int end = message.indexOf("\r\n\r\n");
    const QByteArray header = end < 0 ? message : message.left(end);
    static const QRegularExpression re(QStringLiteral("^Message-ID:\\s*(<[^>]*>)"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromLatin1(header));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

} // namespace

ImapSession::ImapSession()
    : d(std::make_unique<ImapSessionPrivate>())
{}

ImapSession::~ImapSession()
{
    close();
}

TlsSessionInfo ImapSession::tlsInfo() const
{
    return d->shared ? d->shared->tls : TlsSessionInfo();
}

MailError ImapSession::open(const WireOptions &options, const ImapCredentials &credentials)
{
    close();
    detail::ensureVmimePlatform();
    d->shared = std::make_shared<detail::WireShared>();
    d->shared->options = options;
    d->shared->options.endpoint.protocol = Protocol::Imap;
    if (options.deadlineMs > 0)
        d->shared->deadline = QDeadlineTimer(options.deadlineMs);
    try {
        d->session = vmime::net::session::create();
        vmime::propertySet &props = d->session->getProperties();
        // Our wire does TLS; VMime must never add its own (never an imaps URL).
        props["store.imap.connection.tls"] = false;
        props["store.imap.options.sasl"] = false;
        props["store.imap.auth.username"] = credentials.username.toStdString();
        props["store.imap.auth.password"] = credentials.password.toStdString();
        const vmime::utility::url url("imap", options.endpoint.host.toStdString(),
                                      options.endpoint.port);
        d->store = d->session->getStore(url);
        d->store->setSocketFactory(vmime::make_shared<detail::WireSocketFactory>(d->shared));
        d->store->setTimeoutHandlerFactory(
            vmime::make_shared<detail::WireTimeoutHandlerFactory>(d->shared));
        d->store->connect();
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Auth);
    }
    return MailError();
}

void ImapSession::close()
{
    d->discard();
}

MailError ImapSession::listFolders(QStringList *out)
{
    out->clear();
    if (!d->store)
        return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
    try {
        const auto folders = d->store->getRootFolder()->getFolders(true);
        for (const auto &f : folders)
            out->append(
                QString::fromStdString(f->getFullPath().toString("/", vmime::charsets::UTF_8)));
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
    return MailError();
}

MailError ImapSession::fetchNewest(const QString &folderName, int count, QList<QByteArray> *out)
{
    out->clear();
    if (!d->store)
        return makeMailError(ErrorCode::Internal, Phase::Fetch, QStringLiteral("not open"));
    try {
        auto folder = d->folder(folderName);
        folder->open(vmime::net::folder::MODE_READ_ONLY);
        const size_t total = folder->getMessageCount();
        for (size_t n = total; n >= 1 && out->size() < count; --n) {
            vmime::string bytes;
            vmime::utility::outputStreamStringAdapter stream(bytes);
            // peek = true → BODY.PEEK[] (RFC 3501 §6.4.5): \Seen stays as it was.
            folder->getMessage(n)->extract(stream, nullptr, 0, size_t(-1), true);
            out->append(QByteArray(bytes.data(), qsizetype(bytes.size())));
        }
        folder->close(false);
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Fetch);
    }
    return MailError();
}

MailError ImapSession::fetchByMessageId(const QString &folderName, const QByteArray &messageId,
                                        QByteArray *out, int searchDepth)
{
    out->clear();
    QByteArray wanted = messageId.trimmed();
    if (!wanted.startsWith('<'))
        wanted = '<' + wanted + '>';
    QList<QByteArray> messages;
    if (MailError e = fetchNewest(folderName, searchDepth, &messages))
        return e;
    for (const QByteArray &m : std::as_const(messages)) {
        if (headerMessageId(m) == wanted) {
            *out = m;
            break;
        }
    }
    return MailError();
}

MailError ImapSession::appendMessage(const QString &folderName, const QByteArray &message)
{
    if (!d->store)
        return makeMailError(ErrorCode::Internal, Phase::Store, QStringLiteral("not open"));
    try {
        auto folder = d->folder(folderName);
        if (!folder->exists()) {
            vmime::net::folderAttributes attributes;
            attributes.setType(vmime::net::folderAttributes::TYPE_CONTAINS_MESSAGES);
            folder->create(attributes);
        }
        // VMime 0.9.2 appends only to a folder opened read-write (G11; it refuses EXAMINE).
        // SELECT changes no flag of the messages already there (only \Recent, RFC 3501 §2.3.2).
        folder->open(vmime::net::folder::MODE_READ_WRITE);
        vmime::utility::inputStreamByteBufferAdapter in(
            reinterpret_cast<const vmime::byte_t *>(message.constData()), size_t(message.size()));
        folder->addMessage(in, size_t(message.size()), vmime::net::message::FLAG_SEEN);
        folder->close(false);
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Store);
    }
    return MailError();
}

} // namespace mailwright
