#include "StoreTestSupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace icp::test {

TestDatabase::~TestDatabase()
{
    if (db && !pgSchema.isEmpty()) {
        QSqlQuery drop(db->connection());
        if (!drop.exec(u"DROP SCHEMA "_s + pgSchema + u" CASCADE"_s))
            qWarning("could not drop the test schema");
    }
    db.reset(); // close the file before the temporary directory goes
}

void Backend::addRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("on SQLite") << u"sqlite"_s;
    QTest::newRow("on PostgreSQL") << u"postgres"_s;
}

bool Backend::pgConfigured()
{
    return !qEnvironmentVariable("ICP_TEST_PG").isEmpty();
}

bool Backend::pgRequired()
{
    return qEnvironmentVariable("ICP_REQUIRE_PG") == "1"_L1;
}

std::unique_ptr<TestDatabase> Backend::open(const QString& backend, QString* why)
{
    auto result = std::make_unique<TestDatabase>();
    Result<std::unique_ptr<Database>> opened = Error{};
    if (backend == "postgres"_L1) {
        result->pgSchema =
            u"icp_test_%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        opened =
            Database::openPostgres(qEnvironmentVariable("ICP_TEST_PG") + u";schema="_s + result->pgSchema);
    } else {
        result->m_dir = std::make_unique<QTemporaryDir>();
        result->directory = result->m_dir->path();
        opened = Database::openSqlite(result->directory + u"/test.sqlite"_s);
    }
    if (!opened) {
        *why = opened.error().message;
        return nullptr;
    }
    result->db = std::move(opened).value();
    return result;
}

int countRows(Database& db, const QString& table, const QString& column, const QString& value)
{
    QSqlQuery query(db.connection());
    // Table and column names come from the test itself, never from data.
    query.prepare(u"SELECT COUNT(*) FROM "_s + table + u" WHERE "_s + column + u" = :value"_s);
    query.bindValue(u":value"_s, value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace icp::test
