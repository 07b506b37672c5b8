#pragma once

#include "wizard/WizardPage.h"

#include <QDateTime>

class QLabel;
class QTimer;
class QTreeWidget;

namespace icp {

// Step 3: the status timeline (Application::history) with dates in the user's locale,
// the SMS-verification deadline as a countdown while the status is SmsPending (24 h
// from that history entry, order-limits table), and the reasons of a rejection or
// return next to the fields they name, each with a Fix button that opens the field.
//
// Reasons are the history note; a line "<field path>: <reason>" (for example
// "persons[0].mobile: 手机号码非本省号码") names a field, other lines are general.
class AuditPage : public WizardPage
{
    Q_OBJECT

public:
    AuditPage(ApplicationDraft& draft, QWidget* parent = nullptr);

    Id id() const override;
    QString title() const override;
    QString subtitle() const override;
    void reload() override;
    bool focusField(const QString& fieldPath) override;

    // When the SMS must be answered by, or invalid when no SMS is pending.
    QDateTime smsDeadline() const;
    // The clock the countdown uses (tests fix it).
    void setNow(const QDateTime& now) { m_now = now; }

protected:
    void retranslate() override;

private:
    void updateCountdown();
    void fillReasons();

    QTreeWidget* m_timeline = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_sms = nullptr;
    QLabel* m_reasonsTitle = nullptr;
    QWidget* m_reasons = nullptr;
    QTimer* m_tick = nullptr;
    QDateTime m_now;
};

} // namespace icp
