// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountrepository.h"

#include "logging.h"
#include "settings/configpaths.h"
#include "settings/settingskeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace mailwright {

namespace {

MailError configError(const QString &message, const QString &detail = QString())
{
    MailError error;
    error.code = ErrorCode::ConfigError;
    error.phase = Phase::Config;
    error.userMessage = message;
    error.technicalDetail = detail;
    return error;
}

std::optional<Account> findByName(const QList<Account> &accounts, const QString &name,
                                  int *index = nullptr)
{
    for (int i = 0; i < accounts.size(); ++i) {
        if (accounts.at(i).name.compare(name, Qt::CaseInsensitive) == 0) {
            if (index)
                *index = i;
            return accounts.at(i);
        }
    }
    return std::nullopt;
}

Security parseSecurityOr(const QString &text, Security fallback)
{
    Security security = fallback;
    return parseSecurity(text, &security) ? security : fallback;
}

Account readV2Account(const QSettings &s)
{
    Account a;
    a.name = s.value(keys::name).toString();
    // Identities are a nested array; read by the caller (QSettings arrays need the object).
    a.smtp.protocol = Protocol::Smtp;
    a.smtp.host = s.value(keys::smtpHost).toString();
    a.smtp.port = quint16(s.value(keys::smtpPort).toUInt());
    a.smtp.security = parseSecurityOr(s.value(keys::smtpSecurity).toString(), Security::StartTls);
    a.smtpUser = s.value(keys::smtpUser).toString();
    if (!parseAuthMethod(s.value(keys::smtpAuth, QStringLiteral("auto")).toString(), &a.smtpAuth))
        a.smtpAuth = AuthMethod::Automatic;
    a.smtpSizeLimit = qMax<qint64>(0, s.value(keys::smtpSizeLimit, 0).toLongLong());
    Protocol incoming = Protocol::Imap;
    a.hasIncoming = parseProtocol(s.value(keys::incomingProtocol).toString(), &incoming) &&
                    incoming != Protocol::Smtp;
    if (a.hasIncoming) {
        a.incoming.protocol = incoming;
        a.incoming.host = s.value(keys::incomingHost).toString();
        a.incoming.port = quint16(s.value(keys::incomingPort).toUInt());
        a.incoming.security =
            parseSecurityOr(s.value(keys::incomingSecurity).toString(), Security::ImplicitTls);
        a.incomingUser = s.value(keys::incomingUser).toString();
    }
    a.checkIntervalMinutes = s.value(keys::checkIntervalMinutes, 10).toInt();
    a.saveSentCopy = s.value(keys::saveSentCopy, true).toBool();
    a.leaveOnServer = s.value(keys::leaveOnServer, true).toBool();
    a.deleteFromServerAfterDays = s.value(keys::deleteFromServerAfterDays, 0).toInt();
    a.sentFolder = s.value(keys::sentFolder, QStringLiteral("Sent")).toString();
    a.draftsFolder = s.value(keys::draftsFolder, QStringLiteral("Drafts")).toString();
    a.trashFolder = s.value(keys::trashFolder, QStringLiteral("Trash")).toString();
    a.caFile = s.value(keys::caFile).toString();
    return a;
}

void writeV2Account(QSettings &s, const Account &a)
{
    s.setValue(keys::name, a.name);
    s.beginWriteArray(keys::identitiesArray, int(a.identities.size()));
    for (int i = 0; i < a.identities.size(); ++i) {
        const Identity &id = a.identities.at(i);
        s.setArrayIndex(i);
        s.setValue(keys::displayName, id.displayName);
        s.setValue(keys::address, id.address);
        s.setValue(keys::replyTo, id.replyTo);
        s.setValue(keys::signature, id.signature);
    }
    s.endArray();
    s.setValue(keys::smtpHost, a.smtp.host);
    s.setValue(keys::smtpPort, a.smtp.port);
    s.setValue(keys::smtpSecurity, securityName(a.smtp.security));
    s.setValue(keys::smtpUser, a.smtpUser);
    s.setValue(keys::smtpAuth, authMethodName(a.smtpAuth));
    if (a.smtpSizeLimit > 0)
        s.setValue(keys::smtpSizeLimit, a.smtpSizeLimit);
    if (a.hasIncoming) {
        s.setValue(keys::incomingProtocol, protocolName(a.incoming.protocol));
        s.setValue(keys::incomingHost, a.incoming.host);
        s.setValue(keys::incomingPort, a.incoming.port);
        s.setValue(keys::incomingSecurity, securityName(a.incoming.security));
        s.setValue(keys::incomingUser, a.incomingUser);
    }
    s.setValue(keys::checkIntervalMinutes, a.checkIntervalMinutes);
    s.setValue(keys::saveSentCopy, a.saveSentCopy);
    s.setValue(keys::leaveOnServer, a.leaveOnServer);
    s.setValue(keys::deleteFromServerAfterDays, a.deleteFromServerAfterDays);
    s.setValue(keys::sentFolder, a.sentFolder);
    s.setValue(keys::draftsFolder, a.draftsFolder);
    s.setValue(keys::trashFolder, a.trashFolder);
    s.setValue(keys::caFile, a.caFile);
    s.beginWriteArray(keys::pinsArray, int(a.pinnedCertificates.size()));
    int i = 0;
    for (auto it = a.pinnedCertificates.cbegin(); it != a.pinnedCertificates.cend(); ++it, ++i) {
        s.setArrayIndex(i);
        s.setValue(keys::pinHostPort, it.key());
        s.setValue(keys::pinSha256, it.value());
    }
    s.endArray();
}

QList<Account> readV2(QSettings &s)
{
    QList<Account> accounts;
    const int count = s.beginReadArray(keys::accountsArray);
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        Account a = readV2Account(s);
        const int ids = s.beginReadArray(keys::identitiesArray);
        for (int j = 0; j < ids; ++j) {
            s.setArrayIndex(j);
            a.identities.append(
                Identity{s.value(keys::displayName).toString(), s.value(keys::address).toString(),
                         s.value(keys::replyTo).toString(), s.value(keys::signature).toString()});
        }
        s.endArray();
        const int pins = s.beginReadArray(keys::pinsArray);
        for (int j = 0; j < pins; ++j) {
            s.setArrayIndex(j);
            a.pinnedCertificates.insert(s.value(keys::pinHostPort).toString(),
                                        s.value(keys::pinSha256).toStringList());
        }
        s.endArray();
        accounts.append(a);
    }
    s.endArray();
    return accounts;
}

/// Schema 1 kept one INI group per account with flat keys (see settingskeys.h). Its only
/// security switch was "*_ssl": true meant implicit TLS, false meant STARTTLS; v1 never
/// offered clear text, so nothing migrates to Security::None.
QList<Account> readV1(QSettings &s)
{
    QList<Account> accounts;
    const QStringList groups = s.value(keys::v1::accounts).toStringList();
    for (const QString &rawGroup : groups) {
        const QString group = rawGroup.trimmed();
        if (group.isEmpty())
            continue;
        s.beginGroup(group);
        Account a;
        a.name = group;
        a.identities.append(Identity{
            s.value(keys::v1::fullName).toString(), s.value(keys::v1::email).toString(),
            s.value(keys::v1::replyTo).toString(), s.value(keys::v1::signature).toString()});
        const bool smtpSsl = s.value(keys::v1::smtpSsl, false).toBool();
        a.smtp.protocol = Protocol::Smtp;
        a.smtp.security = smtpSsl ? Security::ImplicitTls : Security::StartTls;
        a.smtp.host = s.value(keys::v1::smtpHost).toString();
        a.smtp.port = quint16(
            s.value(keys::v1::smtpPort, defaultPort(Protocol::Smtp, a.smtp.security)).toUInt());
        a.smtpUser = s.value(keys::v1::smtpUser).toString();
        Protocol incoming = Protocol::Imap;
        const QString type = s.value(keys::v1::incomingType, QStringLiteral("none")).toString();
        a.hasIncoming = parseProtocol(type, &incoming) && incoming != Protocol::Smtp;
        if (a.hasIncoming) {
            const bool ssl = s.value(keys::v1::incomingSsl, true).toBool();
            a.incoming.protocol = incoming;
            a.incoming.security = ssl ? Security::ImplicitTls : Security::StartTls;
            a.incoming.host = s.value(keys::v1::incomingHost).toString();
            a.incoming.port =
                quint16(s.value(keys::v1::incomingPort, defaultPort(incoming, a.incoming.security))
                            .toUInt());
            a.incomingUser = s.value(keys::v1::incomingUser).toString();
        }
        a.checkIntervalMinutes = s.value(keys::v1::checkMinutes, 10).toInt();
        a.leaveOnServer = s.value(keys::v1::keepOnServer, true).toBool();
        s.endGroup();
        accounts.append(a);
    }
    return accounts;
}

int schemaVersionOf(const QSettings &s)
{
    if (s.contains(keys::schemaVersion))
        return s.value(keys::schemaVersion).toInt();
    if (s.contains(keys::v1::version))
        return s.value(keys::v1::version).toInt();
    return s.allKeys().isEmpty() ? 0 : 1; // an unversioned file predates the version key
}

} // namespace

AccountRepository::~AccountRepository() = default;

std::optional<Account> AccountRepository::account(const QString &name) const
{
    return findByName(accounts(), name);
}

IniAccountRepository::IniAccountRepository(const QString &configDir, QObject *parent)
    : AccountRepository(parent)
    , m_configDir(configDir)
    , m_filePath(paths::accountsFile(configDir))
{}

IniAccountRepository::~IniAccountRepository() = default;

int IniAccountRepository::fileSchemaVersion() const
{
    if (!QFileInfo::exists(m_filePath))
        return 0;
    const QSettings s(m_filePath, QSettings::IniFormat);
    return schemaVersionOf(s);
}

MailError IniAccountRepository::migrate()
{
    const int version = fileSchemaVersion();
    if (version == 0 || version == keys::currentSchemaVersion)
        return {};
    if (version > keys::currentSchemaVersion)
        return configError(tr("The account settings in %1 were written by a newer version of "
                              "Mailwright (schema %2; this version understands up to %3).")
                               .arg(QDir::toNativeSeparators(m_filePath))
                               .arg(version)
                               .arg(keys::currentSchemaVersion));
    if (version != 1)
        return configError(tr("The account settings in %1 have an unknown schema version %2.")
                               .arg(QDir::toNativeSeparators(m_filePath))
                               .arg(version));

    QList<Account> accounts;
    {
        QSettings s(m_filePath, QSettings::IniFormat);
        accounts = readV1(s);
    }
    const QString backup = m_filePath + QStringLiteral(".v1.bak");
    QFile::remove(backup);
    if (!QFile::copy(m_filePath, backup))
        return configError(tr("Could not keep a copy of the old account settings as %1.")
                               .arg(QDir::toNativeSeparators(backup)));
    qCInfo(lcStore) << "migrating" << m_filePath << "from schema 1 to"
                    << keys::currentSchemaVersion;
    return write(accounts);
}

MailError IniAccountRepository::load()
{
    m_accounts.clear();
    if (!QFileInfo::exists(m_filePath))
        return {};
    if (MailError e = migrate())
        return e;
    QSettings s(m_filePath, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return configError(tr("The account settings in %1 cannot be read.")
                               .arg(QDir::toNativeSeparators(m_filePath)));
    MailError firstError;
    const QList<Account> read = readV2(s);
    for (const Account &a : read) {
        MailError e = validateAccount(a);
        if (!e && findByName(m_accounts, a.name))
            e = configError(tr("The account name \"%1\" appears twice in %2; the second one "
                               "is ignored.")
                                .arg(a.name, QDir::toNativeSeparators(m_filePath)));
        if (e) {
            if (!firstError)
                firstError = e;
            continue;
        }
        m_accounts.append(a);
    }
    return firstError;
}

MailError IniAccountRepository::add(const Account &account)
{
    if (MailError e = validateAccount(account))
        return e;
    if (findByName(m_accounts, account.name))
        return configError(tr("An account named \"%1\" already exists.").arg(account.name));
    QList<Account> next = m_accounts;
    next.append(account);
    if (MailError e = write(next))
        return e;
    m_accounts = next;
    Q_EMIT accountsChanged();
    return {};
}

MailError IniAccountRepository::update(const Account &account)
{
    if (MailError e = validateAccount(account))
        return e;
    int index = -1;
    if (!findByName(m_accounts, account.name, &index))
        return configError(tr("There is no account named \"%1\".").arg(account.name));
    QList<Account> next = m_accounts;
    next[index] = account;
    if (MailError e = write(next))
        return e;
    m_accounts = next;
    Q_EMIT accountsChanged();
    return {};
}

MailError IniAccountRepository::remove(const QString &name)
{
    int index = -1;
    if (!findByName(m_accounts, name, &index))
        return configError(tr("There is no account named \"%1\".").arg(name));
    QList<Account> next = m_accounts;
    next.removeAt(index);
    if (MailError e = write(next))
        return e;
    m_accounts = next;
    Q_EMIT accountsChanged();
    return {};
}

MailError IniAccountRepository::write(const QList<Account> &accounts)
{
    if (!QDir().mkpath(m_configDir))
        return configError(tr("Could not create the settings directory %1.")
                               .arg(QDir::toNativeSeparators(m_configDir)));
    QSettings s(m_filePath, QSettings::IniFormat);
    s.clear(); // the whole file is rewritten: no stale key of an older schema survives
    s.setValue(keys::schemaVersion, keys::currentSchemaVersion);
    s.beginWriteArray(keys::accountsArray, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        s.setArrayIndex(i);
        writeV2Account(s, accounts.at(i));
    }
    s.endArray();
    s.sync();
    if (s.status() != QSettings::NoError)
        return configError(tr("Could not write the account settings to %1.")
                               .arg(QDir::toNativeSeparators(m_filePath)));
    return {};
}

} // namespace mailwright
