#pragma once

#include "domain/Application.h"

#include <QDate>
#include <QDateTime>

// The dates an application's own deadlines run from, shared by the rules (ORD-005, ORD-008)
// and the obligations engine so that a finding and an obligation never disagree.
namespace icp::deadlines {

// When the application last entered `status` (UTC), null when it never did.
QDateTime enteredAt(const Application& app, ApplicationStatus status);
// The Beijing day the number was granted (the earliest launch), null when not granted.
QDate grantedOn(const Application& app);
// ORD-005: the 24-hour SMS window ends this instant (docs/regulations.md R32, §11).
QDateTime smsDeadline(const Application& app);
// ORD-008: the public-security filing is due this Beijing day, counted from the grant
// (docs/regulations.md R36, §11).
QDate psbFilingDueOn(const Application& app);

} // namespace icp::deadlines
