#pragma once

#include "core/Result.h"
#include "store/Dialect.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace icp {

struct DatabaseOptions
{
    // Run the migrations up to Migrations::latestVersion() after opening.
    // Off only for tools that build fixture databases of old versions.
    bool migrate = true;
};

// One open connection to the application's database: SQLite (the default, a file)
// or PostgreSQL (a server, for shared installations and the integration tests).
//
// Threads: a QSqlDatabase connection belongs to the thread that opened it. Use a
// Database (and the repositories built on it) only from the thread that created
// it; a worker thread opens its own Database on the same file — WAL lets readers
// run beside one writer, and busy_timeout makes writers wait for each other
// instead of failing. Each Database registers a connection name of its own, so
// any number can be open at once.
//
// Repositories keep a reference to the Database: destroy them first.
class Database
{
public:
    using Options = DatabaseOptions;
    using Opener = std::function<Result<std::unique_ptr<Database>>()>;

    // Where the SQLite file lives when no path is given: $ICP_DB when set, else
    // <AppDataLocation>/icp-assistant.sqlite (set the application and organisation
    // names on QCoreApplication first: they are part of AppDataLocation).
    static QString defaultSqlitePath();

    // Opens (creating the file and its directory when missing) the SQLite database at
    // `path`, or at defaultSqlitePath() when `path` is empty (the CLI's --db PATH).
    // Sets journal_mode=WAL, foreign_keys=ON, busy_timeout=5000, synchronous=NORMAL.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path = {}, Options options = {});

    // Opens a PostgreSQL database from "host=…;port=…;user=…;password=…;db=…" and an
    // optional ";schema=NAME" (created when missing and put first on the search path;
    // the tests use one schema per run).
    static Result<std::unique_ptr<Database>> openPostgres(const QString& connectionString,
                                                          Options options = {});

    // A connection string is PostgreSQL ("host=…;…"), anything else a SQLite path
    // (empty = default). What the CLI's --db and the settings pass through.
    static Result<std::unique_ptr<Database>> open(const QString& location, Options options = {});

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    const Dialect& dialect() const { return m_dialect; }
    // The file path, or "postgresql://user@host:port/db" (never the password).
    QString location() const { return m_location; }
    QString connectionName() const { return m_connectionName; }

    // Version recorded in schema_version (0 = empty database).
    Result<int> schemaVersion();

    // Opens another connection to this same database (the same SQLite file, or the same
    // PostgreSQL server, database and schema), without migrating: what a worker thread
    // calls to get a connection of its own (see "Threads" above). The function holds a
    // copy of what it needs, so it may be called on any thread, after this object is gone.
    Opener opener() const;

private:
    Database(Dialect::Backend backend, QString location);
    Status finishOpening(Options options);

    Dialect m_dialect;
    QString m_location;
    QString m_connectionName;
    QString m_openedWith; // the path or the connection string given to open*(), for opener()
    QSqlDatabase m_db;
};

} // namespace icp
