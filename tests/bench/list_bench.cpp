// SPDX-License-Identifier: GPL-3.0-or-later
// Time until the main window's message list shows a folder from the cache: the paging model over
// MailCache in a QTreeView, offscreen, from opening the cache to the first painted rows.
//   list_bench CACHE.sqlite ACCOUNT FOLDER   → prints "rows=N shown_ms=T"
#include "mail/messagelistmodel.h"

#include "cache/mailcache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTreeView>

#include <cstdio>

using namespace mailwright;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: list_bench CACHE ACCOUNT FOLDER\n");
        return 64;
    }
    QElapsedTimer timer;
    timer.start();
    MailCache cache(QString::fromLocal8Bit(argv[1]));
    auto folder = cache.folder(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    if (!folder.ok() || !folder.value) {
        std::fprintf(stderr, "no such folder in the cache\n");
        return 66;
    }
    MessageListModel model(&cache);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setRootIsDecorated(false);
    view.setModel(&model);
    model.setFolder(folder.value->id);
    view.resize(1000, 700);
    view.show();
    view.repaint(); // paints the visible rows: data() for each → the first page is loaded
    const qint64 shown = timer.elapsed();
    timer.restart();
    view.scrollToBottom();
    view.repaint();
    const qint64 bottom = timer.elapsed();
    std::printf("rows=%d shown_ms=%lld scroll_to_end_ms=%lld\n", model.rowCount(), shown, bottom);
    return model.rowCount() > 0 ? 0 : 1;
}
