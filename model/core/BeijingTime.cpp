#include "core/BeijingTime.h"

#include "core/Logging.h"

using namespace Qt::StringLiterals;

namespace icp::beijing {

namespace {

constexpr int kUtcOffsetSeconds = 8 * 3600;

struct Zone
{
    QTimeZone zone;
    bool iana = false;
};

const Zone& resolved()
{
    static const Zone z = [] {
        QTimeZone iana("Asia/Shanghai");
        if (iana.isValid())
            return Zone{iana, true};
        qCInfo(lcCore) << "time-zone database without Asia/Shanghai: deadlines use a fixed UTC+8";
        return Zone{QTimeZone(kUtcOffsetSeconds), false};
    }();
    return z;
}

} // namespace

QTimeZone zone()
{
    return resolved().zone;
}

bool hasTimeZoneDatabase()
{
    return resolved().iana;
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zone());
}

QDate today()
{
    return now().date();
}

QDateTime toBeijing(const QDateTime& instant)
{
    return instant.isValid() ? instant.toTimeZone(zone()) : QDateTime();
}

QDate dateOf(const QDateTime& instant)
{
    return instant.isValid() ? toBeijing(instant).date() : QDate();
}

QDateTime startOfDay(QDate date)
{
    return date.isValid() ? date.startOfDay(zone()) : QDateTime();
}

QString formatMinutes(const QDateTime& instant)
{
    return instant.isValid() ? toBeijing(instant).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

} // namespace icp::beijing
