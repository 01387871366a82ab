// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/account.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace mailwright {

class SettingsTester;

/// "Test settings" for the account editor: asks the password (it is not in the editor; it is
/// used for this test only and never stored here), then runs SettingsTester on the settings as
/// they are in the editor. GUI thread; owned by its parent, usually WA_DeleteOnClose.
class SettingsTestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsTestDialog(const Account &account, QWidget *parent = nullptr);
    SettingsTester *tester() const { return m_tester; }

Q_SIGNALS:
    /// The user trusted a certificate during the test: \a account carries the pin.
    void accountChanged(const mailwright::Account &account);

private:
    Account m_account;
    QLineEdit *m_password = nullptr;
    QPushButton *m_test = nullptr;
    SettingsTester *m_tester = nullptr;
};

} // namespace mailwright
