#pragma once

#include <QString>
#include <QStringList>

namespace icp {

// The few places where SQLite and PostgreSQL SQL differ. Everything else in
// model/store/ is portable SQL; anything that is not goes through here so a
// reader sees every backend difference in one file.
class Dialect
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit Dialect(Backend backend)
        : m_backend(backend)
    {}

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }

    // "id <type>" of a surrogate key that the database numbers itself.
    QString autoIdColumn(const QString& name) const;
    QString blobType() const;
    QString booleanType() const;
    QString booleanLiteral(bool value) const;
    // Current time as UTC ISO-8601 text with milliseconds ("2025-01-31T08:15:00.123Z"), the
    // format every timestamp column uses (see StoreValues.h).
    QString currentTimestampUtc() const;
    // Case-insensitive LIKE: SQLite's LIKE already ignores ASCII case, PostgreSQL needs ILIKE.
    QString caseInsensitiveLike() const;
    // "INSERT … ON CONFLICT (key) DO UPDATE SET c = excluded.c" for the given columns; named
    // placeholders are the column names prefixed with ':'. Both backends spell it the same
    // (SQLite ≥ 3.24), which this function keeps true in one place.
    QString upsert(const QString& table, const QStringList& keyColumns, const QStringList& columns) const;
    // Statements that make `table` append-only: every UPDATE, DELETE (and TRUNCATE) fails.
    QStringList appendOnlyTriggers(const QString& table) const;

private:
    Backend m_backend;
};

} // namespace icp
