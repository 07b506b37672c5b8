#pragma once

#include "core/Result.h"
#include "store/StoreValues.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

// The store's row mappers (docs/database.md "Row mappers"): every column is a Column
// constant named once; a RowMapper<T> lists the columns of one table that hold a T and
// converts between a T and a row. SELECT, INSERT and upsert text and the bind names are
// built from that list, and result rows are read by column name.
namespace icp {
class Dialect;
}

namespace icp::store {

// One column of a table. `placeholder` (":name") is its bind name in every statement.
struct Column
{
    explicit Column(const QString& columnName)
        : name(columnName)
        , placeholder(u':' + columnName)
    {}
    QString name;
    QString placeholder;

    // "name = :name", for WHERE and SET clauses.
    QString equalsPlaceholder() const;
};

QString columnNames(const QList<const Column*>& columns);
// "SELECT a, b FROM table <clauses>", clauses being WHERE / ORDER BY text.
QString selectSql(const QString& table, const QList<const Column*>& columns, const QString& clauses);
// "INSERT INTO table (a, b) VALUES (:a, :b)".
QString insertSql(const QString& table, const QList<const Column*>& columns);
// The same, replacing the row whose `keys` match (Dialect::upsert).
QString upsertSql(const Dialect& dialect, const QString& table, const QList<const Column*>& keys,
                  const QList<const Column*>& columns);

// A result row read by column name. The positions are looked up once, when the reader is
// made after exec(), not for every row: imports read thousands of rows.
class RowReader
{
public:
    RowReader(QSqlQuery& query, const QList<const Column*>& columns);
    bool next() { return m_query.next(); }
    QVariant value(const Column& column) const;

private:
    QSqlQuery& m_query;
    QList<const Column*> m_columns;
    QList<int> m_positions;
};

// The columns of `table` that hold a T (`keys`, bound and read by the caller, come first:
// the owner's id and the ordinals of child rows) and the conversions of each field.
template <typename T> class RowMapper
{
public:
    struct Field
    {
        const Column* column;
        std::function<QVariant(const T&)> toValue;
        // `table` names the column in an error ("applications.kind").
        std::function<Status(const QVariant&, T&, const QString& table)> fromValue;
    };

    RowMapper(QString table, QList<const Column*> keys, QList<Field> fields)
        : m_table(std::move(table))
        , m_fields(std::move(fields))
        , m_columns(std::move(keys))
    {
        for (const Field& field : m_fields)
            m_columns.append(field.column);
    }

    const QString& table() const { return m_table; }
    const QList<const Column*>& columns() const { return m_columns; }
    // The columns of the fields only, without the keys.
    QList<const Column*> fieldColumns() const { return m_columns.mid(m_columns.size() - m_fields.size()); }

    QString selectSql(const QString& clauses) const { return store::selectSql(m_table, m_columns, clauses); }
    QString insertSql() const { return store::insertSql(m_table, m_columns); }
    QString upsertSql(const Dialect& dialect, const QList<const Column*>& keys) const
    {
        return store::upsertSql(dialect, m_table, keys, m_columns);
    }

    RowReader reader(QSqlQuery& query) const { return RowReader(query, m_columns); }

    // Binds every field of `row` (the keys are the caller's).
    void bind(QSqlQuery& query, const T& row) const
    {
        for (const Field& field : m_fields)
            query.bindValue(field.column->placeholder, field.toValue(row));
    }

    // The fields of the current row; the first value that does not convert fails the read.
    Result<T> read(const RowReader& row) const
    {
        T value;
        for (const Field& field : m_fields) {
            if (Status done = field.fromValue(row.value(*field.column), value, m_table); !done)
                return done.error();
        }
        return value;
    }

    // Field makers. `access` is a member pointer or a callable returning a reference to
    // the member (for nested members: [](auto& a) -> auto& { return a.entity.name; }).
    template <typename Access> static Field text(const Column& column, Access access)
    {
        return converted(column, access, textValue, toText);
    }
    template <typename Access> static Field date(const Column& column, Access access)
    {
        return converted(column, access, dateValue, toDate);
    }
    template <typename Access> static Field dateTime(const Column& column, Access access)
    {
        return converted(column, access, dateTimeValue, toDateTime);
    }
    template <typename Access> static Field stringList(const Column& column, Access access)
    {
        return converted(column, access, stringListValue, toStringList);
    }
    // Numbers and booleans, stored as they are.
    template <typename Access> static Field plain(const Column& column, Access access)
    {
        using Value = std::decay_t<decltype(std::invoke(access, std::declval<T&>()))>;
        return converted(
            column, access, [](const Value& v) { return QVariant::fromValue(v); },
            [](const QVariant& v) { return v.value<Value>(); });
    }
    // A member converted by `toValue` (member → column value) and `fromValue` (back).
    template <typename Access, typename ToValue, typename FromValue>
    static Field converted(const Column& column, Access access, ToValue toValue, FromValue fromValue)
    {
        return {&column,
                [access, toValue](const T& row) { return QVariant(toValue(std::invoke(access, row))); },
                [access, fromValue](const QVariant& value, T& row, const QString&) {
                    std::invoke(access, row) = fromValue(value);
                    return success();
                }};
    }
    // An enum stored as its key (Enums.h); an unknown key fails the read ("store.bad-key").
    template <typename Access> static Field enumKey(const Column& column, Access access)
    {
        using Enum = std::decay_t<decltype(std::invoke(access, std::declval<T&>()))>;
        return {&column, [access](const T& row) { return QVariant(toKey(std::invoke(access, row))); },
                [access, &column](const QVariant& value, T& row, const QString& table) -> Status {
                    Result<Enum> parsed = toEnum<Enum>(value, table + u'.' + column.name);
                    if (!parsed)
                        return parsed.error();
                    std::invoke(access, row) = parsed.value();
                    return success();
                }};
    }

private:
    QString m_table;
    QList<Field> m_fields;
    QList<const Column*> m_columns;
};

} // namespace icp::store
