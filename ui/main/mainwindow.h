// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QTreeWidget;
class QTreeView;
class QTextBrowser;
class QLabel;

namespace mailwright {

/// The three-pane main window: accounts and folders, message list, reader.
/// Lives in the GUI thread; owned by main() (no parent).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows an account in the folder tree. \a description says where it points.
    void addAccountEntry(const QString &name, const QString &description);

private:
    void createActions();
    void showAbout();

    QTreeWidget *m_folderTree = nullptr;
    QTreeView *m_messageList = nullptr;
    QTextBrowser *m_reader = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace mailwright
