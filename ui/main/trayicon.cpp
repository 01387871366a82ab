// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace mailwright {

TrayIcon *TrayIcon::create(QMainWindow *window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return nullptr;
    return new TrayIcon(window);
}

TrayIcon::TrayIcon(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_icon(new QSystemTrayIcon(this))
{
    auto *menu = new QMenu(window);
    menu->addAction(tr("Show Mailwright"), window, [window]() {
        window->show();
        window->raise();
        window->activateWindow();
    });
    menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    m_icon->setContextMenu(menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason != QSystemTrayIcon::Trigger)
                    return;
                if (m_window->isVisible() && !m_window->isMinimized()) {
                    m_window->hide();
                } else {
                    m_window->showNormal();
                    m_window->activateWindow();
                }
            });
    // Clicking the new-mail notification brings the window up, where the mail is.
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this]() {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    update();
    m_icon->show();
}

void TrayIcon::setUnreadCount(int count)
{
    m_unread = qMax(0, count);
    update();
}

void TrayIcon::notifyNewMail(const QString &account, int count, const QString &summary)
{
    m_icon->showMessage(tr("%n new message(s) in %1", nullptr, count).arg(account), summary,
                        QSystemTrayIcon::Information, 8000);
}

void TrayIcon::update()
{
    const QIcon base = QApplication::windowIcon();
    m_icon->setToolTip(m_unread > 0 ? tr("Mailwright — %n unread", nullptr, m_unread)
                                    : tr("Mailwright"));
    if (m_unread == 0) {
        m_icon->setIcon(base);
        return;
    }
    QPixmap pixmap = base.pixmap(64, 64);
    if (pixmap.isNull()) {
        pixmap = QPixmap(64, 64);
        pixmap.fill(Qt::transparent);
    }
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette palette = QApplication::palette();
    const QRect badge(28, 28, 36, 36);
    p.setBrush(palette.color(QPalette::Highlight));
    p.setPen(Qt::NoPen);
    p.drawEllipse(badge);
    p.setPen(palette.color(QPalette::HighlightedText));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(m_unread > 99 ? 14 : 20);
    p.setFont(font);
    p.drawText(badge, Qt::AlignCenter,
               m_unread > 99 ? QStringLiteral("99+") : QString::number(m_unread));
    p.end();
    m_icon->setIcon(QIcon(pixmap));
}

} // namespace mailwright
