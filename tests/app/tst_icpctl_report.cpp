// `icpctl report FILE.pdf [--as-of DATE] [--lang en|zh_CN]` as a real process: exit codes,
// the PDF it writes (read back with Poppler) in both languages, and its usage errors.
#include "Icpctl.h"
#include "ReportFixtures.h"
#include "store/Database.h"
#include "store/LicenceRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;
using namespace icp;

class TestIcpctlReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    test::ReportPortfolio m_portfolio;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"portfolio.sqlite"_s);
        auto db = Database::openSqlite(m_db);
        QVERIFY(db.ok());
        m_portfolio = test::bigPortfolio(5, 2, 0);
        LicenceRepository licences(*db.value());
        for (const Licence& licence : std::as_const(m_portfolio.licences))
            QVERIFY(licences.save(licence, u"tst_icpctl_report"_s).ok());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("file"); // written when not empty
        QTest::addColumn<QString>("message");
        QTest::newRow("written in English")
            << QStringList{u"report"_s, u"@/en.pdf"_s, u"--as-of"_s, u"2026-12-03"_s} << 0 << u"en.pdf"_s
            << u"en.pdf"_s;
        QTest::newRow("written in Chinese (--lang after the command)")
            << QStringList{u"report"_s, u"@/zh.pdf"_s, u"--lang"_s, u"zh_CN"_s} << 0 << u"zh.pdf"_s
            << u"zh.pdf"_s;
        QTest::newRow("written in Chinese (the global --lang)")
            << QStringList{u"--lang"_s, u"zh_CN"_s, u"report"_s, u"@/zh-global.pdf"_s} << 0
            << u"zh-global.pdf"_s << u"zh-global.pdf"_s;
        QTest::newRow("no file") << QStringList{u"report"_s} << 2 << QString() << u"usage: icpctl"_s;
        QTest::newRow("two files") << QStringList{u"report"_s, u"@/a.pdf"_s, u"@/b.pdf"_s} << 2 << QString()
                                   << u"usage: icpctl"_s;
        QTest::newRow("a date that is not one")
            << QStringList{u"report"_s, u"@/bad-date.pdf"_s, u"--as-of"_s, u"2026-02-30"_s} << 2 << QString()
            << u"2026-02-30"_s;
        QTest::newRow("an unknown language")
            << QStringList{u"report"_s, u"@/fr.pdf"_s, u"--lang"_s, u"fr"_s} << 2 << QString() << u"'fr'"_s;
        QTest::newRow("a file that cannot be written")
            << QStringList{u"report"_s, u"@/missing/dir/report.pdf"_s} << 1 << QString()
            << u"missing/dir/report.pdf"_s;
        QTest::newRow("help") << QStringList{u"report"_s, u"--help"_s} << 0 << QString() << u"--as-of"_s;
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, file);
        QFETCH(QString, message);
        for (QString& argument : arguments)
            argument.replace(u"@/"_s, m_dir.path() + u'/');
        const test::IcpctlRun run =
            test::runIcpctl(QStringList{u"--db"_s, m_db} + arguments,
                            QProcessEnvironment::systemEnvironment(), std::chrono::seconds(120));
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QVERIFY2(run.exitCode == exitCode, qPrintable(u"%1\n%2"_s.arg(run.out, run.err)));
        const QString output = run.out + run.err;
        QVERIFY2(output.contains(message), qPrintable(output));
        if (file.isEmpty())
            return;
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(m_dir.filePath(file));
        QVERIFY(doc);
        QVERIFY(doc->numPages() >= 2);
        QString text;
        for (int i = 0; i < doc->numPages(); ++i)
            text += doc->page(i)->text(QRectF());
        // Chinese entity names survive extraction (docs/toolchain.md §5: NFKC, no spaces).
        text = text.normalized(QString::NormalizationForm_KC).remove(u' ').remove(u'\n');
        QVERIFY2(text.contains(m_portfolio.licences.constFirst().entityName), qPrintable(text.left(400)));
    }
};

QTEST_GUILESS_MAIN(TestIcpctlReport)
#include "tst_icpctl_report.moc"
