#include "reports/ReportContent.h"

#include "core/BeijingTime.h"

#include <QCollator>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

bool isActive(const Licence& licence, const QDate& asOf)
{
    return licence.status == LicenceStatus::Active &&
           (!licence.expiresOn.isValid() || licence.expiresOn >= asOf);
}

// Months since year 0: one number per month, so that December and the next January are
// neighbours.
int monthIndex(const QDate& date)
{
    return date.year() * 12 + date.month() - 1;
}

} // namespace

bool isExpiry(ObligationKind kind)
{
    return kind == ObligationKind::LicenceExpiry || kind == ObligationKind::DomainExpiry ||
           kind == ObligationKind::IdExpiry;
}

QString reportDate(const QLocale& locale, const QDate& date)
{
    if (!date.isValid())
        return {};
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // en_US writes "M/d/yy": a report kept for years says the century.
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return locale.toString(date, format);
}

QString reportDue(const QLocale& locale, const Obligation& obligation)
{
    if (!obligation.dueAt.isValid())
        return reportDate(locale, obligation.dueOn);
    const QDateTime local = beijing::toBeijing(obligation.dueAt);
    return reportDate(locale, local.date()) + u' ' + locale.toString(local.time(), u"HH:mm"_s);
}

PortfolioReport buildPortfolioReport(const QList<Licence>& licences, QList<Obligation> obligations,
                                     const QDateTime& now, const QLocale& locale)
{
    PortfolioReport report;
    report.locale = locale;
    report.generatedAt = now;
    report.asOf = beijing::dateOf(now);
    const QDate asOf = report.asOf;

    // The engine's order (due date, kind, subject) is kept; only the day is made sure of.
    std::stable_sort(obligations.begin(), obligations.end(),
                     [](const Obligation& a, const Obligation& b) { return a.dueDate() < b.dueDate(); });

    ReportSummary& summary = report.summary;
    for (const Licence& licence : licences) {
        if (!isActive(licence, asOf))
            continue;
        (licence.kind == ApplicationKind::Filing ? summary.activeFilings : summary.activeLicences) += 1;
    }

    const QDate firstMonth(asOf.year(), asOf.month(), 1);
    for (int i = 0; i < kReportMonths; ++i)
        report.months.append(ReportMonth{firstMonth.addMonths(i)});
    const int first = monthIndex(firstMonth);

    for (const Obligation& o : std::as_const(obligations)) {
        const QDate due = o.dueDate();
        summary.obligations += 1;
        if (o.state == ObligationState::Overdue)
            summary.overdue += 1;
        else if (o.state == ObligationState::Missed)
            summary.missed += 1;
        if (isExpiry(o.kind) && !o.isLate() && due.isValid()) {
            const qint64 days = asOf.daysTo(due);
            for (size_t w = 0; w < std::size(kReportWindows); ++w) {
                if (days >= 0 && days <= kReportWindows[w])
                    summary.expiringWithin[w] += 1;
            }
        }
        if (!due.isValid())
            continue;
        const int bucket = monthIndex(due) - first;
        if (bucket < 0 || bucket >= kReportMonths)
            continue;
        (isExpiry(o.kind) ? report.months[bucket].expiries : report.months[bucket].deadlines) += 1;
    }

    // Entities as the records name them, with the obligations that name the same entity
    // (an open application's entity has obligations and no record yet).
    QHash<QString, qsizetype> byName;
    const auto entityOf = [&](const QString& name) -> ReportEntity& {
        const QString key = name.trimmed();
        auto it = byName.constFind(key);
        if (it == byName.constEnd()) {
            it = byName.insert(key, report.entities.size());
            report.entities.append(ReportEntity{key, {}, {}, {}});
        }
        return report.entities[*it];
    };
    for (const Licence& licence : licences) {
        ReportEntity& entity = entityOf(licence.entityName);
        if (entity.uscc.isEmpty())
            entity.uscc = licence.uscc.trimmed();
        entity.records.append(licence);
    }
    for (const Obligation& o : std::as_const(obligations))
        entityOf(o.entityName).obligations.append(o);

    QCollator collator(locale);
    collator.setNumericMode(true);
    for (ReportEntity& entity : report.entities) {
        std::stable_sort(entity.records.begin(), entity.records.end(),
                         [&](const Licence& a, const Licence& b) { return collator(a.number, b.number); });
    }
    // The unnamed entity goes last; the others in the locale's order (pinyin in Chinese).
    std::stable_sort(report.entities.begin(), report.entities.end(),
                     [&](const ReportEntity& a, const ReportEntity& b) {
                         if (a.name.isEmpty() != b.name.isEmpty())
                             return b.name.isEmpty();
                         return collator(a.name, b.name);
                     });
    report.obligations = std::move(obligations);
    return report;
}

} // namespace icp
