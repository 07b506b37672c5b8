#include "store/ChangeLog.h"

#include "store/Database.h"
#include "store/RowMapper.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace icp::store;

namespace icp {

namespace {

using Flat = QList<std::pair<QString, QString>>;

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        // Qt keeps 64-bit integers exact inside a QJsonValue; print them as integers.
        const qint64 integer = value.toInteger();
        if (QJsonValue(integer) == value)
            return QString::number(integer);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    default:
        return value.toString();
    }
}

void flattenInto(const QJsonValue& value, const QString& path, Flat& out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flattenInto(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flattenInto(array.at(i), path + u'[' + QString::number(i) + u']', out);
    } else if (!value.isNull() && !value.isUndefined()) {
        out.append({path, scalarText(value)});
    }
}

QJsonObject withoutKeys(QJsonObject json, const QStringList& keys)
{
    for (const QString& key : keys)
        json.remove(key);
    return json;
}

} // namespace

QList<std::pair<QString, QString>> ChangeDiff::flatten(const QJsonObject& json)
{
    Flat out;
    flattenInto(json, QString(), out);
    return out;
}

QList<FieldChange> ChangeDiff::diff(const QJsonObject& before, const QJsonObject& after,
                                    const QStringList& ignoredKeys)
{
    const Flat oldFields = flatten(withoutKeys(before, ignoredKeys));
    const Flat newFields = flatten(withoutKeys(after, ignoredKeys));
    QHash<QString, QString> oldByPath;
    oldByPath.reserve(oldFields.size());
    for (const auto& [path, value] : oldFields)
        oldByPath.insert(path, value);

    QList<FieldChange> changes;
    QSet<QString> seen;
    for (const auto& [path, value] : newFields) {
        seen.insert(path);
        const auto old = oldByPath.constFind(path);
        if (old == oldByPath.constEnd())
            changes.append({path, std::nullopt, value});
        else if (*old != value)
            changes.append({path, *old, value});
    }
    for (const auto& [path, value] : oldFields) {
        if (!seen.contains(path))
            changes.append({path, value, std::nullopt});
    }
    return changes;
}

namespace {

namespace columns {
const Column id{u"id"_s};
const Column changedAt{u"changed_at"_s};
const Column actor{u"actor"_s};
const Column aggregateType{u"aggregate_type"_s};
const Column aggregateId{u"aggregate_id"_s};
const Column fieldPath{u"field_path"_s};
const Column oldValue{u"old_value"_s};
const Column newValue{u"new_value"_s};
} // namespace columns

QVariant optionalText(const std::optional<QString>& text)
{
    return text ? QVariant(*text) : QVariant(QMetaType::fromType<QString>());
}

std::optional<QString> toOptionalText(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

// The database numbers the entry and stamps its time (keys, read only); the writer binds the rest.
const RowMapper<ChangeLogEntry>& entryRows()
{
    using M = RowMapper<ChangeLogEntry>;
    using namespace columns;
    static const M rows{
        u"change_log"_s,
        {&id, &changedAt},
        {
            M::text(actor, &ChangeLogEntry::actor),
            M::text(aggregateType, &ChangeLogEntry::aggregateType),
            M::text(aggregateId, &ChangeLogEntry::aggregateId),
            M::text(
                fieldPath, [](auto& e) -> auto& { return e.change.path; }),
            M::converted(
                oldValue, [](auto& e) -> auto& { return e.change.oldValue; }, optionalText, toOptionalText),
            M::converted(
                newValue, [](auto& e) -> auto& { return e.change.newValue; }, optionalText, toOptionalText),
        }};
    return rows;
}

} // namespace

ChangeLogWriter::ChangeLogWriter(Database& db)
    : m_db(db)
{}

Status ChangeLogWriter::append(const QString& aggregateType, const QString& aggregateId, const QString& actor,
                               const QList<FieldChange>& changes)
{
    if (!m_prepared) {
        m_insert = QSqlQuery(m_db.connection());
        if (Status done = prepareQuery(m_insert, insertSql(entryRows().table(), entryRows().fieldColumns()),
                                       u"prepare the change log"_s);
            !done)
            return done;
        m_prepared = true;
    }
    ChangeLogEntry entry;
    entry.actor = actor;
    entry.aggregateType = aggregateType;
    entry.aggregateId = aggregateId;
    for (const FieldChange& change : changes) {
        entry.change = change;
        entryRows().bind(m_insert, entry);
        if (Status done = execQuery(m_insert, u"append to the change log"_s); !done)
            return done;
    }
    return success();
}

Status removeLogged(Database& db, ChangeLogWriter& log, const QString& aggregateType, const QString& id,
                    const QString& actor, const std::function<Result<bool>()>& remove, const Error& notFound)
{
    Transaction transaction(db.connection());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<bool> removed = remove();
    if (!removed)
        return removed.error();
    if (!removed.value())
        return notFound;
    if (Status done =
            log.append(aggregateType, id, actor, {FieldChange{QString(), std::nullopt, u"removed"_s}});
        !done)
        return done;
    return transaction.commit();
}

ChangeLogRepository::ChangeLogRepository(Database& db)
    : m_db(db)
{}

Result<QList<ChangeLogEntry>> ChangeLogRepository::entriesFor(const QString& aggregateId)
{
    const QString operation = u"read the change log"_s;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (Status done =
            prepareQuery(query,
                         entryRows().selectSql(u"WHERE "_s + columns::aggregateId.equalsPlaceholder() +
                                               u" ORDER BY "_s + columns::id.name + u" DESC"_s),
                         operation);
        !done)
        return done.error();
    query.bindValue(columns::aggregateId.placeholder, aggregateId);
    if (Status done = execQuery(query, operation); !done)
        return done.error();
    QList<ChangeLogEntry> entries;
    for (RowReader row = entryRows().reader(query); row.next();) {
        Result<ChangeLogEntry> entry = entryRows().read(row);
        if (!entry)
            return entry.error();
        entry.value().id = row.value(columns::id).toLongLong();
        entry.value().at = store::toDateTime(row.value(columns::changedAt));
        entries.append(std::move(entry).value());
    }
    return entries;
}

} // namespace icp
