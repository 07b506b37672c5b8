// Every user-visible string has a finished Chinese translation: lupdate is run
// over the current sources into a copy of the committed catalogue, so a string
// added to the code without a translation fails here, not in front of a user.
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
    void everyStringIsTranslated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(u"current_zh_CN.ts"_s);
        QVERIFY(QFile::copy(QStringLiteral(ICP_SOURCE_DIR "/translations/icp-assistant_zh_CN.ts"), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QString src = QStringLiteral(ICP_SOURCE_DIR);
        lupdate.start(QStringLiteral(ICP_LUPDATE),
                      {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, src + u"/model"_s, src + u"/widgets"_s,
                       src + u"/sync"_s, src + u"/backend"_s, src + u"/app"_s, u"-ts"_s, ts});
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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
