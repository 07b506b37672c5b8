#pragma once

#include "domain/Licence.h"
#include "obligations/Obligation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <array>
#include <iterator>

namespace icp {

// What the portfolio report says (docs/portfolio.md "Reports"), before anything is drawn:
// counts, month buckets, rows and sections, in the order the report shows them. Built from
// the registry records and their obligations alone, so tests check it without a PDF.

// The number of months the chart of expiries and deadlines covers, the current one first.
inline constexpr int kReportMonths = 24;
// The look-ahead windows of the summary ("expiring within 30 / 60 / 90 days").
inline constexpr int kReportWindows[] = {30, 60, 90};

struct ReportSummary
{
    int activeFilings = 0;  // filing numbers whose status is active
    int activeLicences = 0; // licences whose status is active and whose expiry has not passed
    // Expiries (licence, domain, ID document) not yet late and due within 30, 60, 90 days of
    // the report's day; each window includes the shorter ones.
    std::array<int, std::size(kReportWindows)> expiringWithin{};
    int overdue = 0; // late, can still be done
    int missed = 0;  // late, can no longer be done
    int obligations = 0;
};

// One month of the chart: what falls due in it, expiries apart from the other deadlines.
struct ReportMonth
{
    QDate month; // its first day
    int expiries = 0;
    int deadlines = 0;
    int total() const { return expiries + deadlines; }
};

// One entity (the company or person holding the records) with its records and obligations.
struct ReportEntity
{
    QString name;                  // as the records write it; empty when they name none
    QString uscc;                  // the first record's, when any
    QList<Licence> records;        // by number, in the locale's order
    QList<Obligation> obligations; // by due date
};

struct PortfolioReport
{
    QLocale locale;
    QDate asOf;            // the organisation's day: the Beijing day of `generatedAt`
    QDateTime generatedAt; // the instant it was made
    ReportSummary summary;
    QList<ReportMonth> months;     // kReportMonths, from the month of asOf
    QList<Obligation> obligations; // every one, by due date
    QList<ReportEntity> entities;  // in the locale's collation order
};

// Expiries are drawn apart from the other deadlines in the chart and counted in the summary.
bool isExpiry(ObligationKind kind);

// The report of `licences` and their `obligations` (ObligationEngine's, at `now`), worded and
// sorted for `locale`.
PortfolioReport buildPortfolioReport(const QList<Licence>& licences, QList<Obligation> obligations,
                                     const QDateTime& now, const QLocale& locale);

// How the report writes a day: the locale's short form with a four-digit year
// ("12/3/2026", "2026/12/3").
QString reportDate(const QLocale& locale, const QDate& date);
// How it writes an obligation's due day (with the hour in Beijing time where it matters).
QString reportDue(const QLocale& locale, const Obligation& obligation);

} // namespace icp
