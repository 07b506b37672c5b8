#include "domain/JsonReader.h"

#include <QRegularExpression>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

bool isIdentifier(const QString& key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        // Any Unicode letter: "$.名称" reads better than "$[\"名称\"]" for a stray Chinese key.
        const bool letter = c.isLetter() || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

// Levenshtein distance, to suggest the intended field for a misspelt one.
qsizetype editDistance(const QString& a, const QString& b)
{
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString jsonMemberPath(const QString& parentPath, const QString& key)
{
    if (isIdentifier(key))
        return parentPath + u'.' + key;
    QString escaped = key;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return parentPath + u"[\""_s + escaped + u"\"]"_s;
}

QString jsonIndexPath(const QString& parentPath, qsizetype index)
{
    return parentPath + u'[' + QString::number(index) + u']';
}

JsonReader::JsonReader(const QJsonObject& object, const QString& path, JsonProblems& problems)
    : m_object(object)
    , m_path(path)
    , m_problems(problems)
{}

JsonReader::~JsonReader()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        if (m_known.contains(key))
            continue;
        QString suggestion;
        qsizetype best = std::max<qsizetype>(2, key.size() / 3) + 1;
        for (const QString& known : std::as_const(m_knownInOrder)) {
            const qsizetype distance = editDistance(key, known);
            if (distance < best) {
                best = distance;
                suggestion = known;
            }
        }
        const QString message =
            suggestion.isEmpty()
                ? QCoreApplication::translate(
                      "DomainJson", "The field “%1” is not known here; check its spelling or remove it.")
                      .arg(key)
                : QCoreApplication::translate("DomainJson",
                                              "The field “%1” is not known here; did you mean “%2”?")
                      .arg(key, suggestion);
        m_problems.add(jsonMemberPath(m_path, key), u"dossier.unknown-field"_s, message);
    }
}

QJsonValue JsonReader::take(const QString& key, Presence presence)
{
    if (!m_known.contains(key)) {
        m_known.insert(key);
        m_knownInOrder.append(key);
    }
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && presence == Required) {
        m_problems.add(
            memberPath(key), u"dossier.required"_s,
            QCoreApplication::translate("DomainJson", "The required field “%1” is missing.").arg(key));
    }
    return value;
}

QString JsonReader::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("DomainJson", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("DomainJson", "true/false");
    case QJsonValue::Double:
        return QCoreApplication::translate("DomainJson", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("DomainJson", "text");
    case QJsonValue::Array:
        return QCoreApplication::translate("DomainJson", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("DomainJson", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("DomainJson", "nothing");
}

void JsonReader::reportType(const QString& path, const QString& field, const QJsonValue& value,
                            Expected expected)
{
    QString message;
    switch (expected) {
    case Expected::Text:
        message = QCoreApplication::translate("DomainJson", "The field “%1” must be text, not %2.");
        break;
    case Expected::List:
        message = QCoreApplication::translate("DomainJson", "The field “%1” must be a list, not %2.");
        break;
    case Expected::Object:
        message = QCoreApplication::translate("DomainJson", "The field “%1” must be an object, not %2.");
        break;
    case Expected::Boolean:
        message = QCoreApplication::translate("DomainJson", "The field “%1” must be true or false, not %2.");
        break;
    case Expected::Number:
        message = QCoreApplication::translate("DomainJson", "The field “%1” must be a number, not %2.");
        break;
    case Expected::Integer:
        message = QCoreApplication::translate("DomainJson", "The field “%1” must be a whole number, not %2.");
        break;
    case Expected::Date:
        message = QCoreApplication::translate("DomainJson",
                                              "The field “%1” must be a date written as YYYY-MM-DD, not %2.");
        break;
    case Expected::DateTime:
        message = QCoreApplication::translate(
            "DomainJson", "The field “%1” must be a UTC timestamp such as 2024-05-01T08:30:00Z, not %2.");
        break;
    case Expected::EnumKey:
        message =
            QCoreApplication::translate("DomainJson", "The field “%1” must be one of its text keys, not %2.");
        break;
    }
    m_problems.add(path, u"dossier.type"_s, message.arg(field, describe(value)));
}

void JsonReader::reportEnum(const QString& path, const QString& field, const QString& key,
                            const QStringList& validKeys)
{
    m_problems.add(path, u"dossier.enum"_s,
                   QCoreApplication::translate("DomainJson",
                                               "“%1” is not a valid value for the field “%2”. Valid "
                                               "values are: %3.")
                       .arg(key, field, validKeys.join(u", "_s)));
}

QString JsonReader::string(const QString& key, Presence presence)
{
    const QJsonValue value = take(key, presence);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        reportType(memberPath(key), key, value, Expected::Text);
        return {};
    }
    return value.toString();
}

QStringList JsonReader::stringList(const QString& key)
{
    QStringList result;
    const QJsonValue value = take(key, Optional);
    if (value.isUndefined())
        return result;
    if (!value.isArray()) {
        reportType(memberPath(key), key, value, Expected::List);
        return result;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString()) {
            reportType(jsonIndexPath(memberPath(key), i), jsonIndexPath(key, i), element, Expected::Text);
            continue;
        }
        result.append(element.toString());
    }
    return result;
}

bool JsonReader::boolean(const QString& key, bool fallback)
{
    const QJsonValue value = take(key, Optional);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        reportType(memberPath(key), key, value, Expected::Boolean);
        return fallback;
    }
    return value.toBool();
}

int JsonReader::integer(const QString& key, int fallback, Presence presence)
{
    const QJsonValue value = take(key, presence);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || number < std::numeric_limits<int>::min() ||
        number > std::numeric_limits<int>::max()) {
        reportType(memberPath(key), key, value, Expected::Integer);
        return fallback;
    }
    return int(number);
}

qint64 JsonReader::integer64(const QString& key, qint64 fallback)
{
    const QJsonValue value = take(key, Optional);
    if (value.isUndefined())
        return fallback;
    constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
    const qint64 number = value.isDouble() ? value.toInteger(notIntegral) : notIntegral;
    if (number == notIntegral) {
        reportType(memberPath(key), key, value, Expected::Integer);
        return fallback;
    }
    return number;
}

double JsonReader::number(const QString& key, double fallback)
{
    const QJsonValue value = take(key, Optional);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble()) {
        reportType(memberPath(key), key, value, Expected::Number);
        return fallback;
    }
    return value.toDouble();
}

QDate JsonReader::date(const QString& key)
{
    const QJsonValue value = take(key, Optional);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        reportType(memberPath(key), key, value, Expected::Date);
        return {};
    }
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString text = value.toString();
    const QDate date = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        m_problems.add(memberPath(key), u"dossier.date"_s,
                       QCoreApplication::translate(
                           "DomainJson", "The field “%1” must be a date written as YYYY-MM-DD; “%2” is "
                                         "not a valid date.")
                           .arg(key, text));
    }
    return date;
}

QDateTime JsonReader::dateTime(const QString& key, Presence presence)
{
    const QJsonValue value = take(key, presence);
    if (value.isUndefined() || (value.isNull() && presence == Optional))
        return {};
    if (!value.isString()) {
        reportType(memberPath(key), key, value, Expected::DateTime);
        return {};
    }
    // A time zone designator is required: a bare local time is ambiguous across machines.
    static const QRegularExpression shape(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"_s);
    const QString text = value.toString();
    QDateTime dateTime;
    if (shape.match(text).hasMatch())
        dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid()) {
        m_problems.add(memberPath(key), u"dossier.date"_s,
                       QCoreApplication::translate("DomainJson",
                                                   "The field “%1” must be a UTC timestamp such as "
                                                   "2024-05-01T08:30:00Z; “%2” is not.")
                           .arg(key, text));
        return {};
    }
    return dateTime.toUTC();
}

QJsonValue dateToJson(const QDate& date)
{
    if (!date.isValid())
        return QJsonValue(QJsonValue::Null);
    return date.toString(Qt::ISODate);
}

QJsonValue dateTimeToJson(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue(QJsonValue::Null);
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QJsonArray stringListToJson(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace icp
