// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisecrets.h"

#include <QEventLoop>

namespace mailwright::cli {

SecretResult waitForSecret(SecretJob *job)
{
    SecretResult result;
    QEventLoop loop;
    // SecretJob::finished is always queued, so connecting after the job was created is safe.
    QObject::connect(job, &SecretJob::finished, &loop, [&result, &loop](const SecretResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace mailwright::cli
