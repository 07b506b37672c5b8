// The obligation index (issue 11 item 4): rebuilt wholly and per record, its state computed in
// SQL on the day asked, and its filters, pages, tile counts and months checked against the same
// rules applied in C++ to the obligations written — on SQLite and, with ICP_TEST_PG, PostgreSQL.
#include "StoreTestSupport.h"
#include "obligations/ObligationIndex.h"
#include "obligations/ObligationQuery.h"
#include "store/ApplicationRepository.h"
#include "store/LicenceRepository.h"

#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

namespace {

// Noon in Beijing on `day`, as UTC.
QDateTime noonOn(const QDate& day)
{
    return QDateTime(day, QTime(4, 0), Qt::UTC);
}

Obligation obligation(ObligationKind kind, const QString& subject, const QDate& due, const QDate& soonFrom,
                      bool missedWhenLate, const QString& record)
{
    Obligation o;
    o.kind = kind;
    o.subject = subject;
    o.dueOn = due;
    o.dueSoonFrom = soonFrom;
    o.missedWhenLate = missedWhenLate;
    o.recordId = record;
    o.id = Obligation::makeId(kind, subject, due);
    o.title = displayName(kind);
    return o;
}

// The three kinds of lateness: a renewal (missed when late), an annual report (overdue when
// late) and an SMS verification due at an instant (11:00 Beijing on 10 May 2027, missed when late).
QList<Obligation> ladderExamples()
{
    QList<Obligation> list{
        obligation(ObligationKind::LicenceRenewal, u"京B2-20220001"_s, QDate(2027, 6, 1), QDate(2027, 3, 3),
                   true, u"lic-1"_s),
        obligation(ObligationKind::AnnualReport, u"京B2-20220001"_s, QDate(2027, 3, 31), QDate(2027, 1, 1),
                   false, u"lic-1"_s),
    };
    Obligation sms =
        obligation(ObligationKind::SmsVerification, u"app-1"_s, QDate(), QDate(2027, 5, 9), true, u"app-1"_s);
    sms.dueAt = QDateTime(QDate(2027, 5, 10), QTime(3, 0), Qt::UTC);
    sms.id = Obligation::makeId(sms.kind, sms.subject, sms.dueDate());
    list.append(sms);
    return list;
}

void addBackendRows(const char* name, const QDateTime& now, ObligationKind kind, ObligationState expected)
{
    for (const QString& backend : {u"sqlite"_s, u"postgres"_s}) {
        QTest::addRow("%s/%s", qPrintable(backend), name) << backend << now << int(kind) << int(expected);
    }
}

// A portfolio of 120 obligations spread over entities, provinces, providers, owners, kinds and
// the next 30 months (a few late), every field known to the test.
QList<Obligation> portfolio(const QDate& today)
{
    const QStringList entities{u"北京示例科技有限公司"_s, u"上海样本网络有限公司"_s,
                               u"Example Widgets Ltd"_s};
    const QStringList providers{u"阿里云"_s, u"腾讯云"_s, QString()};
    const QStringList owners{u"Wang Fang"_s, u"Li Lei"_s};
    const QList<int> provinces{11, 31, 44, 0};
    const QList<ObligationKind> kinds{ObligationKind::LicenceExpiry, ObligationKind::LicenceRenewal,
                                      ObligationKind::AnnualReport, ObligationKind::PsbFiling,
                                      ObligationKind::DomainExpiry};
    QList<Obligation> list;
    for (int i = 0; i < 120; ++i) {
        const ObligationKind kind = kinds.at(i % kinds.size());
        const QDate due = today.addDays(-40 + i * 8);
        Obligation o =
            obligation(kind, u"京ICP备2027%1号"_s.arg(i, 6, 10, QLatin1Char('0')), due, due.addDays(-60),
                       kind == ObligationKind::LicenceRenewal, u"rec-%1"_s.arg(i / 3));
        o.entityName = entities.at(i % entities.size());
        o.provinceCode = provinces.at(i % provinces.size());
        o.provider = providers.at(i % providers.size());
        o.owner = owners.at(i % owners.size());
        list.append(o);
    }
    return list;
}

ObligationState stateOn(const Obligation& o, const QDate& today)
{
    if (o.dueDate() < today)
        return o.missedWhenLate ? ObligationState::Missed : ObligationState::Overdue;
    if (o.dueSoonFrom.isValid() && o.dueSoonFrom <= today)
        return ObligationState::DueSoon;
    return ObligationState::Upcoming;
}

bool matches(const Obligation& o, const ObligationFilter& f, const QDate& today)
{
    if (!f.entity.isEmpty() && o.entityName != f.entity)
        return false;
    if (f.provinceCode && o.provinceCode != *f.provinceCode)
        return false;
    if (!f.provider.isEmpty() && o.provider != f.provider)
        return false;
    if (f.kind && o.kind != *f.kind)
        return false;
    if (!f.owner.isEmpty() && o.owner != f.owner)
        return false;
    if (f.state && stateOn(o, today) != *f.state)
        return false;
    if (!f.search.isEmpty() && !o.subject.contains(f.search, Qt::CaseInsensitive) &&
        !o.entityName.contains(f.search, Qt::CaseInsensitive) &&
        !o.title.contains(f.search, Qt::CaseInsensitive))
        return false;
    if (f.dueFrom.isValid() && o.dueDate() < f.dueFrom)
        return false;
    if (f.dueTo.isValid() && o.dueDate() > f.dueTo)
        return false;
    return true;
}

} // namespace

class TestObligationIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theStateIsComputedOnTheDayAsked_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expected");
        // Renewal: due soon from the 90-day mark, missed (no longer possible) the day after.
        addBackendRows("renewal before its ladder", noonOn(QDate(2027, 3, 2)), ObligationKind::LicenceRenewal,
                       ObligationState::Upcoming);
        addBackendRows("renewal on its first stage", noonOn(QDate(2027, 3, 3)),
                       ObligationKind::LicenceRenewal, ObligationState::DueSoon);
        addBackendRows("renewal on its due day", noonOn(QDate(2027, 6, 1)), ObligationKind::LicenceRenewal,
                       ObligationState::DueSoon);
        addBackendRows("renewal the day after", noonOn(QDate(2027, 6, 2)), ObligationKind::LicenceRenewal,
                       ObligationState::Missed);
        // Annual report: overdue, not missed, after 31 March.
        addBackendRows("report on 31 December", noonOn(QDate(2026, 12, 31)), ObligationKind::AnnualReport,
                       ObligationState::Upcoming);
        addBackendRows("report on 1 January", noonOn(QDate(2027, 1, 1)), ObligationKind::AnnualReport,
                       ObligationState::DueSoon);
        addBackendRows("report on 1 April", noonOn(QDate(2027, 4, 1)), ObligationKind::AnnualReport,
                       ObligationState::Overdue);
        // 23:59 Beijing on 31 March is still 31 March; 00:00 Beijing on 1 April is 16:00 UTC on 31 March.
        addBackendRows("report at 23:59 Beijing on 31 March",
                       QDateTime(QDate(2027, 3, 31), QTime(15, 59), Qt::UTC), ObligationKind::AnnualReport,
                       ObligationState::DueSoon);
        addBackendRows("report at 00:00 Beijing on 1 April",
                       QDateTime(QDate(2027, 3, 31), QTime(16, 0), Qt::UTC), ObligationKind::AnnualReport,
                       ObligationState::Overdue);
        // SMS: the hour matters, not only the day.
        addBackendRows("SMS a minute before the deadline",
                       QDateTime(QDate(2027, 5, 10), QTime(2, 59), Qt::UTC), ObligationKind::SmsVerification,
                       ObligationState::DueSoon);
        addBackendRows("SMS a minute after the deadline", QDateTime(QDate(2027, 5, 10), QTime(3, 1), Qt::UTC),
                       ObligationKind::SmsVerification, ObligationState::Missed);
    }
    void theStateIsComputedOnTheDayAsked()
    {
        ICP_OPEN_TEST_DATABASE(db);
        QFETCH(QDateTime, now);
        QFETCH(int, kind);
        QFETCH(int, expected);
        QVERIFY(ObligationIndex(**db).rebuild(ladderExamples()).ok());
        ObligationQuery query(**db, now);
        ObligationFilter filter;
        filter.kind = ObligationKind(kind);
        const Result<QList<ObligationRow>> rows =
            query.page(filter, ObligationSort::DueOn, Qt::AscendingOrder, 0, 10);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(toKey(rows->constFirst().state), toKey(ObligationState(expected)));
        // The state filter agrees with the computed state, and finds nothing under the others.
        for (const ObligationState state : {ObligationState::Upcoming, ObligationState::DueSoon,
                                            ObligationState::Overdue, ObligationState::Missed}) {
            filter.state = state;
            QCOMPARE(query.count(filter).value(), state == ObligationState(expected) ? 1 : 0);
        }
    }

    void rebuildAndReplaceARecord_data() { Backend::addRows(); }
    void rebuildAndReplaceARecord()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ObligationIndex index(**db);
        const QDate today(2027, 2, 1);
        const QList<Obligation> all = portfolio(today);
        QVERIFY(index.rebuild(all).ok());
        ObligationQuery query(**db, noonOn(today));
        QCOMPARE(query.count({}).value(), int(all.size()));
        QCOMPARE(countRows(**db, u"obligation_index"_s, u"record_id"_s, u"rec-0"_s), 3);

        // One record changes: its rows go, the new ones come, the others stay.
        Obligation moved = all.at(0);
        moved.dueOn = today.addDays(400);
        moved.id = Obligation::makeId(moved.kind, moved.subject, moved.dueOn);
        QVERIFY(index.replaceRecord(u"rec-0"_s, {moved}).ok());
        QCOMPARE(countRows(**db, u"obligation_index"_s, u"record_id"_s, u"rec-0"_s), 1);
        QCOMPARE(countRows(**db, u"obligation_index"_s, u"record_id"_s, u"rec-1"_s), 3);
        QCOMPARE(countRows(**db, u"obligation_index"_s, u"id"_s, moved.id), 1);
        QCOMPARE(query.count({}).value(), int(all.size()) - 2);

        // A whole rebuild replaces everything, the replaced record included.
        QVERIFY(index.rebuild(all.mid(0, 10)).ok());
        QCOMPARE(query.count({}).value(), 10);
        QCOMPARE(countRows(**db, u"obligation_index"_s, u"id"_s, moved.id), 0);
        QVERIFY(index.rebuild({}).ok());
        QCOMPARE(query.count({}).value(), 0);
    }

    void filtersMatchTheRules_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<ObligationFilter>("filter");
        QList<std::pair<const char*, ObligationFilter>> filters;
        filters.append({"everything", ObligationFilter{}});
        ObligationFilter f;
        f.entity = u"上海样本网络有限公司"_s;
        filters.append({"entity", f});
        f = {};
        f.provinceCode = 44;
        filters.append({"province", f});
        f = {};
        f.provider = u"腾讯云"_s;
        filters.append({"provider", f});
        f = {};
        f.kind = ObligationKind::AnnualReport;
        filters.append({"kind", f});
        f = {};
        f.owner = u"Li Lei"_s;
        filters.append({"owner", f});
        for (const auto& [name, state] :
             {std::pair{"upcoming", ObligationState::Upcoming},
              std::pair{"due soon", ObligationState::DueSoon}, std::pair{"overdue", ObligationState::Overdue},
              std::pair{"missed", ObligationState::Missed}}) {
            f = {};
            f.state = state;
            filters.append({name, f});
        }
        f = {};
        f.search = u"2027000012"_s; // subjects 120…129
        filters.append({"search a number", f});
        f = {};
        f.search = u"example WIDGETS"_s; // case-insensitive
        filters.append({"search an entity", f});
        f = {};
        f.search = u"100%"_s; // a LIKE wildcard is searched for, not obeyed
        filters.append({"search a wildcard", f});
        f = {};
        f.dueFrom = QDate(2027, 6, 1);
        f.dueTo = QDate(2027, 6, 30);
        filters.append({"a month", f});
        f.entity = u"北京示例科技有限公司"_s;
        f.kind = ObligationKind::LicenceExpiry;
        f.owner = u"Wang Fang"_s;
        filters.append({"several at once", f});
        for (const QString& backend : {u"sqlite"_s, u"postgres"_s}) {
            for (const auto& [name, filter] : filters)
                QTest::addRow("%s/%s", qPrintable(backend), name) << backend << filter;
        }
    }
    void filtersMatchTheRules()
    {
        ICP_OPEN_TEST_DATABASE(db);
        QFETCH(ObligationFilter, filter);
        const QDate today(2027, 2, 1);
        const QList<Obligation> all = portfolio(today);
        QVERIFY(ObligationIndex(**db).rebuild(all).ok());
        ObligationQuery query(**db, noonOn(today));

        QList<Obligation> expected;
        std::copy_if(all.begin(), all.end(), std::back_inserter(expected),
                     [&](const Obligation& o) { return matches(o, filter, today); });
        std::sort(expected.begin(), expected.end(), [](const Obligation& a, const Obligation& b) {
            return std::pair(a.dueDate(), a.id) < std::pair(b.dueDate(), b.id);
        });
        QCOMPARE(query.count(filter).value(), int(expected.size()));

        // Read in pages of 7: together, the expected rows in order.
        QStringList read;
        for (int offset = 0;; offset += 7) {
            const Result<QList<ObligationRow>> page =
                query.page(filter, ObligationSort::DueOn, Qt::AscendingOrder, offset, 7);
            QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
            for (const ObligationRow& row : page.value()) {
                read.append(row.id);
                QVERIFY(matches(*std::find_if(all.begin(), all.end(),
                                              [&](const Obligation& o) { return o.id == row.id; }),
                                filter, today));
            }
            if (page->size() < 7)
                break;
        }
        QStringList expectedIds;
        for (const Obligation& o : std::as_const(expected))
            expectedIds.append(o.id);
        QCOMPARE(read, expectedIds);

        // Sorted by entity, descending: each entity's rows together, then by due date; in byte
        // order on SQLite (PostgreSQL follows the database's collation).
        const QList<ObligationRow> byEntity =
            query.page(filter, ObligationSort::Entity, Qt::DescendingOrder, 0, 1000).value();
        QCOMPARE(byEntity.size(), expected.size());
        QStringList seen;
        for (qsizetype i = 0; i < byEntity.size(); ++i) {
            const ObligationRow& row = byEntity.at(i);
            if (i == 0 || byEntity.at(i - 1).entity != row.entity) {
                QVERIFY2(!seen.contains(row.entity), qPrintable(row.entity));
                seen.append(row.entity);
            } else {
                QVERIFY(byEntity.at(i - 1).dueOn >= row.dueOn);
            }
            if (backend == u"sqlite"_s && i > 0)
                QVERIFY(byEntity.at(i - 1).entity >= row.entity);
        }

        // The months: every month of the next 24 present, their sums those of the rules.
        const QList<MonthCount> months = query.perMonth(filter, 24).value();
        QCOMPARE(months.size(), 24);
        QCOMPARE(months.constFirst().month, QDate(2027, 2, 1));
        // The chart ignores the filter's own due range (the month chosen on it) and counts
        // each month of the others.
        ObligationFilter others = filter;
        others.dueFrom = {};
        others.dueTo = {};
        // … and, asked in the same scan, how many the filter matches without its month.
        int matching = -1;
        const QList<MonthCount> again = query.perMonth(filter, 24, &matching).value();
        QCOMPARE(matching, query.count(others).value());
        QCOMPARE(again.size(), months.size());
        for (qsizetype i = 0; i < again.size(); ++i)
            QCOMPARE(again.at(i).expiries + again.at(i).deadlines,
                     months.at(i).expiries + months.at(i).deadlines);
        for (const MonthCount& m : months) {
            int expiries = 0;
            int deadlines = 0;
            for (const Obligation& o : all) {
                if (!matches(o, others, today) || o.dueDate() < m.month ||
                    o.dueDate() >= m.month.addMonths(1))
                    continue;
                const bool expiry =
                    o.kind == ObligationKind::LicenceExpiry || o.kind == ObligationKind::DomainExpiry;
                ++(expiry ? expiries : deadlines);
            }
            QCOMPARE(m.expiries, expiries);
            QCOMPARE(m.deadlines, deadlines);
        }
    }

    void theTilesCountWhatIsHeld_data() { Backend::addRows(); }
    void theTilesCountWhatIsHeld()
    {
        ICP_OPEN_TEST_DATABASE(db);
        const QDate today(2027, 2, 1);
        LicenceRepository licences(**db);
        Licence filing = fullLicence(1);
        filing.kind = ApplicationKind::Filing;
        filing.expiresOn = QDate();
        Licence current = fullLicence(2);
        current.kind = ApplicationKind::Licence;
        current.expiresOn = today.addDays(20);
        Licence expired = fullLicence(3);
        expired.kind = ApplicationKind::Licence;
        expired.expiresOn = today.addDays(-1);
        for (const Licence& l : {filing, current, expired})
            QVERIFY(licences.save(l, u"tester"_s).ok());

        QList<Obligation> list;
        for (const int days : {0, 30, 31, 60, 61, 90, 91, -1})
            list.append(obligation(ObligationKind::LicenceExpiry, u"exp%1"_s.arg(days), today.addDays(days),
                                   {}, false, u"r"_s));
        list.append(
            obligation(ObligationKind::DomainExpiry, u"example.cn"_s, today.addDays(5), {}, false, u"r"_s));
        list.append(obligation(ObligationKind::AnnualReport, u"rep"_s, today.addDays(10), {}, false, u"r"_s));
        list.append(
            obligation(ObligationKind::AnnualReport, u"late"_s, today.addDays(-3), {}, false, u"r"_s));
        list.append(
            obligation(ObligationKind::LicenceRenewal, u"gone"_s, today.addDays(-3), {}, true, u"r"_s));
        QVERIFY(ObligationIndex(**db).rebuild(list).ok());

        ApplicationRepository applications(**db);
        Application waiting = fullApplication(1);
        waiting.status = ApplicationStatus::AuthorityReview;
        waiting.history.append(StatusChange{ApplicationStatus::Queued, noonOn(today.addDays(-12)), {}});
        Application draft = fullApplication(2);
        draft.status = ApplicationStatus::Draft;
        for (const Application& a : {waiting, draft})
            QVERIFY(applications.save(a, u"tester"_s).ok());

        const Result<PortfolioCounts> counts = ObligationQuery(**db, noonOn(today)).counts();
        QVERIFY2(counts.ok(), qPrintable(counts.ok() ? QString() : counts.error().message));
        QCOMPARE(counts->activeFilings, 1);
        QCOMPARE(counts->activeLicences, 1); // the expired one is not in force
        QCOMPARE(counts->expiringIn30, 3);   // 0, 30 and the domain
        QCOMPARE(counts->expiringIn60, 5);   // + 31, 60
        QCOMPARE(counts->expiringIn90, 7);   // + 61, 90
        QCOMPARE(counts->overdue, 2);        // the late report, the expiry yesterday
        QCOMPARE(counts->missed, 1);         // the renewal
        QCOMPARE(counts->applicationsInReview, 1);
        QCOMPARE(counts->oldestReviewDays, 12);
    }
};

QTEST_GUILESS_MAIN(TestObligationIndex)
#include "tst_obligationindex.moc"
