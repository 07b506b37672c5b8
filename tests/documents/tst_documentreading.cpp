// Reading documents: identifiers found in text (confirmed by the validators), OCR with
// Tesseract chi_sim+eng (progress, cancel), the PDF text layer, and the cross-check
// with the application ("the business licence shows 9111… but the form says 9144…").
#include "DocumentFixtures.h"
#include "documents/CrossCheck.h"
#include "documents/DocumentAnalysis.h"
#include "documents/IdentifierFinder.h"
#include "documents/Ocr.h"
#include "documents/TaskControl.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

namespace {

const QDate today(2026, 11, 29);

Application applicationWith(const QString& uscc, const QString& entity, const QString& id)
{
    Application app;
    app.entity.type = EntityType::Enterprise;
    app.entity.certificateType = CertificateType::BusinessLicence;
    app.entity.certificateNumber = uscc;
    app.entity.name = entity;
    Person p;
    p.id = u"p1"_s;
    p.name = u"王建国"_s;
    p.documentNumber = id;
    p.roles = {PersonRole::EntityPrincipal, PersonRole::LegalRepresentative};
    app.persons = {p};
    return app;
}

bool hasFinding(const CheckReport& r, const QString& rule, Severity s)
{
    for (const Finding& f : r.findings) {
        if (f.ruleId == rule && f.severity == s)
            return true;
    }
    return false;
}

} // namespace

class TestDocumentReading : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_uscc = fx::uscc();
    QString m_id = fx::residentId();

private Q_SLOTS:
    void identifiersInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("usccs");
        QTest::addColumn<QStringList>("ids");
        const QString uscc = fx::uscc(), id = fx::residentId();
        QString wrong = uscc;
        wrong[17] = wrong[17] == u'1' ? u'2' : u'1';
        QTest::newRow("a credit code after its label is found")
            << u"统一社会信用代码 %1\n名称 北京示例科技有限公司"_s.arg(uscc) << QStringList{uscc}
            << QStringList{};
        QTest::newRow("a credit code with a wrong check character is not")
            << u"统一社会信用代码 %1"_s.arg(wrong) << QStringList{} << QStringList{};
        QTest::newRow("an ID number split by spaces is joined")
            << u"公民身份号码 %1 %2 %3"_s.arg(id.left(6), id.mid(6, 8), id.mid(14)) << QStringList{}
            << QStringList{id};
        QTest::newRow("an ID number with a lower-case x is normalised")
            << u"ID %1"_s.arg(id.toLower()) << QStringList{} << QStringList{id};
        QTest::newRow("an O read for a zero is corrected when the check passes")
            << u"代码 %1"_s.arg(QString(uscc).replace(u'0', u'O')) << QStringList{uscc} << QStringList{};
        QTest::newRow("full-width digits are read")
            << u"号码 %1"_s.arg(id).replace(u'1', u'１') << QStringList{} << QStringList{id};
        QTest::newRow("an 18-digit number with no valid check is neither")
            << u"订单号 123456789012345678"_s << QStringList{} << QStringList{};
        QTest::newRow("both kinds in one text are both found")
            << u"%1 and %2"_s.arg(uscc, id) << QStringList{uscc} << QStringList{id};
    }
    void identifiersInText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, usccs);
        QFETCH(QStringList, ids);
        const ReadIdentifiers r = findIdentifiers(text, today);
        QCOMPARE(r.usccs, usccs);
        QCOMPARE(r.residentIds, ids);
    }

    void namesAndDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<bool>("longTerm");
        QTest::newRow("an ID card back has a validity period")
            << u"签发机关 北京市公安局\n有效期限 2016.03.01-2036.03.01"_s << QString() << QString()
            << QDate(2036, 3, 1) << false;
        QTest::newRow("a licence valid long-term")
            << u"名称 北京云栈示例科技有限公司\n营业期限 2015年03月01日 至 长期"_s
            << u"北京云栈示例科技有限公司"_s << QString() << QDate() << true;
        QTest::newRow("an ID card front names the person")
            << u"姓名 王建国\n性别 男"_s << QString() << u"王建国"_s << QDate() << false;
        QTest::newRow("a permit valid until a date")
            << u"有效期至 2027年6月30日"_s << QString() << QString() << QDate(2027, 6, 30) << false;
    }
    void namesAndDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, entity);
        QFETCH(QString, person);
        QFETCH(QDate, until);
        QFETCH(bool, longTerm);
        const ReadIdentifiers r = findIdentifiers(text, today);
        QCOMPARE(r.entityNames.value(0), entity);
        QCOMPARE(r.personNames.value(0), person);
        QCOMPARE(r.validUntil, until);
        QCOMPARE(r.longTerm, longTerm);
    }

    void crossCheck_data()
    {
        QTest::addColumn<QString>("formUscc");
        QTest::addColumn<QString>("formName");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("suggested");
        const QString uscc = fx::uscc();
        const QString other = fx::uscc(u"440300"_s, u"MA5F3K9L"_s);
        QTest::newRow("the same credit code passes")
            << uscc << u"北京云栈示例科技有限公司"_s << u"DOC-111"_s << -1 << QString();
        QTest::newRow("a different credit code blocks")
            << other << u"北京云栈示例科技有限公司"_s << u"DOC-111"_s << int(Severity::Blocking) << QString();
        QTest::newRow("a different name warns")
            << uscc << u"北京另一家科技有限公司"_s << u"DOC-111"_s << int(Severity::Warning) << QString();
        QTest::newRow("an empty credit code is offered from the licence")
            << QString() << u"北京云栈示例科技有限公司"_s << QString() << -1 << u"entity.certificateNumber"_s;
        QTest::newRow("an empty name is offered from the licence")
            << uscc << QString() << QString() << -1 << u"entity.name"_s;
    }
    void crossCheck()
    {
        QFETCH(QString, formUscc);
        QFETCH(QString, formName);
        QFETCH(QString, rule);
        QFETCH(int, severity);
        QFETCH(QString, suggested);
        ReadIdentifiers read;
        read.usccs = {m_uscc};
        read.entityNames = {u"北京云栈示例科技有限公司"_s};
        read.longTerm = true;
        Application app = applicationWith(formUscc, formName, m_id);
        const CrossCheckResult r = icp::crossCheck(read, DocumentKind::EntityCertificate, {}, app, today,
                                                   u"documents[0]"_s, u"营业执照.jpg"_s);
        if (severity >= 0) {
            QVERIFY(hasFinding(r.report, rule, Severity(severity)));
            if (severity == int(Severity::Blocking))
                QVERIFY(r.report.findings.constFirst().message.contains(m_uscc.left(4)));
        } else if (!rule.isEmpty()) {
            QVERIFY(r.report.passed.contains(rule));
        }
        QVERIFY(r.report.passed.contains(u"DOC-110"_s)); // long-term
        if (!suggested.isEmpty()) {
            QCOMPARE(r.suggestions.size(), 1);
            QCOMPARE(r.suggestions.constFirst().fieldPath, suggested);
            QVERIFY(applySuggestion(app, r.suggestions.constFirst()));
            QVERIFY(!applySuggestion(app, r.suggestions.constFirst())); // no longer empty
            QVERIFY(app.entity.certificateNumber == m_uscc ||
                    app.entity.name == read.entityNames.constFirst());
        }
    }

    void expiryIsJudgedAgainstTheDate_data()
    {
        QTest::addColumn<QDate>("until");
        QTest::addColumn<int>("severity");
        QTest::newRow("expired last year blocks") << QDate(2025, 11, 1) << int(Severity::Blocking);
        QTest::newRow("expiring next month warns") << QDate(2026, 12, 20) << int(Severity::Warning);
        QTest::newRow("valid for years passes") << QDate(2036, 3, 1) << -1;
    }
    void expiryIsJudgedAgainstTheDate()
    {
        QFETCH(QDate, until);
        QFETCH(int, severity);
        ReadIdentifiers read;
        read.validUntil = until;
        Application app = applicationWith(m_uscc, u"x"_s, m_id);
        const CrossCheckResult r = icp::crossCheck(read, DocumentKind::IdBack, u"p1"_s, app, today);
        if (severity < 0)
            QVERIFY(r.report.passed.contains(u"DOC-110"_s));
        else
            QVERIFY(hasFinding(r.report, u"DOC-110"_s, Severity(severity)));
        // The form has no expiry yet: it is offered.
        QCOMPARE(r.suggestions.value(0).fieldPath, u"persons[0].documentExpiry"_s);
        QCOMPARE(r.suggestions.value(0).value, until.toString(Qt::ISODate));
    }

    void pdfTextLayerIsReadWithoutOcr()
    {
        const QString path = m_dir.filePath(u"licence.pdf"_s);
        fx::writeFile(
            path,
            fx::pdf(
                {u"营业执照\n统一社会信用代码 %1\n名称 北京云栈示例科技有限公司\n营业期限 2015年03月01日 至 长期"_s
                     .arg(m_uscc)}));
        AnalysisRequest request;
        request.path = path;
        request.kind = DocumentKind::EntityCertificate;
        request.asOf = today;
        request.application =
            applicationWith(fx::uscc(u"440300"_s, u"MA5F3K9L"_s), u"北京云栈示例科技有限公司"_s, m_id);
        const DocumentReport report = analyseDocument(request);
        QCOMPARE(report.reading.source, TextSource::TextLayer);
        QCOMPARE(report.identifiers.usccs, QStringList{m_uscc});
        QVERIFY(hasFinding(report.checks, u"DOC-111"_s, Severity::Blocking)); // the form says 9144…
        QVERIFY(!report.ok());
    }

    void ocrReadsAScannedLicence()
    {
        if (!ocrAvailable())
            QSKIP("Tesseract chi_sim+eng is not installed");
        fx::CardText text;
        text.uscc = m_uscc;
        text.entityName = u"北京云栈示例科技有限公司"_s;
        text.validity = u"2015年03月01日 至 长期"_s;
        const QString path = m_dir.filePath(u"licence.jpg"_s);
        fx::writeFile(path, fx::jpeg(fx::businessLicence(text, true, 2000), 92));
        AnalysisRequest request;
        request.path = path;
        request.kind = DocumentKind::EntityCertificate;
        request.asOf = today;
        request.application = applicationWith(QString(), QString(), m_id);
        TaskControl control;
        QList<int> progress;
        control.setProgressHandler([&progress](int p, const QString&) { progress.append(p); });
        QElapsedTimer timer;
        timer.start();
        const DocumentReport report = analyseDocument(request, &control);
        qInfo("OCR of a 2000 px licence: %lld ms, confidence %d", timer.elapsed(),
              report.reading.ocrConfidence);
        QCOMPARE(report.reading.source, TextSource::Ocr);
        QVERIFY2(report.identifiers.usccs.contains(m_uscc), qPrintable(report.reading.text));
        QVERIFY(report.identifiers.longTerm);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast(), 100);
        // The form is empty: the credit code is offered.
        bool offered = false;
        for (const FieldSuggestion& s : report.suggestions)
            offered = offered || (s.fieldPath == "entity.certificateNumber"_L1 && s.value == m_uscc);
        QVERIFY(offered);
    }

    void ocrReadsAnIdCardAndAnImageOnlyPdf()
    {
        if (!ocrAvailable())
            QSKIP("Tesseract chi_sim+eng is not installed");
        fx::CardText text;
        text.idNumber = m_id;
        const QString path = m_dir.filePath(u"id-scan.pdf"_s);
        fx::writeFile(path, fx::imagePdf(fx::idCardFront(text, true, 1600), 200));
        AnalysisRequest request;
        request.path = path;
        request.kind = DocumentKind::IdFront;
        request.subjectId = u"p1"_s;
        request.asOf = today;
        QString other = fx::residentId(u"44030419900307123"_s);
        request.application = applicationWith(m_uscc, u"x"_s, other);
        const DocumentReport report = analyseDocument(request);
        QCOMPARE(report.reading.source, TextSource::Ocr);
        QVERIFY2(report.identifiers.residentIds.contains(m_id), qPrintable(report.reading.text));
        QVERIFY(hasFinding(report.checks, u"DOC-111"_s, Severity::Blocking)); // the form has another number
    }

    void ocrCanBeCancelled()
    {
        if (!ocrAvailable())
            QSKIP("Tesseract chi_sim+eng is not installed");
        fx::CardText text;
        text.uscc = m_uscc;
        text.entityName = u"北京云栈示例科技有限公司"_s;
        const QImage image = fx::businessLicence(text, true, 3000);
        TaskControl control;
        control.cancel();
        QElapsedTimer timer;
        timer.start();
        const auto r = recogniseText(image, 300, &control);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"documents.cancelled"_s);
        // And from another thread while it runs.
        TaskControl later;
        std::thread canceller([&later] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            later.cancel();
        });
        const auto r2 = recogniseText(image, 300, &later);
        canceller.join();
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error().code, u"documents.cancelled"_s);
    }
};

QTEST_MAIN(TestDocumentReading)
#include "tst_documentreading.moc"
