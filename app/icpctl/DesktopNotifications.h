#pragma once

#include <QString>

namespace icp::cli {

// Desktop notifications over the session bus, the freedesktop.org way
// (org.freedesktop.Notifications, method Notify): what every Linux desktop shows, with the
// window of the program closed (docs/reminders.md).
class DesktopNotifications
{
public:
    enum class Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };

    // Sends one notification; false with problem() set when there is no session bus, no
    // notification service on it, or it did not answer.
    bool notify(const QString& summary, const QString& body, Urgency urgency);
    // Why the last notify() failed, translated.
    QString problem() const { return m_problem; }

    static constexpr int replyTimeoutMs = 10000;

private:
    QString m_problem;
};

} // namespace icp::cli
