// SPDX-License-Identifier: GPL-3.0-or-later
#include "identityeditor.h"

#include "account/account.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mailwright {

IdentityEditor::IdentityEditor(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Identity"));
    setObjectName(QStringLiteral("IdentityEditor"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("name@example.org"));
    m_replyTo = new QLineEdit(this);
    m_replyTo->setObjectName(QStringLiteral("replyTo"));
    m_replyTo->setPlaceholderText(tr("optional"));
    m_signature = new QPlainTextEdit(this);
    m_signature->setObjectName(QStringLiteral("signature"));
    m_signature->setPlaceholderText(
        tr("Added below \"-- \" at the end of new messages (plain text)."));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_displayName);
    form->addRow(tr("&Email address:"), m_address);
    form->addRow(tr("&Reply to:"), m_replyTo);
    form->addRow(tr("&Signature:"), m_signature);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IdentityEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IdentityEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void IdentityEditor::setIdentity(const Identity &identity)
{
    m_displayName->setText(identity.displayName);
    m_address->setText(identity.address);
    m_replyTo->setText(identity.replyTo);
    m_signature->setPlainText(identity.signature);
}

Identity IdentityEditor::identity() const
{
    return Identity{m_displayName->text().trimmed(), m_address->text().trimmed(),
                    m_replyTo->text().trimmed(), m_signature->toPlainText()};
}

void IdentityEditor::accept()
{
    const Identity id = identity();
    QString problem;
    if (!looksLikeAddress(id.address))
        problem = tr("Enter a valid email address, such as name@example.org.");
    else if (!id.replyTo.isEmpty() && !looksLikeAddress(id.replyTo))
        problem = tr("The reply-to address is not valid.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace mailwright
