// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

namespace mailwright::cli {

/// Runs a local QEventLoop until \a job finishes and returns its result. For mailwright-cli only:
/// its commands run before QCoreApplication::exec(), with no other event source to starve, so a
/// nested loop is harmless there. The GUI never does this (ARCHITECTURE.md §3.4); it connects to
/// SecretJob::finished instead. The job's own timeout (KeychainSecretStore) bounds the wait.
SecretResult waitForSecret(SecretJob *job);

} // namespace mailwright::cli
