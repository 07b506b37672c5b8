// `icpctl inspect` as a real process: output, JSON, exit codes (0 all ok, 1 a check
// failed, 2 unreadable input) and no crash whatever the file.
#include "DocumentFixtures.h"
#include "ExampleDossiers.h"
#include "Icpctl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace fx = icp::fixtures;

namespace {

using Run = icp::test::IcpctlRun;

// Inspecting many generated files can take a while on a loaded machine.
Run icpctl(const QStringList& arguments)
{
    return icp::test::runIcpctl(arguments, QProcessEnvironment::systemEnvironment(), std::chrono::minutes(2));
}

} // namespace

class TestIcpctlInspect : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString& name, const QByteArray& bytes) { return fx::writeFileIn(m_dir, name, bytes); }

private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        fx::CardText text;
        text.idNumber = fx::residentId();
        const QString colour = file(u"id.jpg"_s, fx::jpeg(fx::idCardFront(text, true, 1000)));
        const QString grey = file(u"grey.jpg"_s, fx::jpeg(fx::greyCopy(fx::idCardFront(text, true, 1000))));
        const QString notes = file(u"notes.pdf"_s, "plain text, not a PDF");
        const QString empty = file(u"empty.png"_s, {});
        const QString truncated = file(u"cut.pdf"_s, fx::pdf({u"x"_s}).left(400));
        const QString locked = file(u"locked.pdf"_s, fx::encryptedPdf());
        const QStringList base{u"inspect"_s, u"--no-ocr"_s, u"--kind"_s, u"id-front"_s};
        QTest::newRow("a colour ID scan passes every check")
            << base + QStringList{colour} << 0 << u"passed:"_s;
        QTest::newRow("a grey ID scan fails DOC-107") << base + QStringList{grey} << 1 << u"DOC-107"_s;
        QTest::newRow("a text file named .pdf fails DOC-102")
            << base + QStringList{notes} << 1 << u"DOC-102"_s;
        QTest::newRow("an empty file is unreadable") << base + QStringList{empty} << 2 << u"empty"_s;
        QTest::newRow("a truncated PDF is unreadable") << base + QStringList{truncated} << 2 << u"DOC-101"_s;
        QTest::newRow("an encrypted PDF is unreadable") << base + QStringList{locked} << 2 << u"password"_s;
        QTest::newRow("a missing file is unreadable")
            << base + QStringList{m_dir.filePath(u"nope.jpg"_s)} << 2 << u"nope.jpg"_s;
        QTest::newRow("the worst file decides the exit code")
            << base + QStringList{colour, grey, empty} << 2 << u"DOC-107"_s;
        QTest::newRow("an unknown kind is a usage error")
            << QStringList{u"inspect"_s, u"--kind"_s, u"selfie"_s, colour} << 2 << u"id-front"_s;
        QTest::newRow("no file is a usage error") << QStringList{u"inspect"_s} << 2 << u"usage"_s;
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const Run run = icpctl(arguments);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, exitCode);
        const QString output = run.out + run.err;
        QVERIFY2(output.contains(expected), qPrintable(output));
    }

    void jsonReportsFormatPagesChecksAndIdentifiers()
    {
        const QString uscc = fx::uscc();
        const QString pdf = file(
            u"licence.pdf"_s,
            fx::pdf(
                {u"营业执照\n统一社会信用代码 %1\n名称 北京云栈示例科技有限公司\n营业期限 2015年03月01日 至 长期"_s
                     .arg(uscc),
                 u"副本"_s}));
        const Run run =
            icpctl({u"inspect"_s, u"--json"_s, u"--text"_s, u"--kind"_s, u"construction-plan"_s, pdf});
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject o = array.first().toObject();
        QCOMPARE(o.value("format"_L1).toString(), u"pdf"_s);
        QCOMPARE(o.value("pageCount"_L1).toInt(), 2);
        QCOMPARE(o.value("problem"_L1).toString(), u"none"_s);
        QVERIFY(o.value("passed"_L1).toArray().contains(u"DOC-103"_s));
        QCOMPARE(o.value("textSource"_L1).toString(), u"text-layer"_s);
        const QJsonObject ids = o.value("identifiers"_L1).toObject();
        QCOMPARE(ids.value("uscc"_L1).toArray(), QJsonArray{uscc});
        QVERIFY2(ids.value("longTerm"_L1).toBool(), qPrintable(run.out));
        QCOMPARE(o.value("pages"_L1).toArray().first().toObject().value("sizeMm"_L1).toArray(),
                 (QJsonArray{210, 297}));
    }

    void crossChecksWithADossier()
    {
        const QString dossier = icp::test::exampleDossier(u"enterprise-filing.json"_s);
        const QString other = fx::uscc(u"440300"_s, u"MA5F3K9L"_s);
        const QString pdf = file(u"wrong-licence.pdf"_s, fx::pdf({u"统一社会信用代码 %1"_s.arg(other)}));
        const Run run = icpctl({u"inspect"_s, u"--kind"_s, u"construction-plan"_s, u"--dossier"_s, dossier,
                                u"--as-of"_s, u"2026-11-29"_s, pdf});
        // A construction plan does not carry a credit code: nothing to compare.
        QCOMPARE(run.exitCode, 0);
        const QString authorisation = file(u"auth.pdf"_s, fx::pdf({u"统一社会信用代码 %1"_s.arg(other)}));
        const Run mismatch = icpctl({u"inspect"_s, u"--kind"_s, u"entity-principal-authorisation"_s,
                                     u"--dossier"_s, dossier, authorisation});
        QCOMPARE(mismatch.exitCode, 1);
        QVERIFY2(mismatch.out.contains(u"DOC-111"_s) && mismatch.out.contains(other),
                 qPrintable(mismatch.out));
    }

    void neverCrashesOnMutatedFiles()
    {
        // Byte flips and cuts of valid PDFs, JPEGs and PNGs; every run must end normally with 0, 1 or 2.
        const QList<QByteArray> seeds{fx::pdf({u"Seed"_s, u"页"_s}), fx::jpeg(fx::idCardFront({}, true, 300)),
                                      fx::png(fx::blankPage(200, 200)), fx::encryptedPdf()};
        QRandomGenerator rng(2026);
        QStringList files;
        for (int i = 0; i < 24; ++i) {
            QByteArray bytes = seeds[i % seeds.size()];
            const int flips = 1 + int(rng.bounded(20));
            for (int f = 0; f < flips; ++f)
                bytes[qsizetype(rng.bounded(quint32(bytes.size())))] = char(rng.bounded(256));
            if (i % 3 == 0)
                bytes.truncate(qsizetype(rng.bounded(quint32(bytes.size()))));
            files.append(file(u"mutant-%1.bin"_s.arg(i), bytes));
        }
        const Run run = icpctl(QStringList{u"inspect"_s, u"--no-ocr"_s, u"--json"_s} + files);
        QVERIFY(!run.crashed);
        QVERIFY(run.exitCode >= 0 && run.exitCode <= 2);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), files.size());
    }
};

QTEST_MAIN(TestIcpctlInspect)
#include "tst_icpctl_inspect.moc"
