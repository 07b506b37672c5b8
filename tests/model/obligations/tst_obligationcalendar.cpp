// The calendar export read back with libical (docs/reminders.md): one VEVENT per
// obligation, stable UIDs, DATE vs DATE-TIME in UTC, alarms at the ladder's stages, filters.
#include "core/BeijingTime.h"
#include "obligations/ObligationCalendar.h"
#include "obligations/ObligationEngine.h"
#include "obligations/ObligationLadder.h"

#include <QSet>
#include <QTest>
#include <libical/ical.h>
#include <memory>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct ComponentFree
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

Component parse(const QByteArray& ics)
{
    return Component(icalparser_parse_string(ics.constData()));
}

QList<icalcomponent*> events(icalcomponent* calendar)
{
    QList<icalcomponent*> result;
    for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        result.append(e);
    return result;
}

QString text(const char* value)
{
    return QString::fromUtf8(value);
}

QDate dateOf(const icaltimetype& t)
{
    return QDate(t.year, t.month, t.day);
}

// Two invented licences of two owners, plus an SMS verification with its instant.
QList<Obligation> examples(const QDateTime& now)
{
    ObligationEngine engine(now);
    Licence a;
    a.kind = ApplicationKind::Licence;
    a.number = u"京B2-20220001"_s;
    a.entityName = u"示例科技有限公司"_s;
    a.issuedOn = day("2022-06-01");
    a.expiresOn = day("2027-06-01");
    Licence b = a;
    b.number = u"沪B2-20230002"_s;
    b.entityName = u"Example Trading Ltd"_s;
    b.issuedOn = day("2023-02-28");
    b.expiresOn = day("2028-02-28");
    QList<Obligation> list = engine.ofLicence(a, u"Wang Fang"_s) + engine.ofLicence(b, u"Li Lei"_s);
    Obligation sms;
    sms.kind = ObligationKind::SmsVerification;
    sms.subject = u"app-7"_s;
    sms.entityName = u"示例科技有限公司"_s;
    sms.dueAt = QDateTime(day("2026-12-04"), QTime(1, 30), Qt::UTC); // 09:30 in Beijing
    sms.dueOn = beijing::dateOf(sms.dueAt);
    sms.id = Obligation::makeId(sms.kind, sms.subject, sms.dueOn);
    sms.owner = u"Wang Fang"_s;
    sms.rule = u"ORD-005"_s;
    sms.title = u"SMS verification"_s;
    // Text that iCalendar must escape: commas, semicolons, a line break, a backslash.
    sms.note = u"Reply by 09:30; the code, once used, expires.\nSecond line \\ end"_s;
    list.append(sms);
    return list;
}

} // namespace

class TestObligationCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneEventPerObligationWithStableUids()
    {
        const QDateTime now = beijing::startOfDay(day("2026-12-03"));
        const QList<Obligation> obligations = examples(now);
        QVERIFY(obligations.size() >= 6);
        CalendarOptions first;
        first.stamp = now.toUTC();
        CalendarOptions second;
        second.stamp = now.toUTC().addDays(1);
        const QByteArray one = obligationsToIcs(obligations, first);
        const QByteArray two = obligationsToIcs(obligations, second);
        QVERIFY(one.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(one.contains("\r\n")); // RFC 5545 §3.1: CRLF line ends

        Component a = parse(one);
        Component b = parse(two);
        QVERIFY(a && b);
        QCOMPARE(text(icalcomponent_get_first_property(a.get(), ICAL_VERSION_PROPERTY)
                          ? icalproperty_get_version(
                                icalcomponent_get_first_property(a.get(), ICAL_VERSION_PROPERTY))
                          : ""),
                 u"2.0"_s);
        icalproperty* prodid = icalcomponent_get_first_property(a.get(), ICAL_PRODID_PROPERTY);
        QVERIFY(prodid);
        QVERIFY(text(icalproperty_get_prodid(prodid)).contains(u"icp-assistant"_s));

        const QList<icalcomponent*> eventsA = events(a.get());
        const QList<icalcomponent*> eventsB = events(b.get());
        QCOMPARE(eventsA.size(), obligations.size());
        QCOMPARE(eventsB.size(), obligations.size());
        QSet<QString> expected;
        for (const Obligation& o : obligations)
            expected.insert(o.id + u"@icp-assistant"_s);
        QSet<QString> uidsA;
        QSet<QString> uidsB;
        for (icalcomponent* e : eventsA)
            uidsA.insert(text(icalcomponent_get_uid(e)));
        for (icalcomponent* e : eventsB)
            uidsB.insert(text(icalcomponent_get_uid(e)));
        QCOMPARE(uidsA, expected);
        QCOMPARE(uidsB, expected);
        // Only the stamp differs between the two exports.
        QVERIFY(one != two);
        QCOMPARE(icalcomponent_get_dtstamp(eventsB.constFirst()).day, second.stamp.date().day());
    }

    // All-day events are DATE values without TZID and end the next day; the SMS deadline is
    // an instant in UTC. Every event carries its kind, summary, description and the alarms.
    void datesInstantsAlarmsAndText()
    {
        const QDateTime now = beijing::startOfDay(day("2026-12-03"));
        const QList<Obligation> obligations = examples(now);
        CalendarOptions options;
        options.stamp = now.toUTC();
        Component calendar = parse(obligationsToIcs(obligations, options));
        QVERIFY(calendar);
        QHash<QString, Obligation> byUid;
        for (const Obligation& o : obligations)
            byUid.insert(calendarUid(o), o);
        int instants = 0;
        for (icalcomponent* e : events(calendar.get())) {
            const QString uid = text(icalcomponent_get_uid(e));
            QVERIFY2(byUid.contains(uid), qPrintable(uid));
            const Obligation o = byUid.value(uid);
            icalproperty* start = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
            QVERIFY(start);
            QVERIFY2(!icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER), "no TZID anywhere");
            const icaltimetype dtstart = icalcomponent_get_dtstart(e);
            if (o.dueAt.isValid()) {
                ++instants;
                QVERIFY(!dtstart.is_date);
                QVERIFY(icaltime_is_utc(dtstart));
                QCOMPARE(qint64(icaltime_as_timet(dtstart)), o.dueAt.toSecsSinceEpoch());
                QVERIFY(!icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY));
            } else {
                QVERIFY(dtstart.is_date);
                QCOMPARE(dateOf(dtstart), o.dueOn);
                const icaltimetype dtend = icalcomponent_get_dtend(e);
                QVERIFY(dtend.is_date);
                QCOMPARE(dateOf(dtend), o.dueOn.addDays(1));
            }
            QCOMPARE(text(icalproperty_get_categories(
                         icalcomponent_get_first_property(e, ICAL_CATEGORIES_PROPERTY))),
                     toKey(o.kind));
            QVERIFY(text(icalcomponent_get_summary(e)).contains(o.entityName));
            const QString description = text(icalcomponent_get_description(e));
            QVERIFY2(description.contains(o.note), qPrintable(description)); // escaped and read back intact
            QVERIFY(description.contains(o.subject));
            QVERIFY(description.contains(o.rule));

            // One DISPLAY alarm per stage: days before, at 09:00 for an all-day event.
            QList<int> triggers;
            for (icalcomponent* alarm = icalcomponent_get_first_component(e, ICAL_VALARM_COMPONENT); alarm;
                 alarm = icalcomponent_get_next_component(e, ICAL_VALARM_COMPONENT)) {
                QCOMPARE(
                    icalproperty_get_action(icalcomponent_get_first_property(alarm, ICAL_ACTION_PROPERTY)),
                    ICAL_ACTION_DISPLAY);
                const icaltriggertype trigger =
                    icalproperty_get_trigger(icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY));
                triggers.append(icaldurationtype_as_int(trigger.duration));
            }
            QList<int> expected;
            for (const int days : ObligationLadder::forKind(o.kind).days)
                expected.append(-days * 86400 + (o.dueAt.isValid() ? 0 : 9 * 3600));
            QCOMPARE(triggers, expected);
        }
        QCOMPARE(instants, 1);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("kind");
        QTest::newRow("everything") << QString() << QString();
        QTest::newRow("one owner") << u"Wang Fang"_s << QString();
        QTest::newRow("owner in other case, spaces") << u"  li lei "_s << QString();
        QTest::newRow("one kind") << QString() << u"licence-renewal"_s;
        QTest::newRow("owner and kind") << u"Wang Fang"_s << u"sms-verification"_s;
        QTest::newRow("nobody's") << u"Nobody"_s << QString();
    }
    void filters()
    {
        QFETCH(QString, owner);
        QFETCH(QString, kind);
        const QDateTime now = beijing::startOfDay(day("2026-12-03"));
        const QList<Obligation> obligations = examples(now);
        CalendarOptions options;
        options.filter.owner = owner;
        if (!kind.isEmpty()) {
            options.filter.kind = CalendarFilter::kindFromKey(kind);
            QVERIFY(options.filter.kind);
        }
        Component calendar = parse(obligationsToIcs(obligations, options));
        QVERIFY(calendar);
        // Expected from the obligations themselves, not a count written down here.
        QSet<QString> expected;
        for (const Obligation& o : obligations) {
            const bool ownerOk =
                owner.trimmed().isEmpty() || o.owner.compare(owner.trimmed(), Qt::CaseInsensitive) == 0;
            const bool kindOk = kind.isEmpty() || toKey(o.kind) == kind;
            if (ownerOk && kindOk)
                expected.insert(calendarUid(o));
        }
        QSet<QString> found;
        for (icalcomponent* e : events(calendar.get())) {
            found.insert(text(icalcomponent_get_uid(e)));
            if (!kind.isEmpty())
                QCOMPARE(text(icalproperty_get_categories(
                             icalcomponent_get_first_property(e, ICAL_CATEGORIES_PROPERTY))),
                         kind);
        }
        QCOMPARE(found, expected);
        if (owner == u"Nobody"_s)
            QVERIFY(found.isEmpty());
    }

    void unknownKindIsRefused() { QVERIFY(!CalendarFilter::kindFromKey(u"renewal"_s)); }
};

QTEST_GUILESS_MAIN(TestObligationCalendar)
#include "tst_obligationcalendar.moc"
