// The analysis cache's JSON and its use: every field of a content analysis survives the
// round trip; a report made from a cached analysis equals a fresh one (and says it came
// from the cache); corrupt JSON, another analyser version or other reading options are a
// miss, never a crash; the cache over a real database counts hits and ignores bad rows.
#include "DocumentFixtures.h"
#include "documents/DocumentAnalysisCache.h"
#include "documents/DocumentAnalysisJson.h"
#include "store/Database.h"
#include "store/DocumentAnalysisRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

namespace {

const QDate today(2026, 11, 29);

// Every field off its default, so a member forgotten on either side breaks the test.
ContentAnalysis fullAnalysis()
{
    ContentAnalysis c;
    c.read = true;
    c.ocr = false;
    c.maxOcrPages = 5;
    c.ocrDpi = 250;
    Inspection& in = c.inspection;
    in.fileName = u"营业执照 (1).JPEG"_s;
    in.byteSize = 5'000'000'123;
    in.format = FileFormat::Jpeg;
    in.extension = u"jpeg"_s;
    in.problem = Inspection::Problem::Truncated;
    in.message = u"The image data ends early.\n\"quoted\""_s;
    in.encrypted = true;
    in.pageCount = 2;
    PageInfo page;
    page.sizePoints = QSizeF(595.2756, 841.8898);
    page.pixelSize = QSize(2480, 3508);
    page.analysed = true;
    page.look = PageLook{0.0123456789, 0.5, 231, true, true};
    in.pages = {page, PageInfo{}};
    in.exifTransformation = 6;
    in.text = u"统一社会信用代码 91110108MA01K7P2XX\f第二页"_s;
    in.textLayer = true;
    in.truncatedButReadable = true;
    c.reading.source = TextSource::Ocr;
    c.reading.text = u"姓名 王建国\n"_s;
    c.reading.ocrPages = 3;
    c.reading.ocrConfidence = 87;
    c.reading.error = u"partly unreadable"_s;
    c.identifiers.usccs = {fx::uscc()};
    c.identifiers.residentIds = {fx::residentId()};
    c.identifiers.entityNames = {u"北京云栈示例科技有限公司"_s};
    c.identifiers.personNames = {u"王建国"_s, u"李四"_s};
    c.identifiers.validFrom = QDate(2015, 3, 1);
    c.identifiers.validUntil = QDate(2035, 2, 28);
    c.identifiers.longTerm = true;
    return c;
}

QByteArray withMember(const QByteArray& json, const QString& object, const QString& member,
                      const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    if (object.isEmpty()) {
        if (value.isUndefined())
            root.remove(member);
        else
            root.insert(member, value);
    } else {
        QJsonObject inner = root.value(object).toObject();
        if (value.isUndefined())
            inner.remove(member);
        else
            inner.insert(member, value);
        root.insert(object, inner);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Application applicationWith(const QString& uscc)
{
    Application app;
    app.entity.type = EntityType::Enterprise;
    app.entity.certificateType = CertificateType::BusinessLicence;
    app.entity.certificateNumber = uscc;
    app.entity.name = u"北京云栈示例科技有限公司"_s;
    return app;
}

} // namespace

class TestDocumentAnalysisJson : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString licencePdf(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        fx::writeFile(path, fx::pdf({u"营业执照\n统一社会信用代码 %1\n名称 北京云栈示例科技有限公司\n"
                                     "营业期限 2015年03月01日 至 长期"_s.arg(fx::uscc())}));
        return path;
    }

private Q_SLOTS:
    void everyFieldSurvivesTheRoundTrip()
    {
        const ContentAnalysis a = fullAnalysis();
        const QByteArray bytes = contentAnalysisToBytes(a);
        const Result<ContentAnalysis> b = contentAnalysisFromBytes(bytes, documentAnalyserVersion);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
        QCOMPARE(b->read, a.read);
        QCOMPARE(b->ocr, a.ocr);
        QCOMPARE(b->maxOcrPages, a.maxOcrPages);
        QCOMPARE(b->ocrDpi, a.ocrDpi);
        QCOMPARE(b->cancelled, a.cancelled);
        const Inspection &x = a.inspection, &y = b->inspection;
        QCOMPARE(y.fileName, x.fileName);
        QCOMPARE(y.byteSize, x.byteSize);
        QCOMPARE(y.format, x.format);
        QCOMPARE(y.extension, x.extension);
        QCOMPARE(y.problem, x.problem);
        QCOMPARE(y.message, x.message);
        QCOMPARE(y.encrypted, x.encrypted);
        QCOMPARE(y.pageCount, x.pageCount);
        QCOMPARE(y.pages.size(), x.pages.size());
        QCOMPARE(y.pages[0].sizePoints, x.pages[0].sizePoints);
        QCOMPARE(y.pages[0].pixelSize, x.pages[0].pixelSize);
        QCOMPARE(y.pages[0].analysed, true);
        QCOMPARE(y.pages[0].look.inkFraction, x.pages[0].look.inkFraction); // exact: shortest round trip
        QCOMPARE(y.pages[0].look.colourFraction, x.pages[0].look.colourFraction);
        QCOMPARE(y.pages[0].look.paperLuminance, x.pages[0].look.paperLuminance);
        QCOMPARE(y.pages[0].look.blank, true);
        QCOMPARE(y.pages[0].look.colour, true);
        QCOMPARE(y.pages[1].analysed, false);
        QCOMPARE(y.exifTransformation, x.exifTransformation);
        QCOMPARE(y.text, x.text);
        QCOMPARE(y.textLayer, x.textLayer);
        QCOMPARE(y.truncatedButReadable, x.truncatedButReadable);
        QCOMPARE(b->reading.source, a.reading.source);
        QCOMPARE(b->reading.text, a.reading.text);
        QCOMPARE(b->reading.ocrPages, a.reading.ocrPages);
        QCOMPARE(b->reading.ocrConfidence, a.reading.ocrConfidence);
        QCOMPARE(b->reading.error, a.reading.error);
        QCOMPARE(b->identifiers.usccs, a.identifiers.usccs);
        QCOMPARE(b->identifiers.residentIds, a.identifiers.residentIds);
        QCOMPARE(b->identifiers.entityNames, a.identifiers.entityNames);
        QCOMPARE(b->identifiers.personNames, a.identifiers.personNames);
        QCOMPARE(b->identifiers.validFrom, a.identifiers.validFrom);
        QCOMPARE(b->identifiers.validUntil, a.identifiers.validUntil);
        QCOMPARE(b->identifiers.longTerm, a.identifiers.longTerm);
        // And the JSON of the copy is the JSON of the original.
        QCOMPARE(contentAnalysisToBytes(*b), bytes);
    }

    void aDefaultAnalysisRoundTripsWithNullDates()
    {
        const ContentAnalysis a;
        const auto b = contentAnalysisFromBytes(contentAnalysisToBytes(a));
        QVERIFY(b.ok());
        QVERIFY(!b->identifiers.validUntil.isValid());
        QCOMPARE(b->inspection.format, FileFormat::Unknown);
        QCOMPARE(contentAnalysisToBytes(*b), contentAnalysisToBytes(a));
    }

    void unusableJsonIsAMissWithAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = contentAnalysisToBytes(fullAnalysis());
        QTest::newRow("empty bytes") << QByteArray();
        QTest::newRow("not JSON at all") << QByteArray("\x89PNG\r\n\x1a\n garbage");
        QTest::newRow("JSON cut in the middle") << good.left(good.size() / 2);
        QTest::newRow("a JSON array") << QByteArray("[1,2,3]");
        QTest::newRow("an empty object") << QByteArray("{}");
        QTest::newRow("made by another analyser version")
            << withMember(good, {}, u"analyser"_s, documentAnalyserVersion + 1);
        QTest::newRow("analyser version as text") << withMember(good, {}, u"analyser"_s, u"1"_s);
        QTest::newRow("inspection missing") << withMember(good, {}, u"inspection"_s, QJsonValue::Undefined);
        QTest::newRow("unknown file format key") << withMember(good, u"inspection"_s, u"format"_s, u"djvu"_s);
        QTest::newRow("unknown problem key") << withMember(good, u"inspection"_s, u"problem"_s, u"odd"_s);
        QTest::newRow("page list is an object")
            << withMember(good, u"inspection"_s, u"pages"_s, QJsonObject());
        QTest::newRow("page is a number") << withMember(good, u"inspection"_s, u"pages"_s, QJsonArray{1});
        QTest::newRow("text source unknown") << withMember(good, u"reading"_s, u"source"_s, u"telepathy"_s);
        QTest::newRow("text is a number") << withMember(good, u"reading"_s, u"text"_s, 5);
        QTest::newRow("a date that is no date")
            << withMember(good, u"identifiers"_s, u"validUntil"_s, u"2035-02-30"_s);
        QTest::newRow("a list holding a number")
            << withMember(good, u"identifiers"_s, u"usccs"_s, QJsonArray{1});
        QTest::newRow("options missing") << withMember(good, {}, u"options"_s, QJsonValue::Undefined);
    }
    void unusableJsonIsAMissWithAReason()
    {
        QFETCH(QByteArray, bytes);
        const Result<ContentAnalysis> read = contentAnalysisFromBytes(bytes, documentAnalyserVersion);
        QVERIFY(!read.ok());
        QVERIFY(!read.error().message.isEmpty());
    }

    void aReportFromTheCacheEqualsAFreshOne()
    {
        const QString path = licencePdf(u"licence.pdf"_s);
        AnalysisRequest request;
        request.path = path;
        request.kind = DocumentKind::EntityCertificate;
        request.asOf = today;
        request.application = applicationWith(fx::uscc(u"440300"_s, u"MA5F3K9L"_s)); // another code: DOC-111
        std::optional<ContentAnalysis> fresh;
        const DocumentReport first = analyseDocument(request, nullptr, nullptr, &fresh);
        QVERIFY(!first.fromCache);
        QVERIFY(fresh.has_value());
        const auto cached = contentAnalysisFromBytes(contentAnalysisToBytes(*fresh));
        QVERIFY(cached.ok());

        // The stored copy is named by its hash: the request names the document.
        QVERIFY(QFile::copy(path, m_dir.filePath(u"0123abcd"_s)));
        request.path = m_dir.filePath(u"0123abcd"_s);
        request.displayName = u"licence.pdf"_s;
        std::optional<ContentAnalysis> again;
        const DocumentReport second = analyseDocument(request, nullptr, &*cached, &again);
        QVERIFY(second.fromCache);
        QVERIFY(!again.has_value()); // nothing was analysed, so nothing new to cache
        QCOMPARE(second.checks.passed, first.checks.passed);
        QCOMPARE(second.checks.findings, first.checks.findings);
        QCOMPARE(second.identifiers.usccs, first.identifiers.usccs);
        QCOMPARE(second.suggestions, first.suggestions);
        QCOMPARE(second.inspection.fileName, u"licence.pdf"_s);
        QCOMPARE(second.reading.source, TextSource::TextLayer);
        QVERIFY(!second.ok());

        // The judgement is made again: with the form fixed, the same cached analysis passes.
        request.application = applicationWith(fx::uscc());
        const DocumentReport fixed = analyseDocument(request, nullptr, &*cached);
        QVERIFY(fixed.fromCache);
        QVERIFY(fixed.checks.passed.contains(u"DOC-111"_s));
        for (const Finding& f : fixed.checks.findings)
            QVERIFY2(f.ruleId != "DOC-111"_L1, qPrintable(f.message));
    }

    void aCachedAnalysisServesOnlyTheSameReadingOptions()
    {
        ContentAnalysis withoutOcr;
        withoutOcr.ocr = false;
        AnalysisRequest request;
        QVERIFY(!withoutOcr.fits(request)); // the request wants OCR
        request.ocr = false;
        QVERIFY(withoutOcr.fits(request));
        request.ocrDpi = 200;
        QVERIFY(!withoutOcr.fits(request));
        ContentAnalysis cancelledOne;
        cancelledOne.cancelled = true;
        QVERIFY(!cancelledOne.fits(AnalysisRequest{}));
    }

    void onlyCompleteAnalysesAreWorthKeeping()
    {
        ContentAnalysis a;
        QVERIFY(a.cacheable());
        a.reading.error = u"Tesseract failed"_s; // may work next time
        QVERIFY(!a.cacheable());
        a = {};
        a.inspection.problem = Inspection::Problem::Io;
        QVERIFY(!a.cacheable());
        a = {};
        a.cancelled = true;
        QVERIFY(!a.cacheable());
    }

    void theCacheCountsHitsAndIgnoresBadRows()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(db.ok());
        DocumentAnalysisCache cache(*db.value());
        const QString a(64, u'a'), b(64, u'b'), c(64, u'c');
        ContentAnalysis complete = fullAnalysis();
        complete.reading.error.clear();
        QVERIFY(cache.store(a, complete).ok());
        QCOMPARE(cache.stores(), 1);
        ContentAnalysis incomplete;
        incomplete.cancelled = true;
        QVERIFY(cache.store(c, incomplete).ok()); // not kept
        QCOMPARE(cache.stores(), 1);
        // A row that does not parse (written by hand, as a damaged database would have it).
        DocumentAnalysisRepository rows(*db.value());
        QVERIFY(rows.put(StoredAnalysis{b, documentAnalyserVersion, "{\"analyser\": 1, \"trunc",
                                        QDateTime::currentDateTimeUtc()})
                    .ok());
        const QHash<QString, ContentAnalysis> found = cache.findMany({a, b, c, a});
        QCOMPARE(found.keys(), QList<QString>{a});
        QCOMPARE(found.value(a).identifiers.personNames, fullAnalysis().identifiers.personNames);
        QCOMPARE(cache.hits(), 1);
        QCOMPARE(cache.misses(), 2);
        QVERIFY(!cache.find(b).has_value());
        QCOMPARE(cache.misses(), 3);
    }
};

QTEST_MAIN(TestDocumentAnalysisJson)
#include "tst_documentanalysisjson.moc"
