// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/discoverytypes.h"
#include "setup/ispdbparser.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace mailwright {

/// HTTPS autoconfig in Thunderbird's ISPDB format, from the mail domain itself:
///   1. https://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=<address>
///   2. https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
/// Both are fetched in parallel; the first URL wins when both answer. Only HTTPS with a verified
/// certificate (SSL errors are never ignored), redirects only to https (at most 3), a per-request
/// timeout (default 4 s) and a size limit (default 256 KiB).
///
/// Thread: lives in a thread with an event loop (normally the GUI thread); nothing blocks.
/// Ownership: QObject parent or unique_ptr; it owns its QNetworkAccessManager unless one is
/// given, which must then outlive it.
class AutoconfigClient : public QObject
{
    Q_OBJECT

public:
    explicit AutoconfigClient(QObject *parent = nullptr, QNetworkAccessManager *network = nullptr);
    ~AutoconfigClient() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setSizeLimit(qint64 bytes) { m_sizeLimit = bytes; }

    /// The URLs asked for \a address, in order of preference (empty if it has no domain).
    static QList<QUrl> urlsFor(const QString &address);

    /// Starts fetching for \a address; previous requests are aborted.
    void start(const QString &address);
    /// Fetches only \a urls (tests use it to aim at a server on another port).
    void startWithUrls(const QString &address, const QList<QUrl> &urls);
    void abort();
    bool isRunning() const { return !m_requests.isEmpty(); }

    /// The parsed configuration of the preferred URL that answered; valid after finished(true).
    const IspdbConfig &config() const { return m_config; }
    QUrl configUrl() const { return m_configUrl; }
    /// The config's SMTP/IMAP/POP3 servers, source Autoconfig.
    QList<ServerConfig> serverConfigs() const;
    QList<SourceReport> reports() const { return m_reports; }

Q_SIGNALS:
    /// One URL ended (found, not found, error, timeout).
    void requestFinished(const mailwright::SourceReport &report);
    /// All requests ended, or the preferred URL answered; \a found says whether a config exists.
    void finished(bool found);

private:
    struct Request;
    void onFinished(Request *request);
    void fail(Request *request, SourceReport::State state, const QString &detail);
    void complete(Request *request, const SourceReport &report);
    void checkDone();

    QNetworkAccessManager *m_network = nullptr;
    bool m_ownsNetwork = false;
    int m_timeoutMs = 4000;
    qint64 m_sizeLimit = 256 * 1024;
    QString m_address;
    QList<Request *> m_requests;
    int m_bestIndex = -1; ///< index (preference) of the best config found so far
    int m_urlCount = 0;
    QList<int> m_doneIndexes;
    IspdbConfig m_config;
    QUrl m_configUrl;
    QList<SourceReport> m_reports;
    bool m_finished = true;
};

} // namespace mailwright
