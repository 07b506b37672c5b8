#include "StoreTestSupport.h"
#include "store/ChangeLog.h"
#include "store/LicenceRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

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
