#pragma once

#include "domain/Enums.h"
#include "domain/Json.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

namespace icp {

// Reads the members of one JSON object into domain fields and records every problem
// (wrong type, bad enum key, bad date, missing required field, unknown field) in
// JsonProblems with its path. Used by the fromJson() of each domain type; never throws.
//
// Null (JSON null) is accepted for optional date and timestamp fields and means "no
// date"; anywhere else it is a type problem.
class JsonReader
{
public:
    enum Presence { Optional, Required };

    JsonReader(const QJsonObject& object, const QString& path, JsonProblems& problems);
    // Reports every member that was not read as dossier.unknown-field.
    ~JsonReader();
    JsonReader(const JsonReader&) = delete;
    JsonReader& operator=(const JsonReader&) = delete;

    QString string(const QString& key, Presence presence = Optional);
    QStringList stringList(const QString& key);
    bool boolean(const QString& key, bool fallback = false);
    int integer(const QString& key, int fallback = 0, Presence presence = Optional);
    qint64 integer64(const QString& key, qint64 fallback = 0);
    double number(const QString& key, double fallback = 0.0);
    QDate date(const QString& key);
    QDateTime dateTime(const QString& key, Presence presence = Optional); // returned in UTC

    template <typename Enum> Enum enumValue(const QString& key, Enum fallback, Presence presence = Optional)
    {
        const QJsonValue value = take(key, presence);
        if (value.isUndefined())
            return fallback;
        return enumFrom<Enum>(value, memberPath(key), key).value_or(fallback);
    }

    template <typename Enum> QList<Enum> enumList(const QString& key)
    {
        QList<Enum> result;
        const QJsonValue value = take(key, Optional);
        if (value.isUndefined())
            return result;
        if (!value.isArray()) {
            reportType(memberPath(key), key, value, Expected::List);
            return result;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString elementPath = jsonIndexPath(memberPath(key), i);
            const auto element = enumFrom<Enum>(array.at(i), elementPath, jsonIndexPath(key, i));
            if (element)
                result.append(*element);
        }
        return result;
    }

    // A nested object read with T::fromJson; a missing optional object gives T{}.
    template <typename T> T object(const QString& key, Presence presence = Optional)
    {
        const QJsonValue value = take(key, presence);
        if (value.isUndefined())
            return T{};
        if (!value.isObject()) {
            reportType(memberPath(key), key, value, Expected::Object);
            return T{};
        }
        return T::fromJson(value.toObject(), memberPath(key), m_problems);
    }

    template <typename T> QList<T> objectList(const QString& key)
    {
        QList<T> result;
        const QJsonValue value = take(key, Optional);
        if (value.isUndefined())
            return result;
        if (!value.isArray()) {
            reportType(memberPath(key), key, value, Expected::List);
            return result;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString elementPath = jsonIndexPath(memberPath(key), i);
            const QJsonValue element = array.at(i);
            if (!element.isObject()) {
                reportType(elementPath, jsonIndexPath(key, i), element, Expected::Object);
                continue;
            }
            result.append(T::fromJson(element.toObject(), elementPath, m_problems));
        }
        return result;
    }

    // Translated name of a JSON value's type ("text", "a number" …) for messages.
    static QString describe(const QJsonValue& value);

private:
    enum class Expected { Text, List, Object, Boolean, Number, Integer, Date, DateTime, EnumKey };

    QJsonValue take(const QString& key, Presence presence);
    QString memberPath(const QString& key) const { return jsonMemberPath(m_path, key); }
    void reportType(const QString& path, const QString& field, const QJsonValue& value, Expected expected);
    void reportEnum(const QString& path, const QString& field, const QString& key,
                    const QStringList& validKeys);

    template <typename Enum>
    std::optional<Enum> enumFrom(const QJsonValue& value, const QString& path, const QString& field)
    {
        if (!value.isString()) {
            reportType(path, field, value, Expected::EnumKey);
            return std::nullopt;
        }
        if (const auto parsed = enumFromKey<Enum>(value.toString()))
            return parsed;
        QStringList validKeys;
        for (const Enum candidate : enumValues<Enum>())
            validKeys.append(toKey(candidate));
        reportEnum(path, field, value.toString(), validKeys);
        return std::nullopt;
    }

    QJsonObject m_object;
    QString m_path;
    JsonProblems& m_problems;
    QSet<QString> m_known;      // every key a field reader asked for
    QStringList m_knownInOrder; // same, in order, for deterministic suggestions
};

// Timestamps are written in UTC with a Z; milliseconds only when there are any, so the
// text is canonical (docs/dossier.md).
QJsonValue dateToJson(const QDate& date);
QJsonValue dateTimeToJson(const QDateTime& dateTime);
QJsonArray stringListToJson(const QStringList& list);
template <typename Enum> QJsonArray enumListToJson(const QList<Enum>& list)
{
    QJsonArray array;
    for (const Enum value : list)
        array.append(toKey(value));
    return array;
}
template <typename T> QJsonArray objectListToJson(const QList<T>& list)
{
    QJsonArray array;
    for (const T& value : list)
        array.append(value.toJson());
    return array;
}

} // namespace icp
