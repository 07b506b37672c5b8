#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QFrame>
#include <QObject>
#include <QPointer>

class QLabel;
class QSystemTrayIcon;
class QToolButton;

namespace icp {

class Database;
struct Application;

// An in-window notification line (used when the desktop has no system tray): a title
// in bold, the message, and a close button. Hidden until show(title, message).
class NotificationBanner : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationBanner(QWidget* parent = nullptr);
    void show(const QString& title, const QString& message);
    QString title() const;
    QString message() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QToolButton* m_close = nullptr;
};

// Tells the user when the backend moved an application to a new state (issue 5 item 5):
// a desktop notification through the system tray when there is one, otherwise the
// in-window banner. While an SMS verification is pending its deadline is the title
// (docs/regulations.md §2.2: answered within 24 h or the application is returned).
class SyncNotifier : public QObject
{
    Q_OBJECT

public:
    SyncNotifier(Database& database, NotificationBanner* banner, QObject* parent = nullptr);
    ~SyncNotifier() override;

    // Builds and shows the notification for application `id`, now in `status`.
    void notify(const QString& id, ApplicationStatus status);

    // Shows a reminder of obligations (ReminderNotifier.h) the same way; clicking it only
    // brings the window forward.
    void showReminder(const QString& title, const QString& message, bool urgent);

    // What the last notification said (tests; also shown in the status bar).
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

    // When the SMS of `app` must be answered by: the backend's deadline from the status
    // note, else 24 h after it entered SmsPending (order-limits table). Invalid otherwise.
    static QDateTime smsDeadline(const Application& app);

Q_SIGNALS:
    // The user clicked the desktop notification.
    void activated(const QString& applicationId);

private:
    void show(const QString& title, const QString& message, bool urgent);

    Database& m_database;
    QPointer<NotificationBanner> m_banner;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastId;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace icp
