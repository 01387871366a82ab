// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "send/outbox.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace mailwright {

/// The Outbox page of the main window: every unsent (queued, sending, held, failed) message
/// with its state, attempts, next attempt and the reason of the last failure in plain words;
/// Retry now, Edit (reopen in the composer), Cancel and Delete act on the selection.
///
/// It reads the outbox database itself (its own Outbox object in the GUI thread, list() only:
/// no message bytes), and asks for every change through signals, which the composition root
/// connects to the send service (the only writer that also wakes the sender).
///
/// Thread: GUI. Owner: the main window (a page of its right-hand pane).
class OutboxView : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxView(const QString &outboxPath, QWidget *parent = nullptr);
    ~OutboxView() override;

    /// Only this account's messages ("" = all accounts).
    void setAccountFilter(const QString &account);
    QString accountFilter() const { return m_account; }
    /// Re-reads the outbox now (also on a 2 s timer while visible).
    void refresh();
    QList<OutboxEntry> entries() const { return m_entries; }
    /// Selects the row of message \a id; false if it is not listed.
    bool select(qint64 id);
    qint64 selectedId() const;
    int unsentCount() const;

Q_SIGNALS:
    void retryNowRequested(qint64 id);
    void cancelRequested(qint64 id);
    void removeRequested(qint64 id);
    void editRequested(qint64 id);
    void countChanged(int unsent);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateButtons();

    std::unique_ptr<Outbox> m_outbox;
    QString m_account;
    QList<OutboxEntry> m_entries;
    QTreeWidget *m_list = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_remove = nullptr;
    QTimer *m_timer = nullptr;
};

/// The state as the user reads it: "Waiting", "Sending", "Failed", "On hold", "Sent".
QString outboxStateText(OutboxState state);

} // namespace mailwright
