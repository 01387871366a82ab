// SPDX-License-Identifier: GPL-3.0-or-later
#include "failurebanner.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailwright {

FailureBanner::FailureBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("failureBanner"));
    setFrameShape(QFrame::StyledPanel);
    // ToolTipBase/ToolTipText: a role every theme styles to stand out from the window, light
    // or dark, without us picking a colour.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);

    auto *outer = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);

    auto *texts = new QVBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("bannerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("bannerHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    texts->addWidget(m_message);
    texts->addWidget(m_hint);
    row->addLayout(texts, 1);

    auto *retry = new QPushButton(tr("&Retry"), this);
    retry->setObjectName(QStringLiteral("bannerRetry"));
    auto *outbox = new QPushButton(tr("Open &Outbox"), this);
    outbox->setObjectName(QStringLiteral("bannerOutbox"));
    m_detailsButton = new QPushButton(tr("Show &Details"), this);
    m_detailsButton->setObjectName(QStringLiteral("bannerDetails"));
    m_detailsButton->setCheckable(true);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("bannerClose"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close"));
    row->addWidget(retry, 0, Qt::AlignTop);
    row->addWidget(outbox, 0, Qt::AlignTop);
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    row->addWidget(close, 0, Qt::AlignTop);
    outer->addLayout(row);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("bannerDetailsText"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(160);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->hide();
    outer->addWidget(m_details);

    connect(retry, &QPushButton::clicked, this, [this]() {
        Q_EMIT retryRequested(m_id);
        hide();
    });
    connect(outbox, &QPushButton::clicked, this, [this]() { Q_EMIT openOutboxRequested(m_id); });
    connect(m_detailsButton, &QPushButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsButton->setText(on ? tr("Hide &Details") : tr("Show &Details"));
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FailureBanner::showFailure(qint64 id, const QString &subject, const MailError &error,
                                const QString &transcript)
{
    m_id = id;
    const QString what = subject.isEmpty() ? tr("A message could not be sent.")
                                           : tr("“%1” could not be sent.").arg(subject);
    m_message->setText(what + u' ' + error.userMessage);
    QString hint = error.hint;
    hint += (hint.isEmpty() ? QString() : QStringLiteral(" ")) +
            (error.retryable ? tr("It stays in the Outbox and will be tried again.")
                             : tr("It stays in the Outbox until you retry, edit or delete it."));
    m_hint->setText(hint);

    QStringList details;
    if (!error.serverText.isEmpty())
        details << tr("Server: %1").arg(error.serverText);
    if (error.replyCode)
        details << tr("Reply code: %1 %2").arg(error.replyCode).arg(error.enhancedCode);
    if (!error.technicalDetail.isEmpty())
        details << tr("Detail: %1").arg(error.technicalDetail);
    details << tr("Error: %1").arg(errorCodeName(error.code));
    if (!transcript.isEmpty())
        details << QString() << tr("Transcript (passwords removed):") << transcript;
    m_details->setPlainText(details.join(u'\n'));
    m_detailsButton->setChecked(false);
    show();
}

QString FailureBanner::messageText() const
{
    return m_message->text();
}

QString FailureBanner::hintText() const
{
    return m_hint->text();
}

QString FailureBanner::detailsText() const
{
    return m_details->toPlainText();
}

bool FailureBanner::detailsVisible() const
{
    return m_details->isVisible();
}

} // namespace mailwright
