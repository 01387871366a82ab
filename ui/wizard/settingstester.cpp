// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingstester.h"

#include "setup/certificatetrust.h"
#include "setup/providerdirectory.h"

#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailwright {

QString securityBadge(Security security)
{
    QString text, colour;
    switch (security) {
    case Security::ImplicitTls:
        text = SettingsTester::tr("Encrypted (implicit TLS)");
        colour = QStringLiteral("#1e7d32");
        break;
    case Security::StartTls:
        text = SettingsTester::tr("Encrypted (STARTTLS)");
        colour = QStringLiteral("#1565c0");
        break;
    case Security::None:
        text = SettingsTester::tr("NOT encrypted");
        colour = QStringLiteral("#c62828");
        break;
    }
    return QStringLiteral("<span style=\"background:%1;color:white;padding:2px 6px;\">"
                          "&nbsp;%2&nbsp;</span>")
        .arg(colour, text.toHtmlEscaped());
}

QString certificateSummary(const CertificateInfo &c)
{
    auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    html += row(SettingsTester::tr("Issued to:"), c.subject);
    html += row(SettingsTester::tr("Issued by:"), c.issuer);
    html += row(SettingsTester::tr("Names:"), c.subjectAltNames.join(QStringLiteral(", ")));
    html += row(SettingsTester::tr("Valid:"),
                SettingsTester::tr("%1 to %2").arg(c.notBefore, c.notAfter));
    html += row(SettingsTester::tr("SHA-256:"), c.sha256);
    if (!c.errors.isEmpty())
        html += row(SettingsTester::tr("Problem:"), c.errors.join(QStringLiteral("; ")));
    return html + QStringLiteral("</table>");
}

SettingsTester::SettingsTester(QWidget *parent)
    : QWidget(parent)
{
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("testStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);

    m_certBox = new QGroupBox(tr("Server certificate"), this);
    m_certBox->setObjectName(QStringLiteral("certificateBox"));
    m_certText = new QLabel(m_certBox);
    m_certText->setObjectName(QStringLiteral("certificateText"));
    m_certText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certText->setWordWrap(true);
    m_trust = new QPushButton(tr("&Trust this certificate for this server"), m_certBox);
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    auto *certLayout = new QVBoxLayout(m_certBox);
    certLayout->addWidget(m_certText);
    certLayout->addWidget(m_trust, 0, Qt::AlignLeft);
    m_certBox->setVisible(false);
    connect(m_trust, &QPushButton::clicked, this, &SettingsTester::trustCertificate);

    m_details = new QPushButton(tr("Show &details"), this);
    m_details->setObjectName(QStringLiteral("showDetails"));
    m_details->setCheckable(true);
    m_details->setVisible(false);
    m_transcript = new QPlainTextEdit(this);
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setReadOnly(true);
    m_transcript->setVisible(false);
    m_transcript->setMinimumHeight(120);
    connect(m_details, &QPushButton::toggled, m_transcript, &QWidget::setVisible);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_certBox);
    layout->addWidget(m_details, 0, Qt::AlignLeft);
    layout->addWidget(m_transcript, 1);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

SettingsTester::~SettingsTester()
{
    m_password.fill(QLatin1Char('\0'));
}

bool SettingsTester::isRunning() const
{
    return (m_smtpTest && m_smtpTest->isRunning()) ||
           (m_incomingTest && m_incomingTest->isRunning());
}

void SettingsTester::cancel()
{
    if (m_smtpTest)
        m_smtpTest->cancel();
    if (m_incomingTest)
        m_incomingTest->cancel();
    m_progress->setVisible(false);
}

void SettingsTester::invalidate()
{
    const bool hadResult = m_ok || isRunning() || m_smtp || m_incoming;
    cancel();
    m_ok = false;
    m_smtp.reset();
    m_incoming.reset();
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
    m_certBox->setVisible(false);
    if (!hadResult)
        return;
    m_status->setText(tr("The settings changed; test them again."));
    Q_EMIT finished(false);
}

void SettingsTester::start(const Account &account, const QString &password)
{
    cancel();
    m_account = account;
    m_password = password;
    m_ok = false;
    m_smtp.reset();
    m_incoming.reset();
    m_trace = std::make_shared<ProtocolTrace>();
    m_certBox->setVisible(false);
    m_details->setVisible(false);
    m_details->setChecked(false);
    m_progress->setVisible(true);
    m_status->setText(tr("Logging in to %1…").arg(account.smtp.host.toHtmlEscaped()));

    TlsPolicy tls;
    if (!account.caFile.isEmpty())
        tls.addCaFile(account.caFile);
    for (auto it = account.pinnedCertificates.begin(); it != account.pinnedCertificates.end();
         ++it) {
        const int colon = int(it.key().lastIndexOf(QLatin1Char(':')));
        for (const QString &pin : it.value())
            tls.addPin(it.key().left(colon), quint16(it.key().mid(colon + 1).toUInt()), pin);
    }
    auto request = [&](const ServerEndpoint &endpoint, const QString &user) {
        LoginRequest r;
        r.endpoint = endpoint;
        r.address = account.primaryIdentity().address;
        r.username = user;
        r.password = password;
        r.tls = tls;
        r.tls.allowPlaintext = endpoint.security == Security::None;
        r.dryRun = endpoint.protocol == Protocol::Smtp;
        r.trace = m_trace;
        return r;
    };
    if (!m_smtpTest) {
        m_smtpTest = new LoginTest(this);
        connect(m_smtpTest, &LoginTest::finished, this,
                [this](const LoginOutcome &o) { onFinished(true, o); });
        m_incomingTest = new LoginTest(this);
        connect(m_incomingTest, &LoginTest::finished, this,
                [this](const LoginOutcome &o) { onFinished(false, o); });
    }
    m_smtpTest->start(request(account.smtp, account.smtpUser));
    if (account.hasIncoming)
        m_incomingTest->start(request(account.incoming, account.incomingUser));
}

void SettingsTester::onFinished(bool smtp, const LoginOutcome &outcome)
{
    (smtp ? m_smtp : m_incoming) = outcome;
    if (!m_smtp || (m_account.hasIncoming && !m_incoming))
        return;
    showResult();
}

void SettingsTester::showResult()
{
    m_progress->setVisible(false);
    const QString address = m_account.primaryIdentity().address;
    m_ok = m_smtp->ok && (!m_incoming || m_incoming->ok);
    // Keep what worked: the local part instead of the address, if that was it.
    if (m_smtp->ok)
        m_account.smtpUser = m_smtp->username == address ? QString() : m_smtp->username;
    if (m_incoming && m_incoming->ok)
        m_account.incomingUser = m_incoming->username == address ? QString() : m_incoming->username;
    QStringList lines;
    QStringList hints;
    for (const auto &[outcome, label] :
         {std::make_pair(&m_smtp, tr("Sending")), std::make_pair(&m_incoming, tr("Receiving"))}) {
        if (!*outcome)
            continue;
        const LoginOutcome &o = **outcome;
        // A mark and a colour as well as the words, so success and failure differ at a glance.
        if (o.ok) {
            lines << QStringLiteral("<span style=\"color:#1e7d32;\">&#x2714;</span> ") +
                         tr("<b>%1:</b> logged in as %2%3.")
                             .arg(label, o.username.toHtmlEscaped(),
                                  o.dryRunDone ? tr("; the server accepts mail from this address")
                                               : QString());
        } else {
            QString text = QStringLiteral("<span style=\"color:#c62828;\">&#x2718; ") +
                           tr("<b>%1:</b> %2").arg(label, o.error.userMessage.toHtmlEscaped()) +
                           QStringLiteral("</span>");
            lines << text;
            // Both servers refusing the same password give the same next step: say it once.
            if (!o.error.hint.isEmpty() && !hints.contains(o.error.hint))
                hints << o.error.hint;
        }
    }
    for (const QString &hint : std::as_const(hints))
        lines << hint.toHtmlEscaped();
    m_status->setText(lines.join(QStringLiteral("<br>")));

    // A certificate problem: show the certificate; one-click trust only for hosts that are not
    // a built-in provider's.
    m_certBox->setVisible(false);
    for (const std::optional<LoginOutcome> *o : {&m_smtp, &m_incoming}) {
        if (!*o || !isPinnableCertificateError((*o)->error))
            continue;
        m_certificate = (*o)->error.certificate;
        m_certEndpoint = o == &m_smtp ? m_account.smtp : m_account.incoming;
        m_certText->setText(certificateSummary(m_certificate));
        const bool offer =
            canOfferCertificateTrust(ProviderDirectory::builtIn(), m_certEndpoint.host);
        m_trust->setVisible(offer);
        if (!offer)
            m_certText->setText(m_certText->text() +
                                tr("<p><b>%1 is a server of a well-known provider, whose "
                                   "certificates are always valid: this connection is being "
                                   "intercepted or broken. Do not continue on this network."
                                   "</b></p>")
                                    .arg(m_certEndpoint.host.toHtmlEscaped()));
        m_certBox->setVisible(true);
        break;
    }
    m_transcript->setPlainText(m_trace ? m_trace->text() : QString());
    m_details->setVisible(true);
    if (m_ok)
        m_password.fill(QLatin1Char('\0'));
    Q_EMIT finished(m_ok);
}

void SettingsTester::trustCertificate()
{
    if (!pinCertificate(m_account, ProviderDirectory::builtIn(), m_certEndpoint, m_certificate))
        return;
    Q_EMIT accountChanged(m_account);
    start(m_account, m_password);
}

} // namespace mailwright
