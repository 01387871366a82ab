// SPDX-License-Identifier: GPL-3.0-or-later
// Measures core/mime: `mime_bench build` (text + HTML + 1 MiB attachment), `mime_bench big`
// (peak RSS building a 25 MB attachment; run it alone, the process's peak is the number),
// `mime_bench prepare` (PreparedMessage throughput on 1,000 messages, 2 KiB / 100 KiB).
#include "mime/mimebuilder.h"
#include "mime/preparedmessage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace mailwright;

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString writeRandomFile(const QTemporaryDir &dir, const QString &name, qint64 size)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (qint64 left = size; left > 0; left -= chunk.size()) {
        rng.generate(reinterpret_cast<quint32 *>(chunk.data()),
                     reinterpret_cast<quint32 *>(chunk.data() + chunk.size()));
        f.write(chunk.constData(), qMin<qint64>(left, chunk.size()));
    }
    return f.fileName();
}

MessageDraft draft()
{
    MessageDraft d;
    d.from = AddressParser::parseMailbox(QStringLiteral("Jörg <j@example.org>")).mailboxes.first();
    d.to = AddressParser::parseList(QStringLiteral("Bob <bob@example.net>")).mailboxes;
    d.subject = QStringLiteral("Grüße aus Köln");
    d.textBody = QStringLiteral("Hallo Bob,\nanbei die Datei.\n").repeated(40);
    d.htmlBody = QStringLiteral("<p>Hallo Bob,<br>anbei die Datei.</p>\n").repeated(40);
    return d;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString mode = app.arguments().value(1);
    QTemporaryDir dir;

    if (mode == QLatin1String("build")) {
        MessageDraft d = draft();
        d.attachments = {DraftAttachment{writeRandomFile(dir, QStringLiteral("a.bin"), 1 << 20),
                                         QStringLiteral("Bericht.pdf"), QString()}};
        MimeBuilder::build(d); // warm-up (QMimeDatabase, VMime factories)
        const int n = 200;
        QElapsedTimer t;
        t.start();
        qint64 bytes = 0;
        for (int i = 0; i < n; ++i)
            bytes += MimeBuilder::build(d).size;
        std::printf("build text+html+1MiB: %.2f ms per message (%d runs, %lld bytes each)\n",
                    double(t.nsecsElapsed()) / 1e6 / n, n, bytes / n);
    } else if (mode == QLatin1String("big")) {
        const qint64 size = 25 * 1000 * 1000;
        MessageDraft d = draft();
        d.attachments = {DraftAttachment{writeRandomFile(dir, QStringLiteral("big.bin"), size),
                                         QString(), QString()}};
        const long before = peakRssKiB();
        QElapsedTimer t;
        t.start();
        const BuildResult r = MimeBuilder::build(d);
        std::printf("build 25 MB attachment: %s, %lld bytes, %.0f ms, peak RSS before %ld KiB, "
                    "after %ld KiB (%.2fx the attachment)\n",
                    r.error ? "FAILED" : "ok", r.size, double(t.nsecsElapsed()) / 1e6, before,
                    peakRssKiB(), double(peakRssKiB()) * 1024 / double(size));
    } else if (mode == QLatin1String("prepare")) {
        QList<QByteArray> messages;
        for (int i = 0; i < 1000; ++i) {
            const int bodySize = (i % 2) ? 100 * 1024 : 2 * 1024;
            QByteArray m = "From: Sender <sender@example.org>\nTo: =?UTF-8?Q?J=C3=B6rg?= "
                           "<rcpt" +
                           QByteArray::number(i) +
                           "@example.net>, b@example.net\n"
                           "Cc: Team: c@example.com, d@example.com;\nBcc: hidden@example.org\n"
                           "Subject: message " +
                           QByteArray::number(i) + "\nMessage-ID: <" + QByteArray::number(i) +
                           "@example.org>\n\n";
            const QByteArray line = QByteArray(71, 'x') + '\n';
            while (m.size() < bodySize)
                m += line;
            messages.append(m);
        }
        qint64 total = 0;
        for (const QByteArray &m : messages)
            total += m.size();
        QElapsedTimer t;
        t.start();
        int recipients = 0;
        for (const QByteArray &m : messages)
            recipients += int(PreparedMessage::prepare(m).envelopeRecipients.size());
        const double s = double(t.nsecsElapsed()) / 1e9;
        std::printf("prepare 1000 messages (half 2 KiB, half 100 KiB, LF line ends, %.1f MB): "
                    "%.1f ms, %.0f messages/s, %d recipients\n",
                    double(total) / 1e6, s * 1000, 1000 / s, recipients);
    } else {
        std::fprintf(stderr, "usage: mime_bench build|big|prepare\n");
        return 64;
    }
    return 0;
}
