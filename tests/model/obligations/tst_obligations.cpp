// The obligations engine (docs/obligations.md): every kind's due date and state on Beijing days,
// year ends, leap years, 29 February + 5 years, time-zone edges, missed renewal windows, annual
// reports for licences held on 31 December, records that owe nothing, the authority review's
// working days over a holiday, and ladders overridden in code and in settings.
#include "core/BeijingTime.h"
#include "core/WorkingDayCalendar.h"
#include "obligations/ObligationCompletion.h"
#include "obligations/ObligationEngine.h"
#include "obligations/ObligationLadder.h"
#include "rules/ProvinceRules.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The start of a Beijing day.
QDateTime on(const char* iso)
{
    return beijing::startOfDay(day(iso));
}

QDateTime utcAt(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC(); // "…Z": UTC
}

// An invented licence: 京ICP证 numbers here belong to no one.
Licence licence(QDate issued, QDate expires)
{
    Licence l;
    l.id = u"lic-1"_s;
    l.kind = ApplicationKind::Licence;
    l.number = u"京ICP证990001号"_s;
    l.entityName = u"示例网络科技有限公司"_s;
    l.issuedOn = issued;
    l.expiresOn = expires;
    l.provinceCode = 11;
    l.accessProvider = u"示例云"_s;
    l.owner = u"王小明"_s;
    return l;
}

Licence filing()
{
    Licence l;
    l.id = u"fil-1"_s;
    l.kind = ApplicationKind::Filing;
    l.number = u"京ICP备99000001号"_s;
    l.entityName = u"示例文化传媒有限公司"_s;
    l.provinceCode = 11;
    l.owner = u"李四"_s;
    return l;
}

QList<Obligation> ofKind(const QList<Obligation>& all, ObligationKind kind)
{
    QList<Obligation> found;
    for (const Obligation& o : all) {
        if (o.kind == kind)
            found.append(o);
    }
    return found;
}

Application application(ApplicationStatus status, const QDateTime& since)
{
    Application app;
    app.id = u"app-1"_s;
    app.kind = ApplicationKind::Filing;
    app.status = status;
    app.entity.name = u"示例软件有限公司"_s;
    app.entity.provinceCode = 11;
    app.history.append(StatusChange{status, since, {}});
    Person principal;
    principal.id = u"p1"_s;
    principal.name = u"赵六"_s;
    principal.roles = {PersonRole::EntityPrincipal};
    app.persons.append(principal);
    return app;
}

} // namespace

Q_DECLARE_METATYPE(icp::ObligationState)
Q_DECLARE_METATYPE(icp::ObligationKind)
Q_DECLARE_METATYPE(icp::LicenceStatus)
Q_DECLARE_METATYPE(icp::LapseDecision)

class TestObligations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renewal_data()
    {
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<ObligationState>("state");
        QTest::addColumn<int>("stage");
        // Expiry 2031-06-30: renewal by 2031-04-01 (90 days), due soon from 2031-01-01 (180 days).
        QTest::newRow("before the ladder")
            << day("2031-06-30") << on("2030-12-31") << day("2031-04-01") << ObligationState::Upcoming << -1;
        QTest::newRow("180 days before expiry, across the year end")
            << day("2031-06-30") << on("2031-01-01") << day("2031-04-01") << ObligationState::DueSoon << 90;
        QTest::newRow("120 days before expiry")
            << day("2031-06-30") << on("2031-03-02") << day("2031-04-01") << ObligationState::DueSoon << 30;
        QTest::newRow("the last day")
            << day("2031-06-30") << on("2031-04-01") << day("2031-04-01") << ObligationState::DueSoon << 0;
        QTest::newRow("the day after: missed")
            << day("2031-06-30") << on("2031-04-02") << day("2031-04-01") << ObligationState::Missed << 0;
        QTest::newRow("leap year: expiry 2028-05-29, due 29 February")
            << day("2028-05-29") << on("2028-02-29") << day("2028-02-29") << ObligationState::DueSoon << 0;
        QTest::newRow("23:59 Beijing on the last day") << day("2031-06-30") << utcAt("2031-04-01T15:59:00Z")
                                                       << day("2031-04-01") << ObligationState::DueSoon << 0;
        QTest::newRow("00:00 Beijing the day after (16:00 UTC)")
            << day("2031-06-30") << utcAt("2031-04-01T16:00:00Z") << day("2031-04-01")
            << ObligationState::Missed << 0;
    }
    void renewal()
    {
        QFETCH(QDate, expires);
        QFETCH(QDateTime, now);
        QFETCH(QDate, due);
        QFETCH(ObligationState, state);
        QFETCH(int, stage);
        const QList<Obligation> all = ObligationEngine(now).ofLicence(licence(expires.addYears(-5), expires));
        const QList<Obligation> renewals = ofKind(all, ObligationKind::LicenceRenewal);
        QCOMPARE(renewals.size(), 1);
        const Obligation& o = renewals.constFirst();
        QCOMPARE(o.dueOn, due);
        QCOMPARE(expires.daysTo(o.dueOn), -90);
        QCOMPARE(o.state, state);
        QCOMPARE(o.stage, stage);
        QCOMPARE(o.dueSoonFrom, due.addDays(-90));
        QVERIFY(o.missedWhenLate);
        QCOMPARE(o.rule, u"LIC-006"_s);
        QCOMPARE(o.owner, u"王小明"_s);
        QCOMPARE(o.recordId, u"lic-1"_s);
        QCOMPARE(o.provinceCode, 11);
        QCOMPARE(o.provider, u"示例云"_s);
        QCOMPARE(o.entityName, u"示例网络科技有限公司"_s);
        QCOMPARE(o.subject, u"京ICP证990001号"_s);
        QVERIFY(!o.note.contains(u"apply now"_s, Qt::CaseInsensitive));
        if (state == ObligationState::Missed)
            QVERIFY2(o.note.contains(u"Renewal no longer possible, apply for a new licence"_s),
                     qPrintable(o.note));
        else
            QVERIFY2(!o.note.contains(u"no longer possible"_s), qPrintable(o.note));
    }

    void expiryOfAGrantOn29February()
    {
        // A licence granted on 29 February 2024 expires on 28 February 2029 (5 years, QDate::addYears).
        Application app =
            application(ApplicationStatus::Granted, utcAt("2024-02-28T16:30:00Z")); // 29 Feb Beijing
        app.kind = ApplicationKind::Licence;
        const QList<Obligation> all = ObligationEngine(on("2024-03-01")).ofGrantedApplication(app, {});
        const QList<Obligation> expiry = ofKind(all, ObligationKind::LicenceExpiry);
        QCOMPARE(expiry.size(), 1);
        QCOMPARE(expiry.constFirst().dueOn, day("2029-02-28"));
        QCOMPARE(ofKind(all, ObligationKind::LicenceRenewal).constFirst().dueOn, day("2028-11-30"));
        // The first annual report: on 2024, due 2025-03-31.
        QCOMPARE(ofKind(all, ObligationKind::AnnualReport).constFirst().dueOn, day("2025-03-31"));
        QCOMPARE(ofKind(all, ObligationKind::PsbFiling).size(), 0); // no website in this application
        for (const Obligation& o : all)
            QCOMPARE(o.recordId, u"app-1"_s);
    }

    void theGrantedPageKeepsThePsbFilingAfterTheReminderWindow()
    {
        Application app = application(ApplicationStatus::Granted, on("2026-01-10"));
        Website site;
        site.name = u"示例"_s;
        site.filingNumber = u"京ICP备99000002号-1"_s;
        app.websites.append(site);
        const ObligationEngine soon(on("2026-01-20"));
        QCOMPARE(ofKind(soon.ofApplication(app), ObligationKind::PsbFiling).constFirst().dueOn,
                 day("2026-02-09"));
        const ObligationEngine late(on("2026-12-01")); // past ORD-008's 180 days
        QVERIFY(ofKind(late.ofApplication(app), ObligationKind::PsbFiling).isEmpty());
        const QList<Obligation> page = ofKind(late.ofGrantedApplication(app, {}), ObligationKind::PsbFiling);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.constFirst().state, ObligationState::Overdue);
    }

    void annualReport_data()
    {
        QTest::addColumn<QDate>("issued");
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QList<QDate>>("dues");
        QTest::addColumn<QList<int>>("states"); // ObligationState per due date
        using S = ObligationState;
        QTest::newRow("31 Dec Beijing: the window is not open yet")
            << day("2025-06-01") << day("2030-06-01") << utcAt("2025-12-31T15:59:00Z")
            << QList<QDate>{day("2026-03-31")} << QList<int>{int(S::Upcoming)};
        QTest::newRow("2025-12-31T16:30Z is 1 January in Beijing: due soon")
            << day("2025-06-01") << day("2030-06-01") << utcAt("2025-12-31T16:30:00Z")
            << QList<QDate>{day("2026-03-31"), day("2027-03-31")}
            << QList<int>{int(S::DueSoon), int(S::Upcoming)};
        QTest::newRow("31 March is the last day")
            << day("2025-06-01") << day("2030-06-01") << on("2026-03-31")
            << QList<QDate>{day("2026-03-31"), day("2027-03-31")}
            << QList<int>{int(S::DueSoon), int(S::Upcoming)};
        QTest::newRow("1 April: late, overdue (can still be filed)")
            << day("2025-06-01") << day("2030-06-01") << on("2026-04-01")
            << QList<QDate>{day("2026-03-31"), day("2027-03-31")}
            << QList<int>{int(S::Overdue), int(S::Upcoming)};
        QTest::newRow("issued on 1 January: not held on 31 December before")
            << day("2026-01-01") << day("2031-01-01") << on("2026-02-01") << QList<QDate>{day("2027-03-31")}
            << QList<int>{int(S::Upcoming)};
        QTest::newRow("issued on 31 December: held on it")
            << day("2025-12-31") << day("2030-12-31") << on("2026-02-01")
            << QList<QDate>{day("2026-03-31"), day("2027-03-31")}
            << QList<int>{int(S::DueSoon), int(S::Upcoming)};
        QTest::newRow("expired on 30 December: no report on that year")
            << day("2021-12-30") << day("2026-12-30") << on("2026-02-01") << QList<QDate>{day("2026-03-31")}
            << QList<int>{int(S::DueSoon)};
        QTest::newRow("leap year: due soon from 1 January 2028")
            << day("2027-05-05") << day("2032-05-05") << on("2028-01-01")
            << QList<QDate>{day("2028-03-31"), day("2029-03-31")}
            << QList<int>{int(S::DueSoon), int(S::Upcoming)};
    }
    void annualReport()
    {
        QFETCH(QDate, issued);
        QFETCH(QDate, expires);
        QFETCH(QDateTime, now);
        QFETCH(QList<QDate>, dues);
        QFETCH(QList<int>, states);
        const QList<Obligation> reports =
            ofKind(ObligationEngine(now).ofLicence(licence(issued, expires)), ObligationKind::AnnualReport);
        QList<QDate> got;
        QList<int> gotStates;
        for (const Obligation& o : reports) {
            got.append(o.dueOn);
            gotStates.append(int(o.state));
            QVERIFY(!o.missedWhenLate);
            QVERIFY(o.dueSoonFrom >= QDate(o.dueOn.year(), 1, 1));
            if (o.state == ObligationState::Upcoming)
                QCOMPARE(o.stage, -1); // no reminder stage before the window opens
            if (o.state == ObligationState::Overdue)
                QVERIFY2(o.note.contains(u"filed late"_s), qPrintable(o.note));
        }
        QCOMPARE(got, dues);
        QCOMPARE(gotStates, states);
    }

    void aFiledAnnualReportIsDone()
    {
        Licence l = licence(day("2025-06-01"), day("2030-06-01"));
        l.annualReports.append(AnnualReport{2025, day("2026-03-10")});
        const QList<Obligation> reports =
            ofKind(ObligationEngine(on("2026-03-20")).ofLicence(l), ObligationKind::AnnualReport);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.constFirst().dueOn, day("2027-03-31"));
    }

    void recordsThatAreNotActiveOweNothing_data()
    {
        QTest::addColumn<LicenceStatus>("status");
        QTest::addColumn<bool>("owes");
        QTest::newRow("active") << LicenceStatus::Active << true;
        QTest::newRow("cancelled") << LicenceStatus::Cancelled << false;
        QTest::newRow("revoked") << LicenceStatus::Revoked << false;
        QTest::newRow("expired") << LicenceStatus::Expired << false;
    }
    void recordsThatAreNotActiveOweNothing()
    {
        QFETCH(LicenceStatus, status);
        QFETCH(bool, owes);
        Licence l = licence(day("2025-06-01"), day("2030-06-01"));
        l.status = status;
        l.hostingExpiresOn = day("2026-08-01");
        l.websites.append(
            RegisteredWebsite{u"京ICP证990001号-1"_s,
                              u"示例"_s,
                              {},
                              {},
                              day("2026-06-01"),
                              {RegisteredDomain{u"example.cn"_s, u"示例注册商"_s, day("2026-09-01")}}});
        QCOMPARE(!ObligationEngine(on("2026-06-02")).ofLicence(l).isEmpty(), owes);
        QCOMPARE(!ObligationEngine(on("2026-06-02")).derive({l}, {}).isEmpty(), owes);
    }

    void aFilingOwesItsWebsitesDomainsAndHosting()
    {
        Licence f = filing();
        f.accessProvider = u"示例云"_s;
        f.hostingExpiresOn = day("2026-07-01");
        f.businessChangedOn = day("2026-05-01"); // a filing's change is not derived (docs/obligations.md)
        f.websites.append(
            RegisteredWebsite{u"京ICP备99000001号-1"_s,
                              u"示例站"_s,
                              {},
                              {},
                              day("2026-05-10"),
                              {RegisteredDomain{u"example.cn"_s, u"示例注册商"_s, day("2026-06-15")}}});
        f.websites.append(RegisteredWebsite{u"京ICP备99000001号-2"_s,
                                            u"已备案站"_s,
                                            {},
                                            u"京公网安备11010502000001号"_s,
                                            day("2026-05-10"),
                                            {}});
        const QList<Obligation> all = ObligationEngine(on("2026-06-20")).ofLicence(f);
        QCOMPARE(ofKind(all, ObligationKind::LicenceExpiry).size(), 0);
        QCOMPARE(ofKind(all, ObligationKind::AnnualReport).size(), 0);
        QCOMPARE(ofKind(all, ObligationKind::LicenceChange).size(), 0);
        const QList<Obligation> psb = ofKind(all, ObligationKind::PsbFiling);
        QCOMPARE(psb.size(), 1); // the second website has its PSB number
        QCOMPARE(psb.constFirst().subject, u"京ICP备99000001号-1"_s);
        QCOMPARE(psb.constFirst().dueOn, day("2026-06-09"));
        QCOMPARE(psb.constFirst().state, ObligationState::Overdue);
        const QList<Obligation> domains = ofKind(all, ObligationKind::DomainExpiry);
        QCOMPARE(domains.size(), 1);
        QCOMPARE(domains.constFirst().state, ObligationState::Overdue);
        QVERIFY(isLapse(domains.constFirst().kind));
        const QList<Obligation> hosting = ofKind(all, ObligationKind::HostingExpiry);
        QCOMPARE(hosting.size(), 1);
        QCOMPARE(hosting.constFirst().dueOn, day("2026-07-01"));
        QCOMPARE(hosting.constFirst().state, ObligationState::DueSoon); // 60-day ladder
        QCOMPARE(hosting.constFirst().owner, u"李四"_s);
        QCOMPARE(hosting.constFirst().provider, u"示例云"_s);
    }

    void licenceChangeWithin30Days()
    {
        Licence l = licence(day("2025-06-01"), day("2030-06-01"));
        l.businessChangedOn = day("2026-11-20");
        const QList<Obligation> change =
            ofKind(ObligationEngine(on("2026-12-21")).ofLicence(l), ObligationKind::LicenceChange);
        QCOMPARE(change.size(), 1);
        QCOMPARE(change.constFirst().dueOn, day("2026-12-20"));
        QCOMPARE(change.constFirst().state, ObligationState::Overdue);
    }

    void smsVerificationIsAnInstant_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<ObligationState>("state");
        // Sent 2026-12-31T10:00Z (18:00 Beijing): the window ends 2027-01-01T10:00Z, 1 January Beijing.
        QTest::newRow("a minute before") << utcAt("2027-01-01T09:59:00Z") << ObligationState::DueSoon;
        QTest::newRow("at the instant") << utcAt("2027-01-01T10:00:00Z") << ObligationState::DueSoon;
        QTest::newRow("a minute after: missed") << utcAt("2027-01-01T10:01:00Z") << ObligationState::Missed;
    }
    void smsVerificationIsAnInstant()
    {
        QFETCH(QDateTime, now);
        QFETCH(ObligationState, state);
        const Application app = application(ApplicationStatus::SmsPending, utcAt("2026-12-31T10:00:00Z"));
        const QList<Obligation> sms =
            ofKind(ObligationEngine(now).ofApplication(app), ObligationKind::SmsVerification);
        QCOMPARE(sms.size(), 1);
        QCOMPARE(sms.constFirst().dueAt, utcAt("2027-01-01T10:00:00Z"));
        QCOMPARE(sms.constFirst().dueDate(), day("2027-01-01"));
        QCOMPARE(sms.constFirst().state, state);
        QCOMPARE(sms.constFirst().owner, u"赵六"_s);
        QVERIFY(sms.constFirst().missedWhenLate);
    }

    void authorityReviewCountsWorkingDays_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<ObligationState>("state");
        // Since Thursday 2025-09-18: the 20th working day is 2025-10-22 over the National Day
        // holiday (1–8 October) and its make-up days (28 September, 11 October); weekends only
        // would have given 2025-10-16.
        QTest::newRow("weekends-only end: not late") << day("2025-10-17") << ObligationState::DueSoon;
        QTest::newRow("the 20th working day") << day("2025-10-22") << ObligationState::DueSoon;
        QTest::newRow("the 21st: overdue") << day("2025-10-23") << ObligationState::Overdue;
    }
    void authorityReviewCountsWorkingDays()
    {
        QFETCH(QDate, asOf);
        QFETCH(ObligationState, state);
        QCOMPARE(ProvinceRules::forProvince(11).caReviewWorkingDays, 20);
        const Application app =
            application(ApplicationStatus::AuthorityReview, beijing::startOfDay(day("2025-09-18")));
        const QList<Obligation> review = ofKind(
            ObligationEngine(beijing::startOfDay(asOf)).ofApplication(app), ObligationKind::AuthorityReview);
        QCOMPARE(review.size(), 1);
        QCOMPARE(review.constFirst().dueOn, day("2025-10-22"));
        QCOMPARE(review.constFirst().state, state);
        QVERIFY2(review.constFirst().note.contains(u"2025-10-22"_s) || state == ObligationState::Overdue,
                 qPrintable(review.constFirst().note));
        QVERIFY2(!review.constFirst().note.contains(u"approximate"_s), qPrintable(review.constFirst().note));
    }

    void authorityReviewInAYearWithoutHolidaysSaysSo()
    {
        QVERIFY(!WorkingDayCalendar::standard().covers(2031));
        const Application app =
            application(ApplicationStatus::AuthorityReview, beijing::startOfDay(day("2031-03-03")));
        const QList<Obligation> review =
            ofKind(ObligationEngine(on("2031-03-10")).ofApplication(app), ObligationKind::AuthorityReview);
        QCOMPARE(review.size(), 1);
        QVERIFY2(review.constFirst().note.contains(u"2031"_s) &&
                     review.constFirst().note.contains(u"approximate"_s),
                 qPrintable(review.constFirst().note));
    }

    void idAndDomainOfAnApplication()
    {
        Application app = application(ApplicationStatus::AuthorityReview, on("2026-11-02"));
        app.persons[0].documentExpiry = day("2027-01-15");
        Website site;
        site.name = u"示例"_s;
        Domain d;
        d.name = u"example.cn"_s;
        d.expiresOn = day("2026-12-20");
        site.domains.append(d);
        site.access.append(Access{u"示例云"_s, 11, {}});
        app.websites.append(site);
        const QList<Obligation> all = ObligationEngine(on("2026-12-01")).ofApplication(app);
        const QList<Obligation> ids = ofKind(all, ObligationKind::IdExpiry);
        QCOMPARE(ids.size(), 1);
        QCOMPARE(ids.constFirst().subject, u"赵六"_s);
        QCOMPARE(ids.constFirst().state, ObligationState::DueSoon);
        const QList<Obligation> domains = ofKind(all, ObligationKind::DomainExpiry);
        QCOMPARE(domains.size(), 1);
        QCOMPARE(domains.constFirst().provider, u"示例云"_s);
        // Withdrawn: nothing.
        app.status = ApplicationStatus::Withdrawn;
        QVERIFY(ObligationEngine(on("2026-12-01")).ofApplication(app).isEmpty());
    }

    void idsAreStableAndDuplicatesListedOnce()
    {
        Licence l = licence(day("2025-06-01"), day("2030-06-01"));
        l.applicationId = u"app-1"_s;
        l.websites.append(RegisteredWebsite{u"京ICP证990001号-1"_s,
                                            u"示例"_s,
                                            {},
                                            {},
                                            {},
                                            {RegisteredDomain{u"example.cn"_s, {}, day("2026-12-20")}}});
        Application app = application(ApplicationStatus::Granted, on("2025-06-01"));
        Website site;
        Domain d;
        d.name = u"example.cn"_s;
        d.expiresOn = day("2026-12-20");
        site.domains.append(d);
        app.websites.append(site);
        const QList<Obligation> a = ObligationEngine(on("2026-12-01")).derive({l}, {app});
        const QList<Obligation> b = ObligationEngine(on("2026-12-10")).derive({l}, {app});
        QCOMPARE(ofKind(a, ObligationKind::DomainExpiry).size(), 1);
        QCOMPARE(ofKind(a, ObligationKind::DomainExpiry).constFirst().owner, u"王小明"_s); // the record's
        QStringList idsA, idsB;
        for (const Obligation& o : a)
            idsA.append(o.id);
        for (const Obligation& o : b)
            idsB.append(o.id);
        QCOMPARE(idsA, idsB);
        QCOMPARE(QSet<QString>(idsA.cbegin(), idsA.cend()).size(), idsA.size());
        // A moved due date is another obligation.
        QVERIFY(Obligation::makeId(ObligationKind::DomainExpiry, u"example.cn"_s, day("2026-12-20")) !=
                Obligation::makeId(ObligationKind::DomainExpiry, u"example.cn"_s, day("2027-12-20")));
        // Sorted by due date.
        for (qsizetype i = 1; i < a.size(); ++i)
            QVERIFY(a.at(i - 1).dueDate() <= a.at(i).dueDate());
        // Done ones are dropped.
        const QString domainId = ofKind(a, ObligationKind::DomainExpiry).constFirst().id;
        const QList<Obligation> open = withoutDone(a, {domainId});
        QCOMPARE(open.size(), a.size() - 1);
        QCOMPARE(ofKind(open, ObligationKind::DomainExpiry).size(), 0);
    }

    void ladderOverride_data()
    {
        QTest::addColumn<QList<int>>("days");
        QTest::addColumn<QDate>("dueSoonFrom");
        QTest::addColumn<ObligationState>("stateOn20301215");
        // Renewal due 2031-04-01.
        QTest::newRow("default 90/30/0")
            << QList<int>{90, 30, 0} << day("2031-01-01") << ObligationState::Upcoming;
        QTest::newRow("200 days") << QList<int>{200} << day("2030-09-13") << ObligationState::DueSoon;
        QTest::newRow("unsorted, duplicates")
            << QList<int>{30, 120, 30} << day("2030-12-02") << ObligationState::DueSoon;
        QTest::newRow("empty: due soon on the day")
            << QList<int>{} << day("2031-04-01") << ObligationState::Upcoming;
    }
    void ladderOverride()
    {
        QFETCH(QList<int>, days);
        QFETCH(QDate, dueSoonFrom);
        QFETCH(ObligationState, stateOn20301215);
        ObligationLadders ladders = ObligationLadders::defaults();
        ladders.set(ObligationKind::LicenceRenewal, days);
        const QList<Obligation> renewal =
            ofKind(ObligationEngine(on("2030-12-15"), ladders)
                       .ofLicence(licence(day("2026-06-30"), day("2031-06-30"))),
                   ObligationKind::LicenceRenewal);
        QCOMPARE(renewal.constFirst().dueSoonFrom, dueSoonFrom);
        QCOMPARE(renewal.constFirst().state, stateOn20301215);
    }

    void laddersFromSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"icp.ini"_s), QSettings::IniFormat);
        const ObligationLadders defaults = ObligationLadders::defaults();
        QCOMPARE(defaults.forKind(ObligationKind::LicenceRenewal).days, (QList<int>{90, 30, 0}));
        QCOMPARE(ObligationLadders::fromSettings(settings), defaults);
        settings.setValue(u"obligations/ladders/licence-renewal"_s, QVariantList{120, 60});
        settings.setValue(u"obligations/ladders/domain-expiry"_s, u"45, 10"_s);
        settings.setValue(u"obligations/ladders/annual-report"_s, u"soon"_s); // not days: the default stays
        settings.setValue(u"obligations/ladders/psb-filing"_s, QVariantList{-3});
        const ObligationLadders read = ObligationLadders::fromSettings(settings);
        QCOMPARE(read.forKind(ObligationKind::LicenceRenewal).days, (QList<int>{120, 60}));
        QCOMPARE(read.forKind(ObligationKind::DomainExpiry).days, (QList<int>{45, 10}));
        QCOMPARE(read.forKind(ObligationKind::AnnualReport), defaults.forKind(ObligationKind::AnnualReport));
        QCOMPARE(read.forKind(ObligationKind::PsbFiling), defaults.forKind(ObligationKind::PsbFiling));
        // save() writes what differs and removes the rest; read back it is the same.
        QTemporaryDir other;
        QSettings saved(other.filePath(u"saved.ini"_s), QSettings::IniFormat);
        saved.setValue(u"obligations/ladders/psb-filing"_s, QVariantList{5});
        read.save(saved);
        saved.sync();
        QVERIFY(!saved.contains(u"obligations/ladders/psb-filing"_s));
        QVERIFY(saved.contains(u"obligations/ladders/licence-renewal"_s));
        QCOMPARE(ObligationLadders::fromSettings(saved), read);
    }

    void completionChecks_data()
    {
        QTest::addColumn<ObligationKind>("kind");
        QTest::addColumn<QDate>("doneOn");
        QTest::addColumn<LapseDecision>("decision");
        QTest::addColumn<QString>("error");
        QTest::newRow("report done") << ObligationKind::AnnualReport << day("2026-03-01")
                                     << LapseDecision::None << QString();
        QTest::newRow("no date") << ObligationKind::AnnualReport << QDate() << LapseDecision::None
                                 << u"obligations.no-date"_s;
        QTest::newRow("in the future") << ObligationKind::PsbFiling << day("2026-03-11")
                                       << LapseDecision::None << u"obligations.future-date"_s;
        QTest::newRow("lapse without a decision") << ObligationKind::DomainExpiry << day("2026-03-01")
                                                  << LapseDecision::None << u"obligations.decision-needed"_s;
        QTest::newRow("lapse renewed")
            << ObligationKind::HostingExpiry << day("2026-03-01") << LapseDecision::Renewed << QString();
        QTest::newRow("lapse to be cancelled")
            << ObligationKind::DomainExpiry << day("2026-03-01") << LapseDecision::CancelFiling << QString();
        QTest::newRow("decision on a report")
            << ObligationKind::AnnualReport << day("2026-03-01") << LapseDecision::Renewed
            << u"obligations.decision-not-allowed"_s;
    }
    void completionChecks()
    {
        QFETCH(ObligationKind, kind);
        QFETCH(QDate, doneOn);
        QFETCH(LapseDecision, decision);
        QFETCH(QString, error);
        Obligation o;
        o.kind = kind;
        ObligationCompletion c;
        c.obligationId = u"x"_s;
        c.doneOn = doneOn;
        c.decision = decision;
        const Status s = checkCompletion(o, c, day("2026-03-10"));
        QCOMPARE(s.ok() ? QString() : s.error().code, error);
    }
};

QTEST_GUILESS_MAIN(TestObligations)
#include "tst_obligations.moc"
