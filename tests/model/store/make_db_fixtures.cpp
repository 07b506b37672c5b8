// Writes tests/data/db/schema-v<N>.sqlite: a database at every schema version older
// than the current one, with a few rows, for tst_migrations to upgrade. Run through
// tests/data/db/make-fixtures.sh. The rows are written with frozen SQL of that
// version (not with the repositories, which always target the latest schema), so
// regenerating a fixture later still produces the historic shape.
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

bool insert(Database& db, const QString& table, const QStringList& columns, const QVariantList& values)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(u"?"_s);
    QSqlQuery query(db.connection());
    query.prepare(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s +
                  marks.join(u", "_s) + u')');
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCritical("insert into %s failed: %s", qPrintable(table), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// Version 1 rows; tst_migrations expects exactly these values after an upgrade.
bool writeV1Rows(Database& db)
{
    const QVariant null(QMetaType::fromType<QString>());
    const QStringList app{u"id"_s,
                          u"kind"_s,
                          u"operation"_s,
                          u"status"_s,
                          u"entity_type"_s,
                          u"entity_name"_s,
                          u"certificate_type"_s,
                          u"certificate_number"_s,
                          u"province_code"_s,
                          u"registered_capital_yuan"_s,
                          u"foreign_equity_percent"_s,
                          u"created_at"_s,
                          u"updated_at"_s,
                          u"planned_submission"_s,
                          u"wizard_page"_s,
                          u"licence_scope"_s,
                          u"service_categories"_s,
                          u"no_pre_approval_pledge_signed"_s};
    bool ok =
        insert(db, u"applications"_s, app,
               {u"fixture-app-1"_s, u"licence"_s, u"new-website"_s, u"authority-review"_s, u"foundation"_s,
                u"示例基金会"_s, u"foundation-certificate"_s, u"53100000500021676Q"_s, 11, 10000000, 0.0,
                u"2023-03-01T08:00:00.000Z"_s, u"2023-03-02T09:30:00.500Z"_s, u"2023-04-01"_s, u"websites"_s,
                u"national"_s, u"[\"B25\"]"_s, 1}) &&
        insert(db, u"applications"_s, app,
               {u"fixture-app-2"_s, u"filing"_s, u"first-filing"_s, u"draft"_s, u"individual"_s, u"王五"_s,
                u"resident-id"_s, u"11010519491231002X"_s, 11, 0, 0.0, u"2023-03-05T10:00:00.000Z"_s,
                u"2023-03-05T10:00:00.000Z"_s, null, u"entity"_s, u"province"_s, u"[]"_s, 0});
    ok = ok && insert(db, u"persons"_s,
                      {u"application_id"_s, u"ordinal"_s, u"person_id"_s, u"name"_s, u"document_type"_s,
                       u"document_number"_s, u"document_expiry"_s, u"mobile"_s, u"email"_s, u"roles"_s},
                      {u"fixture-app-1"_s, 0, u"p-1"_s, u"张三"_s, u"resident-id"_s, u"11010519491231002X"_s,
                       u"2030-01-01"_s, u"13800138000"_s, u"zhang@example.com"_s,
                       u"[\"entity-principal\",\"website-principal\"]"_s});
    ok = ok && insert(db, u"websites"_s,
                      {u"application_id"_s, u"ordinal"_s, u"website_id"_s, u"name"_s, u"homepage_urls"_s,
                       u"service_type"_s, u"languages"_s, u"principal_id"_s},
                      {u"fixture-app-1"_s, 0, u"w-1"_s, u"示例公益"_s, u"[\"https://example.org.cn/\"]"_s,
                       u"organisation-portal"_s, u"[\"zh-Hans\"]"_s, u"p-1"_s});
    ok = ok && insert(db, u"domains"_s,
                      {u"application_id"_s, u"website_ordinal"_s, u"ordinal"_s, u"name"_s, u"a_label"_s,
                       u"registrant_document_type"_s, u"registrant_is_organisation"_s, u"expires_on"_s},
                      {u"fixture-app-1"_s, 0, 0, u"example.org.cn"_s, u"example.org.cn"_s, u"resident-id"_s,
                       1, u"2026-05-01"_s});
    ok = ok && insert(db, u"access"_s,
                      {u"application_id"_s, u"website_ordinal"_s, u"ordinal"_s, u"provider"_s,
                       u"province_code"_s, u"ip_addresses"_s},
                      {u"fixture-app-1"_s, 0, 0, u"Example Cloud"_s, 11, u"[\"192.0.2.1\"]"_s});
    ok = ok && insert(db, u"documents"_s,
                      {u"application_id"_s, u"ordinal"_s, u"document_id"_s, u"kind"_s, u"file_name"_s,
                       u"sha256"_s, u"byte_size"_s, u"mime_type"_s},
                      {u"fixture-app-1"_s, 0, u"d-1"_s, u"entity-certificate"_s, u"certificate.pdf"_s,
                       u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s, 2048,
                       u"application/pdf"_s});
    ok = ok && insert(db, u"status_history"_s,
                      {u"application_id"_s, u"ordinal"_s, u"status"_s, u"changed_at"_s, u"note"_s},
                      {u"fixture-app-1"_s, 0, u"draft"_s, u"2023-03-01T08:00:00.000Z"_s, u""_s});
    ok = ok && insert(db, u"licences"_s,
                      {u"id"_s, u"application_id"_s, u"kind"_s, u"number"_s, u"entity_name"_s, u"scope"_s,
                       u"services"_s, u"issued_on"_s, u"expires_on"_s},
                      {u"fixture-licence-1"_s, u"fixture-app-1"_s, u"licence"_s, u"京B2-20230001"_s,
                       u"示例基金会"_s, u"national"_s, u"[\"B25\"]"_s, u"2023-06-01"_s, u"2028-06-01"_s});
    ok = ok &&
         insert(db, u"annual_reports"_s, {u"licence_id"_s, u"ordinal"_s, u"operating_year"_s, u"filed_on"_s},
                {u"fixture-licence-1"_s, 0, 2023, u"2024-03-15"_s});
    return ok;
}

// Version 2 added only the change log and indexes: the same rows, so every fixture
// upgrades to the same expected application (and the change log starts empty).
bool writeV2Rows(Database& db)
{
    return writeV1Rows(db);
}

// Version 3 added the outbox (empty here: a fixture with queued rows would need the
// application in status queued, and tst_migrations expects the same application from every
// fixture).
bool writeV3Rows(Database& db)
{
    return writeV1Rows(db);
}

// Version 4 added sync_state: the same application rows plus one cursor, which the
// upgrade must keep.
bool writeV4Rows(Database& db)
{
    return writeV1Rows(db) &&
           insert(db, u"sync_state"_s, {u"backend"_s, u"cursor"_s, u"last_sync_at"_s, u"last_error"_s},
                  {u"http://127.0.0.1:8080"_s, u"42"_s, u"2024-05-03T10:11:12.345Z"_s, u""_s});
}

// Version 5 added document_analyses (a cache: empty here, an upgrade may start it empty).
bool writeV5Rows(Database& db)
{
    return writeV4Rows(db);
}

// Versions 6 (the registry's columns and tables), 7 (obligations marked done) and 8 (the
// dashboard's obligation index, derived data) start with the same rows: tst_migrations expects the
// same application and licence from every fixture, the licence an active record with nothing else
// known, nothing marked done.
bool writeV6Rows(Database& db)
{
    return writeV5Rows(db);
}

bool writeV7Rows(Database& db)
{
    return writeV6Rows(db);
}

bool writeV8Rows(Database& db)
{
    return writeV7Rows(db);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    // Existing fixtures stand for databases users already have: only missing ones are
    // written unless --all asks for every one (their bytes change: timestamps).
    const bool all = args.removeAll(u"--all"_s) > 0;
    if (args.size() != 2) {
        qCritical("usage: icp_make_db_fixtures [--all] OUTPUT_DIRECTORY");
        return 2;
    }
    using Writer = bool (*)(Database&);
    const Writer writers[] = {&writeV1Rows, &writeV2Rows, &writeV3Rows, &writeV4Rows,
                              &writeV5Rows, &writeV6Rows, &writeV7Rows, &writeV8Rows};
    if (int(std::size(writers)) != Migrations::latestVersion() - 1)
        qWarning("add a writer here for every version older than the latest");

    for (int version = 1; version <= int(std::size(writers)); ++version) {
        const QString path = args.at(1) + u"/schema-v%1.sqlite"_s.arg(version);
        if (!all && QFile::exists(path)) {
            qInfo("kept %s", qPrintable(path));
            continue;
        }
        QFile::remove(path);
        Result<std::unique_ptr<Database>> db = Database::openSqlite(path, DatabaseOptions{.migrate = false});
        if (!db) {
            qCritical("%s", qPrintable(db.error().message));
            return 1;
        }
        if (Status migrated = Migrations::migrate(*db.value(), version); !migrated) {
            qCritical("%s", qPrintable(migrated.error().message));
            return 1;
        }
        if (!writers[version - 1](*db.value()))
            return 1;
        // Fold the WAL back into the file so the fixture is one self-contained file.
        QSqlQuery checkpoint(db.value()->connection());
        checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        checkpoint.exec(u"PRAGMA journal_mode=DELETE"_s);
        checkpoint.finish();
        qInfo("wrote %s", qPrintable(path));
    }
    return 0;
}
