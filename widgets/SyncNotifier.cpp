#include "SyncNotifier.h"

#include "rules/RuleTables.h"
#include "store/ApplicationRepository.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

NotificationBanner::NotificationBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(u"notificationBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(24, 24));
    layout->addWidget(icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(u"notificationTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"notificationMessage"_s);
    m_message->setWordWrap(true);
    texts->addWidget(m_title);
    texts->addWidget(m_message);
    layout->addLayout(texts, 1);
    m_close = new QToolButton(this);
    m_close->setObjectName(u"notificationCloseButton"_s);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    changeEvent(nullptr);
    setVisible(false);
}

void NotificationBanner::show(const QString& title, const QString& message)
{
    m_title->setText(title);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    setAccessibleDescription(title + u'\n' + message);
    setVisible(true);
}

QString NotificationBanner::title() const
{
    return m_title->text();
}

QString NotificationBanner::message() const
{
    return m_message->text();
}

void NotificationBanner::changeEvent(QEvent* event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Notification"));
        m_close->setToolTip(tr("Close the notification"));
        m_close->setAccessibleName(tr("Close the notification"));
    }
    if (event)
        QFrame::changeEvent(event);
}

SyncNotifier::SyncNotifier(Database& database, NotificationBanner* banner, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_banner(banner)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        if (m_tray->icon().isNull())
            m_tray->setIcon(QApplication::style()->standardIcon(QStyle::SP_ComputerIcon));
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT activated(m_lastId); });
        m_tray->show();
    }
}

SyncNotifier::~SyncNotifier() = default;

QDateTime SyncNotifier::smsDeadline(const Application& app)
{
    if (app.status != ApplicationStatus::SmsPending)
        return {};
    for (auto it = app.history.crbegin(); it != app.history.crend(); ++it) {
        if (it->status != ApplicationStatus::SmsPending)
            continue;
        // sync/ChangeApplier writes the backend's deadline into the note.
        static const QRegularExpression backendDeadline(u"SMS deadline (\\S+)"_s);
        const QRegularExpressionMatch match = backendDeadline.match(it->note);
        if (match.hasMatch()) {
            const QDateTime at = QDateTime::fromString(match.captured(1), Qt::ISODate);
            if (at.isValid())
                return at;
        }
        // docs/regulations.md §2.2: the SMS code is valid 24 h.
        return it->at.addSecs(qint64(RuleTables::instance().orderLimits().smsHours) * 3600);
    }
    return {};
}

void SyncNotifier::notify(const QString& id, ApplicationStatus status)
{
    const Result<Application> loaded = ApplicationRepository(m_database).load(id);
    const QString name =
        loaded && !loaded->entity.name.isEmpty() ? loaded->entity.name : tr("An application");
    QString title = tr("%1: %2").arg(name, displayName(status));
    QString message;
    switch (status) {
    case ApplicationStatus::SmsPending: {
        const QDateTime deadline = loaded ? smsDeadline(loaded.value()) : QDateTime();
        const QString when = deadline.isValid()
                                 ? QLocale().toString(deadline.toLocalTime(), QLocale::ShortFormat)
                                 : tr("within 24 hours");
        // The deadline is the title: it is the one thing the user must act on.
        title = tr("Answer the verification SMS by %1").arg(when);
        message = tr("%1: the MIIT sent a verification SMS to the principals' mobile phones. Reply to it "
                     "before %2, or the application is returned.")
                      .arg(name, when);
        break;
    }
    case ApplicationStatus::Granted: {
        QString number = loaded ? loaded->entity.filingNumber : QString();
        if (loaded) {
            for (const Website& w : loaded->websites) {
                if (!w.filingNumber.isEmpty()) {
                    number = w.filingNumber;
                    break;
                }
            }
        }
        message = number.isEmpty() ? tr("The application was granted.")
                                   : tr("Granted with the number %1. Step 4 shows the footer to put on "
                                        "the website.")
                                         .arg(number);
        break;
    }
    case ApplicationStatus::ProviderRejected:
    case ApplicationStatus::AuthorityRejected:
    case ApplicationStatus::Returned:
        message = tr("Step 3 of the application lists the reasons and the fields to fix.");
        break;
    default:
        message = tr("The audit moved on; step 3 of the application shows the timeline.");
        break;
    }
    m_lastId = id;
    show(title, message,
         status == ApplicationStatus::SmsPending || status == ApplicationStatus::ProviderRejected ||
             status == ApplicationStatus::AuthorityRejected);
}

void SyncNotifier::showReminder(const QString& title, const QString& message, bool urgent)
{
    m_lastId.clear();
    show(title, message, urgent);
}

void SyncNotifier::show(const QString& title, const QString& message, bool urgent)
{
    m_lastTitle = title;
    m_lastMessage = message;
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(title, message, urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            15000);
    } else if (m_banner) {
        m_banner->show(title, message);
    }
}

} // namespace icp
