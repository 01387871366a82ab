// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/mainwindow.h"

#include <QApplication>
#include <QMenuBar>
#include <QPointer>
#include <QTest>
#include <QTreeWidget>

using namespace mailwright;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensAndClosesCleanly()
    {
        QPointer<MainWindow> window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->findChild<QTreeWidget *>(QStringLiteral("folderTree")));
        QVERIFY(!window->menuBar()->actions().isEmpty());
        QVERIFY(window->close());
        QTRY_VERIFY(window.isNull());
    }

    void showsAnAccountEntry()
    {
        MainWindow window;
        window.addAccountEntry(QStringLiteral("Demo"), QStringLiteral("lab"));
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("folderTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Demo"));
        QVERIFY(tree->topLevelItem(0)->childCount() >= 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
