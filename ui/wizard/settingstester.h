// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/account.h"
#include "setup/logintest.h"

#include <QWidget>

#include <memory>
#include <optional>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace mailwright {

/// "Test settings": a real login (SMTP with dry run, and the incoming server) with an account's
/// settings through the engine the wizard uses (LoginTest → SmtpSession/ImapSession/POP3), with
/// progress, the explanation in plain words with the provider hint, a certificate view with
/// "Trust this certificate for this server" (never for the built-in providers' hosts) and a
/// redacted transcript behind "Show details". Used by the wizard's result and manual pages and by
/// the account editor.
///
/// GUI thread; owned by its parent widget. Never blocks: the tests run on LoginTest's pool.
class SettingsTester : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsTester(QWidget *parent = nullptr);
    ~SettingsTester() override;

    /// Tests \a account with \a password (by value; kept only until the test ends or the user
    /// trusts a certificate and the test runs again).
    void start(const Account &account, const QString &password);
    void cancel();
    /// The settings were edited after a test: cancels a running test and forgets the result,
    /// so that succeeded() is false until the next start(). Emits finished(false) if a result
    /// was shown or a test was running.
    void invalidate();
    bool isRunning() const;
    bool succeeded() const { return m_ok; }
    /// The account as tested, with the user names that worked and any pins the user accepted.
    const Account &account() const { return m_account; }

Q_SIGNALS:
    void finished(bool ok);
    /// The user trusted a certificate: \a account now carries the pin.
    void accountChanged(const mailwright::Account &account);

private:
    void onFinished(bool smtp, const LoginOutcome &outcome);
    void showResult();
    void trustCertificate();

    Account m_account;
    QString m_password;
    LoginTest *m_smtpTest = nullptr;
    LoginTest *m_incomingTest = nullptr;
    std::optional<LoginOutcome> m_smtp;
    std::optional<LoginOutcome> m_incoming;
    std::shared_ptr<ProtocolTrace> m_trace;
    bool m_ok = false;
    ServerEndpoint m_certEndpoint;
    CertificateInfo m_certificate;

    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QGroupBox *m_certBox = nullptr;
    QLabel *m_certText = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_details = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
};

/// One line of security for a badge: "Implicit TLS" / "STARTTLS" / "No encryption" with a
/// colour (red for none). Returns rich text.
QString securityBadge(Security security);
/// Subject, issuer, names, validity, SHA-256 and errors as rich text.
QString certificateSummary(const CertificateInfo &info);

} // namespace mailwright
