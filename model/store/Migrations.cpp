#include "store/Migrations.h"

#include "core/Logging.h"
#include "store/Database.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// v1: the initial schema. One row per aggregate root; lists of records are child
// tables keyed by (parent key, ordinal) and owned with ON DELETE CASCADE; lists of
// plain strings are JSON arrays in TEXT columns; enums are their stable keys;
// dates are ISO text (see StoreValues.h).
QStringList schemaV1(const Dialect& d)
{
    const QString boolFalse = d.booleanType() + u" NOT NULL DEFAULT "_s + d.booleanLiteral(false);
    const QString ownedByApplication =
        u"application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE, "_s;
    const QString ownedByWebsite =
        u"application_id TEXT NOT NULL, website_ordinal INTEGER NOT NULL, ordinal INTEGER NOT NULL, "_s;
    const QString websiteKey = u"PRIMARY KEY (application_id, website_ordinal, ordinal), "
                               "FOREIGN KEY (application_id, website_ordinal) "
                               "REFERENCES websites (application_id, ordinal) ON DELETE CASCADE"_s;
    return {
        u"CREATE TABLE applications ("
        "id TEXT PRIMARY KEY, "
        "kind TEXT NOT NULL, operation TEXT NOT NULL, status TEXT NOT NULL, "
        "entity_type TEXT NOT NULL, entity_name TEXT NOT NULL DEFAULT '', "
        "certificate_type TEXT NOT NULL, certificate_number TEXT NOT NULL DEFAULT '', "
        "certificate_address TEXT NOT NULL DEFAULT '', communication_address TEXT NOT NULL DEFAULT '', "
        "postcode TEXT NOT NULL DEFAULT '', province_code INTEGER NOT NULL DEFAULT 0, "
        "investor TEXT NOT NULL DEFAULT '', entity_filing_number TEXT NOT NULL DEFAULT '', "
        "registered_capital_yuan BIGINT NOT NULL DEFAULT 0, "
        "foreign_equity_percent DOUBLE PRECISION NOT NULL DEFAULT 0, "
        "created_at TEXT, updated_at TEXT, planned_submission TEXT, "
        "wizard_page TEXT NOT NULL DEFAULT '', licence_scope TEXT NOT NULL, "
        "service_categories TEXT NOT NULL DEFAULT '[]', "
        "no_pre_approval_pledge_signed "_s +
            boolFalse + u")"_s,
        u"CREATE TABLE persons ("_s + ownedByApplication +
            u"ordinal INTEGER NOT NULL, person_id TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '', "
            "document_type TEXT NOT NULL, document_number TEXT NOT NULL DEFAULT '', document_expiry TEXT, "
            "mobile TEXT NOT NULL DEFAULT '', landline TEXT NOT NULL DEFAULT '', "
            "email TEXT NOT NULL DEFAULT '', roles TEXT NOT NULL DEFAULT '[]', "
            "PRIMARY KEY (application_id, ordinal))"_s,
        u"CREATE TABLE websites ("_s + ownedByApplication +
            u"ordinal INTEGER NOT NULL, website_id TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '', "
            "homepage_urls TEXT NOT NULL DEFAULT '[]', service_type TEXT NOT NULL DEFAULT '', "
            "languages TEXT NOT NULL DEFAULT '[]', remarks TEXT NOT NULL DEFAULT '', "
            "principal_id TEXT NOT NULL DEFAULT '', filing_number TEXT NOT NULL DEFAULT '', "
            "PRIMARY KEY (application_id, ordinal))"_s,
        u"CREATE TABLE domains ("_s + ownedByWebsite +
            u"name TEXT NOT NULL DEFAULT '', a_label TEXT NOT NULL DEFAULT '', "
            "registrar TEXT NOT NULL DEFAULT '', registrant_name TEXT NOT NULL DEFAULT '', "
            "registrant_document_type TEXT NOT NULL, registrant_is_organisation "_s +
            boolFalse +
            u", registrant_document_number TEXT NOT NULL DEFAULT '', real_name_verified_on TEXT, "
            "expires_on TEXT, "_s +
            websiteKey + u")"_s,
        u"CREATE TABLE access ("_s + ownedByWebsite +
            u"provider TEXT NOT NULL DEFAULT '', province_code INTEGER NOT NULL DEFAULT 0, "
            "ip_addresses TEXT NOT NULL DEFAULT '[]', "_s +
            websiteKey + u")"_s,
        u"CREATE TABLE pre_approvals ("_s + ownedByWebsite +
            u"category TEXT NOT NULL DEFAULT '', permit_number TEXT NOT NULL DEFAULT '', "
            "document_id TEXT NOT NULL DEFAULT '', "_s +
            websiteKey + u")"_s,
        u"CREATE TABLE documents ("_s + ownedByApplication +
            u"ordinal INTEGER NOT NULL, document_id TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, "
            "subject_id TEXT NOT NULL DEFAULT '', file_name TEXT NOT NULL DEFAULT '', "
            "sha256 TEXT NOT NULL DEFAULT '', byte_size BIGINT NOT NULL DEFAULT 0, "
            "mime_type TEXT NOT NULL DEFAULT '', PRIMARY KEY (application_id, ordinal))"_s,
        u"CREATE TABLE status_history ("_s + d.autoIdColumn(u"id"_s) + u", "_s + ownedByApplication +
            u"ordinal INTEGER NOT NULL, status TEXT NOT NULL, changed_at TEXT, note TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX status_history_application ON status_history (application_id, ordinal)"_s,
        // A licence outlives the application record it came from (and may have been
        // imported without one), so application_id is a plain indexed column, not a FK.
        u"CREATE TABLE licences ("
        "id TEXT PRIMARY KEY, application_id TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, "
        "number TEXT NOT NULL DEFAULT '', entity_name TEXT NOT NULL DEFAULT '', scope TEXT NOT NULL, "
        "services TEXT NOT NULL DEFAULT '[]', issued_on TEXT, expires_on TEXT)"_s,
        u"CREATE INDEX licences_application ON licences (application_id)"_s,
        u"CREATE TABLE annual_reports ("
        "licence_id TEXT NOT NULL REFERENCES licences (id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, "
        "operating_year INTEGER NOT NULL, filed_on TEXT, PRIMARY KEY (licence_id, ordinal))"_s,
    };
}

// v2: who changed what and when, append-only (an audit trail the application
// itself cannot rewrite), and the indexes the dashboard's queries need.
QStringList schemaV2(const Dialect& d)
{
    QStringList statements{
        u"CREATE TABLE change_log ("_s + d.autoIdColumn(u"id"_s) + u", changed_at TEXT NOT NULL DEFAULT ("_s +
            d.currentTimestampUtc() +
            u"), actor TEXT NOT NULL, aggregate_type TEXT NOT NULL, aggregate_id TEXT NOT NULL, "
            "field_path TEXT NOT NULL, old_value TEXT, new_value TEXT)"_s,
        u"CREATE INDEX change_log_aggregate ON change_log (aggregate_id, id)"_s,
        u"CREATE INDEX applications_status ON applications (status)"_s,
        u"CREATE INDEX applications_updated_at ON applications (updated_at)"_s,
        u"CREATE INDEX licences_expires_on ON licences (expires_on)"_s,
        u"CREATE INDEX domains_expires_on ON domains (expires_on)"_s,
    };
    statements += d.appendOnlyTriggers(u"change_log"_s);
    return statements;
}

// v3: the outbox (issue 3 submits into it, issue 5's sync engine sends it). One row per
// request to the registration backend, written in the same transaction as the status
// change it stands for, so a submission is never lost and never sent twice: the
// idempotency key travels with every retry and the backend deduplicates on it.
QStringList schemaV3(const Dialect& d)
{
    return {
        u"CREATE TABLE outbox ("_s + d.autoIdColumn(u"id"_s) +
            u", application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE, "
            "kind TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL, "
            "created_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL, "
            "last_error TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'pending', sent_at TEXT, "
            "receipt TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX outbox_due ON outbox (state, next_attempt_at)"_s,
        u"CREATE INDEX outbox_application ON outbox (application_id, id)"_s,
    };
}

// v4: sync bookkeeping per backend (issue 5): the change-feed cursor and the last sync's
// time and error. In the same database as the rows the changes were applied to, so a
// copied or restored database never pairs with a cursor from another one.
QStringList schemaV4(const Dialect&)
{
    return {
        u"CREATE TABLE sync_state (backend TEXT PRIMARY KEY, cursor TEXT NOT NULL DEFAULT '', "
        "last_sync_at TEXT, last_error TEXT NOT NULL DEFAULT '')"_s,
    };
}

// v5: the content analyses of stored files (issue 4: check results survive a restart).
// Keyed like the document store, by the SHA-256 of the bytes, plus the analyser version
// (documentAnalyserVersion): a changed analyser ignores the old rows. No foreign key: one
// row serves every document row with that content (DocumentAnalysisRepository.h).
QStringList schemaV5(const Dialect&)
{
    return {
        u"CREATE TABLE document_analyses (sha256 TEXT NOT NULL, analyser INTEGER NOT NULL, "
        "analysis TEXT NOT NULL, analysed_at TEXT NOT NULL, PRIMARY KEY (sha256, analyser))"_s,
    };
}

// v6: the portfolio registry (docs/portfolio.md "Registry and import"): what a manager keeps of
// every filing and licence (entity USCC, province, provider, hosting expiry, owner, status,
// notes) and its websites with their numbers, PSB numbers and domains. The columns are added
// with defaults, so older licences read back as active records with nothing else known.
// The number index is a plain one, not UNIQUE: older databases may hold the same number twice,
// and the import, which matches by number, takes the first (LicenceRepository::findByNumber).
QStringList schemaV6Registry(const Dialect&)
{
    QStringList statements;
    const QStringList columns{
        u"uscc TEXT NOT NULL DEFAULT ''"_s,
        u"province_code INTEGER NOT NULL DEFAULT 0"_s,
        u"access_provider TEXT NOT NULL DEFAULT ''"_s,
        u"hosting_expires_on TEXT"_s,
        u"business_changed_on TEXT"_s,
        u"owner TEXT NOT NULL DEFAULT ''"_s,
        u"status TEXT NOT NULL DEFAULT 'active'"_s,
        u"notes TEXT NOT NULL DEFAULT ''"_s,
        u"updated_at TEXT"_s,
    };
    for (const QString& column : columns)
        statements.append(u"ALTER TABLE licences ADD COLUMN "_s + column);
    statements += {
        u"CREATE TABLE licence_websites ("
        "licence_id TEXT NOT NULL REFERENCES licences (id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, "
        "number TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '', "
        "homepage_urls TEXT NOT NULL DEFAULT '[]', psb_number TEXT NOT NULL DEFAULT '', launched_on TEXT, "
        "PRIMARY KEY (licence_id, ordinal))"_s,
        u"CREATE TABLE licence_domains ("
        "licence_id TEXT NOT NULL, website_ordinal INTEGER NOT NULL, ordinal INTEGER NOT NULL, "
        "name TEXT NOT NULL DEFAULT '', registrar TEXT NOT NULL DEFAULT '', expires_on TEXT, "
        "PRIMARY KEY (licence_id, website_ordinal, ordinal), "
        "FOREIGN KEY (licence_id, website_ordinal) "
        "REFERENCES licence_websites (licence_id, ordinal) ON DELETE CASCADE)"_s,
        u"CREATE INDEX licences_number ON licences (number)"_s,
        u"CREATE INDEX licences_status ON licences (status)"_s,
        u"CREATE INDEX licences_owner ON licences (owner)"_s,
        u"CREATE INDEX licences_province ON licences (province_code)"_s,
        u"CREATE INDEX licences_hosting_expires_on ON licences (hosting_expires_on)"_s,
        u"CREATE INDEX licence_websites_number ON licence_websites (number)"_s,
        u"CREATE INDEX licence_domains_expires_on ON licence_domains (expires_on)"_s,
        u"CREATE INDEX licence_domains_name ON licence_domains (name)"_s,
    };
    return statements;
}

// v7 (issue 11, obligations): obligations marked done (docs/obligations.md). Keyed by the obligation's stable
// id (kind + subject + due date), not by a foreign key: an obligation is derived, never stored. Evidence is
// kept in the document store by its SHA-256, which counts as a reference there
// (DocumentStore::referencedHashes). An empty decision is "not a lapse".
QStringList obligationCompletions(const Dialect&)
{
    return {
        u"CREATE TABLE obligation_completions (obligation_id TEXT PRIMARY KEY, done_on TEXT NOT NULL, "
        "note TEXT NOT NULL DEFAULT '', evidence_sha256 TEXT NOT NULL DEFAULT '', "
        "evidence_file_name TEXT NOT NULL DEFAULT '', decision TEXT NOT NULL DEFAULT '', "
        "actor TEXT NOT NULL DEFAULT '', recorded_at TEXT NOT NULL)"_s,
        u"CREATE INDEX obligation_completions_evidence ON obligation_completions (evidence_sha256)"_s,
    };
}

// v8: the dashboard's obligation index (issue 11): one row per obligation the engine derived,
// rebuilt per record and wholly (ObligationIndex.h), so the dashboard filters, sorts, pages
// and counts in SQL instead of deriving 100,000 records' obligations on every change. The
// state is not stored: it is computed on the day asked from due_on, due_soon_from and
// missed_when_late (ObligationQuery.h), so nothing is rewritten when the day changes. No key:
// the index is derived data, replaced whole by record_id. One index per filter, each ending
// in due_on, the default order, so a filtered first page is read in order; the due_on index
// covers what the state and the chart need, so the unfiltered counts never read a row.
QStringList schemaObligationIndex(const Dialect& d)
{
    QStringList statements{
        u"CREATE TABLE obligation_index ("
        "id TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '', "
        "entity TEXT NOT NULL DEFAULT '', province_code INTEGER NOT NULL DEFAULT 0, "
        "provider TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', "
        "record_id TEXT NOT NULL DEFAULT '', due_on TEXT NOT NULL, due_at TEXT, due_soon_from TEXT, "
        "missed_when_late "_s +
            d.booleanType() + u" NOT NULL DEFAULT "_s + d.booleanLiteral(false) +
            u", rule TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX obligation_index_record ON obligation_index (record_id)"_s,
        u"CREATE INDEX obligation_index_due_at ON obligation_index (due_at)"_s,
        // The unfiltered and state-filtered counts and months read this index alone (no row
        // lookups): everything the state and the chart's two stacks are computed from.
        u"CREATE INDEX obligation_index_due_on ON obligation_index "
        "(due_on, kind, missed_when_late, due_soon_from, due_at)"_s,
    };
    for (const QString& column : {u"due_soon_from"_s, u"entity"_s, u"province_code"_s, u"provider"_s,
                                  u"owner"_s, u"kind"_s, u"subject"_s}) {
        statements.append(u"CREATE INDEX obligation_index_"_s + column + u" ON obligation_index ("_s +
                          column + u", due_on)"_s);
    }
    return statements;
}

// v9: reminders (issue 11 point 5): which stage of which obligation was already notified, so the
// program and `icpctl remind` never give the same reminder twice (docs/reminders.md). The
// primary key is the claim: whoever inserts the row first gives the reminder. No foreign key:
// obligations are derived, not stored (their id is a hash, model/obligations/Obligation.h).
QStringList schemaReminders(const Dialect&)
{
    return {
        u"CREATE TABLE reminders_sent (obligation_id TEXT NOT NULL, stage_key TEXT NOT NULL, "
        "notified_at TEXT NOT NULL, notified_by TEXT NOT NULL DEFAULT '', "
        "PRIMARY KEY (obligation_id, stage_key))"_s,
    };
}

using SchemaStep = QStringList (*)(const Dialect&);
constexpr SchemaStep kSteps[] = {&schemaV1,
                                 &schemaV2,
                                 &schemaV3,
                                 &schemaV4,
                                 &schemaV5,
                                 &schemaV6Registry,
                                 &obligationCompletions,
                                 &schemaObligationIndex,
                                 &schemaReminders};

Status applyVersion(Database& db, int version)
{
    Transaction transaction(db.connection());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    // Two programs starting on the same database both try to migrate: the loser waits
    // for the winner's lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: the table lock), then
    // sees the version already applied and does nothing.
    if (!db.dialect().isSqlite()) {
        if (Status locked = execStatement(db.connection(), u"LOCK TABLE schema_version IN EXCLUSIVE MODE"_s,
                                          u"lock the schema_version table"_s);
            !locked)
            return locked;
    }
    QSqlQuery check(db.connection());
    if (!check.exec(u"SELECT MAX(version) FROM schema_version"_s))
        return sqlFailure(u"read the schema version"_s, check.lastError());
    const int found = check.next() ? check.value(0).toInt() : 0;
    check.finish();
    if (found >= version)
        return transaction.commit();
    const QStringList statements = kSteps[version - 1](db.dialect());
    for (const QString& sql : statements) {
        if (Status done =
                execStatement(db.connection(), sql, u"migrate the schema to version %1"_s.arg(version));
            !done)
            return done;
    }
    QSqlQuery record(db.connection());
    if (Status done =
            prepareQuery(record, u"INSERT INTO schema_version (version, applied_at) VALUES (:v, :at)"_s,
                         u"record the schema version"_s);
        !done)
        return done;
    record.bindValue(u":v"_s, version);
    record.bindValue(u":at"_s, store::dateTimeValue(QDateTime::currentDateTimeUtc()));
    if (Status done = execQuery(record, u"record the schema version"_s); !done)
        return done;
    return transaction.commit();
}

} // namespace

int Migrations::latestVersion()
{
    return int(std::size(kSteps));
}

Result<int> Migrations::currentVersion(Database& db)
{
    if (Status done = execStatement(db.connection(),
                                    u"CREATE TABLE IF NOT EXISTS schema_version ("
                                    "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"_s,
                                    u"create the schema_version table"_s);
        !done)
        return done.error();
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s))
        return sqlFailure(u"read the schema version"_s, query.lastError());
    return query.next() ? query.value(0).toInt() : 0;
}

Status Migrations::migrate(Database& db, int targetVersion)
{
    Result<int> current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latestVersion()) {
        return Error{u"store.too-new"_s,
                     QCoreApplication::translate(
                         "Migrations", "The database has schema version %1, but this version of the "
                                       "program knows versions up to %2 only. Update the program to "
                                       "open it.")
                         .arg(current.value())
                         .arg(latestVersion()),
                     {}};
    }
    for (int version = current.value() + 1; version <= std::min(targetVersion, latestVersion()); ++version) {
        qCInfo(lcStore) << "migrating the database to schema version" << version;
        if (Status done = applyVersion(db, version); !done)
            return done;
    }
    return success();
}

} // namespace icp
