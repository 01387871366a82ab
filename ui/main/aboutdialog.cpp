// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <mailwright/version.h>

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mailwright {

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Mailwright"));

    auto *about = new QLabel(
        tr("<h3>Mailwright %1</h3><p>A desktop email client.</p>"
           "<p>Copyright the Mailwright developers. Licensed under the GNU General Public "
           "License, version 3 or later (GPL-3.0-or-later).</p>"
           "<p>Mailwright comes with absolutely no warranty. It uses VMime, Qt, QtKeychain and "
           "OpenSSL; see the other tabs for the licences.</p>")
            .arg(QStringLiteral(MAILWRIGHT_VERSION)));
    about->setObjectName(QStringLiteral("aboutText"));
    about->setWordWrap(true);
    about->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    about->setTextInteractionFlags(Qt::TextBrowserInteraction);

    // The licence is shown as plain text: it is the canonical GPL text, laid out for a fixed
    // font.
    auto *licence = new QTextBrowser;
    licence->setObjectName(QStringLiteral("licenceText"));
    licence->setLineWrapMode(QTextEdit::NoWrap);
    licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    licence->setPlainText(resourceText(QStringLiteral(":/legal/LICENSE")));

    auto *notices = new QTextBrowser;
    notices->setObjectName(QStringLiteral("noticesText"));
    notices->setOpenExternalLinks(true);
    notices->setMarkdown(resourceText(QStringLiteral(":/legal/THIRD-PARTY-NOTICES.md")));

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("aboutTabs"));
    tabs->addTab(about, tr("&About"));
    tabs->addTab(licence, tr("&Licence"));
    tabs->addTab(notices, tr("&Third-party notices"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace mailwright
