// The portfolio report as a PDF (docs/portfolio.md "Reports"), read back with Poppler: A4,
// several pages for a big portfolio with "Page n of N" and the organisation's day on each,
// Chinese text extractable in zh_CN, cancellation leaving no file, and the report of a real
// database (records through LicenceRepository, obligations through the engine).
#include "ReportFixtures.h"
#include "core/Language.h"
#include "documents/TaskControl.h"
#include "reports/ReportContent.h"
#include "reports/ReportDocument.h"
#include "reports/ReportSource.h"
#include "store/Database.h"
#include "store/LicenceRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

namespace {

// QPdfWriter's ToUnicode maps some CJK glyphs to Kangxi radicals (docs/toolchain.md §5);
// the comparison is made without spaces and line breaks, which the extraction moves.
// Text as extracted, comparable with what was written. Noto Sans CJK gives one glyph to a CJK
// radical and its ideograph (⻚ U+2EDA and 页 U+9875, …); Qt's PDF writer maps the glyph back to
// the radical, so Poppler reads the radical. NFKC does not fold these: the table does.
QString normalised(const QString& text)
{
    static const std::pair<char16_t, char16_t> radicals[] = {
        {0x2EDA, 0x9875}, {0x2EC5, 0x89C1}, {0x2ED3, 0x957F}, {0x2EDB, 0x98CE},
        {0x2ED4, 0x95E8}, {0x2EE2, 0x9A6C}, {0x2ED9, 0x97E6}, {0x2EA0, 0x6C11}};
    QString n = text.normalized(QString::NormalizationForm_KC);
    for (const auto& [radical, ideograph] : radicals)
        n.replace(QChar(radical), QChar(ideograph));
    n.remove(u' ');
    n.remove(u'\n');
    n.remove(QChar(0x00A0));
    return n;
}

QStringList pageTexts(const QString& path)
{
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    QStringList pages;
    for (int i = 0; doc && i < doc->numPages(); ++i)
        pages.append(normalised(doc->page(i)->text(QRectF())));
    return pages;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void cleanup() { setLanguage(u"en"_s); }

    void bigPortfolioHasNumberedPages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }
    void bigPortfolioHasNumberedPages()
    {
        QFETCH(QString, language);
        QVERIFY(setLanguage(language));
        const ReportPortfolio portfolio = bigPortfolio(12, 3, 4);
        const PortfolioReport report =
            buildPortfolioReport(portfolio.licences, portfolio.obligations, reportNow(), QLocale());
        const QString path = m_dir.filePath(language + u"-report.pdf"_s);
        const Status written = writePortfolioReportPdf(report, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        // To look at it as a picture (pdftoppm), keep a copy where ICP_REPORT_PDF_DIR says.
        if (const QString keep = qEnvironmentVariable("ICP_REPORT_PDF_DIR"); !keep.isEmpty()) {
            QFile::remove(keep + u'/' + QFileInfo(path).fileName());
            QFile::copy(path, keep + u'/' + QFileInfo(path).fileName());
        }

        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        QVERIFY(doc);
        const int pages = doc->numPages();
        QVERIFY2(pages > 3, qPrintable(QString::number(pages)));
        const QSizeF size = doc->page(0)->pageSizeF();
        QVERIFY(qAbs(size.width() - 595) < 2 && qAbs(size.height() - 842) < 2); // A4 in points

        const QStringList texts = pageTexts(path);
        QCOMPARE(texts.size(), pages);
        const QString day = normalised(QLocale().toString(report.asOf, QLocale::LongFormat));
        for (int i = 0; i < pages; ++i) {
            QVERIFY2(texts[i].contains(normalised(reportPageText(i + 1, pages))),
                     qPrintable(u"page %1: %2"_s.arg(i + 1).arg(texts[i].left(300))));
            QVERIFY2(texts[i].contains(day), qPrintable(u"page %1 lacks %2"_s.arg(i + 1).arg(day)));
        }
        const QString all = texts.join(QString());
        // Every entity's section and every record's number.
        for (const Licence& licence : portfolio.licences) {
            QVERIFY2(all.contains(normalised(licence.entityName)), qPrintable(licence.entityName));
            QVERIFY2(all.contains(normalised(licence.number)), qPrintable(licence.number));
        }
        QVERIFY(all.contains(u"示例云计算有限公司"_s));
        QVERIFY(all.contains(normalised(reportTitle())));
    }

    void cancelledLeavesNoFile()
    {
        const ReportPortfolio portfolio = bigPortfolio(3, 2, 2);
        const PortfolioReport report =
            buildPortfolioReport(portfolio.licences, portfolio.obligations, reportNow(), QLocale());
        const QString path = m_dir.filePath(u"cancelled.pdf"_s);
        TaskControl control;
        control.cancel();
        const Status written = writePortfolioReportPdf(report, path, &control);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, u"reports.cancelled"_s);
        QVERIFY(!QFile::exists(path));
        const Status refused = writePortfolioReportPdf(report, m_dir.filePath(u"missing/report.pdf"_s));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"reports.write"_s);
    }

    void reportOfADatabase()
    {
        QVERIFY(setLanguage(u"zh_CN"_s));
        auto opened = Database::openSqlite(m_dir.filePath(u"portfolio.sqlite"_s));
        QVERIFY(opened.ok());
        std::unique_ptr<Database> db = std::move(opened).value();
        const ReportPortfolio portfolio = bigPortfolio(4, 2, 0);
        LicenceRepository licences(*db);
        for (const Licence& licence : portfolio.licences)
            QVERIFY(licences.save(licence, u"tst_reportpdf"_s).ok());
        const Result<PortfolioReport> report = loadPortfolioReport(*db, reportNow(), QLocale());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->entities.size(), 4);
        QCOMPARE(report->summary.activeFilings, 4);
        QCOMPARE(report->summary.activeLicences, 4);
        QVERIFY(!report->obligations.isEmpty()); // renewals, annual reports, domains
        const QString path = m_dir.filePath(u"database.pdf"_s);
        QVERIFY(writePortfolioReportPdf(report.value(), path).ok());
        const QString all = pageTexts(path).join(QString());
        QVERIFY(all.contains(normalised(portfolio.licences.constFirst().entityName)));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
