#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Every deadline of the filing process runs on Beijing time (docs/regulations.md §11):
// the authority's working days, the 24-hour SMS window, the 45 idle days, the 30 days
// for the public-security filing. Instants are stored in UTC; these helpers say which
// calendar day an instant falls on in Beijing and where a Beijing day starts.
namespace icp::beijing {

// Asia/Shanghai from the system's time-zone database, or a fixed UTC+8 when that database
// is absent (a minimal Debian 12 has no tzdata). Both are the same: China has kept UTC+8
// without daylight saving since 1991, and no deadline the rules compute lies before that.
QTimeZone zone();
// True when zone() is the IANA zone, false when it is the fixed-offset fallback.
bool hasTimeZoneDatabase();

QDateTime now();                        // the current instant, expressed in Beijing time
QDate today();                          // the current calendar day in Beijing
QDate dateOf(const QDateTime& instant); // the Beijing calendar day of an instant (null stays null)
QDateTime startOfDay(QDate date);       // 00:00 Beijing time of `date`
QDateTime toBeijing(const QDateTime& instant);
QString formatMinutes(const QDateTime& instant); // "yyyy-MM-dd HH:mm" in Beijing time

} // namespace icp::beijing
