// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QSystemTrayIcon;

namespace mailwright {

/// The system-tray icon: the application icon with the unread count drawn on it (palette
/// colours), a tooltip, a click that shows or hides the main window, and new-mail
/// notifications. The receive work feeds it through setUnreadCount() and notifyNewMail().
///
/// Thread: GUI. Owner: the main window (its parent).
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    /// Null when the platform has no system tray (QSystemTrayIcon::isSystemTrayAvailable()).
    static TrayIcon *create(QMainWindow *window);

    void setUnreadCount(int count);
    int unreadCount() const { return m_unread; }
    void notifyNewMail(const QString &account, int count, const QString &summary);
    QSystemTrayIcon *systemTrayIcon() const { return m_icon; }

private:
    explicit TrayIcon(QMainWindow *window);
    void update();

    QMainWindow *m_window = nullptr;
    QSystemTrayIcon *m_icon = nullptr;
    int m_unread = 0;
};

} // namespace mailwright
