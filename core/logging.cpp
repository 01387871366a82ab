// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcNet, "mailwright.core.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSmtp, "mailwright.core.smtp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImap, "mailwright.core.imap", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPop3, "mailwright.core.pop3", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSend, "mailwright.core.send", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSetup, "mailwright.core.setup", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "mailwright.core.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "mailwright.core.store", QtWarningMsg)
