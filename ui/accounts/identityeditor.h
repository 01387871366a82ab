// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/identity.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mailwright {

/// Edits one identity: display name, address, reply-to and signature. Refuses to close with an
/// invalid address. GUI thread; owned by its parent widget.
class IdentityEditor : public QDialog
{
    Q_OBJECT
public:
    explicit IdentityEditor(QWidget *parent = nullptr);

    void setIdentity(const Identity &identity);
    Identity identity() const;

    void accept() override;

private:
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_replyTo = nullptr;
    QPlainTextEdit *m_signature = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace mailwright
