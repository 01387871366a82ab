// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "failurebanner.h"
#include "mainwindow.h"

#include "compose/composecontroller.h"
#include "compose/composerwindow.h"
#include "mail/mailcontroller.h"
#include "mail/messagelistmodel.h"
#include "outbox/outboxview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QTreeView>

#include <functional>

namespace mailwright {

namespace {

void save(QWidget *widget, const QString &path)
{
    // grab() renders the widget itself: no window manager or compositor needed, and nothing
    // else on the screen ends up in the picture.
    if (!widget->grab().save(path))
        qWarning("screenshot: cannot write %s", qPrintable(path));
    else
        qInfo("screenshot: %s", qPrintable(path));
}

/// Calls \a then once the shown folder lists messages (the demo's first sync), or after
/// \a triesLeft × 250 ms; opens the second message so the reader has something to show.
void whenMessagesShown(MainWindow *window, int triesLeft, const std::function<void()> &then)
{
    MessageListModel *model = window->mailController()->model();
    if (model->rowCount() == 0 && triesLeft > 0) {
        QTimer::singleShot(250, window, [window, triesLeft, then]() {
            whenMessagesShown(window, triesLeft - 1, then);
        });
        return;
    }
    if (model->rowCount() > 0) {
        auto *list = window->findChild<QTreeView *>(QStringLiteral("messageList"));
        list->setCurrentIndex(model->index(qMin(1, model->rowCount() - 1), 0));
    }
    QTimer::singleShot(1000, window, then); // the body: from the cache or fetched
}

} // namespace

void takeScreenshots(MainWindow *window, ComposeController *compose, OutboxView *outbox,
                     const QString &directory)
{
    QDir().mkpath(directory);
    const int settle = 700; // let layouts, fonts and the first paint settle
    whenMessagesShown(window, 80, [=]() {
        save(window, directory + QStringLiteral("/main-window.png"));
        QPointer<ComposerWindow> c = compose->newMessage();
        c->setTo(QStringLiteral("Bob <bob@lab.test>, carol@lab.test"));
        c->setCc(QStringLiteral("not-an-address@"));
        c->setSubject(QStringLiteral("Quarterly report"));
        c->setBody(QStringLiteral("Hi Bob, hi Carol,\n\nthe report is attached.\n\nAlice"));
        // A small file of our own to attach (the picture shows the row with its size).
        const QString attachment = QDir::tempPath() + QStringLiteral("/Quarterly report.txt");
        QFile file(attachment);
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray(48 * 1024, 'x'));
        file.close();
        c->addAttachments({attachment});
        c->send(); // shows why it cannot be sent (the Cc address)
        QTimer::singleShot(settle, window, [=]() {
            if (c)
                save(c, directory + QStringLiteral("/composer.png"));
            QFile::remove(attachment);
            if (c)
                c->discard();
            // A real failure for the Outbox picture: the lab's server refuses an unknown
            // recipient (550 5.1.1), so the message stays there, failed, with its reason, and
            // the banner explains it.
            QPointer<ComposerWindow> f = compose->newMessage();
            f->setTo(QStringLiteral("nobody@lab.test"));
            f->setSubject(QStringLiteral("Minutes of Monday's meeting"));
            f->setBody(QStringLiteral("Hi,\n\nthe minutes are below.\n"));
            f->send();
            auto *poll = new QTimer(window);
            auto *clock = new QElapsedTimer;
            clock->start();
            QObject::connect(poll, &QTimer::timeout, window, [=]() {
                if (!window->failureBanner()->isVisible() && clock->elapsed() < 20000)
                    return;
                poll->deleteLater();
                delete clock;
                window->showPage(outbox);
                outbox->refresh();
                if (!outbox->entries().isEmpty())
                    outbox->select(outbox->entries().first().id);
                QTimer::singleShot(settle, window, [=]() {
                    save(window, directory + QStringLiteral("/outbox.png"));
                    QApplication::quit();
                });
            });
            poll->start(100);
        });
    });
}

} // namespace mailwright
