// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/aboutdialog.h"
#include "main/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace mailwright;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsLicenceAndNotices()
    {
        AboutDialog dialog;
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("aboutTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);

        auto *licence = dialog.findChild<QTextBrowser *>(QStringLiteral("licenceText"));
        QVERIFY(licence);
        const QString licenceText = licence->toPlainText();
        QVERIFY(licenceText.contains(QLatin1String("GNU GENERAL PUBLIC LICENSE")));
        QVERIFY(licenceText.contains(QLatin1String("Version 3, 29 June 2007")));

        auto *notices = dialog.findChild<QTextBrowser *>(QStringLiteral("noticesText"));
        QVERIFY(notices);
        const QString noticesText = notices->toPlainText();
        for (const char *expected : {"VMime", "GPL-3.0-or-later", "Qt", "LGPL-3.0", "QtKeychain",
                                     "BSD", "OpenSSL", "Apache-2.0"}) {
            QVERIFY2(noticesText.contains(QLatin1String(expected)), expected);
        }
        // Rendered from Markdown, not shown as source.
        QVERIFY(!noticesText.contains(QLatin1String("## ")));
    }

    void helpMenuOpensIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *about = nullptr;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->text() == MainWindow::tr("&About Mailwright"))
                about = action;
        }
        QVERIFY(about);
        about->trigger();
        AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) && dialog->isVisible());
        dialog->close();
        // WA_DeleteOnClose: the dialog goes away instead of piling up.
        QTRY_VERIFY(!window.findChild<AboutDialog *>());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
