#include "store/Database.h"

#include "core/Logging.h"
#include "store/Migrations.h"
#include "store/SqlFailure.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

QString nextConnectionName()
{
    // QSqlDatabase connections are registered globally by name; a counter makes
    // every Database object's name unique, whatever thread it is created in.
    static QAtomicInteger<quint64> counter;
    return u"icp-store-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

Error openError(const QString& location, const QString& reason, const QString& code = u"store.open"_s)
{
    return Error{
        code,
        QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(location, reason),
        {}};
}

// Logs through the funnel, then tells the user what the database said, without the
// driver's "Unable to execute statement" boilerplate.
Error openFailure(const QString& location, const QString& operation, const QSqlError& error)
{
    logSqlFailure(operation, error);
    const QString said = error.databaseText().trimmed();
    return openError(location, said.isEmpty() ? error.text().trimmed() : said);
}

// "host=…;port=…;user=…;password=…;db=…[;schema=…]" → key/value pairs.
QHash<QString, QString> parseConnectionString(const QString& text)
{
    QHash<QString, QString> result;
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            continue;
        result.insert(part.left(eq).trimmed().toLower(), part.mid(eq + 1).trimmed());
    }
    return result;
}

} // namespace

Database::Database(Dialect::Backend backend, QString location)
    : m_dialect(backend)
    , m_location(std::move(location))
    , m_connectionName(nextConnectionName())
{
    m_db = QSqlDatabase::addDatabase(backend == Dialect::Backend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s,
                                     m_connectionName);
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase(); // release our handle so removeDatabase does not warn
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultSqlitePath()
{
    const QString fromEnvironment = qEnvironmentVariable("ICP_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dataDir.isEmpty())
        return {}; // no home directory: openSqlite() reports "no file name was given"
    return dataDir + u"/icp-assistant.sqlite"_s;
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, Options options)
{
    if (location.trimmed().startsWith(u"host="_s, Qt::CaseInsensitive))
        return openPostgres(location, options);
    return openSqlite(location, options);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path, Options options)
{
    const QString filePath = QDir::cleanPath(path.isEmpty() ? defaultSqlitePath() : path);
    if (filePath.isEmpty() || filePath == u"."_s)
        return openError(filePath, QCoreApplication::translate("Database", "no file name was given."));
    const QFileInfo info(filePath);
    if (info.isDir())
        return openError(filePath,
                         QCoreApplication::translate("Database", "this is a directory, not a file."));
    if (!QDir().mkpath(info.absolutePath())) {
        return openError(filePath, QCoreApplication::translate("Database", "the folder %1 cannot be created.")
                                       .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    std::unique_ptr<Database> db(new Database(Dialect::Backend::Sqlite, filePath));
    if (!db->m_db.isValid())
        return openError(filePath,
                         QCoreApplication::translate("Database", "the SQLite driver is not available."));
    db->m_openedWith = filePath;
    db->m_db.setDatabaseName(filePath);
    if (!db->m_db.open())
        return openFailure(filePath, u"open the SQLite file"_s, db->m_db.lastError());

    // sqlite3_open does not read the file; the first statement is where a corrupt or
    // foreign file shows up, so the pragmas double as the "is this a database" check.
    QSqlQuery query(db->m_db);
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s))
        return openFailure(filePath, u"switch to WAL"_s, query.lastError());
    if (query.next() && query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "SQLite refused WAL mode; journal mode is" << query.value(0).toString();
    query.finish();
    for (const QString& pragma :
         {u"PRAGMA foreign_keys=ON"_s, u"PRAGMA busy_timeout=5000"_s, u"PRAGMA synchronous=NORMAL"_s}) {
        if (!query.exec(pragma))
            return openFailure(filePath, pragma, query.lastError());
    }
    query.finish();

    if (Status done = db->finishOpening(options); !done)
        return openError(filePath, done.error().message, done.error().code);
    return db;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString& connectionString, Options options)
{
    const QHash<QString, QString> parts = parseConnectionString(connectionString);
    const QString host = parts.value(u"host"_s);
    const int port = parts.value(u"port"_s, u"5432"_s).toInt();
    const QString user = parts.value(u"user"_s);
    const QString name = parts.value(u"db"_s, parts.value(u"dbname"_s));
    const QString schema = parts.value(u"schema"_s);
    const QString location = u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(name);

    if (host.isEmpty() || name.isEmpty()) {
        return openError(location, QCoreApplication::translate(
                                       "Database", "the connection string needs at least host=… and db=…."));
    }
    // A schema name cannot be a bound value; accept only plain identifiers.
    static const QRegularExpression identifier(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    if (!schema.isEmpty() && !identifier.match(schema).hasMatch()) {
        return openError(location, QCoreApplication::translate(
                                       "Database", "the schema name %1 is not a plain lower-case identifier.")
                                       .arg(schema));
    }

    std::unique_ptr<Database> db(new Database(Dialect::Backend::Postgres, location));
    if (!db->m_db.isValid()) {
        return openError(location,
                         QCoreApplication::translate("Database", "the PostgreSQL driver is not available."));
    }
    db->m_openedWith = connectionString;
    db->m_db.setHostName(host);
    db->m_db.setPort(port);
    db->m_db.setUserName(user);
    db->m_db.setPassword(parts.value(u"password"_s));
    db->m_db.setDatabaseName(name);
    db->m_db.setConnectOptions(u"connect_timeout=10"_s);
    if (!db->m_db.open())
        return openFailure(location, u"connect to PostgreSQL"_s, db->m_db.lastError());

    // PostgreSQL's NOTICEs ("relation already exists, skipping") are not problems.
    if (Status done =
            execStatement(db->m_db, u"SET client_min_messages TO WARNING"_s, u"configure the session"_s);
        !done)
        return openError(location, done.error().message);
    if (!schema.isEmpty()) {
        const QStringList statements{u"CREATE SCHEMA IF NOT EXISTS "_s + schema,
                                     u"SET search_path TO "_s + schema};
        for (const QString& sql : statements) {
            if (Status done = execStatement(db->m_db, sql, u"select the schema"_s); !done)
                return openError(location, done.error().message);
        }
    }
    if (Status done = db->finishOpening(options); !done)
        return openError(location, done.error().message, done.error().code);
    return db;
}

Status Database::finishOpening(Options options)
{
    if (!options.migrate)
        return success();
    return Migrations::migrate(*this);
}

Result<int> Database::schemaVersion()
{
    return Migrations::currentVersion(*this);
}

Database::Opener Database::opener() const
{
    return [backend = m_dialect.backend(), openedWith = m_openedWith]() -> Result<std::unique_ptr<Database>> {
        const Options sameSchema{.migrate = false}; // this connection migrated it already
        if (backend == Dialect::Backend::Sqlite)
            return openSqlite(openedWith, sameSchema);
        return openPostgres(openedWith, sameSchema);
    };
}

} // namespace icp
