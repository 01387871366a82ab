// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace mailwright {

/// Asks for an account's password: when the keychain has none, or the server refused the stored
/// one. The user chooses to remember it in the keychain or to keep it for this session only
/// (the only choice when the keychain is unavailable). Pure UI: the caller stores the result
/// (see AccountsDialog). GUI thread; owned by its parent widget.
class PasswordPromptDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasswordPromptDialog(QWidget *parent = nullptr);
    ~PasswordPromptDialog() override;

    /// "Enter the password for alice@example.org on smtp.example.org" and the like.
    void setMessage(const QString &message);
    /// Shown in red above the field, e.g. "The server refused the password."
    void setProblem(const QString &problem);
    /// Without a keychain only "this session only" can be chosen; \a reason says why.
    void setKeychainAvailable(bool available, const QString &reason = QString());

    QString password() const;
    bool rememberInKeychain() const;

    /// Overwrites the typed password in the widget (call once it has been handed on).
    void clearPassword();

private:
    QLabel *m_message = nullptr;
    QLabel *m_problem = nullptr;
    QLineEdit *m_password = nullptr;
    QRadioButton *m_keychain = nullptr;
    QRadioButton *m_session = nullptr;
};

} // namespace mailwright
