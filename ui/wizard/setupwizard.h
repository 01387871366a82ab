// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/account.h"
#include "setup/discovery.h"

#include <QWizard>

namespace mailwright {

class AccountRepository;
class SecretStore;
class EndpointProbe;

/// The account set-up wizard (issue 4): address, name and password → a live table of the
/// discovery's sources and candidates as they end → the proposal with its security badge,
/// source, certificate and provider notes, and a real login test → the account is saved, its
/// password in the keychain (or, if there is none, for this session only when the user agrees),
/// only after the login succeeded. "Set up manually" leads to a form with "Test settings" on the
/// same engine.
///
/// GUI thread; owned by its parent (usually opened with open()). The repository, the stores and
/// the provider directory are borrowed and must outlive it. Nothing blocks the GUI: discovery,
/// probes and login tests run asynchronously (Discovery, EndpointProbe, LoginTest).
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { AddressPageId, DetectPageId, ResultPageId, ManualPageId };

    SetupWizard(AccountRepository *repository, SecretStore *keychain, SecretStore *session,
                QWidget *parent = nullptr);
    ~SetupWizard() override;

    /// Extra trusted CA (PEM) for probes and login tests, stored in the account (tests, labs).
    void setCaFile(const QString &path) { m_caFile = path; }
    QString caFile() const { return m_caFile; }
    /// Connect timeout of the probes (default 3 s).
    void setProbeTimeoutMs(int ms) { m_probeTimeoutMs = ms; }
    int probeTimeoutMs() const { return m_probeTimeoutMs; }

    /// The account being set up (servers filled by detection or the manual page).
    Account account() const;
    /// Name, address and CA file from the first page, no servers yet.
    Account baseAccount() const;
    QString password() const;
    bool manual() const { return m_manual; }
    void setManual(bool manual) { m_manual = manual; }

    void accept() override;

Q_SIGNALS:
    void accountCreated(const QString &name, bool passwordInKeychain);

private:
    void save(bool inKeychain);
    void saved(const Account &account, bool inKeychain);

    AccountRepository *m_repository;
    SecretStore *m_keychain;
    SecretStore *m_session;
    QString m_caFile;
    int m_probeTimeoutMs = 3000;
    bool m_manual = false;
    bool m_saving = false;
};

} // namespace mailwright
