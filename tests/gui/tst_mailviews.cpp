// SPDX-License-Identifier: GPL-3.0-or-later
// The message list model over 100,000 generated cache rows (windows load fast, unread is bold,
// sorting and search change what is shown) and the reader (text shown, remote images blocked:
// no request reaches a local HTTP listener and loadResource answers nothing for http URLs).
#include "mail/messagelistmodel.h"
#include "mail/messageview.h"

#include "cache/mailcache.h"

#include <QElapsedTimer>
#include <QFont>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QListWidget>
#include <QTreeView>

using namespace mailwright;

class TestMailViews : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MailCache> m_cache;
    qint64 m_folder = 0;
    static constexpr int Count = 100000;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_cache = std::make_unique<MailCache>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        auto folder = m_cache->ensureFolder(QStringLiteral("gui"), QStringLiteral("INBOX"),
                                            QStringLiteral("/"), SpecialUse::Inbox);
        QVERIFY(folder.ok());
        m_folder = folder.value.id;
        QElapsedTimer t;
        t.start();
        const QDateTime base(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        for (int start = 1; start <= Count; start += 5000) {
            QList<CachedMessage> batch;
            for (int uid = start; uid < start + 5000; ++uid) {
                CachedMessage m;
                m.uid = quint32(uid);
                m.date = base.addSecs(qint64(uid) * 60);
                m.internalDate = m.date;
                m.from = QStringLiteral("Sender %1 <s%1@lab.test>").arg(uid % 997, 3, 10, QLatin1Char('0'));
                m.subject = uid == 4242 ? QStringLiteral("needle in the haystack")
                                        : QStringLiteral("Message %1").arg(uid, 6, 10, QLatin1Char('0'));
                m.flags = uid % 3 == 0 ? FlagNone : FlagSeen; // every third unread
                m.size = 1000 + uid;
                batch << m;
            }
            QVERIFY(!m_cache->addMessages(m_folder, batch, batch.last().uid));
        }
        QVERIFY(!m_cache->finishSync(m_folder, Count + 1));
        qInfo("generated %d cache rows in %lld ms", Count, t.elapsed());
    }

    void pagesQuickly()
    {
        MessageListModel model(m_cache.get());
        QElapsedTimer t;
        t.start();
        model.setFolder(m_folder);
        QCOMPARE(model.rowCount(), Count);
        const qint64 shown = t.elapsed();
        // A window deep in the list, then one at the end: each one query of PageSize rows.
        for (int row : {Count / 2, Count - 1, 77777}) {
            t.restart();
            const QString subject = model.data(model.index(row, 0)).toString();
            const qint64 ms = t.elapsed();
            QVERIFY(!subject.isEmpty());
            QVERIFY2(ms < 50, qPrintable(QStringLiteral("window at %1 took %2 ms").arg(row).arg(ms)));
        }
        QVERIFY2(shown < 200, qPrintable(QString::number(shown)));
        // Newest first by default.
        QCOMPARE(model.data(model.index(0, MessageListModel::SubjectColumn)).toString(),
                 QStringLiteral("Message 100000"));
        QCOMPARE(model.data(model.index(Count - 1, MessageListModel::SubjectColumn)).toString(),
                 QStringLiteral("Message 000001"));
    }

    void unreadIsBold()
    {
        MessageListModel model(m_cache.get());
        model.setFolder(m_folder);
        // Row 0 is UID 100000 (100000 % 3 = 1: read), row 2 is UID 99998 (read), row 1 is
        // UID 99999 (divisible by 3: unread).
        QCOMPARE(model.data(model.index(1, 0), MessageListModel::UidRole).toUInt(), 99999u);
        QVERIFY(model.data(model.index(1, 0), Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.data(model.index(0, 0), Qt::FontRole).isValid() ||
                !model.data(model.index(0, 0), Qt::FontRole).value<QFont>().bold());
    }

    void sortChangesOrder()
    {
        MessageListModel model(m_cache.get());
        model.setFolder(m_folder);
        model.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Message 000001"));
        QCOMPARE(model.data(model.index(Count - 1, 0)).toString(),
                 QStringLiteral("needle in the haystack"));
        model.sort(MessageListModel::FromColumn, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, MessageListModel::FromColumn)).toString(),
                 QStringLiteral("Sender 996"));
        model.sort(MessageListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Message 000001"));
    }

    void searchFilters()
    {
        MessageListModel model(m_cache.get());
        model.setFolder(m_folder);
        model.setSearch(QStringLiteral("haystack"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), MessageListModel::UidRole).toUInt(), 4242u);
        model.setSearch(QString());
        QCOMPARE(model.rowCount(), Count);
    }

    void viewScrollsTheWholeList()
    {
        MessageListModel model(m_cache.get());
        model.setFolder(m_folder);
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setModel(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QElapsedTimer t;
        t.start();
        view.scrollToBottom();
        view.repaint();
        view.scrollTo(model.index(Count / 3, 0));
        view.repaint();
        QVERIFY2(t.elapsed() < 500, qPrintable(QString::number(t.elapsed())));
    }

    void readerShowsTextAndBlocksRemoteImages()
    {
        QTcpServer http; // a would-be tracker on loopback: it must never see a connection
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(http.serverPort());
        const QByteArray raw =
            "From: Tracker <t@lab.test>\r\nTo: bob@lab.test\r\nSubject: html only\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            "<html><body><p>Visible words here</p><img src=\"" + url.toUtf8() +
            "\"><script>alert(1)</script><a href=\"javascript:alert(2)\" "
            "onclick=\"x()\">link</a></body></html>\r\n";
        MessageView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showMessage(raw);
        RemoteBlockingBrowser *browser = view.browser();
        QCOMPARE(browser->objectName(), QStringLiteral("reader"));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Visible words here")));
        QVERIFY(!browser->toHtml().contains(QStringLiteral("alert")));
        QVERIFY(!browser->toHtml().contains(QStringLiteral("onclick")));
        QVERIFY(browser->blockedUrls().contains(QUrl(url)));
        QVERIFY(!browser->loadResource(QTextDocument::ImageResource, QUrl(url)).isValid());
        QVERIFY(!browser->loadResource(QTextDocument::ImageResource,
                                       QUrl(QStringLiteral("https://example.invalid/x.png")))
                     .isValid());
        auto *button = view.findChild<QPushButton *>(QStringLiteral("loadRemoteContent"));
        QVERIFY(button);
        QVERIFY(button->isVisible()); // the user is offered the choice
        QTest::qWait(200);
        QVERIFY(!http.hasPendingConnections());

        // Plain text wins over HTML and is shown as text.
        view.showMessage("From: a@lab.test\r\nSubject: plain\r\n\r\nJust text.\r\n");
        QCOMPARE(browser->toPlainText().trimmed(), QStringLiteral("Just text."));
        QVERIFY(!button->isVisible());
    }

    void readerListsAttachments()
    {
        const QByteArray raw =
            "From: a@lab.test\r\nSubject: files\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
            "Content-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\n"
            "Content-Type: application/octet-stream\r\n"
            "Content-Disposition: attachment; filename=\"data.bin\"\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\nAAECAw==\r\n--b--\r\n";
        MessageView view;
        view.showMessage(raw);
        QCOMPARE(view.message().attachments.size(), 1);
        auto *list = view.findChild<QListWidget *>(QStringLiteral("attachments"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("data.bin")));
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("saveAttachment")));
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("openAttachment")));
    }
};

QTEST_MAIN(TestMailViews)
#include "tst_mailviews.moc"
