#pragma once

#include "core/Result.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

// How domain values become column values and back. One convention for every table:
//   text      empty and null QString are both stored as '' (columns are NOT NULL DEFAULT '')
//   dates     ISO "yyyy-MM-dd" text, NULL for a null QDate
//   instants  UTC ISO "yyyy-MM-ddTHH:mm:ss.zzzZ" text, NULL for a null QDateTime; text of one
//             width sorts chronologically, so dashboards can compare and ORDER BY it
//   string lists  a JSON array in a TEXT column (lists of records get their own table)
//   enums     their stable key (Enums.h toKey), never the C++ value
namespace icp::store {

QVariant textValue(const QString& text);
QVariant dateValue(const QDate& date);
QVariant dateTimeValue(const QDateTime& dateTime);
QVariant stringListValue(const QStringList& list);

QString toText(const QVariant& value);
QDate toDate(const QVariant& value);
QDateTime toDateTime(const QVariant& value);
QStringList toStringList(const QVariant& value);

Error badKey(const QString& column, const QString& key);

// Reads an enum from its key; "store.bad-key" naming `column` when the key is unknown.
template <typename Enum> Result<Enum> toEnum(const QVariant& value, const QString& column)
{
    const QString key = value.toString();
    if (const std::optional<Enum> parsed = enumFromKey<Enum>(key))
        return *parsed;
    return badKey(column, key);
}

} // namespace icp::store
