#pragma once

#include "obligations/Obligation.h"
#include "obligations/ObligationLadder.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace icp {

// Which obligations a calendar holds: one owner's (so each can subscribe to their own) and
// one kind's, or all of them when a field is empty.
struct CalendarFilter
{
    QString owner;                      // compared trimmed, case-insensitively
    std::optional<ObligationKind> kind; // nullopt: every kind

    bool accepts(const Obligation& o) const;
    // The kind named by its key ("licence-renewal" …, toKey()), nullopt for anything else.
    static std::optional<ObligationKind> kindFromKey(const QString& key);
};

struct CalendarOptions
{
    CalendarFilter filter;
    // DTSTAMP of every event (RFC 5545 §3.8.7.2: when the file was written); now by default.
    QDateTime stamp;
    // The ladders whose stages become the alarms; the table's by default (later: Settings').
    std::function<ObligationLadder(ObligationKind)> ladderOf = &ObligationLadder::forKind;
};

// The obligations as an iCalendar file (RFC 5545), written with libical (docs/reminders.md):
// one VEVENT per obligation, UID "<obligation id>@icp-assistant" (the same in every export),
// all-day events as DATE values on the Beijing day (no TZID; DTEND the next day), the
// instants where the hour matters (the SMS deadline, Obligation::dueAt) as DATE-TIME in UTC,
// one VALARM per stage of the obligation's ladder, CATEGORIES its kind's key.
QByteArray obligationsToIcs(const QList<Obligation>& obligations, const CalendarOptions& options = {});

// The UID of an obligation's event.
QString calendarUid(const Obligation& o);

} // namespace icp
