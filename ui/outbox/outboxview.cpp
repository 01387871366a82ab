// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxview.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailwright {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QString decodeSubject(const QString &raw)
{
    // The list keeps the raw header; RFC 2047 words would need VMime, which the UI does not
    // link. Show them as they are, but never an empty cell.
    return raw.isEmpty() ? QCoreApplication::translate("mailwright::OutboxView", "(no subject)")
                         : raw;
}
} // namespace

QString outboxStateText(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QCoreApplication::translate("mailwright::OutboxView", "Waiting");
    case OutboxState::Sending:
        return QCoreApplication::translate("mailwright::OutboxView", "Sending");
    case OutboxState::Sent:
        return QCoreApplication::translate("mailwright::OutboxView", "Sent");
    case OutboxState::Failed:
        return QCoreApplication::translate("mailwright::OutboxView", "Failed");
    case OutboxState::Held:
        return QCoreApplication::translate("mailwright::OutboxView", "On hold");
    }
    return QString();
}

OutboxView::OutboxView(const QString &outboxPath, QWidget *parent)
    : QWidget(parent)
    , m_outbox(std::make_unique<Outbox>(outboxPath))
{
    setObjectName(QStringLiteral("OutboxView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("outboxList"));
    m_list->setHeaderLabels({tr("Subject"), tr("To"), tr("Account"), tr("State"), tr("Attempts"),
                             tr("Next attempt"), tr("Reason")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    m_empty = new QLabel(tr("The Outbox is empty: every message has been sent."), this);
    m_empty->setObjectName(QStringLiteral("outboxEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false); // the palette's disabled text: muted in light and dark themes
    layout->addWidget(m_empty);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("outboxDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    auto *buttons = new QHBoxLayout;
    m_retry = new QPushButton(tr("&Retry Now"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_edit = new QPushButton(tr("&Edit"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_cancel = new QPushButton(tr("&Cancel Sending"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_remove = new QPushButton(tr("&Delete"), this);
    m_remove->setObjectName(QStringLiteral("deleteButton"));
    buttons->addWidget(m_retry);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = selectedId())
            Q_EMIT retryNowRequested(id);
    });
    connect(m_edit, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = selectedId())
            Q_EMIT editRequested(id);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = selectedId())
            Q_EMIT cancelRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = selectedId())
            Q_EMIT removeRequested(id);
    });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_remove, &QPushButton::click);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &OutboxView::updateButtons);

    m_timer = new QTimer(this);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &OutboxView::refresh);
    refresh();
}

OutboxView::~OutboxView() = default;

void OutboxView::setAccountFilter(const QString &account)
{
    m_account = account;
    refresh();
}

void OutboxView::refresh()
{
    const qint64 keep = selectedId();
    const auto listed = m_outbox->list();
    m_entries.clear();
    if (listed.ok()) {
        for (const OutboxEntry &e : listed.value) {
            // Sent messages leave the Outbox (they are in the Sent folder); a sent message
            // still waiting for its Sent copy is not the user's concern here.
            if (e.state == OutboxState::Sent)
                continue;
            if (!m_account.isEmpty() && e.account != m_account)
                continue;
            m_entries.append(e);
        }
    }
    m_list->clear();
    const QLocale locale;
    for (const OutboxEntry &e : std::as_const(m_entries)) {
        QString reason = e.lastError.userMessage;
        if (!e.note.isEmpty())
            reason = e.note;
        const QString next =
            e.state == OutboxState::Queued && e.nextAttempt.isValid()
                ? locale.toString(e.nextAttempt.toLocalTime(), QLocale::ShortFormat)
                : QString();
        auto *item = new QTreeWidgetItem(
            m_list, {decodeSubject(e.subject), e.recipients.join(QStringLiteral(", ")), e.account,
                     outboxStateText(e.state), QString::number(e.attempts), next, reason});
        item->setData(0, IdRole, e.id);
        item->setToolTip(
            6, reason + (e.lastError.hint.isEmpty() ? QString() : u'\n' + e.lastError.hint));
        if (e.id == keep)
            item->setSelected(true);
    }
    if (!listed.ok())
        m_detail->setText(listed.error.userMessage);
    m_empty->setVisible(m_entries.isEmpty());
    m_list->setVisible(!m_entries.isEmpty());
    updateButtons();
    Q_EMIT countChanged(unsentCount());
}

bool OutboxView::select(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

qint64 OutboxView::selectedId() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, IdRole).toLongLong();
}

int OutboxView::unsentCount() const
{
    return int(m_entries.size());
}

void OutboxView::updateButtons()
{
    const qint64 id = selectedId();
    const OutboxEntry *entry = nullptr;
    for (const OutboxEntry &e : std::as_const(m_entries)) {
        if (e.id == id)
            entry = &e;
    }
    const bool sending = entry && entry->state == OutboxState::Sending;
    m_retry->setEnabled(entry && !sending);
    m_edit->setEnabled(entry && !sending);
    m_cancel->setEnabled(entry && (entry->state == OutboxState::Queued ||
                                   entry->state == OutboxState::Held || sending));
    m_remove->setEnabled(entry && !sending);
    if (!entry) {
        m_detail->clear();
        return;
    }
    QString text = tr("%1 — %2").arg(outboxStateText(entry->state), decodeSubject(entry->subject));
    if (entry->lastError.isError()) {
        text += u'\n' + entry->lastError.userMessage;
        if (!entry->lastError.hint.isEmpty())
            text += u'\n' + entry->lastError.hint;
    }
    if (!entry->note.isEmpty())
        text += u'\n' + entry->note;
    m_detail->setText(text);
}

void OutboxView::showEvent(QShowEvent *event)
{
    refresh();
    m_timer->start();
    QWidget::showEvent(event);
}

void OutboxView::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

} // namespace mailwright
