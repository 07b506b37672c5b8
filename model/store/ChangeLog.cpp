#include "store/ChangeLog.h"

#include "store/Database.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

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

ChangeLogWriter::ChangeLogWriter(Database& db)
    : m_db(db)
{}

Status ChangeLogWriter::append(const QString& aggregateType, const QString& aggregateId, const QString& actor,
                               const QList<FieldChange>& changes)
{
    if (!m_prepared) {
        m_insert = QSqlQuery(m_db.connection());
        if (Status done =
                prepareQuery(m_insert,
                             u"INSERT INTO change_log (actor, aggregate_type, aggregate_id, field_path, "
                             "old_value, new_value) VALUES (:actor, :type, :id, :path, :old, :new)"_s,
                             u"prepare the change log"_s);
            !done)
            return done;
        m_prepared = true;
    }
    const QVariant nullText(QMetaType::fromType<QString>());
    for (const FieldChange& change : changes) {
        m_insert.bindValue(u":actor"_s, store::textValue(actor));
        m_insert.bindValue(u":type"_s, aggregateType);
        m_insert.bindValue(u":id"_s, aggregateId);
        m_insert.bindValue(u":path"_s, store::textValue(change.path));
        m_insert.bindValue(u":old"_s, change.oldValue ? QVariant(*change.oldValue) : nullText);
        m_insert.bindValue(u":new"_s, change.newValue ? QVariant(*change.newValue) : nullText);
        if (Status done = execQuery(m_insert, u"append to the change log"_s); !done)
            return done;
    }
    return success();
}

ChangeLogRepository::ChangeLogRepository(Database& db)
    : m_db(db)
{}

Result<QList<ChangeLogEntry>> ChangeLogRepository::entriesFor(const QString& aggregateId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (Status done =
            prepareQuery(query,
                         u"SELECT id, changed_at, actor, aggregate_type, aggregate_id, field_path, "
                         "old_value, new_value FROM change_log WHERE aggregate_id = :id ORDER BY id DESC"_s,
                         u"read the change log"_s);
        !done)
        return done.error();
    query.bindValue(u":id"_s, aggregateId);
    if (Status done = execQuery(query, u"read the change log"_s); !done)
        return done.error();
    QList<ChangeLogEntry> entries;
    while (query.next()) {
        ChangeLogEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = store::toDateTime(query.value(1));
        entry.actor = query.value(2).toString();
        entry.aggregateType = query.value(3).toString();
        entry.aggregateId = query.value(4).toString();
        entry.change.path = query.value(5).toString();
        if (!query.value(6).isNull())
            entry.change.oldValue = query.value(6).toString();
        if (!query.value(7).isNull())
            entry.change.newValue = query.value(7).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace icp
