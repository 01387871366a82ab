// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"
#include "secretscan.h"

#include <QSignalSpy>
#include <QStringList>

namespace mailwright::test {

/// Waits for a SecretJob's result (at most \a ms); a Failed result with code Internal if none.
inline SecretResult awaitSecret(SecretJob *job, int ms = 20000)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (!spy.wait(ms)) {
        SecretResult r;
        r.error.code = ErrorCode::Internal;
        r.error.userMessage = QStringLiteral("the job never finished");
        return r;
    }
    return spy.at(0).at(0).value<SecretResult>();
}

} // namespace mailwright::test
