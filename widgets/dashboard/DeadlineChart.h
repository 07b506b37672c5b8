#pragma once

#include "obligations/ObligationQuery.h"

#include <QChartView>
#include <QDate>
#include <QList>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace icp {

// Expiries and deadlines per month for the next 24 months, as stacked bars. Clicking a bar
// asks for that month (monthClicked); the dashboard filters its table to it.
class DeadlineChart : public QChartView
{
    Q_OBJECT

public:
    explicit DeadlineChart(QWidget* parent = nullptr);

    void setMonths(const QList<MonthCount>& months);
    const QList<MonthCount>& months() const { return m_months; }
    // Where the bar of month `index` is drawn, in this view's coordinates (for tests, and
    // the keyboard-less user's tooltip).
    QPoint barCentre(int index) const;
    void retranslate();

Q_SIGNALS:
    void monthClicked(const QDate& month);

private:
    QList<MonthCount> m_months;
    QBarSet* m_expiries = nullptr;
    QBarSet* m_deadlines = nullptr;
    QBarCategoryAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
};

} // namespace icp
