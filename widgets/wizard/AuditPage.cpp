#include "wizard/AuditPage.h"

#include "rules/RuleTables.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/WizardText.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

bool isRejection(ApplicationStatus status)
{
    return status == ApplicationStatus::ProviderRejected || status == ApplicationStatus::AuthorityRejected ||
           status == ApplicationStatus::Returned;
}

} // namespace

AuditPage::AuditPage(ApplicationDraft& shared, QWidget* parent)
    : WizardPage(shared, parent)
    , m_tick(new QTimer(this))
{
    setObjectName(u"auditPage"_s);
    m_state = new QLabel(this);
    m_state->setObjectName(u"currentStatus"_s);
    m_state->setWordWrap(true);
    pageLayout()->addWidget(m_state);
    m_sms = new QLabel(this);
    m_sms->setObjectName(u"smsCountdown"_s);
    m_sms->setWordWrap(true);
    QFont bold = m_sms->font();
    bold.setBold(true);
    m_sms->setFont(bold);
    pageLayout()->addWidget(m_sms);

    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(u"statusTimeline"_s);
    m_timeline->setColumnCount(3);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timeline->setMinimumHeight(m_timeline->fontMetrics().lineSpacing() * 8);
    pageLayout()->addWidget(m_timeline, 1);

    m_reasonsTitle = new QLabel(this);
    m_reasonsTitle->setFont(bold);
    pageLayout()->addWidget(m_reasonsTitle);
    m_reasons = new QWidget(this);
    m_reasons->setObjectName(u"rejectionReasons"_s);
    new QGridLayout(m_reasons);
    pageLayout()->addWidget(m_reasons);
    pageLayout()->addStretch();

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &AuditPage::updateCountdown);
    retranslate();
}

WizardPage::Id AuditPage::id() const
{
    return Id::Audit;
}

QString AuditPage::title() const
{
    return tr("Application audited");
}

QString AuditPage::subtitle() const
{
    return tr("Where the application is in the review by the access provider and the Communications "
              "Administration.");
}

bool AuditPage::focusField(const QString&)
{
    m_timeline->setFocus(Qt::OtherFocusReason);
    return true;
}

QDateTime AuditPage::smsDeadline() const
{
    const Application& app = draft().application();
    if (app.status != ApplicationStatus::SmsPending)
        return {};
    for (auto it = app.history.crbegin(); it != app.history.crend(); ++it) {
        if (it->status == ApplicationStatus::SmsPending)
            return it->at.addSecs(qint64(RuleTables::instance().orderLimits().smsHours) * 3600);
    }
    return {};
}

void AuditPage::updateCountdown()
{
    const QDateTime deadline = smsDeadline();
    if (!deadline.isValid()) {
        m_sms->setVisible(false);
        m_tick->stop();
        return;
    }
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const qint64 seconds = now.secsTo(deadline);
    m_sms->setVisible(true);
    if (seconds <= 0) {
        m_sms->setText(tr("The SMS verification deadline passed at %1: the application will be returned. "
                          "Contact the access provider.")
                           .arg(wizard::beijingDateTime(deadline)));
    } else {
        const qint64 hours = seconds / 3600;
        const qint64 minutes = (seconds % 3600) / 60;
        m_sms->setText(tr("Answer the MIIT verification SMS within %1 h %2 min (by %3), or the application "
                          "is returned.")
                           .arg(hours)
                           .arg(minutes, 2, 10, QLatin1Char('0'))
                           .arg(wizard::beijingDateTime(deadline)));
    }
    if (isVisible() && !m_tick->isActive())
        m_tick->start();
}

void AuditPage::fillReasons()
{
    auto* grid = qobject_cast<QGridLayout*>(m_reasons->layout());
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // The latest rejection or return, if that is where the application stands.
    const Application& app = draft().application();
    const StatusChange* latest = app.history.isEmpty() ? nullptr : &app.history.constLast();
    const bool rejected = latest && isRejection(latest->status);
    m_reasonsTitle->setVisible(rejected);
    m_reasons->setVisible(rejected);
    if (!rejected)
        return;
    static const QRegularExpression fieldLine(
        u"^\\s*([A-Za-z]+(?:\\[\\d+\\])?(?:\\.[A-Za-z]+(?:\\[\\d+\\])?)*)\\s*[:：]\\s*(.+)$"_s);
    int row = 0;
    for (const QString& line : latest->note.split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = fieldLine.match(line);
        auto* reason = new QLabel(m_reasons);
        reason->setWordWrap(true);
        reason->setTextFormat(Qt::PlainText);
        grid->addWidget(reason, row, 0);
        if (match.hasMatch()) {
            const QString path = match.captured(1);
            reason->setText(match.captured(2) + u" ("_s + path + u')');
            auto* fix = new QPushButton(tr("Fix"), m_reasons);
            fix->setObjectName(u"fixButton%1"_s.arg(row));
            fix->setAccessibleDescription(match.captured(2));
            connect(fix, &QPushButton::clicked, this, [this, path] { Q_EMIT fieldRequested(path); });
            grid->addWidget(fix, row, 1);
        } else {
            reason->setText(line.trimmed());
        }
        ++row;
    }
    grid->setColumnStretch(0, 1);
}

void AuditPage::reload()
{
    m_timeline->clear();
    for (const StatusChange& change : draft().application().history) {
        auto* item = new QTreeWidgetItem(m_timeline);
        item->setText(0, wizard::localDateTime(change.at));
        item->setText(1, displayName(change.status));
        item->setText(2, change.note);
        item->setToolTip(2, change.note);
    }
    fillReasons();
    updateCountdown();
    const Application& app = draft().application();
    m_state->setText(
        app.status == ApplicationStatus::Draft
            ? tr("Not submitted yet: the review starts when you submit the application in step 2.")
            : tr("Current status: %1").arg(displayName(app.status)));
}

void AuditPage::retranslate()
{
    m_timeline->setHeaderLabels({tr("When"), tr("Status"), tr("Note")});
    m_timeline->setAccessibleName(tr("Status timeline"));
    m_reasonsTitle->setText(tr("Why the application came back — fix each field, then submit again:"));
    reload();
}

} // namespace icp
