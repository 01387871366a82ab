// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/account.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace mailwright {

/// The manual account editor: name, identities, SMTP and incoming servers, options. Used for
/// "Add" (until the wizard exists) and "Edit" in the Accounts dialog. Knows nothing about
/// passwords or the repository: it edits an Account value and refuses to close while that is
/// invalid (validateAccount). GUI thread; owned by its parent widget.
class AccountEditor : public QDialog
{
    Q_OBJECT
public:
    explicit AccountEditor(QWidget *parent = nullptr);

    /// \a isNew: the name can be edited (it is the account's id, fixed once saved).
    void setAccount(const Account &account, bool isNew);
    Account account() const;

    void accept() override;

private:
    void testSettings();

    struct ServerFields
    {
        QLineEdit *host = nullptr;
        QSpinBox *port = nullptr;
        QComboBox *security = nullptr;
        QLineEdit *user = nullptr;
    };
    QWidget *createGeneralPage();
    QWidget *createServersPage();
    QWidget *createOptionsPage();
    ServerFields createServerFields(const QString &prefix);
    void refreshIdentities();
    void addIdentity();
    void editIdentity();
    void removeIdentity();
    void updateIncomingState();

    Account m_account;
    QList<Identity> m_identities;
    QLineEdit *m_name = nullptr;
    QListWidget *m_identityList = nullptr;
    ServerFields m_smtp;
    QComboBox *m_smtpAuth = nullptr;
    QComboBox *m_incomingType = nullptr;
    ServerFields m_incoming;
    QLineEdit *m_caFile = nullptr;
    QSpinBox *m_checkInterval = nullptr;
    QCheckBox *m_saveSent = nullptr;
    QCheckBox *m_leaveOnServer = nullptr;
    QSpinBox *m_deleteAfterDays = nullptr;
    QLineEdit *m_sentFolder = nullptr;
    QLineEdit *m_draftsFolder = nullptr;
    QLineEdit *m_trashFolder = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace mailwright
