#include "reports/ReportChart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

const QColor kExpiryColour(0xB0, 0x3A, 0x2E);
const QColor kDeadlineColour(0x2F, 0x5D, 0x8A);
const QColor kGridColour(0xD0, 0xD0, 0xD0);

// A step of 1, 2 or 5 × 10ⁿ that gives at most `lines` grid lines up to `top`.
int gridStep(int top, int lines)
{
    int step = 1;
    for (int scale = 1;; scale *= 10) {
        for (int m : {1, 2, 5}) {
            step = m * scale;
            if (top / step <= lines)
                return step;
        }
    }
}

QBrush deadlineBrush()
{
    QBrush brush(kDeadlineColour, Qt::BDiagPattern);
    return brush;
}

} // namespace

void drawDeadlineChart(QPainter& painter, const QRectF& rect, const QList<ReportMonth>& months,
                       const QLocale& locale, const QFont& font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal line = metrics.height();

    int top = 0;
    for (const ReportMonth& m : months)
        top = std::max(top, m.total());
    const int step = gridStep(std::max(top, 1), 5);
    const int axisTop = std::max(step, int(std::ceil(qreal(std::max(top, 1)) / step)) * step);

    // Legend on top, month and year labels below, the value axis on the left.
    const QString expiries = QCoreApplication::translate("Reports", "Expiries");
    const QString deadlines = QCoreApplication::translate("Reports", "Other deadlines");
    const qreal swatch = line * 0.8;
    qreal x = rect.left() + metrics.horizontalAdvance(locale.toString(axisTop)) + line;
    const qreal legendY = rect.top();
    for (const auto& [label, brush] :
         {std::pair{expiries, QBrush(kExpiryColour)}, std::pair{deadlines, deadlineBrush()}}) {
        const QRectF box(x, legendY + (line - swatch) / 2, swatch, swatch);
        painter.fillRect(box, Qt::white);
        painter.fillRect(box, brush);
        painter.setPen(QPen(brush.color(), 0));
        painter.drawRect(box);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(box.right() + line * 0.3, legendY + metrics.ascent()), label);
        x = box.right() + line * 0.3 + metrics.horizontalAdvance(label) + line * 1.2;
    }

    const qreal axisWidth = metrics.horizontalAdvance(locale.toString(axisTop)) + line * 0.5;
    const QRectF plot(rect.left() + axisWidth, rect.top() + line * 2.2, rect.width() - axisWidth,
                      rect.height() - line * 2.2 - line * 2.4);
    const auto yOf = [&](qreal value) {
        return plot.bottom() - plot.height() * value / axisTop;
    };

    for (int v = 0; v <= axisTop; v += step) {
        const qreal y = yOf(v);
        painter.setPen(QPen(kGridColour, 0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        const QString label = locale.toString(v);
        painter.drawText(QPointF(plot.left() - line * 0.3 - metrics.horizontalAdvance(label),
                                 y + metrics.ascent() / 2 - metrics.descent() / 2),
                         label);
    }

    const qreal slot = plot.width() / std::max<qsizetype>(months.size(), 1);
    // Month names in a smaller font where the widest does not fit its slot ("10月", "Sep").
    QFont monthFont = font;
    qreal widest = 0;
    for (const ReportMonth& m : months)
        widest = std::max(widest, metrics.horizontalAdvance(locale.toString(m.month, u"MMM"_s)));
    if (widest > slot * 0.9)
        monthFont.setPixelSize(std::max(6, int(font.pixelSize() * slot * 0.9 / widest)));
    const QFontMetricsF monthMetrics(monthFont, painter.device());
    const qreal barWidth = slot * 0.62;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const ReportMonth& m = months[i];
        const qreal left = plot.left() + slot * i + (slot - barWidth) / 2;
        const QRectF expiryBar(left, yOf(m.expiries), barWidth, plot.bottom() - yOf(m.expiries));
        const QRectF deadlineBar(left, yOf(m.total()), barWidth, yOf(m.expiries) - yOf(m.total()));
        if (m.expiries > 0)
            painter.fillRect(expiryBar, kExpiryColour);
        if (m.deadlines > 0) {
            painter.fillRect(deadlineBar, Qt::white);
            painter.fillRect(deadlineBar, deadlineBrush());
            painter.setPen(QPen(kDeadlineColour, 0));
            painter.drawRect(deadlineBar);
        }
        painter.setPen(Qt::black);
        if (m.total() > 0) {
            const QString total = locale.toString(m.total());
            painter.drawText(QPointF(left + (barWidth - metrics.horizontalAdvance(total)) / 2,
                                     yOf(m.total()) - metrics.descent() - line * 0.1),
                             total);
        }
        const qreal centre = plot.left() + slot * i + slot / 2;
        // Months as the locale abbreviates them ("Jan", "1月").
        const QString month = locale.toString(m.month, u"MMM"_s);
        painter.setFont(monthFont);
        painter.drawText(QPointF(centre - monthMetrics.horizontalAdvance(month) / 2, plot.bottom() + line),
                         month);
        painter.setFont(font);
    }
    // The year under its months: centred under them, or from the first of them where they are
    // too few to hold it (a report made in December starts with one month of its year).
    for (qsizetype first = 0; first < months.size();) {
        qsizetype last = first;
        while (last + 1 < months.size() && months[last + 1].month.year() == months[first].month.year())
            ++last;
        const QString year = locale.toString(months[first].month, u"yyyy"_s);
        const qreal left = plot.left() + slot * first;
        const qreal span = slot * (last - first + 1);
        const qreal width = metrics.horizontalAdvance(year);
        const qreal yearX = width + line <= span ? left + (span - width) / 2 : left + line * 0.2;
        painter.drawText(QPointF(yearX, plot.bottom() + line * 2.1), year);
        if (first > 0) {
            painter.setPen(QPen(kGridColour, 0));
            painter.drawLine(QPointF(left, plot.bottom()), QPointF(left, plot.bottom() + line * 1.15));
            painter.setPen(Qt::black);
        }
        first = last + 1;
    }
    painter.setPen(QPen(Qt::black, 0));
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    painter.restore();
}

QImage deadlineChartImage(const QList<ReportMonth>& months, const QLocale& locale, const QFont& font,
                          QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont scaled = font;
    scaled.setPixelSize(std::max(8, size.height() / 22));
    const qreal margin = size.height() / 40.0;
    drawDeadlineChart(painter, QRectF(QPointF(margin, margin), QSizeF(size) - QSizeF(2 * margin, 2 * margin)),
                      months, locale, scaled);
    return image;
}

} // namespace icp
