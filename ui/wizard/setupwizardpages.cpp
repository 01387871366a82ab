// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupwizardpages.h"

#include "settingstester.h"
#include "setupwizard.h"

#include "setup/endpointprobe.h"
#include "setup/providerdirectory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mailwright {

namespace {

QString stateText(const QString &state)
{
    if (state == QLatin1String("ok"))
        return DetectPage::tr("answers");
    if (state == QLatin1String("refused"))
        return DetectPage::tr("refused");
    if (state == QLatin1String("timeout"))
        return DetectPage::tr("no answer");
    if (state == QLatin1String("dns_error"))
        return DetectPage::tr("name unknown");
    if (state == QLatin1String("tls_error"))
        return DetectPage::tr("TLS failed");
    if (state == QLatin1String("cert_error"))
        return DetectPage::tr("certificate problem");
    if (state == QLatin1String("no_starttls"))
        return DetectPage::tr("no STARTTLS");
    if (state == QLatin1String("protocol_error"))
        return DetectPage::tr("not a mail server");
    return state;
}

QString sourceText(DiscoverySource source)
{
    switch (source) {
    case DiscoverySource::ProviderTable:
        return DetectPage::tr("built-in provider table");
    case DiscoverySource::Srv:
        return DetectPage::tr("DNS SRV record");
    case DiscoverySource::Autoconfig:
        return DetectPage::tr("provider's autoconfig");
    case DiscoverySource::Mx:
        return DetectPage::tr("mail exchanger (MX)");
    case DiscoverySource::Probe:
        return DetectPage::tr("port probe");
    case DiscoverySource::Guess:
        return DetectPage::tr("usual server names");
    }
    return QString();
}

QString sourceStateText(SourceReport::State state)
{
    switch (state) {
    case SourceReport::State::Found:
        return DetectPage::tr("found");
    case SourceReport::State::NotFound:
        return DetectPage::tr("nothing");
    case SourceReport::State::NoRecords:
        return DetectPage::tr("no records");
    case SourceReport::State::NotOffered:
        return DetectPage::tr("not offered");
    case SourceReport::State::Timeout:
        return DetectPage::tr("no answer");
    case SourceReport::State::Error:
        return DetectPage::tr("failed");
    case SourceReport::State::Skipped:
        return DetectPage::tr("skipped");
    }
    return QString();
}

void fillSecurityCombo(QComboBox *combo)
{
    combo->addItem(ManualPage::tr("TLS (implicit)"), int(Security::ImplicitTls));
    combo->addItem(ManualPage::tr("STARTTLS"), int(Security::StartTls));
    combo->addItem(ManualPage::tr("None (unencrypted)"), int(Security::None));
}

} // namespace

// ---- Page 1 ----

AddressPage::AddressPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Your email address"));
    setSubTitle(tr("Mailwright finds the servers and checks that sending works before it saves "
                   "anything."));
    name = new QLineEdit(this);
    name->setObjectName(QStringLiteral("name"));
    name->setPlaceholderText(tr("Alice Example"));
    address = new QLineEdit(this);
    address->setObjectName(QStringLiteral("address"));
    address->setPlaceholderText(tr("alice@example.org"));
    password = new QLineEdit(this);
    password->setObjectName(QStringLiteral("password"));
    password->setEchoMode(QLineEdit::Password);
    accountName = new QLineEdit(this);
    accountName->setObjectName(QStringLiteral("accountName"));
    accountName->setPlaceholderText(tr("same as the address"));
    allowPlain = new QCheckBox(tr("Also offer servers without encryption (not recommended)"), this);
    allowPlain->setObjectName(QStringLiteral("allowPlain"));
    auto *manual = new QPushButton(tr("Set up &manually…"), this);
    manual->setObjectName(QStringLiteral("setUpManually"));
    connect(manual, &QPushButton::clicked, this, [this] {
        m_wizard->setManual(true);
        m_wizard->next();
    });
    auto *form = new QFormLayout(this);
    form->addRow(tr("Your &name:"), name);
    form->addRow(tr("Email &address:"), address);
    form->addRow(tr("&Password:"), password);
    form->addRow(tr("Account na&me:"), accountName);
    form->addRow(allowPlain);
    // A secondary action: its natural size at the left, not a bar across the page.
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(manual);
    manualRow->addStretch(1);
    form->addRow(manualRow);
    registerField(QStringLiteral("name"), name);
    registerField(QStringLiteral("address"), address);
    registerField(QStringLiteral("password"), password);
    registerField(QStringLiteral("accountName"), accountName);
    registerField(QStringLiteral("allowPlain"), allowPlain);
    for (QLineEdit *e : {address, password})
        connect(e, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

int AddressPage::nextId() const
{
    return m_wizard->manual() ? SetupWizard::ManualPageId : SetupWizard::DetectPageId;
}

bool AddressPage::isComplete() const
{
    return looksLikeAddress(address->text().trimmed()) && !password->text().isEmpty();
}

bool AddressPage::validatePage()
{
    // A manual set-up may start without a valid address only if the user types one later; the
    // account needs one either way.
    return looksLikeAddress(address->text().trimmed());
}

// ---- Page 2: live table ----

DetectPage::DetectPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Looking for your servers"));
    setSubTitle(tr("All sources and servers are asked at once; each line shows where a setting "
                   "came from and how the server answered."));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("detectTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Server or lookup"), tr("Security"), tr("Source"), tr("Result")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("detectStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
}

DetectPage::~DetectPage() = default;

int DetectPage::nextId() const
{
    return SetupWizard::ResultPageId;
}

const DiscoveryResult &DetectPage::result() const
{
    static const DiscoveryResult empty;
    return m_discovery ? m_discovery->result() : empty;
}

void DetectPage::initializePage()
{
    m_finished = false;
    m_table->setRowCount(0);
    m_candidateRow0 = 0;
    if (!m_probe) {
        m_probe = new EndpointProbe(this);
        m_discovery = new Discovery(ProviderDirectory::builtIn(), this);
        m_discovery->setProbe(m_probe);
        connect(m_discovery, &Discovery::sourceFinished, this, &DetectPage::addSource);
        connect(m_discovery, &Discovery::candidatesReady, this, &DetectPage::setCandidates);
        connect(m_discovery, &Discovery::candidateUpdated, this, &DetectPage::updateCandidate);
        connect(m_discovery, &Discovery::finished, this, [this](const DiscoveryResult &r) {
            m_finished = true;
            m_status->setText(r.chosen(Protocol::Smtp)
                                  ? tr("Done in %1 s.").arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1)
                                  : tr("No usable outgoing server found (%1 s).")
                                        .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1));
            Q_EMIT completeChanged();
            // The answer is there: go on by ourselves, as a user would press Next anyway.
            if (wizard() && wizard()->currentPage() == this)
                wizard()->next();
        });
    }
    ProbeSettings settings;
    if (!m_wizard->caFile().isEmpty())
        settings.tls.addCaFile(m_wizard->caFile());
    settings.connectTimeoutMs = m_wizard->probeTimeoutMs();
    settings.idleTimeoutMs = m_wizard->probeTimeoutMs();
    m_probe->setSettings(settings);
    DiscoveryOptions options;
    options.allowPlain = field(QStringLiteral("allowPlain")).toBool();
    m_discovery->setOptions(options);
    m_status->setText(tr("Asking…"));
    m_discovery->start(field(QStringLiteral("address")).toString().trimmed());
}

void DetectPage::cleanupPage()
{
    if (m_discovery)
        m_discovery->cancel();
}

bool DetectPage::isComplete() const
{
    return m_finished;
}

void DetectPage::addSource(const SourceReport &report)
{
    // Sources go above the candidates.
    const int row = m_candidateRow0++;
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(report.query));
    m_table->setItem(row, 1, new QTableWidgetItem(QString()));
    m_table->setItem(row, 2, new QTableWidgetItem(sourceText(report.source)));
    m_table->setItem(
        row, 3,
        new QTableWidgetItem(
            QStringLiteral("%1 (%2 ms)").arg(sourceStateText(report.state)).arg(report.elapsedMs)));
}

void DetectPage::setCandidates(const QList<Candidate> &candidates)
{
    m_table->setRowCount(m_candidateRow0);
    for (const Candidate &c : candidates) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0,
                         new QTableWidgetItem(
                             QStringLiteral("%1 %2:%3")
                                 .arg(protocolName(c.endpoint.protocol).toUpper(), c.endpoint.host)
                                 .arg(c.endpoint.port)));
        m_table->setItem(row, 1, new QTableWidgetItem(securityName(c.endpoint.security)));
        m_table->setItem(row, 2, new QTableWidgetItem(sourceText(c.source)));
        m_table->setItem(row, 3, new QTableWidgetItem(tr("trying…")));
    }
}

void DetectPage::updateCandidate(int index, const Candidate &c)
{
    QTableWidgetItem *item = m_table->item(m_candidateRow0 + index, 3);
    if (!item)
        return;
    item->setText(tr("%1 (%2 ms)").arg(stateText(c.state)).arg(c.elapsedMs));
    item->setForeground(c.state == QLatin1String("ok") ? QColor(0x1e, 0x7d, 0x32)
                                                       : QColor(0x9e, 0x9e, 0x9e));
}

// ---- Page 3: result + login test ----

ResultPage::ResultPage(SetupWizard *wizard, DetectPage *detect)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_detect(detect)
{
    setTitle(tr("Your settings"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_tester = new SettingsTester(this);
    m_tester->setObjectName(QStringLiteral("resultTester"));
    m_manual = new QPushButton(tr("Change the settings &manually…"), this);
    m_manual->setObjectName(QStringLiteral("resultManual"));
    connect(m_manual, &QPushButton::clicked, this, [this] {
        m_wizard->setManual(true);
        m_wizard->next();
    });
    connect(m_tester, &SettingsTester::finished, this, &QWizardPage::completeChanged);
    auto *heading = new QLabel(tr("<b>Login test</b>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(heading);
    layout->addWidget(m_tester);
    layout->addStretch(1);
    layout->addWidget(m_manual, 0, Qt::AlignLeft);
}

int ResultPage::nextId() const
{
    return m_wizard->manual() ? SetupWizard::ManualPageId : -1;
}

bool ResultPage::isComplete() const
{
    return m_tester->succeeded() && !m_tester->isRunning();
}

Account ResultPage::account() const
{
    return m_tester->account();
}

void ResultPage::cleanupPage()
{
    m_tester->cancel();
}

void ResultPage::initializePage()
{
    m_wizard->setManual(false);
    const DiscoveryResult &r = m_detect->result();
    Account account = m_wizard->baseAccount();
    const Candidate *smtp = r.chosen(Protocol::Smtp);
    // Nothing answered cleanly, but a server with a certificate problem did: propose it, so the
    // user sees the certificate and can decide (never one click for known providers).
    if (!smtp) {
        for (const Candidate &c : r.candidates) {
            if (c.endpoint.protocol == Protocol::Smtp && c.state == QLatin1String("cert_error") &&
                !c.needsConsent) {
                smtp = &c;
                break;
            }
        }
    }
    const Candidate *incoming = r.chosen(Protocol::Imap);
    if (!incoming)
        incoming = r.chosen(Protocol::Pop3);
    if (!smtp) {
        m_summary->setText(tr("<p>No outgoing mail server answered for <b>%1</b>.</p><p>Check "
                              "the address, or enter the settings your provider gives you.</p>")
                               .arg(r.address.toHtmlEscaped()));
        return;
    }
    account.smtp = smtp->endpoint;
    account.smtpUser = smtp->username;
    account.hasIncoming = incoming != nullptr;
    if (incoming) {
        account.incoming = incoming->endpoint;
        account.incomingUser = incoming->username;
    }

    auto serverLine = [](const QString &label, const Candidate &c) -> QString {
        QString badge = securityBadge(c.endpoint.security);
        if (c.state == QLatin1String("cert_error"))
            badge += QStringLiteral(" <span style=\"background:#c62828;color:white;\">&nbsp;%1"
                                    "&nbsp;</span>")
                         .arg(tr("certificate not trusted").toHtmlEscaped());
        QString line = tr("<p><b>%1</b> %2, port %3 &nbsp;%4<br><small>%5</small>")
                           .arg(label, c.endpoint.host.toHtmlEscaped())
                           .arg(c.endpoint.port)
                           .arg(badge, tr("found by: %1").arg(sourceText(c.source)));
        for (const QString &note : c.notes)
            line += QStringLiteral("<br><small>") + candidateNoteText(note).toHtmlEscaped() +
                    QStringLiteral("</small>");
        const QJsonObject cert = c.probeDetails.value(QStringLiteral("tls"))
                                     .toObject()
                                     .value(QStringLiteral("certificate"))
                                     .toObject();
        if (!cert.isEmpty()) {
            // Name the certificate by the server's own name when it covers it (the subject's CN
            // is often another of its names, RFC 6125 §6.4.4 ignores it), and the date as a date.
            QString names = cert.value(QStringLiteral("subject")).toString();
            const QJsonArray sans = cert.value(QStringLiteral("sans")).toArray();
            for (const QJsonValue &san : sans) {
                if (san.toString().compare(c.endpoint.host, Qt::CaseInsensitive) == 0)
                    names = c.endpoint.host;
            }
            const QString notAfter = cert.value(QStringLiteral("not_after")).toString();
            const QDateTime until = QDateTime::fromString(notAfter, Qt::ISODate);
            line +=
                QStringLiteral("<br><small>") +
                tr("Certificate for %1, issued by %2, valid until %3")
                    .arg(names, cert.value(QStringLiteral("issuer")).toString(),
                         until.isValid() ? QLocale().toString(until.date(), QLocale::ShortFormat)
                                         : notAfter)
                    .toHtmlEscaped() +
                QStringLiteral("</small>");
        }
        return line + QStringLiteral("</p>");
    };
    QString html = serverLine(tr("Sending:"), *smtp);
    if (incoming)
        html += serverLine(incoming->endpoint.protocol == Protocol::Imap ? tr("Receiving (IMAP):")
                                                                         : tr("Receiving (POP3):"),
                           *incoming);
    if (!r.providerName.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b>").arg(r.providerName.toHtmlEscaped());
        for (const QString &hint : r.providerHints)
            html += QStringLiteral("<br>") + ProviderDirectory::hintText(hint).toHtmlEscaped();
        html += QStringLiteral("</p>");
    }
    m_summary->setText(html);
    m_tester->start(account, m_wizard->password());
}

// ---- Manual page ----

ManualPage::ManualPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Server settings"));
    setSubTitle(tr("Enter what your provider tells you, then test them."));
    m_smtpHost = new QLineEdit(this);
    m_smtpHost->setObjectName(QStringLiteral("manualSmtpHost"));
    m_smtpPort = new QSpinBox(this);
    m_smtpPort->setObjectName(QStringLiteral("manualSmtpPort"));
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setValue(465);
    m_smtpSecurity = new QComboBox(this);
    m_smtpSecurity->setObjectName(QStringLiteral("manualSmtpSecurity"));
    fillSecurityCombo(m_smtpSecurity);
    m_incomingProtocol = new QComboBox(this);
    m_incomingProtocol->setObjectName(QStringLiteral("manualIncomingProtocol"));
    m_incomingProtocol->addItem(tr("None (send only)"), -1);
    m_incomingProtocol->addItem(QStringLiteral("IMAP"), int(Protocol::Imap));
    m_incomingProtocol->addItem(QStringLiteral("POP3"), int(Protocol::Pop3));
    m_incomingHost = new QLineEdit(this);
    m_incomingHost->setObjectName(QStringLiteral("manualIncomingHost"));
    m_incomingPort = new QSpinBox(this);
    m_incomingPort->setObjectName(QStringLiteral("manualIncomingPort"));
    m_incomingPort->setRange(1, 65535);
    m_incomingPort->setValue(993);
    m_incomingSecurity = new QComboBox(this);
    m_incomingSecurity->setObjectName(QStringLiteral("manualIncomingSecurity"));
    fillSecurityCombo(m_incomingSecurity);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("manualUser"));
    m_user->setPlaceholderText(tr("the email address"));
    m_test = new QPushButton(tr("&Test settings"), this);
    m_test->setObjectName(QStringLiteral("testSettings"));
    m_tester = new SettingsTester(this);
    m_tester->setObjectName(QStringLiteral("manualTester"));

    auto *form = new QFormLayout;
    auto *smtpRow = new QHBoxLayout;
    smtpRow->addWidget(m_smtpHost, 1);
    smtpRow->addWidget(m_smtpPort);
    smtpRow->addWidget(m_smtpSecurity);
    form->addRow(tr("&Outgoing (SMTP):"), smtpRow);
    auto *inRow = new QHBoxLayout;
    inRow->addWidget(m_incomingProtocol);
    inRow->addWidget(m_incomingHost, 1);
    inRow->addWidget(m_incomingPort);
    inRow->addWidget(m_incomingSecurity);
    form->addRow(tr("&Incoming:"), inRow);
    form->addRow(tr("&User name:"), m_user);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_tester, 1);

    connect(m_test, &QPushButton::clicked, this, [this] {
        m_tester->start(formAccount(), m_wizard->password());
        Q_EMIT completeChanged();
    });
    connect(m_tester, &SettingsTester::finished, this, &QWizardPage::completeChanged);
    // What is saved is always the account as tested (SettingsTester::account()), so any edit
    // after a test voids it: Finish stays disabled until the edited settings pass a test.
    auto edited = [this] {
        m_tester->invalidate();
    };
    for (QLineEdit *e : {m_smtpHost, m_incomingHost, m_user})
        connect(e, &QLineEdit::textChanged, this, edited);
    for (QSpinBox *b : {m_smtpPort, m_incomingPort})
        connect(b, &QSpinBox::valueChanged, this, edited);
    for (QComboBox *c : {m_smtpSecurity, m_incomingProtocol, m_incomingSecurity})
        connect(c, &QComboBox::currentIndexChanged, this, edited);
}

void ManualPage::prefill(const Account &a)
{
    if (!a.smtp.host.isEmpty()) {
        m_smtpHost->setText(a.smtp.host);
        m_smtpPort->setValue(a.smtp.port);
        m_smtpSecurity->setCurrentIndex(m_smtpSecurity->findData(int(a.smtp.security)));
    }
    if (a.hasIncoming) {
        m_incomingProtocol->setCurrentIndex(m_incomingProtocol->findData(int(a.incoming.protocol)));
        m_incomingHost->setText(a.incoming.host);
        m_incomingPort->setValue(a.incoming.port);
        m_incomingSecurity->setCurrentIndex(m_incomingSecurity->findData(int(a.incoming.security)));
    }
}

void ManualPage::initializePage()
{
    // From the result page: its proposal; from page 1: nothing yet.
    const auto *result = static_cast<ResultPage *>(m_wizard->page(SetupWizard::ResultPageId));
    prefill(m_wizard->visitedIds().contains(SetupWizard::ResultPageId) ? result->account()
                                                                       : m_wizard->baseAccount());
    // Page 1 (address, password) may have changed since a test on this page.
    m_tester->invalidate();
}

Account ManualPage::formAccount() const
{
    Account a = m_wizard->baseAccount();
    a.smtp =
        ServerEndpoint{Protocol::Smtp, m_smtpHost->text().trimmed(), quint16(m_smtpPort->value()),
                       Security(m_smtpSecurity->currentData().toInt())};
    const int protocol = m_incomingProtocol->currentData().toInt();
    a.hasIncoming = protocol >= 0;
    if (a.hasIncoming)
        a.incoming = ServerEndpoint{Protocol(protocol), m_incomingHost->text().trimmed(),
                                    quint16(m_incomingPort->value()),
                                    Security(m_incomingSecurity->currentData().toInt())};
    a.smtpUser = m_user->text().trimmed();
    a.incomingUser = a.smtpUser;
    return a;
}

bool ManualPage::isComplete() const
{
    return m_tester->succeeded() && !m_tester->isRunning();
}

Account ManualPage::account() const
{
    return m_tester->account();
}

} // namespace mailwright
