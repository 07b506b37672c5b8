#include "obligations/ObligationCalendar.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringList>
#include <cstdlib>
#include <libical/ical.h>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCalendar, "icp.obligations.calendar", QtInfoMsg)

namespace icp {

namespace {

constexpr int kDaySeconds = 24 * 3600;
// An all-day event's alarm rings at 09:00 of the stage's day, not at midnight.
constexpr int kAlarmHourSeconds = 9 * 3600;

const ObligationKind kKinds[] = {
    ObligationKind::LicenceExpiry,   ObligationKind::LicenceRenewal,  ObligationKind::AnnualReport,
    ObligationKind::PsbFiling,       ObligationKind::DomainExpiry,    ObligationKind::IdExpiry,
    ObligationKind::SmsVerification, ObligationKind::AuthorityReview,
};

struct ComponentFree
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype dateValue(QDate day)
{
    icaltimetype t = icaltime_null_date();
    t.year = day.year();
    t.month = day.month();
    t.day = day.day();
    return t;
}

icaltimetype utcValue(const QDateTime& instant)
{
    return icaltime_from_timet_with_zone(time_t(instant.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

QString summaryOf(const Obligation& o)
{
    const QString title = o.title.isEmpty() ? displayName(o.kind) + u' ' + o.subject : o.title;
    return o.entityName.isEmpty() ? title : title + u" — "_s + o.entityName;
}

// Everything a person needs without opening the program: what to do, then the facts.
QString descriptionOf(const Obligation& o)
{
    const auto line = [](const char* label, const QString& value) {
        return value.isEmpty() ? QString()
                               : QCoreApplication::translate("ObligationCalendar", label).arg(value) + u'\n';
    };
    QString text;
    if (!o.note.isEmpty())
        text += o.note + u"\n\n"_s;
    text += line(QT_TRANSLATE_NOOP("ObligationCalendar", "Kind: %1"), displayName(o.kind));
    text += line(QT_TRANSLATE_NOOP("ObligationCalendar", "Subject: %1"), o.subject);
    text += line(QT_TRANSLATE_NOOP("ObligationCalendar", "Entity: %1"), o.entityName);
    text += line(QT_TRANSLATE_NOOP("ObligationCalendar", "Owner: %1"), o.owner);
    text += line(QT_TRANSLATE_NOOP("ObligationCalendar", "State when exported: %1"), displayName(o.state));
    const QString rule =
        o.rule.isEmpty() ? o.source : (o.source.isEmpty() ? o.rule : o.rule + u" ("_s + o.source + u')');
    text += line(QT_TRANSLATE_NOOP("ObligationCalendar", "Rule: %1"), rule);
    return text.trimmed();
}

void addText(icalcomponent* c, icalproperty* p)
{
    icalcomponent_add_property(c, p);
}

void addX(icalcomponent* c, const char* name, const QString& value)
{
    icalproperty* p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(c, p);
}

// One alarm per stage: `days` before the due day at 09:00 for an all-day event, `days`
// before the instant otherwise. RFC 5545 §3.8.6.3: a negative duration relative to DTSTART.
icalcomponent* alarmAt(int days, bool allDay, const QString& summary)
{
    icalcomponent* alarm = icalcomponent_new_valarm();
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icaltriggertype trigger{};
    trigger.time = icaltime_null_time();
    trigger.duration = icaldurationtype_from_int(-days * kDaySeconds + (allDay ? kAlarmHourSeconds : 0));
    icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
    icalcomponent_add_property(alarm, icalproperty_new_description(summary.toUtf8().constData()));
    return alarm;
}

icalcomponent* eventOf(const Obligation& o, const icaltimetype& stamp, const ObligationLadder& ladder)
{
    icalcomponent* event = icalcomponent_new_vevent();
    addText(event, icalproperty_new_uid(calendarUid(o).toUtf8().constData()));
    addText(event, icalproperty_new_dtstamp(stamp));
    const bool allDay = !o.dueAt.isValid();
    if (allDay) {
        // A Beijing calendar day, floating: the day is the same wherever the reader is.
        const QDate day = o.dueDate();
        addText(event, icalproperty_new_dtstart(dateValue(day)));
        addText(event, icalproperty_new_dtend(dateValue(day.addDays(1))));
    } else {
        addText(event, icalproperty_new_dtstart(utcValue(o.dueAt)));
    }
    const QString summary = summaryOf(o);
    addText(event, icalproperty_new_summary(summary.toUtf8().constData()));
    addText(event, icalproperty_new_description(descriptionOf(o).toUtf8().constData()));
    addText(event, icalproperty_new_categories(toKey(o.kind).toUtf8().constData()));
    // A deadline is not a meeting: it does not make anyone busy.
    addText(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    if (!o.rule.isEmpty())
        addX(event, "X-ICP-RULE", o.rule);
    for (const int days : ladder.days)
        icalcomponent_add_component(event, alarmAt(days, allDay, summary));
    return event;
}

} // namespace

bool CalendarFilter::accepts(const Obligation& o) const
{
    if (kind && o.kind != *kind)
        return false;
    return owner.trimmed().isEmpty() || o.owner.trimmed().compare(owner.trimmed(), Qt::CaseInsensitive) == 0;
}

std::optional<ObligationKind> CalendarFilter::kindFromKey(const QString& key)
{
    for (const ObligationKind k : kKinds) {
        if (toKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString calendarUid(const Obligation& o)
{
    return o.id + u"@icp-assistant"_s;
}

QByteArray obligationsToIcs(const QList<Obligation>& obligations, const CalendarOptions& options)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent* cal = calendar.get();
    addText(cal, icalproperty_new_prodid("-//icp-assistant//ICP Registration Assistant obligations//EN"));
    addText(cal, icalproperty_new_version("2.0"));
    addText(cal, icalproperty_new_calscale("GREGORIAN"));
    addText(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    QString name = QCoreApplication::translate("ObligationCalendar", "ICP obligations");
    if (!options.filter.owner.trimmed().isEmpty())
        name += u" — "_s + options.filter.owner.trimmed();
    if (options.filter.kind)
        name += u" — "_s + displayName(*options.filter.kind);
    addX(cal, "X-WR-CALNAME", name);
    // The all-day dates are Beijing days (docs/regulations.md §11); a hint for the readers that use it.
    addX(cal, "X-WR-TIMEZONE", u"Asia/Shanghai"_s);

    const QDateTime stampTime = options.stamp.isValid() ? options.stamp : QDateTime::currentDateTimeUtc();
    const icaltimetype stamp = utcValue(stampTime);
    for (const Obligation& o : obligations) {
        if (!options.filter.accepts(o) || !o.dueDate().isValid())
            continue;
        const ObligationLadder ladder = options.ladderOf ? options.ladderOf(o.kind) : ObligationLadder{};
        icalcomponent_add_component(cal, eventOf(o, stamp, ladder));
    }
    char* text = icalcomponent_as_ical_string_r(cal);
    if (!text) {
        qCWarning(lcCalendar) << "libical wrote no calendar:" << icalerror_strerror(icalerrno);
        return {};
    }
    const QByteArray bytes(text);
    std::free(text);
    return bytes;
}

} // namespace icp
