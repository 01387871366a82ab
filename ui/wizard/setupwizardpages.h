// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of SetupWizard (private to ui/wizard). GUI thread; owned by the wizard.
#pragma once

#include "account/account.h"
#include "setup/discovery.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mailwright {

class EndpointProbe;
class SettingsTester;
class SetupWizard;

class AddressPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AddressPage(SetupWizard *wizard);
    int nextId() const override;
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit *name = nullptr;
    QLineEdit *address = nullptr;
    QLineEdit *password = nullptr;
    QLineEdit *accountName = nullptr;
    QCheckBox *allowPlain = nullptr;

private:
    SetupWizard *m_wizard;
};

/// The live table: one row per source lookup and per candidate, updated as each ends.
class DetectPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DetectPage(SetupWizard *wizard);
    ~DetectPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;
    const DiscoveryResult &result() const;
    bool finished() const { return m_finished; }

private:
    void addSource(const SourceReport &report);
    void setCandidates(const QList<Candidate> &candidates);
    void updateCandidate(int index, const Candidate &candidate);

    SetupWizard *m_wizard;
    Discovery *m_discovery = nullptr;
    EndpointProbe *m_probe = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    int m_candidateRow0 = 0;
    bool m_finished = false;
};

class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultPage(SetupWizard *wizard, DetectPage *detect);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;
    Account account() const;

private:
    SetupWizard *m_wizard;
    DetectPage *m_detect;
    QLabel *m_summary = nullptr;
    SettingsTester *m_tester = nullptr;
    QPushButton *m_manual = nullptr;
};

class ManualPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ManualPage(SetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }
    Account account() const;
    void prefill(const Account &account);

private:
    Account formAccount() const;

    SetupWizard *m_wizard;
    QLineEdit *m_smtpHost = nullptr;
    QSpinBox *m_smtpPort = nullptr;
    QComboBox *m_smtpSecurity = nullptr;
    QComboBox *m_incomingProtocol = nullptr;
    QLineEdit *m_incomingHost = nullptr;
    QSpinBox *m_incomingPort = nullptr;
    QComboBox *m_incomingSecurity = nullptr;
    QLineEdit *m_user = nullptr;
    QPushButton *m_test = nullptr;
    SettingsTester *m_tester = nullptr;
};

} // namespace mailwright
