// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounteditor.h"

#include "wizard/settingstestdialog.h"

#include "identityeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mailwright {

namespace {

void fillSecurity(QComboBox *box)
{
    box->addItem(QObject::tr("TLS (implicit)"), int(Security::ImplicitTls));
    box->addItem(QObject::tr("STARTTLS"), int(Security::StartTls));
    box->addItem(QObject::tr("None (clear text, unsafe)"), int(Security::None));
}

} // namespace

AccountEditor::AccountEditor(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Account"));
    setObjectName(QStringLiteral("AccountEditor"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createGeneralPage(), tr("&General"));
    tabs->addTab(createServersPage(), tr("&Servers"));
    tabs->addTab(createOptionsPage(), tr("&Options"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    // The wizard's engine on these settings (ui/wizard/settingstester.h).
    QPushButton *test = buttons->addButton(tr("&Test settings…"), QDialogButtonBox::ActionRole);
    test->setObjectName(QStringLiteral("testSettings"));
    connect(test, &QPushButton::clicked, this, &AccountEditor::testSettings);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setAccount(Account(), true);
}

QWidget *AccountEditor::createGeneralPage()
{
    auto *page = new QWidget(this);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setPlaceholderText(tr("e.g. Work"));
    m_identityList = new QListWidget(page);
    m_identityList->setObjectName(QStringLiteral("identityList"));
    connect(m_identityList, &QListWidget::itemDoubleClicked, this, &AccountEditor::editIdentity);

    auto *add = new QPushButton(tr("&Add…"), page);
    add->setObjectName(QStringLiteral("addIdentity"));
    auto *edit = new QPushButton(tr("&Edit…"), page);
    edit->setObjectName(QStringLiteral("editIdentity"));
    auto *remove = new QPushButton(tr("&Remove"), page);
    remove->setObjectName(QStringLiteral("removeIdentity"));
    connect(add, &QPushButton::clicked, this, &AccountEditor::addIdentity);
    connect(edit, &QPushButton::clicked, this, &AccountEditor::editIdentity);
    connect(remove, &QPushButton::clicked, this, &AccountEditor::removeIdentity);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *identities = new QHBoxLayout;
    identities->addWidget(m_identityList);
    identities->addLayout(buttons);

    auto *form = new QFormLayout(page);
    form->addRow(tr("Account &name:"), m_name);
    form->addRow(new QLabel(tr("Identities (the first one is the default):"), page));
    form->addRow(identities);
    return page;
}

AccountEditor::ServerFields AccountEditor::createServerFields(const QString &prefix)
{
    ServerFields f;
    f.host = new QLineEdit(this);
    f.host->setObjectName(prefix + QStringLiteral("Host"));
    f.port = new QSpinBox(this);
    f.port->setObjectName(prefix + QStringLiteral("Port"));
    f.port->setRange(1, 65535);
    f.security = new QComboBox(this);
    f.security->setObjectName(prefix + QStringLiteral("Security"));
    fillSecurity(f.security);
    f.user = new QLineEdit(this);
    f.user->setObjectName(prefix + QStringLiteral("User"));
    f.user->setPlaceholderText(tr("default: the email address"));
    return f;
}

QWidget *AccountEditor::createServersPage()
{
    auto *page = new QWidget(this);
    m_smtp = createServerFields(QStringLiteral("smtp"));
    m_smtpAuth = new QComboBox(page);
    m_smtpAuth->setObjectName(QStringLiteral("smtpAuth"));
    m_smtpAuth->addItem(tr("Automatic"), int(AuthMethod::Automatic));
    m_smtpAuth->addItem(QStringLiteral("PLAIN"), int(AuthMethod::Plain));
    m_smtpAuth->addItem(QStringLiteral("LOGIN"), int(AuthMethod::Login));
    m_smtpAuth->addItem(QStringLiteral("CRAM-MD5"), int(AuthMethod::CramMd5));
    m_smtpAuth->addItem(tr("No authentication"), int(AuthMethod::None));
    auto *smtpBox = new QGroupBox(tr("Outgoing (SMTP)"), page);
    auto *smtpForm = new QFormLayout(smtpBox);
    smtpForm->addRow(tr("Server:"), m_smtp.host);
    smtpForm->addRow(tr("Port:"), m_smtp.port);
    smtpForm->addRow(tr("Security:"), m_smtp.security);
    smtpForm->addRow(tr("User name:"), m_smtp.user);
    smtpForm->addRow(tr("Authentication:"), m_smtpAuth);

    m_incomingType = new QComboBox(page);
    m_incomingType->setObjectName(QStringLiteral("incomingType"));
    m_incomingType->addItem(tr("None (send only)"), -1);
    m_incomingType->addItem(QStringLiteral("IMAP"), int(Protocol::Imap));
    m_incomingType->addItem(QStringLiteral("POP3"), int(Protocol::Pop3));
    m_incoming = createServerFields(QStringLiteral("incoming"));
    auto *inBox = new QGroupBox(tr("Incoming"), page);
    auto *inForm = new QFormLayout(inBox);
    inForm->addRow(tr("Type:"), m_incomingType);
    inForm->addRow(tr("Server:"), m_incoming.host);
    inForm->addRow(tr("Port:"), m_incoming.port);
    inForm->addRow(tr("Security:"), m_incoming.security);
    inForm->addRow(tr("User name:"), m_incoming.user);
    connect(m_incomingType, &QComboBox::currentIndexChanged, this,
            &AccountEditor::updateIncomingState);

    // Changing the security suggests the matching standard port (RFC 8314 §3.3 / RFC 6409).
    auto suggestPort = [](ServerFields f, std::function<Protocol()> protocol) {
        QObject::connect(f.security, &QComboBox::currentIndexChanged, f.port, [f, protocol](int) {
            const auto security = Security(f.security->currentData().toInt());
            f.port->setValue(defaultPort(protocol(), security));
        });
    };
    suggestPort(m_smtp, [] { return Protocol::Smtp; });
    QComboBox *type = m_incomingType;
    suggestPort(m_incoming, [type] {
        return type->currentData().toInt() == int(Protocol::Pop3) ? Protocol::Pop3 : Protocol::Imap;
    });

    m_caFile = new QLineEdit(page);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("optional: an extra CA certificate (PEM) to trust"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("CA certificate"), QString(),
                                       tr("PEM certificates (*.pem *.crt);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
        dialog->open();
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(smtpBox);
    layout->addWidget(inBox);
    auto *caForm = new QFormLayout;
    caForm->addRow(tr("CA file:"), caRow);
    layout->addLayout(caForm);
    layout->addStretch();
    return page;
}

QWidget *AccountEditor::createOptionsPage()
{
    auto *page = new QWidget(this);
    m_checkInterval = new QSpinBox(page);
    m_checkInterval->setObjectName(QStringLiteral("checkInterval"));
    m_checkInterval->setRange(0, 24 * 60);
    m_checkInterval->setSuffix(tr(" min"));
    m_checkInterval->setSpecialValueText(tr("only on request"));
    m_saveSent = new QCheckBox(tr("Save a copy of sent messages in the Sent folder"), page);
    m_saveSent->setObjectName(QStringLiteral("saveSentCopy"));
    m_leaveOnServer = new QCheckBox(tr("POP3: leave messages on the server"), page);
    m_leaveOnServer->setObjectName(QStringLiteral("leaveOnServer"));
    m_deleteAfterDays = new QSpinBox(page);
    m_deleteAfterDays->setObjectName(QStringLiteral("deleteAfterDays"));
    m_deleteAfterDays->setRange(0, 3650);
    m_deleteAfterDays->setSuffix(tr(" days"));
    m_deleteAfterDays->setSpecialValueText(tr("never delete"));
    m_sentFolder = new QLineEdit(page);
    m_draftsFolder = new QLineEdit(page);
    m_trashFolder = new QLineEdit(page);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Check for new mail every:"), m_checkInterval);
    form->addRow(m_saveSent);
    form->addRow(m_leaveOnServer);
    form->addRow(tr("Delete from the server after:"), m_deleteAfterDays);
    form->addRow(tr("Sent folder:"), m_sentFolder);
    form->addRow(tr("Drafts folder:"), m_draftsFolder);
    form->addRow(tr("Trash folder:"), m_trashFolder);
    return page;
}

void AccountEditor::setAccount(const Account &account, bool isNew)
{
    m_account = account;
    m_name->setText(account.name);
    m_name->setReadOnly(!isNew);
    m_identities = account.identities;
    refreshIdentities();

    auto setServer = [](const ServerFields &f, const ServerEndpoint &e, const QString &user) {
        f.host->setText(e.host);
        QSignalBlocker block(f.security); // keep the stored port, not the suggested one
        f.security->setCurrentIndex(f.security->findData(int(e.security)));
        f.port->setValue(e.port);
        f.user->setText(user);
    };
    setServer(m_smtp, account.smtp, account.smtpUser);
    m_smtpAuth->setCurrentIndex(m_smtpAuth->findData(int(account.smtpAuth)));
    {
        QSignalBlocker block(m_incomingType);
        m_incomingType->setCurrentIndex(
            account.hasIncoming ? m_incomingType->findData(int(account.incoming.protocol)) : 0);
    }
    setServer(m_incoming, account.incoming, account.incomingUser);
    updateIncomingState();
    m_caFile->setText(account.caFile);
    m_checkInterval->setValue(account.checkIntervalMinutes);
    m_saveSent->setChecked(account.saveSentCopy);
    m_leaveOnServer->setChecked(account.leaveOnServer);
    m_deleteAfterDays->setValue(account.deleteFromServerAfterDays);
    m_sentFolder->setText(account.sentFolder);
    m_draftsFolder->setText(account.draftsFolder);
    m_trashFolder->setText(account.trashFolder);
    m_error->hide();
}

void AccountEditor::testSettings()
{
    auto *dialog = new SettingsTestDialog(account(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A certificate the user trusted there is kept with the account being edited.
    connect(dialog, &SettingsTestDialog::accountChanged, this, [this](const Account &tested) {
        m_account.pinnedCertificates = tested.pinnedCertificates;
    });
    dialog->open();
}

Account AccountEditor::account() const
{
    Account a = m_account; // keeps what the editor does not show (pinned certificates)
    a.name = m_name->text().trimmed();
    a.identities = m_identities;
    auto server = [](const ServerFields &f, Protocol protocol) {
        return ServerEndpoint{protocol, f.host->text().trimmed(), quint16(f.port->value()),
                              Security(f.security->currentData().toInt())};
    };
    a.smtp = server(m_smtp, Protocol::Smtp);
    a.smtpUser = m_smtp.user->text().trimmed();
    a.smtpAuth = AuthMethod(m_smtpAuth->currentData().toInt());
    const int type = m_incomingType->currentData().toInt();
    a.hasIncoming = type >= 0;
    if (a.hasIncoming) {
        a.incoming = server(m_incoming, Protocol(type));
        a.incomingUser = m_incoming.user->text().trimmed();
    }
    a.caFile = m_caFile->text().trimmed();
    a.checkIntervalMinutes = m_checkInterval->value();
    a.saveSentCopy = m_saveSent->isChecked();
    a.leaveOnServer = m_leaveOnServer->isChecked();
    a.deleteFromServerAfterDays = m_deleteAfterDays->value();
    a.sentFolder = m_sentFolder->text().trimmed();
    a.draftsFolder = m_draftsFolder->text().trimmed();
    a.trashFolder = m_trashFolder->text().trimmed();
    return a;
}

void AccountEditor::accept()
{
    if (const MailError e = validateAccount(account())) {
        m_error->setText(e.userMessage);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void AccountEditor::refreshIdentities()
{
    m_identityList->clear();
    for (const Identity &id : std::as_const(m_identities)) {
        m_identityList->addItem(id.displayName.isEmpty()
                                    ? id.address
                                    : QStringLiteral("%1 <%2>").arg(id.displayName, id.address));
    }
}

void AccountEditor::addIdentity()
{
    auto *editor = new IdentityEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        m_identities.append(editor->identity());
        refreshIdentities();
    });
    editor->open();
}

void AccountEditor::editIdentity()
{
    const int row = m_identityList->currentRow();
    if (row < 0 || row >= m_identities.size())
        return;
    auto *editor = new IdentityEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setIdentity(m_identities.at(row));
    connect(editor, &QDialog::accepted, this, [this, editor, row] {
        if (row < m_identities.size())
            m_identities[row] = editor->identity();
        refreshIdentities();
    });
    editor->open();
}

void AccountEditor::removeIdentity()
{
    const int row = m_identityList->currentRow();
    if (row < 0 || row >= m_identities.size())
        return;
    m_identities.removeAt(row);
    refreshIdentities();
}

void AccountEditor::updateIncomingState()
{
    const bool enabled = m_incomingType->currentData().toInt() >= 0;
    for (QWidget *w :
         {static_cast<QWidget *>(m_incoming.host), static_cast<QWidget *>(m_incoming.port),
          static_cast<QWidget *>(m_incoming.security), static_cast<QWidget *>(m_incoming.user)})
        w->setEnabled(enabled);
}

} // namespace mailwright
