#include "StoreTestSupport.h"
#include "obligations/ReminderLog.h"
#include "store/ApplicationRepository.h"
#include "store/ChangeLog.h"
#include "store/DocumentAnalysisRepository.h"
#include "store/LicenceRepository.h"
#include "store/Migrations.h"
#include "store/ObligationCompletionRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

namespace {

const QString kFixtureDir = QString::fromUtf8(ICP_TEST_DATA_DIR "/db");

bool tableExists(Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    // Works on both backends: selecting from a missing table fails.
    return query.exec(u"SELECT COUNT(*) FROM "_s + table);
}

// What make_db_fixtures.cpp wrote into every fixture (the v1 rows).
Application expectedFixtureApplication()
{
    Application app;
    app.id = u"fixture-app-1"_s;
    app.kind = ApplicationKind::Licence;
    app.operation = Operation::NewWebsite;
    app.status = ApplicationStatus::AuthorityReview;
    app.entity.type = EntityType::Foundation;
    app.entity.name = u"示例基金会"_s;
    app.entity.certificateType = CertificateType::FoundationCertificate;
    app.entity.certificateNumber = u"53100000500021676Q"_s;
    app.entity.provinceCode = 11;
    app.entity.registeredCapitalYuan = 10000000;
    app.createdAt = utc(u"2023-03-01T08:00:00Z"_s);
    app.updatedAt = utc(u"2023-03-02T09:30:00.500Z"_s);
    app.plannedSubmission = QDate(2023, 4, 1);
    app.wizardPage = u"websites"_s;
    app.licenceScope = LicenceScope::National;
    app.serviceCategories = {u"B25"_s};
    app.noPreApprovalPledgeSigned = true;
    Person p;
    p.id = u"p-1"_s;
    p.name = u"张三"_s;
    p.documentNumber = u"11010519491231002X"_s;
    p.documentExpiry = QDate(2030, 1, 1);
    p.mobile = u"13800138000"_s;
    p.email = u"zhang@example.com"_s;
    p.roles = {PersonRole::EntityPrincipal, PersonRole::WebsitePrincipal};
    app.persons = {p};
    Website w;
    w.id = u"w-1"_s;
    w.name = u"示例公益"_s;
    w.homepageUrls = {u"https://example.org.cn/"_s};
    w.serviceType = u"organisation-portal"_s;
    w.languages = {u"zh-Hans"_s};
    w.principalId = u"p-1"_s;
    Domain d;
    d.name = u"example.org.cn"_s;
    d.aLabel = u"example.org.cn"_s;
    d.registrantIsOrganisation = true;
    d.expiresOn = QDate(2026, 5, 1);
    w.domains = {d};
    w.access = {Access{u"Example Cloud"_s, 11, {u"192.0.2.1"_s}}};
    app.websites = {w};
    Document doc;
    doc.id = u"d-1"_s;
    doc.kind = DocumentKind::EntityCertificate;
    doc.fileName = u"certificate.pdf"_s;
    doc.sha256 = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    doc.byteSize = 2048;
    doc.mimeType = u"application/pdf"_s;
    app.documents = {doc};
    app.history = {StatusChange{ApplicationStatus::Draft, utc(u"2023-03-01T08:00:00Z"_s), {}}};
    return app;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thereIsAFixtureForEveryOlderVersion()
    {
        for (int version = 1; version < Migrations::latestVersion(); ++version) {
            const QString path = kFixtureDir + u"/schema-v%1.sqlite"_s.arg(version);
            QVERIFY2(QFile::exists(path),
                     qPrintable(u"missing fixture (run tests/data/db/make-fixtures.sh): "_s + path));
        }
    }

    void freshDatabaseIsAtTheLatestVersion_data() { Backend::addRows(); }
    void freshDatabaseIsAtTheLatestVersion()
    {
        ICP_OPEN_TEST_DATABASE(db);
        QCOMPARE((*db)->schemaVersion().value(), Migrations::latestVersion());
        QVERIFY(tableExists(**db, u"change_log"_s));
        // Migrating again is a no-op.
        QVERIFY(Migrations::migrate(**db).ok());
        QCOMPARE((*db)->schemaVersion().value(), Migrations::latestVersion());
    }

    void fixtureUpgradesKeepingItsData_data()
    {
        QTest::addColumn<QString>("fixture");
        const QStringList files =
            QDir(kFixtureDir).entryList({u"schema-v*.sqlite"_s}, QDir::Files, QDir::Name);
        for (const QString& file : files)
            QTest::addRow("%s upgrades to the latest version keeping its rows", qPrintable(file)) << file;
        if (files.isEmpty())
            QTest::newRow("no fixture found") << QString();
    }
    void fixtureUpgradesKeepingItsData()
    {
        QFETCH(QString, fixture);
        QVERIFY2(!fixture.isEmpty(), "no fixture databases in tests/data/db");
        QTemporaryDir dir;
        const QString path = dir.filePath(fixture);
        QVERIFY(QFile::copy(kFixtureDir + u'/' + fixture, path)); // never touch the committed file
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        Result<std::unique_ptr<Database>> opened = Database::openSqlite(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        Database& db = *opened.value();
        QCOMPARE(db.schemaVersion().value(), Migrations::latestVersion());

        ApplicationRepository applications(db);
        const Result<Application> loaded = applications.load(u"fixture-app-1"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QVERIFY2(loaded.value() == expectedFixtureApplication(),
                 qPrintable(QString::fromUtf8(QJsonDocument(loaded.value().toJson()).toJson())));
        QCOMPARE(applications.list().value().size(), 2);
        QCOMPARE(applications.load(u"fixture-app-2"_s).value().entity.name, u"王五"_s);

        LicenceRepository licences(db);
        const Result<Licence> licence = licences.load(u"fixture-licence-1"_s);
        QVERIFY(licence.ok());
        QCOMPARE(licence->number, u"京B2-20230001"_s);
        QCOMPARE(licence->annualReports.size(), 1);
        QCOMPARE(licence->annualReports.constFirst().filedOn, QDate(2024, 3, 15));
        // v6: the registry's columns read back as an active record with nothing else known, and
        // its websites and domains are saved and found by number.
        QCOMPARE(licence->status, LicenceStatus::Active);
        QCOMPARE(licence->provinceCode, 0);
        QVERIFY(licence->uscc.isEmpty() && licence->owner.isEmpty() && licence->websites.isEmpty());
        QVERIFY(tableExists(db, u"licence_websites"_s));
        QVERIFY(tableExists(db, u"licence_domains"_s));
        Licence registered = licence.value();
        registered.owner = u"张示例"_s;
        registered.websites = {
            RegisteredWebsite{u"京ICP备20260001号-1"_s,
                              u"示例"_s,
                              {},
                              QString(),
                              QDate(),
                              {RegisteredDomain{u"example.org.cn"_s, {}, QDate(2027, 1, 1)}}}};
        QVERIFY(licences.save(registered, u"upgrader"_s).ok());
        QVERIFY(licences.findByNumber(u"京B2-20230001"_s).value() == std::optional<Licence>(registered));

        // v3: the outbox exists and starts empty.
        QVERIFY(tableExists(db, u"outbox"_s));
        QCOMPARE(countRows(db, u"outbox"_s, u"application_id"_s, u"fixture-app-1"_s), 0);
        // v4: sync bookkeeping exists; the v4 fixture's cursor survives the upgrade.
        QVERIFY(tableExists(db, u"sync_state"_s));
        if (fixture == "schema-v4.sqlite"_L1)
            QCOMPARE(countRows(db, u"sync_state"_s, u"cursor"_s, u"42"_s), 1);
        // v5: the document analysis cache exists, starts empty and works.
        QVERIFY(tableExists(db, u"document_analyses"_s));
        DocumentAnalysisRepository analyses(db);
        QVERIFY(analyses.findMany({loaded->documents.constFirst().sha256}, 1).value().isEmpty());
        const StoredAnalysis row{loaded->documents.constFirst().sha256, 1, "{}",
                                 utc(u"2024-05-03T10:11:12Z"_s)};
        QVERIFY(analyses.put(row).ok());
        QCOMPARE(analyses.find(row.sha256, 1).value(), std::optional<StoredAnalysis>(row));
        // Obligations marked done: the table exists, start empty and work.
        QVERIFY(tableExists(db, u"obligation_completions"_s));
        ObligationCompletionRepository completions(db);
        QVERIFY(completions.doneIds().value().isEmpty());
        ObligationCompletion done;
        done.obligationId = u"0123456789abcdef"_s;
        done.doneOn = QDate(2024, 3, 1);
        done.actor = u"upgrader"_s;
        QVERIFY(completions.record(done).ok());
        QCOMPARE(completions.doneIds().value(), QSet<QString>{done.obligationId});
        // The reminder stages (schemaReminders): the table exists, starts empty, and a stage is
        // claimed once.
        QVERIFY(tableExists(db, u"reminders_sent"_s));
        ReminderLog reminders(db);
        QVERIFY(reminders.sentFor({u"obligation-1"_s}).value().isEmpty());
        const SentReminder given{u"obligation-1"_s, u"stage-90"_s, utc(u"2024-05-03T10:11:12Z"_s), u"test"_s};
        QCOMPARE(reminders.claim(given).value(), true);
        QCOMPARE(reminders.claim(given).value(), false);
        QCOMPARE(reminders.sentFor({u"obligation-1"_s}).value(), QList<SentReminder>{given});

        // The upgraded database works like a new one: edits are logged.
        Application edited = loaded.value();
        edited.entity.name = u"示例基金会（新）"_s;
        QVERIFY(applications.save(edited, u"upgrader"_s).ok());
        const QList<ChangeLogEntry> entries = ChangeLogRepository(db).entriesFor(edited.id).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().change.path, u"entity.name"_s);
    }

    void stepwiseMigrationStopsAtTheTarget()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Database>> opened =
            Database::openSqlite(dir.filePath(u"steps.sqlite"_s), DatabaseOptions{.migrate = false});
        QVERIFY(opened.ok());
        Database& db = *opened.value();
        QCOMPARE(db.schemaVersion().value(), 0);
        QVERIFY(Migrations::migrate(db, 1).ok());
        QCOMPARE(db.schemaVersion().value(), 1);
        QVERIFY(tableExists(db, u"applications"_s));
        QVERIFY(!tableExists(db, u"change_log"_s));
        QVERIFY(Migrations::migrate(db).ok());
        QCOMPARE(db.schemaVersion().value(), Migrations::latestVersion());
        QVERIFY(tableExists(db, u"change_log"_s));
    }

    void aFailedMigrationLeavesNoTrace()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Database>> opened =
            Database::openSqlite(dir.filePath(u"failing.sqlite"_s), DatabaseOptions{.migrate = false});
        QVERIFY(opened.ok());
        Database& db = *opened.value();
        QVERIFY(Migrations::migrate(db, 1).ok());
        // An index v2 will try to create already exists: v2 fails after creating change_log.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"CREATE INDEX domains_expires_on ON domains (expires_on)"_s));
        const Status migrated = Migrations::migrate(db);
        QVERIFY(!migrated.ok());
        QVERIFY2(migrated.error().message.contains(u"domains_expires_on"_s),
                 qPrintable(migrated.error().message));
        QCOMPARE(db.schemaVersion().value(), 1);
        QVERIFY2(!tableExists(db, u"change_log"_s), "the half-done migration was rolled back");
    }

    void newerDatabaseIsRefused_data() { Backend::addRows(); }
    void newerDatabaseIsRefused()
    {
        ICP_OPEN_TEST_DATABASE(db);
        const int future = Migrations::latestVersion() + 7;
        QSqlQuery query((*db)->connection());
        QVERIFY(query.prepare(u"INSERT INTO schema_version (version, applied_at) VALUES (:v, 'later')"_s));
        query.bindValue(u":v"_s, future);
        QVERIFY(query.exec());

        const Status migrated = Migrations::migrate(**db);
        QVERIFY(!migrated.ok());
        QCOMPARE(migrated.error().code, u"store.too-new"_s);
        QVERIFY2(migrated.error().message.contains(QString::number(future)),
                 qPrintable(migrated.error().message));

        if (backend == "sqlite"_L1) {
            // Reopening the file names it and refuses it.
            const QString path = (*db)->location();
            const Result<std::unique_ptr<Database>> reopened = Database::openSqlite(path);
            QVERIFY(!reopened.ok());
            QCOMPARE(reopened.error().code, u"store.too-new"_s);
            QVERIFY2(reopened.error().message.contains(path), qPrintable(reopened.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
