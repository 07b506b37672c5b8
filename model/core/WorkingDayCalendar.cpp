#include "core/WorkingDayCalendar.h"

#include "core/DataTable.h"
#include "core/Logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

QDate isoDate(const QJsonValue& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

const WorkingDayCalendar& WorkingDayCalendar::standard()
{
    static const WorkingDayCalendar calendar = fromTable(u"working-days"_s);
    return calendar;
}

WorkingDayCalendar WorkingDayCalendar::fromTable(const QString& tableName)
{
    WorkingDayCalendar calendar;
    const DataTable& table = DataTable::load(tableName);
    for (const QJsonValue& value : table.rows()) {
        const QJsonObject row = value.toObject();
        Notice notice{row.value("year"_L1).toInt(), row.value("notice"_L1).toString(),
                      row.value("documentNumber"_L1).toString(), isoDate(row.value("published"_L1)),
                      row.value("url"_L1).toString()};
        if (notice.year <= 0) {
            // A broken row is a build defect (the table's test catches it); skip it rather than guess.
            qCCritical(lcCore) << "table" << tableName << "has a row without a year";
            continue;
        }
        for (const QJsonValue& period : row.value("holidays"_L1).toArray()) {
            const QJsonObject p = period.toObject();
            const QString name = p.value("name"_L1).toString();
            const QDate to = isoDate(p.value("to"_L1));
            for (QDate d = isoDate(p.value("from"_L1)); d.isValid() && d <= to; d = d.addDays(1))
                calendar.m_holidays.insert(d, name);
        }
        for (const QJsonValue& day : row.value("makeUpWorkdays"_L1).toArray())
            calendar.m_makeUpWorkdays.insert(isoDate(day));
        calendar.m_notices.insert(notice.year, notice);
    }
    return calendar;
}

QList<int> WorkingDayCalendar::uncoveredYears(QDate from, QDate to) const
{
    QList<int> years;
    if (!from.isValid() || !to.isValid())
        return years;
    for (int y = std::min(from.year(), to.year()); y <= std::max(from.year(), to.year()); ++y) {
        if (!covers(y))
            years.append(y);
    }
    return years;
}

std::optional<WorkingDayCalendar::Notice> WorkingDayCalendar::notice(int year) const
{
    const auto it = m_notices.constFind(year);
    return it == m_notices.constEnd() ? std::nullopt : std::optional<Notice>(*it);
}

QList<int> WorkingDayCalendar::years() const
{
    QList<int> list = m_notices.keys();
    std::sort(list.begin(), list.end());
    return list;
}

bool WorkingDayCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid() || isHoliday(date))
        return false;
    return date.dayOfWeek() <= 5 || isMakeUpWorkday(date);
}

int WorkingDayCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    // Monday–Friday first (whole weeks count 5 each, a mistyped year stays cheap), then
    // the table's exceptions inside the range.
    const qint64 days = from.daysTo(to);
    qint64 count = days / 7 * 5;
    for (QDate d = from.addDays(days / 7 * 7); d < to;) {
        d = d.addDays(1);
        count += d.dayOfWeek() <= 5 ? 1 : 0;
    }
    const auto inRange = [&](QDate d) {
        return d > from && d <= to;
    };
    for (auto it = m_holidays.cbegin(); it != m_holidays.cend(); ++it)
        count -= inRange(it.key()) && it.key().dayOfWeek() <= 5 ? 1 : 0;
    for (const QDate& d : m_makeUpWorkdays)
        count += inRange(d) && d.dayOfWeek() > 5 && !isHoliday(d) ? 1 : 0;
    return int(count);
}

QDate WorkingDayCalendar::addWorkingDays(QDate date, int n) const
{
    if (!date.isValid())
        return {};
    QDate day = date;
    for (int counted = 0; counted < n;) {
        day = day.addDays(1);
        counted += isWorkingDay(day) ? 1 : 0;
    }
    return day;
}

} // namespace icp
