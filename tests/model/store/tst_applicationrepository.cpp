#include "StoreTestSupport.h"
#include "store/ApplicationRepository.h"
#include "store/ChangeLog.h"
#include "store/Dossier.h"
#include "store/LicenceRepository.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

namespace {

// On a failed comparison, show both sides as JSON (QCOMPARE cannot print an Application).
void verifySame(const Application& actual, const Application& expected)
{
    if (actual == expected)
        return;
    const QByteArray a = QJsonDocument(actual.toJson()).toJson();
    const QByteArray e = QJsonDocument(expected.toJson()).toJson();
    QCOMPARE(a, e);
    QFAIL("applications differ in a way their JSON does not show");
}

QString describe(const QList<ChangeLogEntry>& entries)
{
    QStringList lines;
    for (const ChangeLogEntry& e : entries)
        lines.append(e.change.path + u": "_s + e.change.oldValue.value_or(u"∅"_s) + u" → "_s +
                     e.change.newValue.value_or(u"∅"_s));
    return lines.join(u'\n');
}

const ChangeLogEntry* entryFor(const QList<ChangeLogEntry>& entries, const QString& path)
{
    for (const ChangeLogEntry& e : entries) {
        if (e.change.path == path)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestApplicationRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField_data() { Backend::addRows(); }
    void roundTripKeepsEveryField()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        const Application original = fullApplication(1);
        const Status saved = repo.save(original, u"tester"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        const Result<Application> loaded = repo.load(original.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        verifySame(loaded.value(), original);

        // A second save over the first replaces every owned row (no duplicates).
        Application changed = original;
        changed.websites.removeLast();
        changed.persons.first().roles = {PersonRole::Guardian};
        QVERIFY(repo.save(changed, u"tester"_s).ok());
        verifySame(repo.load(original.id).value(), changed);
        QCOMPARE(countRows(**db, u"websites"_s, u"application_id"_s, original.id), 1);
        QCOMPARE(countRows(**db, u"domains"_s, u"application_id"_s, original.id), 2);
    }

    void exampleDossiersRoundTrip_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("file");
        const QDir dir(QString::fromUtf8(ICP_TEST_DATA_DIR "/dossiers"));
        const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        for (const auto& [name, backend] :
             {std::pair{"SQLite", u"sqlite"_s}, std::pair{"PostgreSQL", u"postgres"_s}}) {
            for (const QString& file : files)
                QTest::addRow("%s is stored and loaded unchanged on %s", qPrintable(file), name)
                    << backend << dir.filePath(file);
        }
    }
    void exampleDossiersRoundTrip()
    {
        QFETCH(QString, file);
        ICP_OPEN_TEST_DATABASE(db);
        const Result<Dossier> dossier = readDossierFile(file);
        QVERIFY2(dossier.ok(), qPrintable(dossier.ok() ? QString() : dossier.error().message));
        ApplicationRepository applications(**db);
        QVERIFY(applications.save(dossier->application, u"import"_s).ok());
        verifySame(applications.load(dossier->application.id).value(), dossier->application);
        LicenceRepository licences(**db);
        for (const Licence& licence : dossier->licences) {
            QVERIFY(licences.save(licence, u"import"_s).ok());
            QVERIFY(licences.load(licence.id).value() == licence);
        }
    }

    void minimalApplicationRoundTrips_data() { Backend::addRows(); }
    void minimalApplicationRoundTrips()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        Application bare;
        bare.id = u"bare"_s;
        QVERIFY(repo.save(bare, u"tester"_s).ok());
        verifySame(repo.load(u"bare"_s).value(), bare);
    }

    void applicationWithoutIdIsRefused_data() { Backend::addRows(); }
    void applicationWithoutIdIsRefused()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        const Status saved = repo.save(Application{}, u"tester"_s);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, u"store.no-id"_s);
    }

    void editsAreLoggedFieldByField_data() { Backend::addRows(); }
    void editsAreLoggedFieldByField()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        ChangeLogRepository log(**db);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        Application app = fullApplication(2);
        QVERIFY(repo.save(app, u"alice"_s).ok());

        app.entity.name = u"新名称有限公司"_s;
        app.websites[0].domains[1].expiresOn = QDate(2030, 2, 1);
        app.persons.removeLast();
        app.updatedAt = app.updatedAt.addSecs(60); // not logged
        QVERIFY(repo.save(app, u"bob"_s).ok());

        const Result<QList<ChangeLogEntry>> entries = log.entriesFor(app.id);
        QVERIFY(entries.ok());
        const QList<ChangeLogEntry>& list = entries.value();
        const QString text = describe(list);
        // Newest first: the creation entry is last.
        QCOMPARE(list.constLast().change.path, QString());
        QCOMPARE(list.constLast().change.newValue, std::optional<QString>(u"created"_s));
        QCOMPARE(list.constLast().actor, u"alice"_s);
        QVERIFY(list.constFirst().id > list.constLast().id);

        const ChangeLogEntry* name = entryFor(list, u"entity.name"_s);
        QVERIFY2(name, qPrintable(text));
        QCOMPARE(name->actor, u"bob"_s);
        QCOMPARE(name->aggregateType, u"application"_s);
        QCOMPARE(name->change.oldValue, std::optional<QString>(u"示例科技有限公司2"_s));
        QCOMPARE(name->change.newValue, std::optional<QString>(u"新名称有限公司"_s));
        QVERIFY2(name->at >= before && name->at <= QDateTime::currentDateTimeUtc().addSecs(2),
                 qPrintable(name->at.toString(Qt::ISODateWithMs)));
        QCOMPARE(name->at.timeSpec(), Qt::UTC);

        const ChangeLogEntry* expiry = entryFor(list, u"websites[0].domains[1].expiresOn"_s);
        QVERIFY2(expiry, qPrintable(text));
        QCOMPARE(expiry->change.oldValue, std::optional<QString>(u"2027-01-15"_s));
        QCOMPARE(expiry->change.newValue, std::optional<QString>(u"2030-02-01"_s));

        const ChangeLogEntry* removedPerson = entryFor(list, u"persons[1].name"_s);
        QVERIFY2(removedPerson, qPrintable(text));
        QCOMPARE(removedPerson->change.oldValue, std::optional<QString>(u"李四"_s));
        QCOMPARE(removedPerson->change.newValue, std::nullopt);

        QVERIFY2(!entryFor(list, u"updatedAt"_s), qPrintable(text));
        QVERIFY2(!entryFor(list, u"entity.postcode"_s), qPrintable(text)); // unchanged
    }

    void savingAnUnchangedApplicationLogsNothing_data() { Backend::addRows(); }
    void savingAnUnchangedApplicationLogsNothing()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        const Application app = fullApplication(3);
        QVERIFY(repo.save(app, u"alice"_s).ok());
        QVERIFY(repo.save(app, u"alice"_s).ok());
        QCOMPARE(ChangeLogRepository(**db).entriesFor(app.id).value().size(), 1);
    }

    void changeLogRefusesUpdateAndDelete_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("statement");
        for (const auto& [name, backend] :
             {std::pair{"SQLite", u"sqlite"_s}, std::pair{"PostgreSQL", u"postgres"_s}}) {
            QTest::addRow("an UPDATE on %s is refused", name)
                << backend << u"UPDATE change_log SET actor = 'mallory'"_s;
            QTest::addRow("a DELETE on %s is refused", name) << backend << u"DELETE FROM change_log"_s;
        }
        QTest::newRow("a TRUNCATE on PostgreSQL is refused") << u"postgres"_s << u"TRUNCATE change_log"_s;
    }
    void changeLogRefusesUpdateAndDelete()
    {
        QFETCH(QString, statement);
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        const Application app = fullApplication(4);
        QVERIFY(repo.save(app, u"alice"_s).ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(!query.exec(statement));
        QVERIFY2(query.lastError().text().contains(u"append-only"_s), qPrintable(query.lastError().text()));
        const QList<ChangeLogEntry> entries = ChangeLogRepository(**db).entriesFor(app.id).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().actor, u"alice"_s);
    }

    void removeCascadesToOwnedRows_data() { Backend::addRows(); }
    void removeCascadesToOwnedRows()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        const Application gone = fullApplication(5);
        const Application kept = fullApplication(6);
        QVERIFY(repo.save(gone, u"alice"_s).ok());
        QVERIFY(repo.save(kept, u"alice"_s).ok());
        const QStringList owned{u"persons"_s,       u"websites"_s,  u"domains"_s,       u"access"_s,
                                u"pre_approvals"_s, u"documents"_s, u"status_history"_s};
        for (const QString& table : owned)
            QVERIFY2(countRows(**db, table, u"application_id"_s, gone.id) > 0, qPrintable(table));

        const Status removed = repo.remove(gone.id, u"carol"_s);
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().message));
        for (const QString& table : owned) {
            QVERIFY2(countRows(**db, table, u"application_id"_s, gone.id) == 0, qPrintable(table));
            QVERIFY2(countRows(**db, table, u"application_id"_s, kept.id) > 0, qPrintable(table));
        }
        QCOMPARE(repo.load(gone.id).error().code, u"store.not-found"_s);
        verifySame(repo.load(kept.id).value(), kept);

        const QList<ChangeLogEntry> entries = ChangeLogRepository(**db).entriesFor(gone.id).value();
        QCOMPARE(entries.size(), 2); // created, removed: the history outlives the application
        QCOMPARE(entries.constFirst().change.newValue, std::optional<QString>(u"removed"_s));
        QCOMPARE(entries.constFirst().actor, u"carol"_s);

        QCOMPARE(repo.remove(gone.id, u"carol"_s).error().code, u"store.not-found"_s);
    }

    void foreignKeysAreEnforced_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("statement");
        for (const auto& [name, backend] :
             {std::pair{"SQLite", u"sqlite"_s}, std::pair{"PostgreSQL", u"postgres"_s}}) {
            QTest::addRow("a person of a missing application is refused on %s", name)
                << backend
                << u"INSERT INTO persons (application_id, ordinal, document_type) VALUES ('nope', 0, 'x')"_s;
            QTest::addRow("a domain of a missing website is refused on %s", name)
                << backend
                << u"INSERT INTO domains (application_id, website_ordinal, ordinal, "
                   u"registrant_document_type) "
                   "VALUES ('%1', 9, 0, 'x')"_s;
        }
    }
    void foreignKeysAreEnforced()
    {
        QFETCH(QString, statement);
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        const Application app = fullApplication(7);
        QVERIFY(repo.save(app, u"alice"_s).ok());
        QSqlQuery query((*db)->connection());
        // The id is a fixed test value: formatting it into the statement is safe here.
        QVERIFY2(!query.exec(statement.arg(app.id)), "the database accepted a row without its parent");
    }

    void listSummarisesNewestFirst_data() { Backend::addRows(); }
    void listSummarisesNewestFirst()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        Application older = fullApplication(8);
        Application newer = fullApplication(9);
        newer.status = ApplicationStatus::Draft;
        newer.kind = ApplicationKind::Filing;
        newer.operation = Operation::FirstFiling;
        newer.websites.removeFirst();
        newer.updatedAt = older.updatedAt.addDays(1);
        QVERIFY(repo.save(older, u"alice"_s).ok());
        QVERIFY(repo.save(newer, u"alice"_s).ok());

        const Result<QList<ApplicationSummary>> list = repo.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        const ApplicationSummary& first = list->at(0);
        QCOMPARE(first.id, newer.id);
        QCOMPARE(first.entityName, newer.entity.name);
        QCOMPARE(first.websiteNames, QStringList{u"示例商城"_s});
        QCOMPARE(first.kind, ApplicationKind::Filing);
        QCOMPARE(first.operation, Operation::FirstFiling);
        QCOMPARE(first.status, ApplicationStatus::Draft);
        QCOMPARE(first.wizardStep, wizardStep(ApplicationStatus::Draft));
        QCOMPARE(first.wizardPage, u"websites"_s);
        QCOMPARE(first.updatedAt, newer.updatedAt);
        const ApplicationSummary& second = list->at(1);
        QCOMPARE(second.id, older.id);
        QCOMPARE(second.websiteNames, (QStringList{u"示例资讯"_s, u"示例商城"_s}));
        QCOMPARE(second.status, ApplicationStatus::AuthorityReview);
        QCOMPARE(second.wizardStep, wizardStep(ApplicationStatus::AuthorityReview));
    }

    void listFiltersBySearchText_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        const QString a = fullApplication(11).id;
        const QString b = fullApplication(12).id;
        for (const auto& [name, backend] :
             {std::pair{"SQLite", u"sqlite"_s}, std::pair{"PostgreSQL", u"postgres"_s}}) {
            QTest::addRow("an entity name matches on %s", name)
                << backend << u"有限公司11"_s << QStringList{a};
            QTest::addRow("a website name matches on %s", name) << backend << u"商城"_s << QStringList{b, a};
            QTest::addRow("a domain matches in any letter case on %s", name)
                << backend << u"EXAMPLE12.CN"_s << QStringList{b};
            QTest::addRow("a percent sign is matched literally on %s", name)
                << backend << u"%"_s << QStringList{};
            QTest::addRow("an underscore is matched literally on %s", name)
                << backend << u"example1_.cn"_s << QStringList{};
        }
    }
    void listFiltersBySearchText()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        QVERIFY(repo.save(fullApplication(11), u"alice"_s).ok());
        QVERIFY(repo.save(fullApplication(12), u"alice"_s).ok());
        const Result<QList<ApplicationSummary>> list = repo.list(search);
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().message));
        QStringList ids;
        for (const ApplicationSummary& s : list.value())
            ids.append(s.id);
        QCOMPARE(ids, expected);
    }

    void saveManyImportsInBatches_data() { Backend::addRows(); }
    void saveManyImportsInBatches()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        QList<Application> apps;
        for (int i = 0; i < 30; ++i)
            apps.append(fullApplication(100 + i));
        QList<int> reported;
        const Result<int> saved = repo.saveMany(
            apps, u"import"_s,
            [&reported](int done, int) {
                reported.append(done);
                return true;
            },
            7);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved.value(), 30);
        QCOMPARE(reported, (QList<int>{7, 14, 21, 28, 30}));
        QCOMPARE(repo.list().value().size(), 30);
        verifySame(repo.load(apps.at(17).id).value(), apps.at(17));
    }

    void saveManyStopsWhenCancelled_data() { Backend::addRows(); }
    void saveManyStopsWhenCancelled()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        QList<Application> apps;
        for (int i = 0; i < 10; ++i)
            apps.append(fullApplication(200 + i));
        const Result<int> saved = repo.saveMany(
            apps, u"import"_s, [](int, int) { return false; }, 4);
        QCOMPARE(saved.value(), 4);
        QCOMPARE(repo.list().value().size(), 4);
    }

    void saveManyRollsBackTheFailingBatch_data() { Backend::addRows(); }
    void saveManyRollsBackTheFailingBatch()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        QList<Application> apps;
        for (int i = 0; i < 10; ++i)
            apps.append(fullApplication(300 + i));
        apps[6].id.clear(); // second batch fails
        const Result<int> saved = repo.saveMany(apps, u"import"_s, {}, 4);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, u"store.no-id"_s);
        QCOMPARE(repo.list().value().size(), 4); // first batch kept, second rolled back
    }

    void loadingAnUnknownKeyFailsClearly_data() { Backend::addRows(); }
    void loadingAnUnknownKeyFailsClearly()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        const Application app = fullApplication(10);
        QVERIFY(repo.save(app, u"alice"_s).ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.prepare(u"UPDATE documents SET kind = 'no-such-kind' WHERE application_id = :id"_s));
        query.bindValue(u":id"_s, app.id);
        QVERIFY(query.exec());
        const Result<Application> loaded = repo.load(app.id);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, u"store.bad-key"_s);
        QVERIFY2(loaded.error().message.contains(u"no-such-kind"_s), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(u"documents.kind"_s), qPrintable(loaded.error().message));
    }

    void loadingAMissingApplicationSaysSo_data() { Backend::addRows(); }
    void loadingAMissingApplicationSaysSo()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository repo(**db);
        const Result<Application> loaded = repo.load(u"missing-id"_s);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, u"store.not-found"_s);
        QVERIFY(loaded.error().message.contains(u"missing-id"_s));
    }
};

QTEST_GUILESS_MAIN(TestApplicationRepository)
#include "tst_applicationrepository.moc"
