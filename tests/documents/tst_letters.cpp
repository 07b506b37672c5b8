// The commitment and authorisation letters (docs/regulations.md §6.4, §7.1): PDFs from the
// templates, filled with the application's data, Chinese with an English gloss.
#include "DocumentFixtures.h"
#include "ExampleDossiers.h"
#include "documents/DocumentInspection.h"
#include "documents/LetterGenerator.h"

#include <QTemporaryDir>
#include <QTest>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

QString pdfText(const QString& path)
{
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    QString text;
    for (int i = 0; doc && i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF());
    // QPdfWriter's ToUnicode maps some CJK glyphs to Kangxi radicals (docs/toolchain.md §5).
    return text.normalized(QString::NormalizationForm_KC).remove(u' ').remove(u'\n');
}

} // namespace

class TestLetters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void lettersAreFilledPdfs_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("who");
        QTest::newRow("the commitment letter")
            << int(LetterKind::Commitment) << u"互联网信息服务备案承诺书"_s << u"王建国"_s;
        QTest::newRow("the entity-principal authorisation")
            << int(LetterKind::EntityPrincipalAuthorisation) << u"主体负责人授权书"_s << u"王建国"_s;
        QTest::newRow("the website-principal authorisation")
            << int(LetterKind::WebsitePrincipalAuthorisation) << u"网站负责人授权书"_s << u"陈晓梅"_s;
    }
    void lettersAreFilledPdfs()
    {
        QFETCH(int, kind);
        QFETCH(QString, title);
        QFETCH(QString, who);
        const Application app = test::example(u"enterprise-filing.json"_s);
        QVERIFY(!app.entity.name.isEmpty());
        LetterRequest request;
        request.kind = LetterKind(kind);
        request.date = QDate(2026, 11, 29);
        const QString path = m_dir.filePath(letterFileName(request.kind));
        const Status written = writeLetterPdf(request, app, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        const Inspection in = inspectDocument(path);
        QVERIFY2(in.readable(), qPrintable(in.message));
        QVERIFY(qAbs(in.pages.constFirst().sizePoints.width() - 595) < 2); // A4
        const QString text = pdfText(path);
        QVERIFY2(text.contains(title), qPrintable(text.left(200)));
        QVERIFY(text.contains(app.entity.name));
        QVERIFY2(text.contains(app.entity.certificateNumber), qPrintable(text)); // Latin digits survive
        QVERIFY(text.contains(who));
        QVERIFY(text.contains(u"2026-11-29"_s));
        QVERIFY(text.contains(u"Communications"_s)); // the English gloss
        QVERIFY(text.contains(u"北京市通信管理局"_s));
    }

    void valuesAreEscaped()
    {
        Application app = test::example(u"enterprise-filing.json"_s);
        app.entity.name = u"<b>Evil</b> & Co 有限公司"_s;
        const auto html = letterHtml({LetterKind::Commitment, {}, QDate(2026, 1, 1)}, app);
        QVERIFY(html.ok());
        QVERIFY(html->contains(u"&lt;b&gt;Evil&lt;/b&gt; &amp; Co"_s));
        QVERIFY(!html->contains(u"{{"_s));
    }

    void missingDataLeavesBlanksAndMissingPrincipalIsAnError()
    {
        Application app;
        app.entity.provinceCode = 44;
        const auto commitment = letterHtml({LetterKind::Commitment, {}, QDate(2026, 1, 1)}, app);
        QVERIFY(commitment.ok());
        QVERIFY(commitment->contains(u"________"_s));
        QVERIFY(commitment->contains(u"广东省"_s));
        const auto authorisation = letterHtml({LetterKind::EntityPrincipalAuthorisation, {}, QDate()}, app);
        QVERIFY(!authorisation.ok());
        QCOMPARE(authorisation.error().code, u"letters.subject"_s);
    }
};

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
