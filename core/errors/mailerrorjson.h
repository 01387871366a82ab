// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"

#include <QJsonObject>

namespace mailwright {

/// MailError as JSON, with the key names of the CLI's `--json` output: code, phase, reply_code,
/// enhanced_code, server_text, message, hint, retryable, plus technical, host, address,
/// message_size, size_limit and certificate when set. Used to persist errors (the outbox) and to
/// print them. Pure functions, any thread. Secrets never appear in a MailError, so none here.
QJsonObject mailErrorToJson(const MailError &error);

/// A certificate as JSON: {subject, issuer, sans, not_before, not_after, sha256, errors} (the
/// CLI's `tls.certificate`); an empty object for a null one. Pure function, any thread.
QJsonObject certificateToJson(const CertificateInfo &certificate);

/// The inverse; unknown code or phase names become ErrorCode::Internal / Phase::None.
MailError mailErrorFromJson(const QJsonObject &json);

/// Inverse of errorCodeName() / phaseName().
ErrorCode errorCodeFromName(const QString &name);
Phase phaseFromName(const QString &name);

} // namespace mailwright
