// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the GUI lab tests (needs mailwright-ui, so it lives here and not in tests/support).

#include "compose/composecontroller.h"
#include "send/sendservice.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace mailwright::test {

/// Binds \a compose's submitter to \a service as the composition root's SendWiring does for
/// the part these tests need: done() once the outbox has the message (a failed submit leaves the
/// composer waiting). \a service must outlive \a compose; \a context ends the connection.
/// Thread: GUI.
inline void queueSubmitsIn(ComposeController *compose, SendService *service, QObject *context)
{
    auto pending = std::make_shared<QHash<quint64, ComposeController::Done>>();
    compose->setSubmitter([service, pending](const Account &a, const MessageDraft &d,
                                             const ComposeController::Done &done) {
        pending->insert(service->submit(a.name, d), done);
    });
    QObject::connect(service, &SendService::messageQueued, context,
                     [pending](quint64 ticket, qint64 id) {
                         if (const auto done = pending->take(ticket))
                             done(SubmitResult{id, MailError()});
                     });
}

} // namespace mailwright::test
