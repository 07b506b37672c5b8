#include "store/RowMapper.h"

#include "store/Dialect.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace icp::store {

namespace {

QStringList namesOf(const QList<const Column*>& columns)
{
    QStringList names;
    names.reserve(columns.size());
    for (const Column* column : columns)
        names.append(column->name);
    return names;
}

} // namespace

QString Column::equalsPlaceholder() const
{
    return name + u" = "_s + placeholder;
}

QString columnNames(const QList<const Column*>& columns)
{
    return namesOf(columns).join(u", "_s);
}

QString selectSql(const QString& table, const QList<const Column*>& columns, const QString& clauses)
{
    return u"SELECT "_s + columnNames(columns) + u" FROM "_s + table + u' ' + clauses;
}

QString insertSql(const QString& table, const QList<const Column*>& columns)
{
    QStringList placeholders;
    for (const Column* column : columns)
        placeholders.append(column->placeholder);
    return u"INSERT INTO "_s + table + u" ("_s + columnNames(columns) + u") VALUES ("_s +
           placeholders.join(u", "_s) + u')';
}

QString upsertSql(const Dialect& dialect, const QString& table, const QList<const Column*>& keys,
                  const QList<const Column*>& columns)
{
    return dialect.upsert(table, namesOf(keys), namesOf(columns));
}

RowReader::RowReader(QSqlQuery& query, const QList<const Column*>& columns)
    : m_query(query)
    , m_columns(columns)
{
    const QSqlRecord record = query.record();
    m_positions.reserve(columns.size());
    for (const Column* column : columns)
        m_positions.append(record.indexOf(column->name));
}

QVariant RowReader::value(const Column& column) const
{
    // A linear search over a few pointers: cheaper than hashing, and done per value.
    const qsizetype at = m_columns.indexOf(&column);
    Q_ASSERT_X(at >= 0, "RowReader::value", qPrintable(column.name));
    return at >= 0 ? m_query.value(m_positions.at(at)) : QVariant();
}

} // namespace icp::store
