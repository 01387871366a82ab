// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordprompt.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mailwright {

PasswordPromptDialog::PasswordPromptDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Password"));
    setObjectName(QStringLiteral("PasswordPromptDialog"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keychain = new QRadioButton(tr("&Remember in the keychain"), this);
    m_keychain->setObjectName(QStringLiteral("rememberInKeychain"));
    m_session = new QRadioButton(tr("Keep for this &session only"), this);
    m_session->setObjectName(QStringLiteral("sessionOnly"));
    m_keychain->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_problem);
    layout->addWidget(m_password);
    layout->addWidget(m_keychain);
    layout->addWidget(m_session);
    layout->addWidget(buttons);
}

PasswordPromptDialog::~PasswordPromptDialog()
{
    clearPassword();
}

void PasswordPromptDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

void PasswordPromptDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void PasswordPromptDialog::setKeychainAvailable(bool available, const QString &reason)
{
    m_keychain->setEnabled(available);
    m_keychain->setToolTip(reason);
    if (!available) {
        m_session->setChecked(true);
        if (!reason.isEmpty())
            setProblem(reason);
    }
}

QString PasswordPromptDialog::password() const
{
    return m_password->text();
}

bool PasswordPromptDialog::rememberInKeychain() const
{
    return m_keychain->isEnabled() && m_keychain->isChecked();
}

void PasswordPromptDialog::clearPassword()
{
    m_password->setText(QString(m_password->text().size(), QLatin1Char(' ')));
    m_password->clear();
}

} // namespace mailwright
