#pragma once

#include "SampleDomain.h"
#include "store/Database.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

// Shared by the store tests and the import benchmark: one way to open a throwaway
// database on either backend (the sample data comes from SampleDomain.h).
namespace icp::test {

// A database for one test: a SQLite file in its own temporary directory, or a
// fresh schema on the PostgreSQL server named by $ICP_TEST_PG (dropped again when
// this object goes away, so runs are repeatable).
class TestDatabase
{
public:
    ~TestDatabase();
    Database* operator->() const { return db.get(); }
    Database& operator*() const { return *db; }

    std::unique_ptr<Database> db;
    QString directory; // SQLite: the temporary directory holding the file
    QString pgSchema;  // PostgreSQL: the schema to drop

private:
    friend struct Backend;
    std::unique_ptr<QTemporaryDir> m_dir;
};

struct Backend
{
    // Adds the QTest column "backend" with one row per backend.
    static void addRows();
    // Empty when PostgreSQL is not configured ($ICP_TEST_PG unset).
    static bool pgConfigured();
    static bool pgRequired(); // $ICP_REQUIRE_PG=1
    // Opens a fresh database for `backend` ("sqlite" / "postgres"); error text in `why`.
    static std::unique_ptr<TestDatabase> open(const QString& backend, QString* why);
};

// Counts rows of `table` whose `column` equals `value` (test inspection only).
int countRows(Database& db, const QString& table, const QString& column, const QString& value);

} // namespace icp::test

// Opens the database for the current "backend" data row, skipping (or, with
// ICP_REQUIRE_PG=1, failing) the PostgreSQL row when no server is configured.
#define ICP_OPEN_TEST_DATABASE(var)                                                                          \
    QFETCH(QString, backend);                                                                                \
    if (backend == QLatin1String("postgres") && !icp::test::Backend::pgConfigured()) {                       \
        if (icp::test::Backend::pgRequired())                                                                \
            QFAIL("ICP_REQUIRE_PG=1 but ICP_TEST_PG is not set");                                            \
        QSKIP("PostgreSQL not configured: set ICP_TEST_PG=\"host=…;port=…;user=…;password=…;db=…\"");        \
    }                                                                                                        \
    QString var##Why;                                                                                        \
    std::unique_ptr<icp::test::TestDatabase> var = icp::test::Backend::open(backend, &var##Why);             \
    QVERIFY2(var, qPrintable(var##Why))
