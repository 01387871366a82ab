// SPDX-License-Identifier: GPL-3.0-or-later
#include "labaccount.h"

#include <QDebug>

namespace mailwright::test {

namespace {

QString userVar(int user)
{
    return QStringLiteral("USER%1").arg(user);
}

QString displayName(int user)
{
    switch (user) {
    case 1:
        return QStringLiteral("Alice");
    case 2:
        return QStringLiteral("Bob");
    default:
        return QStringLiteral("Carol");
    }
}

} // namespace

Account labSendAccount(const LabEnv &lab, const QString &name, int user, quint16 smtpPort)
{
    const QString address = lab.value(userVar(user));
    Account a;
    a.name = name;
    a.identities = {Identity{displayName(user), address, QString(), QString()}};
    a.smtp = {Protocol::Smtp, lab.host(), smtpPort, Security::StartTls};
    a.smtpUser = address;
    a.caFile = lab.caFile();
    return a;
}

Account labImapAccount(const LabEnv &lab, const QString &name, int user, quint16 imapPort)
{
    Account a = labSendAccount(lab, name, user, lab.port(QStringLiteral("SMTP_STARTTLS_PORT")));
    a.saveSentCopy = false;
    a.hasIncoming = true;
    a.incoming = {Protocol::Imap, lab.host(), imapPort, Security::ImplicitTls};
    a.incomingUser = a.smtpUser;
    a.checkIntervalMinutes = 0;
    return a;
}

WireOptions labImapsOptions(const LabEnv &lab)
{
    WireOptions o;
    o.endpoint = {Protocol::Imap, lab.host(), lab.port(QStringLiteral("IMAPS_PORT")),
                  Security::ImplicitTls};
    o.tls.addCaFile(lab.caFile());
    return o;
}

std::unique_ptr<ImapSession> openLabImap(const LabEnv &lab, const QString &login,
                                         const QString &password)
{
    auto session = std::make_unique<ImapSession>();
    if (MailError e = session->open(labImapsOptions(lab), {login, password})) {
        qWarning() << e;
        return nullptr;
    }
    return session;
}

MailError labInboxWith(const LabEnv &lab, const QString &login, const QString &password,
                       const QByteArray &needle, QList<QByteArray> *found)
{
    found->clear();
    ImapSession session;
    QList<QByteArray> all;
    if (MailError e = session.open(labImapsOptions(lab), {login, password}))
        return e;
    if (MailError e = session.fetchNewest(QStringLiteral("INBOX"), 200, &all))
        return e;
    for (const QByteArray &m : std::as_const(all)) {
        if (m.contains(needle))
            found->append(m);
    }
    return {};
}

} // namespace mailwright::test
