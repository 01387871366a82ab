// SPDX-License-Identifier: GPL-3.0-or-later
// The translation catalogues are complete and consistent with the sources:
//  - translations/mailwright_en.ts (the source catalogue) holds exactly the texts lupdate finds in
//    core/, ui/ and app/ now (a fresh lupdate run into a temporary file, same file set as
//    translations/CMakeLists.txt), and lupdate can tell every tr() call's context;
//  - mailwright_de.ts and mailwright_fr.ts hold the same messages, none unfinished or empty,
//    with the same placeholders (%1..%99, %n) and the same number of &-accelerators as the source;
//  - the English plural forms are filled (the source text "%n message(s)" is not for users).
// When it fails after new texts were added: run the update_translations target and translate the
// new entries (the failure message says which).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const char *const kHowToFix =
    "Run `cmake --build build/dev --target update_translations` (lupdate -no-obsolete over "
    "core/, ui/, app/), then translate the new entries in translations/mailwright_de.ts and "
    "translations/mailwright_fr.ts (Qt Linguist, or edit the <translation> elements and drop "
    "type=\"unfinished\"), keeping %1.. %n placeholders and one &-accelerator where the source "
    "has one.";

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      ///< translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; ///< the translation, or its numerus forms
    QString location;  ///< first location, for messages

    QString key() const
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
    }
    QString where() const
    {
        return QStringLiteral("[%1] \"%2\"%3")
            .arg(context, source.left(80).replace(QLatin1Char('\n'), QLatin1String("\\n")),
                 location.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(location));
    }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readTs(const QString &path)
{
    Catalogue cat;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cat.error = QStringLiteral("cannot open %1").arg(path);
        return cat;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                cat.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                m = Message();
                m.context = context;
                m.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("location") && m.location.isEmpty()) {
                // lupdate writes paths relative to the .ts file; show them relative to the
                // source tree.
                const QString file = QFileInfo(path).dir().absoluteFilePath(
                    xml.attributes().value(QLatin1String("filename")).toString());
                m.location = QDir(QStringLiteral(MW_SOURCE_DIR)).relativeFilePath(file) +
                             QLatin1Char(':') +
                             xml.attributes().value(QLatin1String("line")).toString();
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                m.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            cat.messages << m;
        }
    }
    if (xml.hasError())
        cat.error =
            QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return cat;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(n|[1-9][0-9]?)"));
    QSet<QString> result;
    for (auto it = re.globalMatch(text); it.hasNext();)
        result.insert(it.next().captured(1));
    return result;
}

// Mnemonics: '&' before a character, not "&&" (a literal ampersand) and not an HTML entity.
int accelerators(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(#?[A-Za-z0-9]+);"));
    text.remove(entity);
    text.remove(QLatin1String("&&"));
    int n = 0;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && !text.at(i + 1).isSpace())
            ++n;
    }
    return n;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(MW_SOURCE_DIR "/translations/mailwright_%1.ts").arg(language);
}

QString joined(const QStringList &lines, int max = 25)
{
    QStringList shown = lines.mid(0, max);
    if (lines.size() > max)
        shown << QStringLiteral("... and %1 more").arg(lines.size() - max);
    return shown.join(QLatin1Char('\n'));
}

} // namespace

class TestTranslationsComplete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourcesMatchCatalogue();
    void translated_data();
    void translated();
    void englishPluralForms();
};

void TestTranslationsComplete::sourcesMatchCatalogue()
{
    // The same file set as translations/CMakeLists.txt: every .cpp under core/, ui/ and app/.
    QStringList sources;
    for (const char *dir : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(MW_SOURCE_DIR "/") + QLatin1String(dir),
                        {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
    }
    sources.sort();
    QVERIFY(sources.size() > 50);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString fresh = tmp.filePath(QStringLiteral("mailwright_en.ts"));
    QStringList args{QStringLiteral("-I"), QStringLiteral(MW_SOURCE_DIR "/core"),
                     QStringLiteral("-I"), QStringLiteral(MW_SOURCE_DIR "/ui"),
                     QStringLiteral("-I"), QStringLiteral(MW_SOURCE_DIR "/app")};
    args << sources << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(MW_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);

    // A tr() lupdate cannot place (a free tr() helper, tr() in a class without Q_OBJECT) lands
    // in a context the program never looks up: such a text is never translated.
    const QString diagnostics =
        QString::fromLocal8Bit(lupdate.readAllStandardError() + lupdate.readAllStandardOutput());
    QStringList contextProblems;
    for (const QString &line : diagnostics.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("lacks Q_OBJECT")) ||
            line.contains(QLatin1String("Cannot invoke tr()")) ||
            line.contains(QLatin1String("unknown namespace/class")))
            contextProblems << line.trimmed();
    }
    QVERIFY2(contextProblems.isEmpty(),
             qPrintable(QStringLiteral("lupdate cannot tell the translation context of these "
                                       "calls; use a class with Q_OBJECT, a struct with "
                                       "Q_DECLARE_TR_FUNCTIONS(Context) and Context::tr(), or "
                                       "QCoreApplication::translate(\"Context\", ...):\n") +
                        joined(contextProblems)));

    const Catalogue now = readTs(fresh);
    QVERIFY2(now.error.isEmpty(), qPrintable(now.error));
    const Catalogue committed = readTs(tsPath(QStringLiteral("en")));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));

    QMap<QString, Message> inSources, inCatalogue;
    for (const Message &m : now.messages)
        inSources.insert(m.key(), m);
    for (const Message &m : committed.messages)
        inCatalogue.insert(m.key(), m);
    QStringList missing, stale;
    for (auto it = inSources.cbegin(); it != inSources.cend(); ++it) {
        if (!inCatalogue.contains(it.key()))
            missing << it->where();
    }
    for (auto it = inCatalogue.cbegin(); it != inCatalogue.cend(); ++it) {
        if (!inSources.contains(it.key()))
            stale << it->where();
    }
    QString report;
    if (!missing.isEmpty())
        report += QStringLiteral("%1 text(s) in the sources are missing from "
                                 "translations/mailwright_en.ts:\n%2\n")
                      .arg(missing.size())
                      .arg(joined(missing));
    if (!stale.isEmpty())
        report += QStringLiteral("%1 text(s) in translations/mailwright_en.ts are no longer in "
                                 "the sources:\n%2\n")
                      .arg(stale.size())
                      .arg(joined(stale));
    QVERIFY2(report.isEmpty(), qPrintable(report + QLatin1String(kHowToFix)));
}

void TestTranslationsComplete::translated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslationsComplete::translated()
{
    QFETCH(QString, language);
    const Catalogue source = readTs(tsPath(QStringLiteral("en")));
    QVERIFY2(source.error.isEmpty(), qPrintable(source.error));
    const Catalogue cat = readTs(tsPath(language));
    QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
    QCOMPARE(cat.language, language);

    QSet<QString> sourceKeys, keys;
    for (const Message &m : source.messages)
        sourceKeys.insert(m.key());
    QStringList problems;
    for (const Message &m : cat.messages) {
        keys.insert(m.key());
        if (!sourceKeys.contains(m.key()))
            problems << QStringLiteral("not in mailwright_en.ts: ") + m.where();
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1: ").arg(m.type) + m.where();
            continue;
        }
        // German and French both have two plural forms (Qt's numerus rules).
        if (m.numerus && m.forms.size() != 2)
            problems << QStringLiteral("%1 plural forms instead of 2: ").arg(m.forms.size()) +
                            m.where();
        if (m.forms.isEmpty())
            problems << QStringLiteral("no translation: ") + m.where();
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems << QStringLiteral("empty translation: ") + m.where();
                continue;
            }
            if (placeholders(form) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ (\"%1\"): ").arg(form) + m.where();
            if (accelerators(form) != accelerators(m.source))
                problems << QStringLiteral("%1 &-accelerators instead of %2 (\"%3\"): ")
                                    .arg(accelerators(form))
                                    .arg(accelerators(m.source))
                                    .arg(form) +
                                m.where();
        }
    }
    for (const QString &key : sourceKeys) {
        if (!keys.contains(key))
            problems << QStringLiteral("missing: ") +
                            QString(key).replace(QLatin1Char('\x1f'), QLatin1Char(' '));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("translations/mailwright_%1.ts, %2 problem(s):\n%3\n%4")
                            .arg(language)
                            .arg(problems.size())
                            .arg(joined(problems), QLatin1String(kHowToFix))));
}

void TestTranslationsComplete::englishPluralForms()
{
    // English needs the catalogue only for plurals: "%n message(s)" must read "1 message".
    const Catalogue en = readTs(tsPath(QStringLiteral("en")));
    QVERIFY2(en.error.isEmpty(), qPrintable(en.error));
    QStringList problems;
    int plurals = 0;
    for (const Message &m : en.messages) {
        if (!m.numerus)
            continue;
        ++plurals;
        if (m.forms.size() != 2 || m.forms.at(0).trimmed().isEmpty() ||
            m.forms.at(1).trimmed().isEmpty() || m.type == QLatin1String("unfinished"))
            problems << m.where();
        for (const QString &form : m.forms) {
            if (placeholders(form) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ (\"%1\"): ").arg(form) + m.where();
        }
    }
    QVERIFY(plurals > 0);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("English plural forms missing in "
                                       "translations/mailwright_en.ts (singular, plural):\n") +
                        joined(problems)));
}

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "tst_translations_complete.moc"
