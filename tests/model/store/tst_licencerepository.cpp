#include "StoreTestSupport.h"
#include "store/ChangeLog.h"
#include "store/LicenceRepository.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

namespace {

// fullLicence with every registry field (docs/portfolio.md) set, websites and domains included.
Licence registryLicence(int n)
{
    Licence licence = fullLicence(n);
    licence.uscc = u"91110105MA01XK3T93"_s;
    licence.provinceCode = 11;
    licence.accessProvider = u"示例云"_s;
    licence.hostingExpiresOn = QDate(2027, 4, 30);
    licence.businessChangedOn = QDate(2026, 8, 12);
    licence.owner = u"张示例"_s;
    licence.status = LicenceStatus::Cancelled;
    licence.notes = u"第一行\n第二行, with \"quotes\""_s;
    RegisteredWebsite mall{u"京ICP备20260001号-1"_s,
                           u"示例商城"_s,
                           {u"https://www.example-mall.cn/"_s, u"https://example-mall.com.cn/"_s},
                           u"京公网安备11010502030001号"_s,
                           QDate(2026, 2, 1),
                           {RegisteredDomain{u"example-mall.cn"_s, u"示例注册商"_s, QDate(2027, 6, 1)},
                            RegisteredDomain{u"例子.中国"_s, QString(), QDate()}}};
    RegisteredWebsite news{u"京ICP备20260001号-2"_s, u"示例资讯"_s, {}, QString(), QDate(), {}};
    licence.websites = {mall, news};
    return licence;
}

} // namespace

class TestLicenceRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField_data() { Backend::addRows(); }
    void roundTripKeepsEveryField()
    {
        ICP_OPEN_TEST_DATABASE(db);
        LicenceRepository repo(**db);
        const Licence original = fullLicence(1);
        const Status saved = repo.save(original, u"tester"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        const Result<Licence> loaded = repo.load(original.id);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value() == original);

        Licence renewed = original;
        renewed.expiresOn = QDate(2034, 6, 1);
        renewed.annualReports.removeLast();
        QVERIFY(repo.save(renewed, u"tester"_s).ok());
        QVERIFY(repo.load(original.id).value() == renewed);
        QCOMPARE(countRows(**db, u"annual_reports"_s, u"licence_id"_s, original.id), 1);
    }

    void registryFieldsRoundTrip_data() { Backend::addRows(); }
    void registryFieldsRoundTrip()
    {
        ICP_OPEN_TEST_DATABASE(db);
        LicenceRepository repo(**db);
        const Licence original = registryLicence(5);
        const Status saved = repo.save(original, u"tester"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        const Result<Licence> loaded = repo.load(original.id);
        QVERIFY(loaded.ok());
        QVERIFY2(loaded.value() == original,
                 qPrintable(QString::fromUtf8(QJsonDocument(loaded.value().toJson()).toJson())));
        QCOMPARE(countRows(**db, u"licence_websites"_s, u"licence_id"_s, original.id), 2);
        QCOMPARE(countRows(**db, u"licence_domains"_s, u"licence_id"_s, original.id), 2);

        // Fewer websites and domains: the rows of the old ones go.
        Licence edited = original;
        edited.websites.removeLast();
        edited.websites[0].domains.removeFirst();
        edited.websites[0].psbNumber.clear();
        edited.status = LicenceStatus::Active;
        QVERIFY(repo.save(edited, u"tester"_s).ok());
        QVERIFY(repo.load(original.id).value() == edited);
        QCOMPARE(countRows(**db, u"licence_websites"_s, u"licence_id"_s, original.id), 1);
        QCOMPARE(countRows(**db, u"licence_domains"_s, u"licence_id"_s, original.id), 1);

        // Every licence of the list gets its own websites.
        QVERIFY(repo.save(fullLicence(6), u"tester"_s).ok());
        const QList<Licence> all = repo.list().value();
        QCOMPARE(all.size(), 2);
        for (const Licence& licence : all)
            QVERIFY(licence == (licence.id == edited.id ? edited : fullLicence(6)));
    }

    void registryEditsAreLoggedPerField_data() { Backend::addRows(); }
    void registryEditsAreLoggedPerField()
    {
        ICP_OPEN_TEST_DATABASE(db);
        LicenceRepository repo(**db);
        Licence licence = registryLicence(7);
        QVERIFY(repo.save(licence, u"alice"_s).ok());
        licence.owner = u"李示例"_s;
        licence.websites[0].domains[0].expiresOn = QDate(2028, 6, 1);
        QVERIFY(repo.save(licence, u"bob"_s).ok());
        QVERIFY(repo.save(licence, u"bob"_s).ok()); // unchanged: nothing logged
        const QList<ChangeLogEntry> entries = ChangeLogRepository(**db).entriesFor(licence.id).value();
        QStringList paths;
        for (const ChangeLogEntry& entry : entries)
            paths.append(entry.change.path);
        paths.sort();
        QCOMPARE(paths, (QStringList{QString(), u"owner"_s, u"websites[0].domains[0].expiresOn"_s}));
        for (const ChangeLogEntry& entry : entries) {
            if (entry.change.path == "owner"_L1) {
                QCOMPARE(entry.actor, u"bob"_s);
                QCOMPARE(entry.change.oldValue, std::optional<QString>(u"张示例"_s));
                QCOMPARE(entry.change.newValue, std::optional<QString>(u"李示例"_s));
            }
        }
    }

    void findByNumberMatchesExactly_data() { Backend::addRows(); }
    void findByNumberMatchesExactly()
    {
        ICP_OPEN_TEST_DATABASE(db);
        LicenceRepository repo(**db);
        const Licence licence = registryLicence(8);
        QVERIFY(repo.save(licence, u"tester"_s).ok());
        QVERIFY(repo.save(fullLicence(9), u"tester"_s).ok());
        const Result<std::optional<Licence>> found = repo.findByNumber(licence.number);
        QVERIFY(found.ok());
        QVERIFY(found->has_value());
        QVERIFY(**found == licence);
        QVERIFY(!repo.findByNumber(licence.number + u"0"_s).value().has_value());
        QVERIFY(!repo.findByNumber(QString()).value().has_value());
    }

    void removeTakesTheWebsitesAlong_data() { Backend::addRows(); }
    void removeTakesTheWebsitesAlong()
    {
        ICP_OPEN_TEST_DATABASE(db);
        LicenceRepository repo(**db);
        const Licence licence = registryLicence(10);
        QVERIFY(repo.save(licence, u"tester"_s).ok());
        QVERIFY(repo.remove(licence.id, u"tester"_s).ok());
        QCOMPARE(countRows(**db, u"licence_websites"_s, u"licence_id"_s, licence.id), 0);
        QCOMPARE(countRows(**db, u"licence_domains"_s, u"licence_id"_s, licence.id), 0);
    }

    void listPutsTheSoonestExpiryFirst_data() { Backend::addRows(); }
    void listPutsTheSoonestExpiryFirst()
    {
        ICP_OPEN_TEST_DATABASE(db);
        LicenceRepository repo(**db);
        Licence filing = fullLicence(1);
        filing.kind = ApplicationKind::Filing;
        filing.expiresOn = QDate(); // filings do not expire
        filing.annualReports.clear();
        const Licence later = fullLicence(30);
        const Licence sooner = fullLicence(2);
        for (const Licence& l : {filing, later, sooner})
            QVERIFY(repo.save(l, u"tester"_s).ok());
        const Result<QList<Licence>> list = repo.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).id, sooner.id);
        QCOMPARE(list->at(1).id, later.id);
        QCOMPARE(list->at(2).id, filing.id);
        QVERIFY(list->at(1) == later); // annual reports attached to the right licence
    }

    void removeCascadesAndIsLogged_data() { Backend::addRows(); }
    void removeCascadesAndIsLogged()
    {
        ICP_OPEN_TEST_DATABASE(db);
        LicenceRepository repo(**db);
        const Licence licence = fullLicence(3);
        QVERIFY(repo.save(licence, u"alice"_s).ok());
        QVERIFY(repo.remove(licence.id, u"bob"_s).ok());
        QCOMPARE(countRows(**db, u"annual_reports"_s, u"licence_id"_s, licence.id), 0);
        QCOMPARE(repo.load(licence.id).error().code, u"store.not-found"_s);
        const QList<ChangeLogEntry> entries = ChangeLogRepository(**db).entriesFor(licence.id).value();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.constFirst().aggregateType, u"licence"_s);
        QCOMPARE(entries.constFirst().change.newValue, std::optional<QString>(u"removed"_s));
        QCOMPARE(repo.remove(licence.id, u"bob"_s).error().code, u"store.not-found"_s);
    }

    void editsAreLogged_data() { Backend::addRows(); }
    void editsAreLogged()
    {
        ICP_OPEN_TEST_DATABASE(db);
        LicenceRepository repo(**db);
        Licence licence = fullLicence(4);
        QVERIFY(repo.save(licence, u"alice"_s).ok());
        licence.annualReports[1].filedOn = QDate(2026, 3, 20);
        QVERIFY(repo.save(licence, u"alice"_s).ok());
        const QList<ChangeLogEntry> entries = ChangeLogRepository(**db).entriesFor(licence.id).value();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.constFirst().change.path, u"annualReports[1].filedOn"_s);
        QCOMPARE(entries.constFirst().change.oldValue, std::nullopt);
        QCOMPARE(entries.constFirst().change.newValue, std::optional<QString>(u"2026-03-20"_s));
    }
};

QTEST_GUILESS_MAIN(TestLicenceRepository)
#include "tst_licencerepository.moc"
