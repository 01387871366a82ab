// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingstestdialog.h"

#include "settingstester.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailwright {

SettingsTestDialog::SettingsTestDialog(const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
{
    setObjectName(QStringLiteral("settingsTestDialog"));
    setWindowTitle(tr("Test settings"));
    auto *intro = new QLabel(tr("Logs in to %1 with these settings and checks that the server "
                                "accepts mail from %2, without sending any.")
                                 .arg(account.smtp.host, account.primaryIdentity().address),
                             this);
    intro->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("testPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("runTest"));
    m_test->setDefault(true);
    m_tester = new SettingsTester(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_tester, 1);
    layout->addWidget(buttons);
    connect(m_test, &QPushButton::clicked, this,
            [this] { m_tester->start(m_account, m_password->text()); });
    connect(m_tester, &SettingsTester::accountChanged, this, [this](const Account &a) {
        m_account.pinnedCertificates = a.pinnedCertificates;
        Q_EMIT accountChanged(m_account);
    });
    connect(this, &QDialog::finished, this, [this] { m_password->clear(); });
    resize(560, 420);
}

} // namespace mailwright
