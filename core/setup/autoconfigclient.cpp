// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfigclient.h"

#include "logging.h"
#include "setup/providerdirectory.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QTimer>

namespace mailwright {

struct AutoconfigClient::Request
{
    int index = 0; // preference: 0 = autoconfig.<domain>
    QUrl url;
    QPointer<QNetworkReply> reply;
    QTimer *timer = nullptr;
    QElapsedTimer clock;
    QByteArray body;
    QStringList sslErrors;
    bool done = false;
};

AutoconfigClient::AutoconfigClient(QObject *parent, QNetworkAccessManager *network)
    : QObject(parent)
    , m_network(network)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_ownsNetwork = true;
    }
}

AutoconfigClient::~AutoconfigClient()
{
    // No signals from a half-destroyed object.
    blockSignals(true);
    abort();
}

QList<QUrl> AutoconfigClient::urlsFor(const QString &address)
{
    const QString domain = addressDomain(address);
    if (domain.isEmpty())
        return {};
    // Thunderbird's lookup order: the autoconfig host gets the address (so one server can serve
    // many domains), the well-known path on the domain itself does not. The address goes only
    // over HTTPS. Percent-encode everything but unreserved characters: a "+" in the local part
    // must not turn into a space on the server.
    QUrl first;
    first.setScheme(QStringLiteral("https"));
    first.setHost(QStringLiteral("autoconfig.") + domain);
    first.setPath(QStringLiteral("/mail/config-v1.1.xml"));
    first.setQuery(QStringLiteral("emailaddress=") +
                       QString::fromLatin1(QUrl::toPercentEncoding(address.trimmed())),
                   QUrl::TolerantMode);
    QUrl second;
    second.setScheme(QStringLiteral("https"));
    second.setHost(domain);
    second.setPath(QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"));
    return {first, second};
}

void AutoconfigClient::start(const QString &address)
{
    startWithUrls(address, urlsFor(address));
}

void AutoconfigClient::startWithUrls(const QString &address, const QList<QUrl> &urls)
{
    abort();
    m_address = address.trimmed();
    m_bestIndex = -1;
    m_urlCount = int(urls.size());
    m_doneIndexes.clear();
    m_config = IspdbConfig();
    m_configUrl = QUrl();
    m_reports.clear();
    m_finished = false;
    for (int i = 0; i < urls.size(); ++i) {
        auto *request = new Request;
        request->index = i;
        request->url = urls.at(i);
        request->clock.start();
        m_requests.append(request);
        if (request->url.scheme() != QLatin1String("https")) {
            fail(request, SourceReport::State::Skipped, QStringLiteral("not an https URL"));
            continue;
        }
        QNetworkRequest nr(request->url);
        // Redirects: only to https, at most three hops (checked in redirected()).
        nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                        QNetworkRequest::UserVerifiedRedirectPolicy);
        nr.setMaximumRedirectsAllowed(3);
        nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        nr.setRawHeader("Accept", "application/xml, text/xml;q=0.9");
        QNetworkReply *reply = m_network->get(nr);
        request->reply = reply;
        connect(reply, &QNetworkReply::redirected, this, [this, request](const QUrl &target) {
            if (target.scheme() == QLatin1String("https"))
                Q_EMIT request->reply->redirectAllowed();
            else
                fail(request, SourceReport::State::Error,
                     QStringLiteral("redirect to a non-HTTPS URL refused: %1")
                         .arg(target.toDisplayString()));
        });
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, request] {
            const QVariant length = request->reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > m_sizeLimit)
                fail(request, SourceReport::State::Error,
                     QStringLiteral("document larger than %1 bytes").arg(m_sizeLimit));
        });
        connect(reply, &QNetworkReply::readyRead, this, [this, request] {
            request->body += request->reply->readAll();
            if (request->body.size() > m_sizeLimit)
                fail(request, SourceReport::State::Error,
                     QStringLiteral("document larger than %1 bytes").arg(m_sizeLimit));
        });
        // Never ignoreSslErrors(): the errors are only recorded for the report; the reply then
        // fails with SslHandshakeFailedError.
        connect(reply, &QNetworkReply::sslErrors, this, [request](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                request->sslErrors.append(e.errorString());
        });
        connect(reply, &QNetworkReply::finished, this, [this, request] { onFinished(request); });
        request->timer = new QTimer(this);
        request->timer->setSingleShot(true);
        connect(request->timer, &QTimer::timeout, this, [this, request] {
            fail(request, SourceReport::State::Timeout,
                 QStringLiteral("no complete answer within %1 ms").arg(m_timeoutMs));
        });
        request->timer->start(m_timeoutMs);
    }
    if (urls.isEmpty()) {
        m_finished = true;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(false); }, Qt::QueuedConnection);
    }
}

void AutoconfigClient::abort()
{
    m_finished = true; // an aborted run does not emit finished()
    const QList<Request *> open = m_requests;
    for (Request *request : open) {
        if (!request->done)
            fail(request, SourceReport::State::Skipped, QStringLiteral("aborted"));
    }
    qDeleteAll(m_requests);
    m_requests.clear();
}

void AutoconfigClient::onFinished(Request *request)
{
    if (request->done)
        return;
    QNetworkReply *reply = request->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError) {
        switch (reply->error()) {
        case QNetworkReply::ContentNotFoundError:
        case QNetworkReply::HostNotFoundError:
            fail(request, SourceReport::State::NotFound, reply->errorString());
            return;
        case QNetworkReply::SslHandshakeFailedError:
            fail(request, SourceReport::State::Error,
                 QStringLiteral("TLS: %1").arg(
                     request->sslErrors.isEmpty() ? reply->errorString()
                                                  : request->sslErrors.join(QStringLiteral("; "))));
            return;
        default:
            fail(request, SourceReport::State::Error,
                 QStringLiteral("%1 (HTTP %2)").arg(reply->errorString()).arg(status));
            return;
        }
    }
    request->body += reply->readAll();
    if (request->body.size() > m_sizeLimit) {
        fail(request, SourceReport::State::Error,
             QStringLiteral("document larger than %1 bytes").arg(m_sizeLimit));
        return;
    }
    if (status != 200) {
        fail(request, SourceReport::State::Error, QStringLiteral("HTTP status %1").arg(status));
        return;
    }
    IspdbConfig config;
    QString error;
    if (!IspdbParser::parse(request->body, m_address, &config, &error)) {
        fail(request, SourceReport::State::Error,
             QStringLiteral("not an autoconfig document: %1").arg(error));
        return;
    }
    const QList<ServerConfig> servers = config.serverConfigs(DiscoverySource::Autoconfig);
    if (servers.isEmpty()) {
        fail(request, SourceReport::State::NoRecords,
             QStringLiteral("autoconfig document without a usable server"));
        return;
    }
    if (m_bestIndex < 0 || request->index < m_bestIndex) {
        m_bestIndex = request->index;
        m_config = config;
        m_configUrl = reply->url(); // after redirects
    }
    SourceReport r;
    r.source = DiscoverySource::Autoconfig;
    r.query = request->url.toString();
    r.state = SourceReport::State::Found;
    r.settings = int(servers.size());
    r.detail = config.providerId;
    complete(request, r);
}

void AutoconfigClient::fail(Request *request, SourceReport::State state, const QString &detail)
{
    if (request->done)
        return;
    SourceReport r;
    r.source = DiscoverySource::Autoconfig;
    r.query = request->url.toString();
    r.state = state;
    r.detail = detail;
    complete(request, r);
}

void AutoconfigClient::complete(Request *request, const SourceReport &report)
{
    request->done = true;
    if (request->timer) {
        request->timer->stop();
        request->timer->deleteLater();
        request->timer = nullptr;
    }
    if (request->reply) {
        request->reply->disconnect(this);
        request->reply->abort();
        request->reply->deleteLater();
    }
    SourceReport r = report;
    r.elapsedMs = request->clock.elapsed();
    m_reports.append(r);
    m_doneIndexes.append(request->index);
    qCDebug(lcSetup) << "autoconfig" << r.query << sourceStateName(r.state) << r.detail
                     << r.elapsedMs << "ms";
    Q_EMIT requestFinished(r);
    checkDone();
}

void AutoconfigClient::checkDone()
{
    if (m_finished)
        return;
    // Done when every URL ended, or when a config was found and every more preferred URL has
    // ended (the less preferred ones cannot change the answer any more).
    bool done = m_doneIndexes.size() == m_urlCount;
    if (!done && m_bestIndex >= 0) {
        done = true;
        for (int i = 0; i < m_bestIndex; ++i)
            done = done && m_doneIndexes.contains(i);
    }
    if (!done)
        return;
    m_finished = true;
    for (Request *request : std::as_const(m_requests)) {
        if (!request->done)
            fail(request, SourceReport::State::Skipped,
                 QStringLiteral("not needed: a preferred URL answered"));
    }
    Q_EMIT finished(m_bestIndex >= 0);
}

QList<ServerConfig> AutoconfigClient::serverConfigs() const
{
    return m_bestIndex >= 0 ? m_config.serverConfigs(DiscoverySource::Autoconfig)
                            : QList<ServerConfig>();
}

} // namespace mailwright
