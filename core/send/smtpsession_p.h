// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/send: helpers shared by smtpsession.cpp and smtpenvelope.cpp.

#include "errors/mailerror.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstring>

namespace mailwright::smtp {

// Translation context "SmtpSession". A struct rather than a free tr() function: lupdate files a
// free function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSession)
};

inline MailError makeError(ErrorCode code, Phase phase, const QString &message)
{
    MailError e;
    e.code = code;
    e.phase = phase;
    e.userMessage = message;
    return e;
}

inline bool isAscii(const QByteArray &bytes)
{
    // Eight bytes at a time: messages can be tens of megabytes.
    const char *p = bytes.constData();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < n; ++i) {
        if (uchar(p[i]) >= 0x80)
            return false;
    }
    return true;
}

inline bool isSafeAddress(const QByteArray &address)
{
    // An envelope address is one path (RFC 5321 §4.1.2) — never a way to smuggle a command.
    for (const char c : address) {
        if (c == '\r' || c == '\n' || c == '\0' || c == '<' || c == '>' || c == ' ')
            return false;
    }
    return true;
}

} // namespace mailwright::smtp
