#include "DeadlineChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

DeadlineChart::DeadlineChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(u"deadlineChart"_s);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* series = new QStackedBarSeries(chart);
    m_expiries = new QBarSet(QString(), series);
    m_deadlines = new QBarSet(QString(), series);
    series->append(m_expiries);
    series->append(m_deadlines);
    chart->addSeries(series);
    m_axisX = new QBarCategoryAxis(chart);
    m_axisX->setLabelsAngle(-90); // 24 months side by side: upright labels were cut to "De…"
    m_axisY = new QValueAxis(chart);
    m_axisY->setLabelFormat(u"%d"_s);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    const auto clicked = [this](int index) {
        if (index >= 0 && index < m_months.size())
            Q_EMIT monthClicked(m_months.at(index).month);
    };
    connect(m_expiries, &QBarSet::clicked, this, clicked);
    connect(m_deadlines, &QBarSet::clicked, this, clicked);
    retranslate();
}

void DeadlineChart::setMonths(const QList<MonthCount>& months)
{
    // The same months (a filter changed): the values change in place. Rebuilding the sets
    // would delete the bar items, the one being clicked included (a click filters the table,
    // and the table's filter reaches the chart before the mouse is released).
    const bool sameMonths =
        months.size() == m_months.size() && m_expiries->count() == months.size() &&
        std::equal(months.begin(), months.end(), m_months.begin(),
                   [](const MonthCount& a, const MonthCount& b) { return a.month == b.month; });
    m_months = months;
    int highest = 0;
    for (const MonthCount& m : months)
        highest = qMax(highest, m.expiries + m.deadlines);
    if (sameMonths) {
        for (int i = 0; i < months.size(); ++i) {
            if (m_expiries->at(i) != months.at(i).expiries)
                m_expiries->replace(i, months.at(i).expiries);
            if (m_deadlines->at(i) != months.at(i).deadlines)
                m_deadlines->replace(i, months.at(i).deadlines);
        }
    } else {
        QList<qreal> expiries;
        QList<qreal> deadlines;
        for (const MonthCount& m : months) {
            expiries.append(m.expiries);
            deadlines.append(m.deadlines);
        }
        m_expiries->remove(0, m_expiries->count());
        m_deadlines->remove(0, m_deadlines->count());
        m_expiries->append(expiries);
        m_deadlines->append(deadlines);
    }
    QStringList categories;
    for (const MonthCount& m : months)
        categories.append(QLocale().toString(m.month, u"MMM yy"_s)); // "Jan 27": 24 fit side by side
    if (m_axisX->categories() != categories) {
        m_axisX->clear();
        m_axisX->append(categories);
    }
    m_axisY->setRange(0, qMax(1, highest));
    m_axisY->applyNiceNumbers();
}

QPoint DeadlineChart::barCentre(int index) const
{
    if (index < 0 || index >= m_months.size())
        return {};
    const MonthCount& m = m_months.at(index);
    QChart* c = chart();
    const QPointF value(index, (m.expiries + m.deadlines) / 2.0);
    const QPointF scene = c->mapToScene(c->mapToPosition(value, c->series().constFirst()));
    return mapFromScene(scene);
}

void DeadlineChart::retranslate()
{
    chart()->setTitle(
        tr("Expiries and deadlines per month (next 24 months) — click a bar to list that month"));
    m_expiries->setLabel(tr("Expiries (licences, domains)"));
    m_deadlines->setLabel(tr("Deadlines"));
    setAccessibleName(tr("Expiries and deadlines per month"));
    if (!m_months.isEmpty())
        setMonths(m_months); // month names in the new language
}

} // namespace icp
