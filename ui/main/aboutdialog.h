// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace mailwright {

/// Help → About: the version, the licence (GPL-3.0-or-later, full text) and the third-party
/// notices, each on its own tab. The texts are embedded resources (:/legal/LICENSE and
/// :/legal/THIRD-PARTY-NOTICES.md), the same files the packages install.
/// Lives in the GUI thread; owned by its parent window (opened with WA_DeleteOnClose).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace mailwright
