// Document inspection and checks (docs/regulations.md §7.1, §7.2, R41): format by content,
// pages, pixel sizes, EXIF orientation, colour, blank pages, encrypted, damaged,
// truncated, empty, 200 MB and not-really-a-PDF files. Every file is made here.
#include "DocumentFixtures.h"
#include "documents/DocumentChecks.h"
#include "documents/DocumentInspection.h"
#include "documents/DocumentProfile.h"

#include <QElapsedTimer>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

namespace {

bool failed(const CheckReport& r, const QString& rule, Severity severity = Severity::Blocking)
{
    for (const Finding& f : r.findings) {
        if (f.ruleId == rule && f.severity == severity)
            return true;
    }
    return false;
}

} // namespace

class TestDocumentInspector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString& name, const QByteArray& bytes) { return fx::writeFileIn(m_dir, name, bytes); }

private Q_SLOTS:
    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("format");
        QTest::newRow("a PDF header is PDF") << QByteArray("%PDF-1.7\n") << int(FileFormat::Pdf);
        QTest::newRow("JPEG SOI marker is JPEG")
            << QByteArray("\xFF\xD8\xFF\xE0", 4) << int(FileFormat::Jpeg);
        QTest::newRow("the PNG signature is PNG")
            << QByteArray("\x89PNG\r\n\x1A\n", 8) << int(FileFormat::Png);
        QTest::newRow("GIF is recognised but not accepted") << QByteArray("GIF89a") << int(FileFormat::Gif);
        QTest::newRow("a ZIP (docx) is recognised") << QByteArray("PK\x03\x04", 4) << int(FileFormat::Zip);
        QTest::newRow("HTML is plain text") << QByteArray("<html><body>") << int(FileFormat::Text);
        QTest::newRow("a PDF header after a BOM is not a PDF")
            << QByteArray("\xEF\xBB\xBF%PDF-1.4", 11) << int(FileFormat::Text);
        QTest::newRow("nothing is empty") << QByteArray() << int(FileFormat::Empty);
    }
    void sniffing()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, format);
        QCOMPARE(int(sniffFormat(head)), format);
        QCOMPARE(isAcceptedFormat(FileFormat(format)), format == int(FileFormat::Pdf) ||
                                                           format == int(FileFormat::Jpeg) ||
                                                           format == int(FileFormat::Png));
    }

    void textPdfHasPagesAndText()
    {
        const QString path = file(u"letter.pdf"_s, fx::pdf({u"First page 91110108MA01K7P2"_s, u"第二页"_s}));
        const Inspection in = inspectDocument(path);
        QVERIFY2(in.readable(), qPrintable(in.message));
        QCOMPARE(in.format, FileFormat::Pdf);
        QCOMPARE(in.pageCount, 2);
        QCOMPARE(in.pages.size(), 2);
        QVERIFY(qAbs(in.pages[0].sizePoints.width() - 595) < 2); // A4
        QVERIFY(in.textLayer);
        QVERIFY(in.text.contains(u"First page"_s));
        QVERIFY(in.pages[0].analysed);
        QVERIFY(!in.pages[0].look.blank);
    }

    void imagesHavePixelSizeAndLook_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("colour");
        QTest::addColumn<bool>("blank");
        QTest::newRow("a colour ID card photo is colour, not blank") << u"colour.jpg"_s << true << false;
        QTest::newRow("a grey copy of it is not colour") << u"grey.jpg"_s << false << false;
        QTest::newRow("an empty page is blank") << u"blank.png"_s << false << true;
    }
    void imagesHavePixelSizeAndLook()
    {
        QFETCH(QString, name);
        QFETCH(bool, colour);
        QFETCH(bool, blank);
        fx::CardText text;
        text.idNumber = fx::residentId();
        QImage image = fx::idCardFront(text, true, 1000);
        if (name.startsWith(u"grey"_s))
            image = fx::greyCopy(image);
        if (name.startsWith(u"blank"_s))
            image = fx::blankPage(800, 1100);
        const QString path = file(name, name.endsWith(u".png"_s) ? fx::png(image) : fx::jpeg(image));
        const Inspection in = inspectDocument(path);
        QVERIFY2(in.readable(), qPrintable(in.message));
        QCOMPARE(in.pageCount, 1);
        QCOMPARE(in.pages.constFirst().pixelSize, image.size());
        QCOMPARE(in.pages.constFirst().look.colour, colour);
        QCOMPARE(in.pages.constFirst().look.blank, blank);
    }

    void exifOrientationTurnsThePixelSize()
    {
        const QImage wide = fx::idCardFront({}, true, 900); // landscape
        const QString path = file(u"turned.jpg"_s, fx::withExifOrientation(fx::jpeg(wide), 6));
        QImageReader check(path);
        check.setAutoTransform(true);
        QCOMPARE(check.read().size(), wide.size().transposed()); // the fixture really carries the tag
        const Inspection in = inspectDocument(path);
        QVERIFY2(in.readable(), qPrintable(in.message));
        QCOMPARE(in.pages.constFirst().pixelSize, wide.size().transposed());
        QVERIFY(in.exifTransformation != 0);
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("rule");
        const QByteArray goodPdf = fx::pdf({u"Hello"_s});
        const QByteArray goodJpeg = fx::jpeg(fx::idCardFront({}, true, 600));
        const QByteArray goodPng = fx::png(fx::idCardFront({}, true, 600));
        QTest::newRow("a zero-byte file is empty")
            << u"zero.pdf"_s << QByteArray() << u"empty"_s << u"DOC-101"_s;
        QTest::newRow("a text file named .pdf is refused for its format")
            << u"notes.pdf"_s << QByteArray("These are my notes, not a PDF.\n") << u"format"_s
            << u"DOC-102"_s;
        QTest::newRow("an HTML page named .pdf is refused")
            << u"page.pdf"_s << QByteArray("<!DOCTYPE html><html><body>licence</body></html>") << u"format"_s
            << u"DOC-102"_s;
        QTest::newRow("a GIF is refused for its format")
            << u"photo.gif"_s << QByteArray("GIF89a\x01\x00\x01\x00", 10) << u"format"_s << u"DOC-102"_s;
        QTest::newRow("a PDF cut at 60 % is truncated")
            << u"cut.pdf"_s << goodPdf.left(goodPdf.size() * 6 / 10) << u"truncated"_s << u"DOC-101"_s;
        QTest::newRow("a PDF header with garbage after it is damaged")
            << u"garbage.pdf"_s << QByteArray("%PDF-1.4\n") + QByteArray(3000, 'x') + QByteArray("\n%%EOF\n")
            << u"damaged"_s << u"DOC-101"_s;
        QTest::newRow("a JPEG cut at half is truncated")
            << u"cut.jpg"_s << goodJpeg.left(goodJpeg.size() / 2) << u"truncated"_s << u"DOC-101"_s;
        QTest::newRow("a PNG cut at half is truncated")
            << u"cut.png"_s << goodPng.left(goodPng.size() / 2) << u"truncated"_s << u"DOC-101"_s;
        QTest::newRow("a JPEG header followed by junk is damaged")
            << u"junk.jpg"_s
            << QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(500, 'j') + QByteArray("\xFF\xD9", 2)
            << u"damaged"_s << u"DOC-101"_s;
        QTest::newRow("a password-protected PDF is reported as such")
            << u"locked.pdf"_s << fx::encryptedPdf() << u"encrypted"_s << u"DOC-105"_s;
    }
    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        QFETCH(QString, rule);
        const QString path = file(name, bytes);
        const Inspection in = inspectDocument(path);
        QCOMPARE(Inspection::problemKey(in.problem), problem);
        QVERIFY(!in.message.isEmpty());
        const CheckReport report = checkInspection(in, DocumentKind::EntityCertificate);
        QVERIFY2(failed(report, rule), qPrintable(report.findings.value(0).ruleId));
        QVERIFY(!report.ok());
        // The same bytes from memory give the same answer (the fuzzer's entry point).
        QCOMPARE(inspectDocumentData(bytes, name).problem, in.problem);
    }

    void encryptedFixtureIsARealEncryptedPdf()
    {
        // Without qpdf on the machine the fixture is built by hand; Poppler must be able
        // to open it with the password, or the test above would prove nothing.
        const QByteArray bytes = fx::encryptedPdf("secret", "Hidden text");
        const std::unique_ptr<Poppler::Document> locked = Poppler::Document::loadFromData(bytes);
        QVERIFY(locked);
        QVERIFY(locked->isLocked());
        const std::unique_ptr<Poppler::Document> open = Poppler::Document::loadFromData(bytes, "", "secret");
        QVERIFY(open);
        QVERIFY(!open->isLocked());
        QVERIFY(open->isEncrypted());
        QCOMPARE(open->numPages(), 1);
        QVERIFY(open->page(0)->text(QRectF()).contains(u"Hidden text"_s));
    }

    void aDirectoryOrMissingFileIsAnIoProblem()
    {
        QCOMPARE(inspectDocument(m_dir.path()).problem, Inspection::Problem::Io);
        QCOMPARE(inspectDocument(m_dir.filePath(u"missing.pdf"_s)).problem, Inspection::Problem::Io);
    }

    void sparse200MbFilesAreHandledQuickly_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("problem");
        QTest::newRow("200 MB of zeros is not a document") << QByteArray() << u"format"_s;
        QTest::newRow("200 MB behind a PDF header is truncated")
            << QByteArray("%PDF-1.4\n") << u"truncated"_s;
        QTest::newRow("200 MB behind a JPEG marker is truncated")
            << QByteArray("\xFF\xD8\xFF\xE0", 4) << u"truncated"_s;
    }
    void sparse200MbFilesAreHandledQuickly()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, problem);
        const QString path = m_dir.filePath(u"big.bin"_s);
        QVERIFY(fx::writeSparseFile(path, 200LL * 1024 * 1024, head));
        QElapsedTimer timer;
        timer.start();
        const Inspection in = inspectDocument(path);
        QCOMPARE(in.byteSize, 200LL * 1024 * 1024);
        QCOMPARE(Inspection::problemKey(in.problem), problem);
        // Not a timing assertion: a generous bound that only a read-everything-into-memory
        // or a hang would break.
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
        QFile::remove(path);
    }

    void hugePixelCountsAreRefusedWithoutDecoding()
    {
        // A PNG header that claims 60000 × 60000 pixels (decoding it would need 14 GB).
        QImage tiny(1, 1, QImage::Format_RGB32);
        tiny.fill(Qt::white);
        QByteArray bytes = fx::png(tiny);
        const auto put32 = [&bytes](int offset, quint32 v) {
            for (int i = 0; i < 4; ++i)
                bytes[offset + i] = char((v >> (24 - 8 * i)) & 0xff);
        };
        put32(16, 60000);
        put32(20, 60000); // IHDR width/height (the CRC is now wrong; the reader sees the size first)
        const Inspection in = inspectDocumentData(bytes, u"huge.png"_s);
        QVERIFY(in.problem == Inspection::Problem::TooLarge || in.problem == Inspection::Problem::Damaged);
    }

    void checksFollowTheProfile_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<bool>("sizeOk");
        // docs/regulations.md §7.2: Tencent < 2 MB, Huawei ≤ 4 MB, Alibaba domain certificates ≥ 200 KB.
        QTest::newRow("3 MB is too large for Tencent")
            << u"tencent"_s << int(DocumentKind::IdFront) << 3LL * 1048576 << false;
        // docs/regulations.md §7.2: "< 2 MB" refuses 2 MB itself; "≤ 2 MB" (the backdrop photo) and
        // "≤ 4 MB" (Huawei) accept their maximum.
        QTest::newRow("exactly 2 MB is too large for Tencent's < 2 MB")
            << u"tencent"_s << int(DocumentKind::IdFront) << 2LL * 1048576 << false;
        QTest::newRow("one byte under 2 MB is fine for Tencent")
            << u"tencent"_s << int(DocumentKind::IdFront) << 2LL * 1048576 - 1 << true;
        QTest::newRow("exactly 2 MB is fine for Tencent's ≤ 2 MB backdrop photo")
            << u"tencent"_s << int(DocumentKind::PrincipalPhoto) << 2LL * 1048576 << true;
        QTest::newRow("exactly 4 MB is fine for Huawei's ≤ 4 MB")
            << u"huawei"_s << int(DocumentKind::IdFront) << 4LL * 1048576 << true;
        QTest::newRow("3 MB is fine for Huawei")
            << u"huawei"_s << int(DocumentKind::IdFront) << 3LL * 1048576 << true;
        QTest::newRow("a 100 KB domain certificate is too small for Alibaba")
            << u"alibaba"_s << int(DocumentKind::DomainCertificate) << 100LL * 1024 << false;
        QTest::newRow("a 300 KB domain certificate is fine for Alibaba")
            << u"alibaba"_s << int(DocumentKind::DomainCertificate) << 300LL * 1024 << true;
    }
    void checksFollowTheProfile()
    {
        QFETCH(QString, provider);
        QFETCH(int, kind);
        QFETCH(qint64, bytes);
        QFETCH(bool, sizeOk);
        QVERIFY(DocumentProfile::providers().contains(provider));
        Inspection in = inspectDocumentData(fx::jpeg(fx::idCardFront({}, true, 900)), u"scan.jpg"_s);
        QVERIFY(in.readable());
        in.byteSize = bytes; // the limits are about the size; the content stays a real JPEG
        const CheckReport r = checkInspection(in, DocumentKind(kind), DocumentProfile::forProvider(provider));
        QCOMPARE(r.passed.contains(u"DOC-104"_s), sizeOk);
        QCOMPARE(failed(r, u"DOC-104"_s), !sizeOk);
    }

    void pdfIsNotAcceptedForAnIdCardButForAPlan()
    {
        const Inspection in = inspectDocumentData(fx::pdf({u"Plan"_s}), u"plan.pdf"_s);
        QVERIFY(failed(checkInspection(in, DocumentKind::IdFront), u"DOC-103"_s));
        QVERIFY(checkInspection(in, DocumentKind::ConstructionPlan).passed.contains(u"DOC-103"_s));
    }

    void qualityChecks_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("fails");
        QTest::newRow("a colour ID scan passes the colour check") << u"colour"_s << u"DOC-107"_s << false;
        QTest::newRow("a grey ID scan fails the colour check") << u"grey"_s << u"DOC-107"_s << true;
        QTest::newRow("a blank scan fails the blank-page check") << u"blank"_s << u"DOC-108"_s << true;
        QTest::newRow("a 200 px wide scan is too small to read") << u"tiny"_s << u"DOC-106"_s << true;
        QTest::newRow("a 1000 px scan has enough pixels") << u"colour"_s << u"DOC-106"_s << false;
        QTest::newRow("a photo named .pdf warns about the extension")
            << u"misnamed"_s << u"DOC-112"_s << true;
    }
    void qualityChecks()
    {
        QFETCH(QString, what);
        QFETCH(QString, rule);
        QFETCH(bool, fails);
        fx::CardText text;
        text.idNumber = fx::residentId();
        QImage image = fx::idCardFront(text, true, 1000);
        QString name = u"id.jpg"_s;
        if (what == "grey"_L1)
            image = fx::greyCopy(image);
        else if (what == "blank"_L1)
            image = fx::blankPage(1000, 640);
        else if (what == "tiny"_L1)
            image = fx::idCardFront(text, true, 200);
        else if (what == "misnamed"_L1)
            name = u"id.pdf"_s;
        const Inspection in = inspectDocumentData(fx::jpeg(image), name);
        QVERIFY2(in.readable(), qPrintable(in.message));
        const CheckReport r = checkInspection(in, DocumentKind::IdFront);
        bool found = false;
        for (const Finding& f : r.findings)
            found = found || f.ruleId == rule;
        QCOMPARE(found, fails);
        if (!fails)
            QVERIFY(r.passed.contains(rule));
    }

    void pageCountAndBlankPagesOfAPdf()
    {
        const Inspection in = inspectDocumentData(fx::pdf({u"One"_s, QString(), u"Three"_s}), u"three.pdf"_s);
        QCOMPARE(in.pageCount, 3);
        QVERIFY(in.pages[1].look.blank);
        const CheckReport r = checkInspection(in, DocumentKind::EntityCertificate);
        QVERIFY(failed(r, u"DOC-109"_s, Severity::Warning)); // a licence has at most 2 pages
        QVERIFY(failed(r, u"DOC-108"_s, Severity::Warning)); // page 2 is blank
    }

    void threeHundredPagesAreCountedButOnlyTheFirstAnalysed()
    {
        const Inspection in = inspectDocumentData(fx::manyPagePdf(300), u"long.pdf"_s);
        QVERIFY2(in.readable(), qPrintable(in.message));
        QCOMPARE(in.pageCount, 300);
        int analysed = 0;
        for (const PageInfo& p : in.pages)
            analysed += p.analysed ? 1 : 0;
        QCOMPARE(analysed, DocumentProfile::analysis().maxAnalysedPages);
    }

    void everyRuleHasATitleAndAStableId()
    {
        const QList<RuleInfo> rules = documentCheckRules();
        QVERIFY(rules.size() >= 13);
        QSet<QString> ids;
        for (const RuleInfo& r : rules) {
            QVERIFY(r.id.startsWith(u"DOC-1"_s));
            QVERIFY(!r.title.isEmpty());
            QVERIFY(!ids.contains(r.id));
            ids.insert(r.id);
        }
    }
};

QTEST_MAIN(TestDocumentInspector)
#include "tst_documentinspector.moc"
