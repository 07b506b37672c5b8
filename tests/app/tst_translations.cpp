// Every user-visible string has a finished Chinese translation: lupdate is run
// over the current sources into a copy of the committed catalogue, so a string
// added to the code without a translation fails here, not in front of a user.
#include "core/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readCatalogue(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            current = Message{context, {}, {}, {}};
        } else if (xml.name() == "source"_L1) {
            current.source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            current.type = xml.attributes().value("type"_L1).toString();
            // Numerus forms are nested <numerusform> elements.
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (const auto& match : re.globalMatch(text))
        found.insert(match.captured());
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // zh_CN: every string. en: only the plural forms (lupdate -pluralonly), so that
    // English says "1 warning" and "2 warnings" instead of "warning(s)".
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("Chinese: every string") << u"icp-assistant_zh_CN.ts"_s << false;
        QTest::newRow("English: every plural") << u"icp-assistant_en.ts"_s << true;
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, catalogue);
        QFETCH(bool, pluralOnly);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(catalogue);
        QVERIFY(QFile::copy(QString::fromUtf8(ICP_SOURCE_DIR "/translations/") + catalogue, ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QString src = QString::fromUtf8(ICP_SOURCE_DIR);
        QStringList arguments{u"-no-obsolete"_s, u"-locations"_s, u"none"_s};
        if (pluralOnly)
            arguments << u"-pluralonly"_s;
        arguments << src + u"/model"_s << src + u"/widgets"_s << src + u"/sync"_s << src + u"/backend"_s
                  << src + u"/app"_s << u"-ts"_s << ts;
        lupdate.start(QString::fromUtf8(ICP_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        const QByteArray output = lupdate.readAll();
        QVERIFY2(lupdate.exitCode() == 0, output.constData());
        // "Class 'icp' lacks Q_OBJECT macro": a tr() outside a QObject class. lupdate then
        // files the string under a context the running program never asks for, so it stays
        // English in the Chinese UI although the catalogue looks complete.
        QVERIFY2(!output.contains("lacks Q_OBJECT"), output.constData());

        const QList<Message> messages = readCatalogue(ts);
        QVERIFY2(!messages.isEmpty(), "the catalogue has no messages: did lupdate scan the sources?");
        QStringList missing;
        QStringList badPlaceholders;
        for (const Message& m : messages) {
            if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
                continue;
            if (m.type == "unfinished"_L1 || m.translation.trimmed().isEmpty())
                missing << m.context + u": "_s + m.source;
            else if (placeholders(m.source) != placeholders(m.translation))
                badPlaceholders << m.context + u": "_s + m.source + u" → "_s + m.translation;
        }
        if (!missing.isEmpty())
            qWarning().noquote() << u"untranslated strings:\n  "_s + missing.join(u"\n  "_s);
        if (!badPlaceholders.isEmpty())
            qWarning().noquote() << u"placeholders differ:\n  "_s + badPlaceholders.join(u"\n  "_s);
        QCOMPARE(missing.size(), 0);
        QCOMPARE(badPlaceholders.size(), 0);
    }

    // The compiled catalogues are what the program loads: English counts in words.
    void englishPluralsAreUsedAtRunTime_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one warning") << u"en"_s << 1 << u"1 warning."_s;
        QTest::newRow("three warnings") << u"en"_s << 3 << u"3 warnings."_s;
        QTest::newRow("Chinese has one form") << u"zh_CN"_s << 3 << u"3 个警告。"_s;
    }

    void englishPluralsAreUsedAtRunTime()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QVERIFY(icp::setLanguage(language));
        const QString text = QCoreApplication::translate("icp::ReviewPage", "%n warning(s).", nullptr, count);
        icp::setLanguage(u"en"_s);
        QCOMPARE(text, expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
