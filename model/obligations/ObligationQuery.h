#pragma once

#include "core/Result.h"
#include "obligations/Obligation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace icp {

class Database;

// What the dashboard's table shows, narrowed by its filters. Empty / unset = any.
struct ObligationFilter
{
    QString entity;
    std::optional<int> provinceCode;
    QString provider;
    std::optional<ObligationKind> kind;
    QString owner;
    std::optional<ObligationState> state;
    QString search; // a substring of the subject, the entity or the title (case-insensitive)
    // Due in [dueFrom, dueTo] (Beijing days): a bar of the chart, a month.
    QDate dueFrom;
    QDate dueTo;

    bool operator==(const ObligationFilter&) const = default;
};

// The columns the table can be sorted by (ORDER BY in SQL, each with an index).
enum class ObligationSort { DueOn, Kind, Subject, Entity, Province, Provider, Owner };

// One row of the index, with its state on the day asked.
struct ObligationRow
{
    QString id;
    ObligationKind kind = ObligationKind::LicenceRenewal;
    QString subject;
    QString entity;
    int provinceCode = 0;
    QString provider;
    QString owner;
    QString recordId;
    QDate dueOn;
    QDateTime dueAt;
    ObligationState state = ObligationState::Upcoming;
    QString rule;
    QString title;
    QString note;
};

// The dashboard's tiles.
struct PortfolioCounts
{
    int activeFilings = 0;
    int activeLicences = 0;
    int expiringIn30 = 0; // licences and domains expiring within 30 days from today (inclusive)
    int expiringIn60 = 0;
    int expiringIn90 = 0;
    int overdue = 0;
    int missed = 0;
    int applicationsInReview = 0;
    int oldestReviewDays = 0; // days since the oldest application in review was submitted

    bool operator==(const PortfolioCounts&) const = default;
};

// One bar of the chart: what falls due in a month.
struct MonthCount
{
    QDate month;       // its first day
    int expiries = 0;  // licence and domain expiries
    int deadlines = 0; // everything else
};

// Reads the obligation index on a given day: filters, sorts, pages and counts, all in SQL with
// the index's indexes. The state is computed there from the stored dates (docs/obligations.md):
// late when the due day is before today (or the due instant before now), then missed when
// `missed_when_late` (no longer possible) else overdue; due soon from `due_soon_from`.
class ObligationQuery
{
public:
    // `now` decides the day (its Beijing date) and, for obligations due at an instant, lateness.
    ObligationQuery(Database& db, const QDateTime& now);

    QDate today() const { return m_today; }

    Result<int> count(const ObligationFilter& filter);
    // Rows [offset, offset + limit) in `sort` order (then by due date and id).
    Result<QList<ObligationRow>> page(const ObligationFilter& filter, ObligationSort sort,
                                      Qt::SortOrder order, int offset, int limit);
    Result<PortfolioCounts> counts();
    // The `months` months from this one, every month present (zeros included). The filter's
    // own due range is ignored: the chart shows the months around the chosen one. With
    // `matching`, also how many obligations the filter (without its due range) matches, in the
    // same scan: one pass over the rows per filter change instead of two.
    Result<QList<MonthCount>> perMonth(const ObligationFilter& filter, int months = 24,
                                       int* matching = nullptr);

    // The distinct values a filter can take, sorted (for the filter combos).
    Result<QStringList> entities();
    Result<QStringList> providers();
    Result<QStringList> owners();
    Result<QList<int>> provinceCodes();

private:
    Result<QStringList> distinct(const QString& column);

    Database& m_db;
    QDateTime m_now;
    QDate m_today;
};

// The SQL text of the filtered page, with its values inlined (the benchmark runs it in the
// sqlite3 shell to compare). SQLite only.
QString obligationPageSqlForShell(const ObligationFilter& filter, const QDateTime& now, int limit);

} // namespace icp
