// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the GUI lab tests (needs mailwright-ui, so it lives here and not in tests/support).

#include "compose/composecontroller.h"
#include "main/mailwiring.h"
#include "main/mainwindow.h"
#include "main/sendwiring.h"
#include "main/uisettings.h"
#include "outbox/outboxview.h"
#include "secrets/layeredsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "send/sendservice.h"
#include "settings/accountrepository.h"

#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace mailwright::test {

/// The GUI's send stack — and with receiving, its receive stack too — as app/main.cpp builds
/// it, on a fresh profile in its own temporary directory. Passwords are "for this session
/// only" (the --demo case): the services read them through the LayeredSecretStore.
/// Thread: GUI. Owner: the test.
struct GuiStack
{
    QTemporaryDir dir;
    std::unique_ptr<IniAccountRepository> repo;
    MemorySecretStore session;
    MemorySecretStore keychain;
    std::unique_ptr<LayeredSecretStore> secrets;
    std::unique_ptr<SendService> service;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<ComposeController> compose;
    OutboxView *view = nullptr; ///< a page of the window
    std::unique_ptr<SendWiring> sending;
    std::unique_ptr<MailWiring> receiving; ///< null without receiving
    QString cachePath;                     ///< the message cache; empty without receiving

    ~GuiStack()
    {
        // Owners before the owned: the wirings and composers borrow the rest.
        receiving.reset();
        sending.reset();
        compose.reset();
        window.reset();
        service.reset();
    }
};

/// A shown GuiStack with the one account \a account; \a password (a null one: nothing stored
/// anywhere) is the session's SMTP password and, with \a receive, also its incoming one, and
/// with \a receive the window has the message cache and MailWiring. Null when the profile
/// could not be made.
inline std::unique_ptr<GuiStack> makeGuiStack(const Account &account, const QString &password,
                                              bool receive)
{
    auto s = std::make_unique<GuiStack>();
    if (!s->dir.isValid())
        return nullptr;
    const QString config = s->dir.filePath(QStringLiteral("config"));
    uisettings::setConfigDir(config);
    s->repo = std::make_unique<IniAccountRepository>(config);
    if (s->repo->add(account))
        return nullptr;
    if (!password.isNull()) {
        // (The memory store holds a written password at once.)
        s->session.writePassword(SecretStore::secretKey(account.name, SecretSlot::Smtp), password);
        if (receive)
            s->session.writePassword(SecretStore::secretKey(account.name, SecretSlot::Incoming),
                                     password);
    }
    s->secrets = std::make_unique<LayeredSecretStore>(
        QList<SecretStore *>{&s->session, &s->keychain}, &s->keychain);
    const QString data = s->dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    const QString outbox = data + QStringLiteral("/outbox.sqlite");
    s->service = std::make_unique<SendService>(outbox, s->repo.get(), s->secrets.get());
    s->window = std::make_unique<MainWindow>();
    if (receive) {
        s->cachePath = data + QStringLiteral("/cache.sqlite");
        s->window->setMailSecrets(s->secrets.get());
        s->window->setMailCache(s->cachePath);
    }
    s->window->setAccountServices(s->repo.get(), &s->keychain, &s->session);
    s->compose = std::make_unique<ComposeController>(s->repo.get(), data);
    s->compose->setUndoDelayOverride(0);
    s->view = new OutboxView(outbox, s->window.get());
    s->window->addPage(s->view);
    s->sending =
        std::make_unique<SendWiring>(s->window.get(), s->compose.get(), s->view, s->service.get(),
                                     s->repo.get(), &s->keychain, &s->session);
    if (receive)
        s->receiving = std::make_unique<MailWiring>(s->window.get(), s->compose.get());
    s->window->show();
    return s;
}

} // namespace mailwright::test
