// SPDX-License-Identifier: GPL-3.0-or-later
#include "imapsession.h"

#include "imapsession_p.h"

#include <QRegularExpression>

namespace mailwright {

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
        leaveRawSelection(d.get());
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
        auto folder = d->opened(folderName, vmime::net::folder::MODE_READ_ONLY);
        const size_t total = folder->getMessageCount();
        for (size_t n = total; n >= 1 && out->size() < count; --n) {
            vmime::string bytes;
            vmime::utility::outputStreamStringAdapter stream(bytes);
            // peek = true → BODY.PEEK[] (RFC 3501 §6.4.5): \Seen stays as it was.
            folder->getMessage(n)->extract(stream, nullptr, 0, size_t(-1), true);
            out->append(QByteArray(bytes.data(), qsizetype(bytes.size())));
        }
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

MailError ImapSession::saveCopy(const QString &folderName, const QByteArray &message)
{
    if (!d->store)
        return makeMailError(ErrorCode::Internal, Phase::Store, QStringLiteral("not open"));
    bool exists = false;
    try {
        exists = d->folder(folderName)->exists();
    } catch (const std::exception &ex) {
        return d->fail(ex, Phase::Store);
    }
    if (!exists) {
        if (MailError e = createFolder(folderName))
            return e;
    }
    return appendMessage(folderName, message, FlagSeen);
}

} // namespace mailwright
