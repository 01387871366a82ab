// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendsettingsdialog.h"

#include "main/uisettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mailwright {

SendSettingsDialog::SendSettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("SendSettingsDialog"));
    setWindowTitle(tr("Sending"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_delay = new QSpinBox(this);
    m_delay->setObjectName(QStringLiteral("undoDelay"));
    m_delay->setRange(0, uisettings::maximumUndoSendSeconds);
    m_delay->setSuffix(tr(" s"));
    m_delay->setSpecialValueText(tr("Send at once"));
    m_delay->setValue(uisettings::undoSendSeconds());
    form->addRow(tr("&Undo time after Send:"), m_delay);
    layout->addLayout(form);
    auto *note = new QLabel(tr("During this time the message waits in the composer and Undo "
                               "takes it back; nothing reaches the server."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SendSettingsDialog::accept()
{
    uisettings::setUndoSendSeconds(m_delay->value());
    QDialog::accept();
}

} // namespace mailwright
