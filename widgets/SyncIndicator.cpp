#include "SyncIndicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace icp {

SyncIndicator::SyncIndicator(sync::SyncController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(u"syncIndicator"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_icon = new QLabel(this);
    m_icon->setObjectName(u"syncIcon"_s);
    m_text = new QLabel(this);
    m_text->setObjectName(u"syncStatusLabel"_s);
    m_text->installEventFilter(this);
    m_syncNow = new QToolButton(this);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_syncNow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncNow->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_syncNow->setAutoRaise(true);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    layout->addWidget(m_syncNow);

    connect(m_syncNow, &QToolButton::clicked, &m_controller, &sync::SyncController::syncNow);
    connect(&m_controller, &sync::SyncController::stateChanged, this, &SyncIndicator::refresh);
    connect(&m_controller, &sync::SyncController::queuedCountChanged, this, &SyncIndicator::refresh);
    connect(&m_controller, &sync::SyncController::errorsChanged, this, &SyncIndicator::refresh);
    connect(&m_controller, &sync::SyncController::lastSyncChanged, this, &SyncIndicator::refresh);
    refresh();
}

void SyncIndicator::setSetupProblem(const QString& problem)
{
    m_setupProblem = problem;
    refresh();
}

QString SyncIndicator::text() const
{
    return m_text->text();
}

void SyncIndicator::refresh()
{
    using State = sync::SyncController::State;
    const State state = m_controller.state();
    const int queued = m_controller.queuedCount();
    const QStringList errors = m_controller.errors();
    QStringList parts;
    QString tip;
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    if (state == State::NotConfigured) {
        parts.append(m_setupProblem.isEmpty() ? tr("Backend not connected")
                                              : tr("Backend not connected (see Settings)"));
        tip = m_setupProblem.isEmpty()
                  ? tr("Enter the registration backend's address and token in Settings to send applications.")
                  : m_setupProblem;
        icon = QStyle::SP_MessageBoxInformation;
    } else if (state == State::Syncing) {
        parts.append(tr("Syncing…"));
        icon = QStyle::SP_BrowserReload;
    } else {
        const QDateTime last = m_controller.lastSync();
        parts.append(last.isValid()
                         ? tr("Synced %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                         : tr("Not synced yet"));
    }
    if (state != State::NotConfigured || queued > 0)
        parts.append(tr("%1 queued").arg(QLocale().toString(queued)));
    if (state == State::Error && !errors.isEmpty()) {
        parts.append(tr("%1 error(s)", nullptr, int(errors.size())).arg(QLocale().toString(errors.size())));
        tip = errors.join(u'\n');
        icon = QStyle::SP_MessageBoxWarning;
    }
    m_text->setText(parts.join(u"  ·  "_s));
    m_text->setToolTip(tip);
    const int size = m_text->fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Send queued applications and fetch status changes now"));
    m_syncNow->setEnabled(state == State::Idle || state == State::Error);
    m_text->setAccessibleName(tr("Sync status"));
    m_text->setAccessibleDescription(m_text->text() + (tip.isEmpty() ? QString() : u"\n"_s + tip));
    m_syncNow->setAccessibleName(tr("Sync now"));
    m_syncNow->setAccessibleDescription(m_syncNow->toolTip());
    m_text->setCursor(state == State::NotConfigured ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

bool SyncIndicator::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::MouseButtonRelease &&
        m_controller.state() == sync::SyncController::State::NotConfigured)
        Q_EMIT setupRequested();
    return QWidget::eventFilter(watched, event);
}

void SyncIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace icp
