#include "core/DataTable.h"
#include "core/WorkingDayCalendar.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

// The State Council's holidays and make-up working days (model/data/working-days.json,
// docs/regulations.md §11), checked day by day against the notices, and the table's own
// consistency.
class TestWorkingDayCalendar : public QObject
{
    Q_OBJECT

    static const WorkingDayCalendar& calendar() { return WorkingDayCalendar::standard(); }
    static const DataTable& table() { return DataTable::load(u"working-days"_s); }
    static QDate date(const QJsonValue& v) { return QDate::fromString(v.toString(), Qt::ISODate); }

private Q_SLOTS:
    void isWorkingDay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("working");
        // Spring Festival 2026: 02-15 (Sun) … 02-23 (Mon) off, Saturdays 02-14 and 02-28 worked.
        QTest::newRow("2026 make-up Saturday before Spring Festival") << QDate(2026, 2, 14) << true;
        QTest::newRow("2026 Spring Festival first day, a Sunday") << QDate(2026, 2, 15) << false;
        QTest::newRow("2026 Spring Festival Monday") << QDate(2026, 2, 16) << false;
        QTest::newRow("2026 Spring Festival Friday") << QDate(2026, 2, 20) << false;
        QTest::newRow("2026 Spring Festival last day, a Monday") << QDate(2026, 2, 23) << false;
        QTest::newRow("2026 first Tuesday after Spring Festival") << QDate(2026, 2, 24) << true;
        QTest::newRow("2026 make-up Saturday after Spring Festival") << QDate(2026, 2, 28) << true;
        QTest::newRow("2026 an ordinary Sunday") << QDate(2026, 3, 1) << false;
        // New Year 2026: 01-01…03 off, Sunday 01-04 worked.
        QTest::newRow("2026 New Year's Day") << QDate(2026, 1, 2) << false;
        QTest::newRow("2026 make-up Sunday after New Year") << QDate(2026, 1, 4) << true;
        // National Day 2026: 10-01…07 off, Sunday 09-20 and Saturday 10-10 worked.
        QTest::newRow("2026 make-up Sunday before National Day") << QDate(2026, 9, 20) << true;
        QTest::newRow("2026 Mid-Autumn Friday") << QDate(2026, 9, 25) << false;
        QTest::newRow("2026 National Day, a Thursday") << QDate(2026, 10, 1) << false;
        QTest::newRow("2026 National Day last day, a Wednesday") << QDate(2026, 10, 7) << false;
        QTest::newRow("2026 first Thursday after National Day") << QDate(2026, 10, 8) << true;
        QTest::newRow("2026 make-up Saturday after National Day") << QDate(2026, 10, 10) << true;
        QTest::newRow("2026 Labour Day Tuesday") << QDate(2026, 5, 5) << false;
        QTest::newRow("2026 make-up Saturday after Labour Day") << QDate(2026, 5, 9) << true;
        // 2025: Spring Festival from New Year's Eve, National Day merged with Mid-Autumn (8 days).
        QTest::newRow("2025 make-up Sunday before Spring Festival") << QDate(2025, 1, 26) << true;
        QTest::newRow("2025 New Year's Eve, a Tuesday") << QDate(2025, 1, 28) << false;
        QTest::newRow("2025 National Day and Mid-Autumn, eighth day") << QDate(2025, 10, 8) << false;
        QTest::newRow("2025 make-up Saturday after National Day") << QDate(2025, 10, 11) << true;
        // 2024: New Year's Eve was only recommended off, not a holiday.
        QTest::newRow("2024 New Year's Eve, a Friday, is worked") << QDate(2024, 2, 9) << true;
        QTest::newRow("2024 make-up Sunday after Spring Festival") << QDate(2024, 2, 18) << true;
        QTest::newRow("2024 National Day Monday") << QDate(2024, 10, 7) << false;
        QTest::newRow("2024 make-up Saturday after National Day") << QDate(2024, 10, 12) << true;
        // A year the table does not cover: Monday to Friday.
        QTest::newRow("2099 uncovered, 1 October is a Thursday") << QDate(2099, 10, 1) << true;
        QTest::newRow("2099 uncovered, a Saturday") << QDate(2099, 10, 3) << false;
    }
    void isWorkingDay()
    {
        QFETCH(QDate, day);
        QFETCH(bool, working);
        QCOMPARE(calendar().isWorkingDay(day), working);
    }

    void workingDaysBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("days");
        // 02-14 (make-up Saturday) and 02-24; Monday–Friday alone would count 7.
        QTest::newRow("across Spring Festival 2026") << QDate(2026, 2, 13) << QDate(2026, 2, 24) << 2;
        // 10-08 and 10-09; Monday–Friday alone would count 7.
        QTest::newRow("across National Day 2026") << QDate(2026, 9, 30) << QDate(2026, 10, 9) << 2;
        // 09-28 (make-up Sunday), 09-29, 09-30, 10-09, 10-10.
        QTest::newRow("across National Day 2025") << QDate(2025, 9, 26) << QDate(2025, 10, 10) << 5;
        // 01-04 (make-up Sunday) and 01-05.
        QTest::newRow("across New Year 2026") << QDate(2025, 12, 31) << QDate(2026, 1, 5) << 2;
        // 30 April to 1 June: 21 weekdays in May − 3 holidays + 1 make-up Saturday + 1 June.
        QTest::newRow("across Labour Day 2026") << QDate(2026, 4, 30) << QDate(2026, 6, 1) << 20;
        QTest::newRow("uncovered 2099: weekdays only") << QDate(2099, 9, 30) << QDate(2099, 10, 9) << 7;
        QTest::newRow("same day") << QDate(2026, 10, 8) << QDate(2026, 10, 8) << 0;
        QTest::newRow("backwards") << QDate(2026, 10, 9) << QDate(2026, 10, 8) << 0;
        QTest::newRow("invalid") << QDate() << QDate(2026, 10, 8) << 0;
    }
    void workingDaysBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, days);
        QCOMPARE(calendar().workingDaysBetween(from, to), days);
    }

    // The whole-weeks shortcut agrees with counting day by day over every covered year.
    void workingDaysBetweenMatchesDayByDay()
    {
        const QDate first(2023, 12, 20);
        for (QDate to = first; to <= QDate(2027, 1, 10); to = to.addDays(1)) {
            int walked = 0;
            for (QDate d = first.addDays(1); d <= to; d = d.addDays(1))
                walked += calendar().isWorkingDay(d) ? 1 : 0;
            QCOMPARE(calendar().workingDaysBetween(first, to), walked);
        }
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("three after 09-30 end on the make-up Saturday")
            << QDate(2026, 9, 30) << 3 << QDate(2026, 10, 10);
        QTest::newRow("three after 02-12 skip Spring Festival")
            << QDate(2026, 2, 12) << 3 << QDate(2026, 2, 24);
        QTest::newRow("one after Friday 09-18 is the make-up Sunday")
            << QDate(2026, 9, 18) << 1 << QDate(2026, 9, 20);
        QTest::newRow("zero keeps the day") << QDate(2026, 10, 1) << 0 << QDate(2026, 10, 1);
        QTest::newRow("uncovered 2099 skips the weekend") << QDate(2099, 10, 2) << 1 << QDate(2099, 10, 5);
    }
    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        QCOMPARE(calendar().addWorkingDays(from, n), expected);
        if (n > 0)
            QCOMPARE(calendar().workingDaysBetween(from, expected), n);
    }

    void coverage()
    {
        for (int year : {2024, 2025, 2026})
            QVERIFY2(calendar().covers(year), qPrintable(QString::number(year)));
        QVERIFY(!calendar().covers(2099));
        QVERIFY(calendar().coversAll(QDate(2025, 12, 1), QDate(2026, 2, 1)));
        QCOMPARE(calendar().uncoveredYears(QDate(2099, 12, 30), QDate(2098, 1, 1)), (QList<int>{2098, 2099}));
        const auto notice = calendar().notice(2026);
        QVERIFY(notice.has_value());
        QCOMPARE(notice->documentNumber, u"国办发明电〔2025〕7号"_s);
        QCOMPARE(notice->published, QDate(2025, 11, 4));
        QCOMPARE(calendar().holidayName(QDate(2026, 2, 17)), u"春节"_s);
        QVERIFY(!calendar().notice(2099).has_value());
    }

    // The table itself: every year has its notice, periods are sorted and disjoint, make-up
    // days are weekend days and never holidays.
    void tableIsConsistent()
    {
        QVERIFY(table().isValid());
        QVERIFY(!table().source().isEmpty());
        QVERIFY(!table().header().value("verified"_L1).toString().isEmpty());
        const QRegularExpression documentNumber(u"^国办发明电〔(\\d{4})〕\\d+号$"_s);
        int previousYear = 0;
        for (const QJsonValue& value : table().rows()) {
            const QJsonObject row = value.toObject();
            const int year = row.value("year"_L1).toInt();
            const QString y = QString::number(year);
            QVERIFY2(year > previousYear, qPrintable(y + u": years are sorted and unique"_s));
            previousYear = year;
            QVERIFY2(row.value("notice"_L1).toString().contains(y + u"年部分节假日安排"_s), qPrintable(y));
            const QRegularExpressionMatch number =
                documentNumber.match(row.value("documentNumber"_L1).toString());
            QVERIFY2(number.hasMatch(), qPrintable(y));
            QCOMPARE(number.captured(1).toInt(), year - 1); // published the year before
            const QDate published = date(row.value("published"_L1));
            QVERIFY2(published.isValid() && published.year() == year - 1, qPrintable(y));
            QVERIFY2(row.value("url"_L1).toString().startsWith(u"https://www.gov.cn/"_s), qPrintable(y));

            QSet<QDate> holidays;
            QDate previousEnd;
            for (const QJsonValue& p : row.value("holidays"_L1).toArray()) {
                const QJsonObject period = p.toObject();
                const QDate from = date(period.value("from"_L1));
                const QDate to = date(period.value("to"_L1));
                const QString what = y + u' ' + period.value("name"_L1).toString();
                QVERIFY2(!period.value("name"_L1).toString().isEmpty(), qPrintable(what));
                QVERIFY2(from.isValid() && to.isValid() && from <= to, qPrintable(what));
                QVERIFY2(from.year() == year && to.year() == year, qPrintable(what));
                QVERIFY2(!previousEnd.isValid() || from > previousEnd, qPrintable(what + u": sorted"_s));
                QVERIFY2(from.daysTo(to) < 9, qPrintable(what)); // no notice gives more than 9 days
                previousEnd = to;
                for (QDate d = from; d <= to; d = d.addDays(1))
                    holidays.insert(d);
            }
            QVERIFY2(holidays.size() >= 11, qPrintable(y)); // at least the statutory days
            QDate previous;
            for (const QJsonValue& m : row.value("makeUpWorkdays"_L1).toArray()) {
                const QDate day = date(m);
                const QString what = y + u' ' + m.toString();
                QVERIFY2(day.isValid() && day.year() == year, qPrintable(what));
                QVERIFY2(day.dayOfWeek() >= 6, qPrintable(what + u" is not a weekend day"_s));
                QVERIFY2(!holidays.contains(day), qPrintable(what + u" is also a holiday"_s));
                QVERIFY2(!previous.isValid() || day > previous, qPrintable(what + u": sorted"_s));
                previous = day;
            }
        }
        QVERIFY(previousYear >= 2026);
    }
};

QTEST_GUILESS_MAIN(TestWorkingDayCalendar)
#include "tst_workingdaycalendar.moc"
