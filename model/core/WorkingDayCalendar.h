#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace icp {

// The State Council's public holidays (放假) and make-up working days (调休上班), one
// notice per year, read from the table `working-days` (docs/regulations.md §11). The
// authority's deadlines count these working days, in Beijing time.
//
// A year the table does not cover falls back to Monday–Friday; callers say so
// (coversAll(), uncoveredYears()) because the count may then be a few days off.
class WorkingDayCalendar
{
public:
    struct Notice
    {
        int year = 0;
        QString title;          // 国务院办公厅关于…年部分节假日安排的通知
        QString documentNumber; // 国办发明电〔…〕…号
        QDate published;
        QString url; // on www.gov.cn
    };

    // The calendar of the table `working-days` (parsed once).
    static const WorkingDayCalendar& standard();

    bool covers(int year) const { return m_notices.contains(year); }
    bool coversAll(QDate from, QDate to) const { return uncoveredYears(from, to).isEmpty(); }
    // The years from `from` to `to` (in either order) that the table does not cover.
    QList<int> uncoveredYears(QDate from, QDate to) const;
    std::optional<Notice> notice(int year) const;
    QList<int> years() const;

    bool isHoliday(QDate date) const { return m_holidays.contains(date); }
    bool isMakeUpWorkday(QDate date) const { return m_makeUpWorkdays.contains(date); }
    QString holidayName(QDate date) const { return m_holidays.value(date); }
    bool isWorkingDay(QDate date) const;

    // Working days after `from` up to and including `to`; 0 when `to` is not after `from`.
    int workingDaysBetween(QDate from, QDate to) const;
    // The n-th working day after `date` (n ≥ 1); `date` itself when n ≤ 0.
    QDate addWorkingDays(QDate date, int n) const;

private:
    WorkingDayCalendar() = default;
    static WorkingDayCalendar fromTable(const QString& tableName);

    QHash<int, Notice> m_notices;
    QHash<QDate, QString> m_holidays; // date → holiday name
    QSet<QDate> m_makeUpWorkdays;
};

} // namespace icp
