// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mailwright {

/// A non-modal strip above the main window's panes that says why a message was not sent: the
/// plain-language error, its hint, and "Show details" (the server's words, the technical
/// detail and the redacted protocol transcript when there is one). Retry and Open Outbox act on
/// the message, which stays in the Outbox. Colours come from palette roles only.
///
/// Thread: GUI. Owner: the main window.
class FailureBanner : public QFrame
{
    Q_OBJECT
public:
    explicit FailureBanner(QWidget *parent = nullptr);

    /// Shows \a error for outbox message \a id; \a transcript may be empty.
    void showFailure(qint64 id, const QString &subject, const MailError &error,
                     const QString &transcript = QString());
    qint64 messageId() const { return m_id; }
    QString messageText() const;
    QString hintText() const;
    QString detailsText() const;
    bool detailsVisible() const;

Q_SIGNALS:
    void retryRequested(qint64 id);
    void openOutboxRequested(qint64 id);

private:
    qint64 m_id = 0;
    QLabel *m_message = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace mailwright
