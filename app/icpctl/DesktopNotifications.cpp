#include "DesktopNotifications.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace icp::cli {

namespace {

// The Desktop Notifications Specification's names.
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;

} // namespace

bool DesktopNotifications::notify(const QString& summary, const QString& body, Urgency urgency)
{
    m_problem.clear();
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_problem =
            QCoreApplication::translate("icpctl", "no session bus (%1)").arg(bus.lastError().message());
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    const QVariantMap hints{
        {u"urgency"_s, QVariant::fromValue(uchar(urgency))},
        {u"desktop-entry"_s, u"icp-assistant"_s},
        {u"category"_s, u"x-icp-assistant.reminder"_s},
    };
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    call << QCoreApplication::translate("icpctl", "ICP Registration Assistant") << uint(0)
         << u"appointment-soon"_s << summary << body << QStringList() << hints << int(-1);
    const QDBusMessage reply = bus.call(call, QDBus::Block, replyTimeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage)
        return true;
    m_problem = reply.errorName() == "org.freedesktop.DBus.Error.ServiceUnknown"_L1
                    ? QCoreApplication::translate("icpctl", "no notification service on the session bus")
                    : QCoreApplication::translate("icpctl", "the notification service answered: %1 %2")
                          .arg(reply.errorName(), reply.errorMessage());
    return false;
}

} // namespace icp::cli
