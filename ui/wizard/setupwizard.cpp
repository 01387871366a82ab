// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupwizard.h"

#include "setupwizardpages.h"

#include "secrets/secretstore.h"
#include "settings/accountrepository.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>

namespace mailwright {

SetupWizard::SetupWizard(AccountRepository *repository, SecretStore *keychain, SecretStore *session,
                         QWidget *parent)
    : QWizard(parent)
    , m_repository(repository)
    , m_keychain(keychain)
    , m_session(session)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Add an email account"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    auto *address = new AddressPage(this);
    auto *detect = new DetectPage(this);
    setPage(AddressPageId, address);
    setPage(DetectPageId, detect);
    setPage(ResultPageId, new ResultPage(this, detect));
    setPage(ManualPageId, new ManualPage(this));
    resize(760, 560);
}

SetupWizard::~SetupWizard() = default;

Account SetupWizard::account() const
{
    // The account as tested on the page that tested it, else the basics from page 1.
    if (currentId() == ResultPageId)
        return static_cast<ResultPage *>(page(ResultPageId))->account();
    if (currentId() == ManualPageId)
        return static_cast<ManualPage *>(page(ManualPageId))->account();
    return baseAccount();
}

Account SetupWizard::baseAccount() const
{
    Account a;
    const QString address = field(QStringLiteral("address")).toString().trimmed();
    const QString name = field(QStringLiteral("accountName")).toString().trimmed();
    a.name = name.isEmpty() ? address : name;
    Identity identity;
    identity.address = address;
    identity.displayName = field(QStringLiteral("name")).toString().trimmed();
    a.identities = {identity};
    a.caFile = m_caFile;
    return a;
}

QString SetupWizard::password() const
{
    return field(QStringLiteral("password")).toString();
}

void SetupWizard::accept()
{
    // Only reachable with a successful login test (the pages' isComplete()).
    if (!m_saving)
        save(true);
}

void SetupWizard::save(bool inKeychain)
{
    const Account account = this->account();
    if (const MailError e = validateAccount(account)) {
        QMessageBox::warning(this, windowTitle(), e.userMessage);
        return;
    }
    if (m_repository->contains(account.name)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("An account named \"%1\" already exists. Choose another "
                                "account name on the first page.")
                                 .arg(account.name));
        return;
    }
    m_saving = true;
    SecretStore *store = inKeychain ? m_keychain : m_session;
    SecretJob *job = store->writeAccountSecrets(account.name, account.hasIncoming, password());
    connect(job, &SecretJob::finished, this, [this, account, inKeychain](const SecretResult &r) {
        if (r.ok()) {
            saved(account, inKeychain);
            return;
        }
        m_saving = false;
        if (!inKeychain || r.error.code != ErrorCode::KeychainUnavailable) {
            QMessageBox::warning(this, windowTitle(), r.error.userMessage);
            return;
        }
        // No keychain: never a silent plaintext file; ask for "this session only".
        auto *box = new QMessageBox(QMessageBox::Question, windowTitle(),
                                    tr("%1\n\nKeep the password for this session only? You will "
                                       "be asked for it again after Mailwright restarts.")
                                        .arg(r.error.userMessage),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("sessionOnlyQuestion"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int result) {
            if (result == QMessageBox::Yes)
                save(false);
        });
        box->open();
    });
}

void SetupWizard::saved(const Account &account, bool inKeychain)
{
    if (const MailError e = m_repository->add(account)) {
        m_saving = false;
        QMessageBox::warning(this, windowTitle(), e.userMessage);
        return;
    }
    m_saving = false;
    Q_EMIT accountCreated(account.name, inKeychain);
    QWizard::accept();
}

} // namespace mailwright
