#include "rules/Deadlines.h"

#include "core/BeijingTime.h"
#include "rules/RuleTables.h"

namespace icp::deadlines {

QDateTime enteredAt(const Application& app, ApplicationStatus status)
{
    for (auto it = app.history.crbegin(); it != app.history.crend(); ++it) {
        if (it->status == status)
            return it->at;
    }
    return {};
}

QDate grantedOn(const Application& app)
{
    return beijing::dateOf(enteredAt(app, ApplicationStatus::Granted));
}

QDateTime smsDeadline(const Application& app)
{
    const QDateTime sent = enteredAt(app, ApplicationStatus::SmsPending);
    if (!sent.isValid())
        return {};
    return sent.addSecs(qint64(RuleTables::instance().orderLimits().smsHours) * 3600);
}

QDate psbFilingDueOn(const Application& app)
{
    const QDate granted = grantedOn(app);
    if (!granted.isValid())
        return {};
    return granted.addDays(RuleTables::instance().orderLimits().psbDays);
}

} // namespace icp::deadlines
