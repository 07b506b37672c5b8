#include "store/StoreValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace icp::store {

namespace {
const QString kInstantFormat = u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s;
} // namespace

QVariant textValue(const QString& text)
{
    // QtSql binds a null QString as SQL NULL; the columns hold '' instead.
    return text.isNull() ? QVariant(QString(u""_s)) : QVariant(text);
}

QVariant dateValue(const QDate& date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

QVariant dateTimeValue(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return dateTime.toUTC().toString(kInstantFormat);
}

QVariant stringListValue(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString toText(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

QDate toDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime toDateTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : parsed;
}

QStringList toStringList(const QVariant& value)
{
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue& item : array)
        result.append(item.toString());
    return result;
}

Error badKey(const QString& column, const QString& key)
{
    return Error{
        u"store.bad-key"_s,
        QCoreApplication::translate("Store", "The database holds the unknown value “%1” in the column %2.")
            .arg(key, column),
        column};
}

} // namespace icp::store
