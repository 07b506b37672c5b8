// Importing and exporting the registry (docs/portfolio.md "Registry and import") into a real
// database on each backend: the example files of tests/data/registry, bad rows, re-imports
// (skipped / updated through the change log) and export → import round trips.
#include "StoreTestSupport.h"
#include "registry/CsvTable.h"
#include "registry/RegistryExport.h"
#include "registry/RegistryImport.h"
#include "store/ChangeLog.h"
#include "store/LicenceRepository.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

namespace {

const QString kDataDir = QString::fromUtf8(ICP_TEST_DATA_DIR "/registry");

Result<ImportReport> importFile(LicenceRepository& repo, const QString& name,
                                const QString& actor = u"tester"_s)
{
    const Result<CsvTable> table = readCsvFile(kDataDir + u'/' + name);
    if (!table)
        return table.error();
    return RegistryImporter(repo).run(*table, ColumnMapping::fromHeaders(table->headers), actor);
}

int changeLogRows(Database& db, const QList<Licence>& licences)
{
    int rows = 0;
    for (const Licence& licence : licences)
        rows += int(ChangeLogRepository(db).entriesFor(licence.id).value().size());
    return rows;
}

QString json(const Licence& licence)
{
    return QString::fromUtf8(QJsonDocument(licence.toJson()).toJson());
}

// What a spreadsheet cannot hold (ids, annual reports, launch dates, registrars) or the import
// infers from the number (the scope) is left out of a round-trip comparison.
Licence spreadsheetPart(Licence licence)
{
    licence.id.clear();
    licence.applicationId.clear();
    licence.annualReports.clear();
    licence.scope = LicenceScope::Province;
    for (RegisteredWebsite& website : licence.websites) {
        website.launchedOn = QDate();
        for (RegisteredDomain& domain : website.domains)
            domain.registrar.clear();
    }
    return licence;
}

QList<Licence> roundTripLicences()
{
    Licence licence = fullLicence(1);
    licence.uscc = u"91110105MA01XK3T93"_s;
    licence.provinceCode = 11;
    licence.accessProvider = u"示例云, 北京"_s;
    licence.hostingExpiresOn = QDate(2027, 4, 30);
    licence.businessChangedOn = QDate(2026, 8, 12);
    licence.owner = u"张示例"_s;
    licence.status = LicenceStatus::Cancelled;
    licence.notes = u"第一行\n第二行, with \"quotes\""_s;
    licence.websites = {
        RegisteredWebsite{u"京ICP备20260001号-1"_s,
                          u"示例商城"_s,
                          {u"https://www.example-mall.cn/"_s, u"https://example-mall.com.cn/"_s},
                          u"京公网安备11010502030001号"_s,
                          QDate(),
                          {RegisteredDomain{u"example-mall.cn"_s, QString(), QDate(2027, 6, 1)},
                           RegisteredDomain{u"例子.中国"_s, QString(), QDate()}}},
        RegisteredWebsite{u"京ICP备20260001号-2"_s,
                          u"示例资讯"_s,
                          {},
                          QString(),
                          QDate(),
                          {RegisteredDomain{u"example-news.cn"_s, QString(), QDate(2028, 1, 2)}}},
    };
    Licence filing;
    filing.id = u"f-1"_s;
    filing.kind = ApplicationKind::Filing;
    filing.number = u"沪ICP备20260004号"_s;
    filing.entityName = u"上海市示例教育服务中心"_s;
    filing.provinceCode = 31;
    filing.issuedOn = QDate(2026, 3, 1);
    Licence national = fullLicence(2);
    national.number = u"B2-20260009"_s;
    national.services = {u"B21"_s};
    return {licence, filing, national};
}

} // namespace

class TestRegistryImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theGb18030ExampleImportsEveryField_data() { Backend::addRows(); }
    void theGb18030ExampleImportsEveryField()
    {
        ICP_OPEN_TEST_DATABASE(db);
        LicenceRepository repo(**db);
        const Result<ImportReport> report = importFile(repo, u"registry-gb18030.csv"_s);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->count(ImportedRow::Action::Created), 3);
        QVERIFY(report->problems.isEmpty());

        const Licence filing = repo.findByNumber(u"京ICP备20260001号"_s).value().value();
        QCOMPARE(filing.kind, ApplicationKind::Filing);
        QCOMPARE(filing.entityName, u"示例网络科技（北京）有限公司"_s);
        QCOMPARE(filing.provinceCode, 11);
        QCOMPARE(filing.issuedOn, QDate(2026, 1, 15));
        QVERIFY(!filing.expiresOn.isValid()); // filings do not expire
        QCOMPARE(filing.websites.size(), 1);
        QCOMPARE(filing.websites[0].number, u"京ICP备20260001号-1"_s);
        QCOMPARE(filing.websites[0].name, u"示例商城"_s);
        QCOMPARE(filing.websites[0].psbNumber, u"京公网安备11010502030001号"_s);
        QCOMPARE(filing.websites[0].homepageUrls, QStringList{u"https://www.example-mall.cn/"_s});
        QCOMPARE(filing.websites[0].domains.size(), 2);
        QCOMPARE(filing.websites[0].domains[1].name, u"example-mall.com.cn"_s);
        QCOMPARE(filing.websites[0].domains[1].expiresOn, QDate(2027, 6, 1)); // one date for both
        QCOMPARE(filing.accessProvider, u"示例云"_s);
        QCOMPARE(filing.owner, u"张示例"_s);
        QCOMPARE(filing.status, LicenceStatus::Active);

        const Licence licence = repo.findByNumber(u"粤B2-20260002"_s).value().value();
        QCOMPARE(licence.kind, ApplicationKind::Licence);
        QCOMPARE(licence.services, (QStringList{u"B25"_s, u"B21"_s}));
        QCOMPARE(licence.issuedOn, QDate(2026, 2, 1));
        QCOMPARE(licence.expiresOn, QDate(2031, 2, 1)); // five years from issue when not given
        QCOMPARE(licence.provinceCode, 44);
        QCOMPARE(licence.websites[0].domains[0].expiresOn, QDate(2027, 12, 31));

        // Kind inferred from the number; two websites with one domain and one date each; a
        // quoted cell with a comma.
        const Licence school = repo.findByNumber(u"沪ICP备20260004号"_s).value().value();
        QCOMPARE(school.kind, ApplicationKind::Filing);
        QCOMPARE(school.websites.size(), 2);
        QCOMPARE(school.websites[1].number, u"沪ICP备20260004号-2"_s);
        QCOMPARE(school.websites[1].domains.size(), 1);
        QCOMPARE(school.websites[1].domains[0].name, u"example-docs.cn"_s);
        QCOMPARE(school.websites[1].domains[0].expiresOn, QDate(2028, 3, 1));
        QCOMPARE(school.accessProvider, u"示例接入, 上海分公司"_s);
    }

    void badRowsAreReportedTheOthersImported_data() { Backend::addRows(); }
    void badRowsAreReportedTheOthersImported()
    {
        ICP_OPEN_TEST_DATABASE(db);
        LicenceRepository repo(**db);
        const Result<ImportReport> report = importFile(repo, u"registry-bad-rows.csv"_s);
        QVERIFY(report.ok());
        QCOMPARE(report->count(ImportedRow::Action::Created), 2);
        QCOMPARE(report->count(ImportedRow::Action::Refused), 7);
        QCOMPARE(repo.list().value().size(), 2);
        QVERIFY(repo.findByNumber(u"苏ICP备20260008号"_s).value().has_value());

        // README.md lists these: row, column, the reason's code.
        const QList<std::tuple<int, int, QString>> expected{
            {3, 1, u"icp.serial"_s},        {4, 3, u"uscc.checksum"_s},
            {5, 5, u"registry.date"_s},     {6, 4, u"registry.province"_s},
            {7, 6, u"domain.characters"_s}, {8, 1, u"registry.number-missing"_s},
            {9, 7, u"psb.format"_s},
        };
        QCOMPARE(report->problems.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ImportProblem& p = report->problems.at(i);
            const auto& [row, column, code] = expected.at(i);
            QCOMPARE(p.row, row);
            QCOMPARE(p.column, column);
            QCOMPARE(p.code, code);
            QVERIFY(!p.message.isEmpty());
            QVERIFY2(
                p.describe().startsWith(u"Row %1, column %2 (%3): "_s.arg(row).arg(column).arg(p.header)),
                qPrintable(p.describe()));
        }
    }

    void reimportSkipsTheSameAndUpdatesTheChanged_data() { Backend::addRows(); }
    void reimportSkipsTheSameAndUpdatesTheChanged()
    {
        ICP_OPEN_TEST_DATABASE(db);
        LicenceRepository repo(**db);
        QCOMPARE(importFile(repo, u"registry-utf8-bom.csv"_s).value().count(ImportedRow::Action::Created), 2);
        const QList<Licence> first = repo.list().value();
        const int logged = changeLogRows(**db, first);
        QCOMPARE(logged, 2); // one "created" each

        // The same file again: nothing new, nothing logged.
        const ImportReport again = importFile(repo, u"registry-utf8-bom.csv"_s).value();
        QCOMPARE(again.count(ImportedRow::Action::Skipped), 2);
        QCOMPARE(repo.list().value(), first);
        QCOMPARE(changeLogRows(**db, first), logged);

        // The same records written by Excel in China (other headers, encoding and date forms)
        // are unchanged too; its third row is new.
        const ImportReport chinese = importFile(repo, u"registry-gb18030.csv"_s).value();
        QCOMPARE(chinese.count(ImportedRow::Action::Skipped), 2);
        QCOMPARE(chinese.count(ImportedRow::Action::Created), 1);
        QCOMPARE(repo.list().value().size(), 3);

        // The tab file changes one owner and leaves the rest: one update, logged per field.
        const ImportReport tab = importFile(repo, u"registry-tab.txt"_s, u"bob"_s).value();
        QCOMPARE(tab.count(ImportedRow::Action::Updated), 1);
        QCOMPARE(tab.count(ImportedRow::Action::Skipped), 1);
        const Licence updated = repo.findByNumber(u"粤B2-20260002"_s).value().value();
        QCOMPARE(updated.owner, u"赵示例"_s);
        QCOMPARE(updated.websites.size(), 1); // an empty cell erases nothing
        const QList<ChangeLogEntry> entries = ChangeLogRepository(**db).entriesFor(updated.id).value();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.constFirst().actor, u"bob"_s);
        QCOMPARE(entries.constFirst().change.path, u"owner"_s);
        QCOMPARE(entries.constFirst().change.oldValue, std::optional<QString>(u"李示例"_s));
        QCOMPARE(entries.constFirst().change.newValue, std::optional<QString>(u"赵示例"_s));
    }

    void mergeKeepsWhatTheRowDoesNotSay()
    {
        Licence existing = roundTripLicences().constFirst();
        existing.websites[0].launchedOn = QDate(2026, 2, 1);
        existing.websites[0].domains[0].registrar = u"示例注册商"_s;
        ParsedRow row;
        row.licence.number = existing.number;
        row.licence.owner = u"李示例"_s;
        row.licence.websites = {
            RegisteredWebsite{u"京ICP备20260001号-1"_s,
                              {},
                              {},
                              {},
                              {},
                              {RegisteredDomain{u"example-mall.cn"_s, {}, QDate(2029, 6, 1)},
                               RegisteredDomain{u"example-mall.net"_s, {}, {}}}}};
        row.given = {RegistryColumn::Number, RegistryColumn::Owner, RegistryColumn::Websites,
                     RegistryColumn::Domains, RegistryColumn::DomainExpires};
        const Licence merged = mergeRegistryRow(existing, row);
        QCOMPARE(merged.owner, u"李示例"_s);
        QCOMPARE(merged.notes, existing.notes);
        QCOMPARE(merged.websites.size(), 2);
        QCOMPARE(merged.websites[0].name, u"示例商城"_s);
        QCOMPARE(merged.websites[0].launchedOn, QDate(2026, 2, 1));
        QCOMPARE(merged.websites[0].domains.size(), 3);
        QCOMPARE(merged.websites[0].domains[0].expiresOn, QDate(2029, 6, 1));
        QCOMPARE(merged.websites[0].domains[0].registrar, u"示例注册商"_s);
        QCOMPARE(merged.websites[0].domains[2].name, u"example-mall.net"_s);
    }

    void exportThenImportGivesTheSameRecords_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("headers");
        QTest::newRow("sqlite, English headers") << u"sqlite"_s << int(HeaderLanguage::English);
        QTest::newRow("sqlite, Chinese headers") << u"sqlite"_s << int(HeaderLanguage::Chinese);
        QTest::newRow("postgres, English headers") << u"postgres"_s << int(HeaderLanguage::English);
    }
    void exportThenImportGivesTheSameRecords()
    {
        QFETCH(int, headers);
        ICP_OPEN_TEST_DATABASE(db);
        LicenceRepository repo(**db);
        const QList<Licence> originals = roundTripLicences();
        const QByteArray bytes = exportRegistryCsv(originals, HeaderLanguage(headers));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const Result<CsvTable> table = parseCsv(bytes);
        QVERIFY(table.ok());
        QCOMPARE(table->encoding, TextEncoding::Utf8Bom);
        QCOMPARE(table->rows.size(), 4); // the licence with two websites takes two rows

        const ImportReport report = RegistryImporter(repo)
                                        .run(*table, ColumnMapping::fromHeaders(table->headers), u"tester"_s)
                                        .value();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).describe()));
        QCOMPARE(report.count(ImportedRow::Action::Created), 3);
        QCOMPARE(report.count(ImportedRow::Action::Updated), 1); // the second website's row
        for (const Licence& original : originals) {
            const std::optional<Licence> imported = repo.findByNumber(original.number).value();
            QVERIFY2(imported.has_value(), qPrintable(original.number));
            QVERIFY2(
                spreadsheetPart(*imported) == spreadsheetPart(original),
                qPrintable(json(spreadsheetPart(*imported)) + u"\n≠\n"_s + json(spreadsheetPart(original))));
        }
        // And the export of the imported records is the same file.
        QList<Licence> reloaded;
        for (const Licence& original : originals)
            reloaded.append(repo.findByNumber(original.number).value().value());
        QCOMPARE(exportRegistryCsv(reloaded, HeaderLanguage(headers)), bytes);
    }

    void progressCanStopTheImport()
    {
        QString why;
        const std::unique_ptr<TestDatabase> db = Backend::open(u"sqlite"_s, &why);
        QVERIFY2(db, qPrintable(why));
        LicenceRepository repo(**db);
        const Result<CsvTable> table = readCsvFile(kDataDir + u"/registry-gb18030.csv"_s);
        QVERIFY(table.ok());
        QList<int> seen;
        const ImportReport report = RegistryImporter(repo)
                                        .run(*table, ColumnMapping::fromHeaders(table->headers), u"tester"_s,
                                             [&seen](int done, int total) {
                                                 seen.append(done);
                                                 return done < total - 1;
                                             })
                                        .value();
        QCOMPARE(seen, (QList<int>{1, 2}));
        QCOMPARE(report.rows.size(), 2);
        QCOMPARE(repo.list().value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRegistryImport)
#include "tst_registryimport.moc"
