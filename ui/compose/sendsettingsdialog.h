// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QSpinBox;

namespace mailwright {

/// Settings ▸ Sending…: the undo-send delay (0–30 s, default 5), stored in ui.ini.
/// Thread: GUI. Owner: its parent (deletes itself on close when opened from the menu).
class SendSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SendSettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QSpinBox *m_delay = nullptr;
};

} // namespace mailwright
