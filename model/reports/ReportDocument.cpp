#include "reports/ReportDocument.h"

#include "core/BeijingTime.h"
#include "documents/TaskControl.h"
#include "reports/ReportChart.h"
#include "reports/ReportsLogging.h"
#include "validation/Province.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// DejaVu Sans first: Latin letters and digits stay extractable from the PDF; Chinese falls
// back to Noto Sans CJK SC (docs/toolchain.md §5).
QFont reportFont(qreal points)
{
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
    font.setPointSizeF(points);
    return font;
}

const QString& styleSheet()
{
    static const QString css =
        u"body { font-family: 'DejaVu Sans', 'Noto Sans CJK SC'; font-size: 8.5pt; }"
        "h1 { font-size: 20pt; margin-top: 0; margin-bottom: 4px; }"
        "h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 6px; }"
        "h3 { font-size: 10.5pt; margin-top: 12px; margin-bottom: 4px; }"
        "p.meta { color: #444444; margin: 0; }"
        "table.grid { border-collapse: collapse; border-color: #9A9A9A; border-style: solid; }"
        "table.grid th { background-color: #E8E8E8; font-weight: bold; text-align: left; }"
        "table.grid td, table.grid th { padding: 2px 3px; }"
        "table.summary td { padding: 2px 10px 2px 0; }"
        "td.num { text-align: right; }"
        ".late { color: #A0221A; font-weight: bold; }"
        ".soon { color: #8A5A00; }"
        ".muted { color: #555555; }"_s;
    return css;
}

const QUrl& chartUrl()
{
    static const QUrl url(u"icp-report:chart.png"_s);
    return url;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dateCell(const QLocale& locale, const QDate& date)
{
    return date.isValid() ? esc(reportDate(locale, date)) : u"—"_s;
}

// The state in words, emphasised when late (never colour alone: docs/architecture.md).
QString stateCell(const Obligation& o)
{
    const QString cls = o.isLate() ? u"late"_s : o.state == ObligationState::DueSoon ? u"soon"_s : QString();
    const QString text = esc(displayName(o.state));
    return cls.isEmpty() ? text : u"<span class=\"%1\">%2</span>"_s.arg(cls, text);
}

// The report is a flow of pieces, each laid out on its own (ReportFlow below): a heading,
// a paragraph, the chart, one table row. Pages break between pieces only, so a table row is
// never split between pages, and a table's header row is repeated on every page it continues.
struct Piece
{
    QString html;
    bool keepWithNext = false;    // a heading stays with what follows it
    bool pageBreakBefore = false; // a chapter starts on a new page
    qsizetype header = -1;        // a table row: the piece of its table's header row
};

// Space above a heading, in points: each piece is its own document, whose first block's
// margin does not count, so the flow puts it in (not at the top of a page).
qreal gapBefore(const Piece& piece)
{
    if (piece.html.startsWith(u"<h2"_s))
        return 12;
    if (piece.html.startsWith(u"<h3"_s))
        return 7;
    return 0;
}

QString cellsRow(const QStringList& cells, const QList<int>& widths, bool header)
{
    const QString cell = header ? u"<th width=\"%1%\">%2</th>"_s : u"<td width=\"%1%\">%2</td>"_s;
    QString row = u"<tr>"_s;
    for (qsizetype i = 0; i < cells.size(); ++i)
        row += cell.arg(widths.value(i)).arg(cells[i]);
    return u"<table class=\"grid\" width=\"100%\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"3\">"_s +
           row + u"</tr></table>"_s;
}

class Pieces
{
public:
    QList<Piece> list;

    void add(const QString& html, bool keepWithNext = false, bool pageBreakBefore = false)
    {
        list.append(Piece{html, keepWithNext, pageBreakBefore, -1});
    }
    // A table: its header row, then one piece per row.
    void table(const QStringList& titles, const QList<int>& widths, const QList<QStringList>& rows)
    {
        QStringList escaped;
        for (const QString& t : titles)
            escaped.append(esc(t));
        const qsizetype header = list.size();
        list.append(Piece{cellsRow(escaped, widths, true), true, false, -1});
        for (const QStringList& row : rows)
            list.append(Piece{cellsRow(row, widths, false), false, false, header});
    }
};

void addSummary(Pieces& pieces, const PortfolioReport& report)
{
    const QLocale& locale = report.locale;
    const ReportSummary& s = report.summary;
    QList<std::pair<QString, int>> rows{
        {QCoreApplication::translate("Reports", "Active filings"), s.activeFilings},
        {QCoreApplication::translate("Reports", "Active licences"), s.activeLicences}};
    for (size_t w = 0; w < std::size(kReportWindows); ++w) {
        const int days = kReportWindows[w];
        const QString label =
            QCoreApplication::translate("Reports", "Expiring within %n day(s)", nullptr, days);
        rows.append({label, s.expiringWithin[w]});
    }
    rows.append({QCoreApplication::translate("Reports", "Overdue obligations"), s.overdue});
    rows.append(
        {QCoreApplication::translate("Reports", "Missed obligations (can no longer be done)"), s.missed});
    rows.append({QCoreApplication::translate("Reports", "Obligations in this report"), s.obligations});
    QString html = u"<h2>%1</h2><table class=\"summary\" cellspacing=\"0\">"_s.arg(
        esc(QCoreApplication::translate("Reports", "Summary")));
    for (const auto& [label, value] : rows)
        html += u"<tr><td>%1</td><td class=\"num\"><b>%2</b></td></tr>"_s.arg(esc(label),
                                                                              esc(locale.toString(value)));
    pieces.add(html + u"</table>"_s);
}

void addObligations(Pieces& pieces, const PortfolioReport& report, const QList<Obligation>& obligations,
                    bool withEntity)
{
    const QLocale& locale = report.locale;
    if (obligations.isEmpty()) {
        pieces.add(u"<p class=\"muted\">%1</p>"_s.arg(
            esc(QCoreApplication::translate("Reports", "Nothing is due."))));
        return;
    }
    QStringList titles{
        QCoreApplication::translate("Reports", "Due"), QCoreApplication::translate("Reports", "State"),
        QCoreApplication::translate("Reports", "Kind"), QCoreApplication::translate("Reports", "Subject")};
    if (withEntity)
        titles.append(QCoreApplication::translate("Reports", "Entity"));
    titles +=
        {QCoreApplication::translate("Reports", "Owner"), QCoreApplication::translate("Reports", "Rule")};
    const QList<int> widths =
        withEntity ? QList<int>{11, 10, 14, 20, 26, 11, 8} : QList<int>{12, 12, 18, 26, 20, 12};
    QList<QStringList> rows;
    rows.reserve(obligations.size());
    for (const Obligation& o : obligations) {
        QStringList row{esc(reportDue(locale, o)), stateCell(o), esc(displayName(o.kind)), esc(o.subject)};
        if (withEntity)
            row.append(esc(o.entityName));
        row += {esc(o.owner), esc(o.rule)};
        rows.append(row);
    }
    pieces.table(titles, widths, rows);
}

void addRecord(Pieces& pieces, const PortfolioReport& report, const Licence& licence)
{
    const QLocale& locale = report.locale;
    QString html = u"<h3>%1 <span class=\"muted\">· %2 · %3</span></h3>"_s.arg(
        esc(licence.number.isEmpty() ? QCoreApplication::translate("Reports", "(no number)")
                                     : licence.number),
        esc(displayName(licence.kind)), esc(displayName(licence.status)));
    const Province* province = Provinces::byCode(licence.provinceCode);
    const QList<std::pair<QString, QString>> fields{
        {QCoreApplication::translate("Reports", "Services"), esc(licence.services.join(u", "_s))},
        {QCoreApplication::translate("Reports", "Issued"), dateCell(locale, licence.issuedOn)},
        {QCoreApplication::translate("Reports", "Expires"),
         licence.expiresOn.isValid() ? dateCell(locale, licence.expiresOn)
                                     : esc(QCoreApplication::translate("Reports", "does not expire"))},
        {QCoreApplication::translate("Reports", "Province"),
         province ? esc(province->displayName()) : QString()},
        {QCoreApplication::translate("Reports", "Access provider"), esc(licence.accessProvider)},
        {QCoreApplication::translate("Reports", "Hosting expires"),
         licence.hostingExpiresOn.isValid() ? dateCell(locale, licence.hostingExpiresOn) : QString()},
        {QCoreApplication::translate("Reports", "Owner"), esc(licence.owner)},
        {QCoreApplication::translate("Reports", "Notes"), esc(licence.notes)},
    };
    html += u"<table class=\"summary\" cellspacing=\"0\">"_s;
    for (const auto& [label, value] : fields) {
        if (!value.isEmpty())
            html += u"<tr><td class=\"muted\">%1</td><td>%2</td></tr>"_s.arg(esc(label), value);
    }
    html += u"</table>"_s;
    pieces.add(html, !licence.websites.isEmpty());
    if (licence.websites.isEmpty())
        return;
    QList<QStringList> rows;
    for (const RegisteredWebsite& w : licence.websites) {
        QStringList domains;
        for (const RegisteredDomain& d : w.domains) {
            QString text = esc(d.name);
            QStringList details;
            if (!d.registrar.isEmpty())
                details.append(esc(d.registrar));
            if (d.expiresOn.isValid())
                details.append(esc(QCoreApplication::translate("Reports", "expires %1")
                                       .arg(reportDate(locale, d.expiresOn))));
            if (!details.isEmpty())
                text += u" <span class=\"muted\">(%1)</span>"_s.arg(details.join(u", "_s));
            domains.append(text);
        }
        QStringList urls;
        for (const QString& url : w.homepageUrls)
            urls.append(esc(url));
        rows.append({esc(w.number), esc(w.name), urls.join(u"<br/>"_s),
                     w.psbNumber.isEmpty() ? u"<span class=\"late\">%1</span>"_s.arg(
                                                 esc(QCoreApplication::translate("Reports", "not filed")))
                                           : esc(w.psbNumber),
                     dateCell(locale, w.launchedOn), domains.join(u"<br/>"_s)});
    }
    pieces.table({QCoreApplication::translate("Reports", "Website number"),
                  QCoreApplication::translate("Reports", "Website"),
                  QCoreApplication::translate("Reports", "Homepage"),
                  QCoreApplication::translate("Reports", "Public-security number"),
                  QCoreApplication::translate("Reports", "Launched"),
                  QCoreApplication::translate("Reports", "Domains")},
                 {20, 12, 18, 18, 10, 22}, rows);
}

void addEntity(Pieces& pieces, const PortfolioReport& report, const ReportEntity& entity)
{
    QString html = u"<h2>%1</h2>"_s.arg(
        esc(entity.name.isEmpty() ? QCoreApplication::translate("Reports", "Records without an entity")
                                  : entity.name));
    if (!entity.uscc.isEmpty())
        html += u"<p class=\"meta\">%1</p>"_s.arg(
            esc(QCoreApplication::translate("Reports", "Unified social credit code: %1").arg(entity.uscc)));
    html += u"<p class=\"meta\">%1</p>"_s.arg(esc(
        QCoreApplication::translate("Reports", "%n record(s)", nullptr, int(entity.records.size())) +
        u", "_s +
        QCoreApplication::translate("Reports", "%n obligation(s)", nullptr, int(entity.obligations.size()))));
    pieces.add(html, true);
    for (const Licence& licence : entity.records)
        addRecord(pieces, report, licence);
    pieces.add(u"<h3>%1</h3>"_s.arg(esc(QCoreApplication::translate("Reports", "Obligations of %1")
                                            .arg(entity.name.isEmpty()
                                                     ? QCoreApplication::translate("Reports", "these records")
                                                     : entity.name))),
               true);
    addObligations(pieces, report, entity.obligations, false);
}

QString generatedText(const PortfolioReport& report)
{
    const QDateTime local = beijing::toBeijing(report.generatedAt);
    return QCoreApplication::translate("Reports", "Generated %1 %2 (Beijing time)")
        .arg(reportDate(report.locale, local.date()), report.locale.toString(local.time(), u"HH:mm"_s));
}

QString dayText(const PortfolioReport& report)
{
    return report.locale.toString(report.asOf, QLocale::LongFormat);
}

void drawPageFrame(QPainter& painter, const PortfolioReport& report, const QRectF& area, qreal band, int page,
                   int pages)
{
    painter.save();
    const QFont font = reportFont(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    const qreal gap = band * 0.25;
    const QRectF top(area.left(), area.top(), area.width(), band - gap);
    painter.drawText(top, Qt::AlignLeft | Qt::AlignBottom, reportTitle());
    painter.drawText(top, Qt::AlignRight | Qt::AlignBottom, dayText(report));
    painter.setPen(QPen(QColor(0x9A, 0x9A, 0x9A), 0));
    painter.drawLine(QPointF(area.left(), top.bottom() + gap / 3),
                     QPointF(area.right(), top.bottom() + gap / 3));
    const QRectF bottom(area.left(), area.bottom() - band + gap, area.width(), band - gap);
    painter.drawLine(QPointF(area.left(), bottom.top() - gap / 3),
                     QPointF(area.right(), bottom.top() - gap / 3));
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawText(bottom, Qt::AlignLeft | Qt::AlignTop, generatedText(report));
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignTop, reportPageText(page, pages));
    painter.restore();
}

// Lays out one piece at a time on the device, in the report's font and style.
class ReportFlow
{
public:
    ReportFlow(QPagedPaintDevice& device, qreal width, const QImage& chart)
        : m_device(device)
        , m_width(width)
        , m_chart(chart)
    {}

    qreal height(const QString& html)
    {
        prepare(html);
        return m_document->documentLayout()->documentSize().height();
    }
    void draw(QPainter& painter, const QString& html, const QRectF& rect)
    {
        prepare(html);
        painter.save();
        painter.translate(rect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        context.clip = QRectF(QPointF(0, 0), rect.size());
        painter.setClipRect(context.clip);
        m_document->documentLayout()->draw(&painter, context);
        painter.restore();
    }

private:
    // One document, refilled for each piece: the style, the font and the chart stay.
    void prepare(const QString& html)
    {
        if (!m_document) {
            m_document = std::make_unique<QTextDocument>();
            m_document->documentLayout()->setPaintDevice(&m_device);
            m_document->setDocumentMargin(0);
            m_document->setDefaultFont(reportFont(8.5));
            QTextOption option = m_document->defaultTextOption();
            // Numbers, URLs and domains have no spaces: they break anywhere rather than overflow.
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            m_document->setDefaultTextOption(option);
            m_document->setDefaultStyleSheet(styleSheet());
            m_document->setTextWidth(m_width);
        }
        // The image must be there before the HTML: setHtml() lays the piece out at once, and an
        // image it cannot find then keeps the size of CSS pixels instead of the device's.
        if (html.contains(chartUrl().toString()))
            m_document->addResource(QTextDocument::ImageResource, chartUrl(), QVariant::fromValue(m_chart));
        m_document->setHtml(html);
    }

    QPagedPaintDevice& m_device;
    qreal m_width;
    QImage m_chart;
    std::unique_ptr<QTextDocument> m_document;
};

QList<Piece> reportPieces(const PortfolioReport& report, qreal chartWidth)
{
    Pieces pieces;
    pieces.add(u"<h1>%1</h1><p class=\"meta\">%2</p><p class=\"meta\">%3</p>"_s.arg(
        esc(reportTitle()),
        esc(QCoreApplication::translate("Reports", "The organisation's day: %1").arg(dayText(report))),
        esc(generatedText(report))));
    addSummary(pieces, report);
    pieces.add(u"<h2>%1</h2>"_s.arg(esc(QCoreApplication::translate(
                   "Reports", "Expiries and deadlines per month, next %n months", nullptr, kReportMonths))),
               true);
    pieces.add(u"<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>"_s.arg(chartUrl().toString())
                   .arg(int(chartWidth))
                   .arg(int(chartWidth * 0.42)));
    pieces.add(u"<h2>%1</h2>"_s.arg(esc(QCoreApplication::translate("Reports", "Obligations"))), true, true);
    addObligations(pieces, report, report.obligations, true);
    pieces.add(u"<h1>%1</h1>"_s.arg(esc(QCoreApplication::translate("Reports", "Entities"))), true, true);
    for (const ReportEntity& entity : report.entities)
        addEntity(pieces, report, entity);
    if (report.entities.isEmpty())
        pieces.add(u"<p class=\"muted\">%1</p>"_s.arg(
            esc(QCoreApplication::translate("Reports", "The registry holds no records yet."))));
    return pieces.list;
}

Status cancelledStatus()
{
    return Status::failure(u"reports.cancelled"_s,
                           QCoreApplication::translate("Reports", "The report was cancelled."));
}

} // namespace

QString reportTitle()
{
    return QCoreApplication::translate("Reports", "Portfolio report");
}

QString reportFileName(const PortfolioReport& report)
{
    return u"portfolio-report-%1.pdf"_s.arg(report.asOf.toString(Qt::ISODate));
}

QString reportPageText(int page, int pages)
{
    return QCoreApplication::translate("Reports", "Page %1 of %2").arg(page).arg(pages);
}

Status renderPortfolioReport(const PortfolioReport& report, QPagedPaintDevice& device,
                             const TaskControl* control)
{
    reportSpan(control, 0, 100, 0, QCoreApplication::translate("Reports", "Laying out the report"));
    const QRectF area(0, 0, device.width(), device.height());
    const qreal band = device.logicalDpiY() * 9 / 25.4; // 9 mm for the header and for the footer
    const QRectF body(area.left(), area.top() + band, area.width(), area.height() - 2 * band);
    if (body.height() <= 0 || body.width() <= 0)
        return Status::failure(u"reports.page"_s, QCoreApplication::translate(
                                                      "Reports", "The page is too small for the report."));

    // <img width> is in CSS pixels (96 per inch); the image has the device's resolution.
    const qreal cssWidth = body.width() * 96 / device.logicalDpiX() - 1;
    const QSize chartSize(std::min(2400, int(body.width())), std::min(1008, int(body.width() * 0.42)));
    const QImage chart = deadlineChartImage(report.months, report.locale, reportFont(8.5), chartSize);
    const QList<Piece> pieces = reportPieces(report, cssWidth);
    ReportFlow flow(device, body.width(), chart);

    // First pass: every piece's height, and so the pages and where each piece goes.
    struct Placement
    {
        int page = 0;
        qreal y = 0;
        qsizetype piece = 0;
    };
    QList<Placement> placements;
    placements.reserve(pieces.size() + pieces.size() / 20);
    QList<qreal> heights(pieces.size(), 0);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i % 50 == 0) {
            if (cancelled(control))
                return cancelledStatus();
            reportSpan(control, 0, 40, int(i * 100 / pieces.size()));
        }
        heights[i] = flow.height(pieces[i].html);
    }
    const qreal points = device.logicalDpiY() / 72.0; // device pixels per point
    int page = 0;
    qreal y = 0;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Piece& piece = pieces[i];
        if (piece.pageBreakBefore && y > 0) {
            ++page;
            y = 0;
        }
        if (y > 0)
            y += gapBefore(piece) * points;
        const qreal needed =
            heights[i] + (piece.keepWithNext && i + 1 < pieces.size() ? heights[i + 1] : qreal(0));
        if (y > 0 && y + needed > body.height()) {
            ++page;
            y = 0;
            if (piece.header >= 0) { // the table continues: its header row again
                placements.append({page, y, piece.header});
                y += heights[piece.header];
            }
        }
        placements.append({page, y, i});
        y += heights[i];
    }
    const int pages = page + 1;
    qCDebug(lcReports) << "report of" << report.obligations.size() << "obligations:" << pieces.size()
                       << "pieces on" << pages << "pages";

    // Second pass: draw them, page by page, with the header and footer.
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(
            u"reports.write"_s,
            QCoreApplication::translate("Reports", "The report cannot be drawn on this device."));
    reportSpan(control, 0, 100, 40, QCoreApplication::translate("Reports", "Drawing the pages"));
    int drawn = -1;
    for (qsizetype k = 0; k < placements.size(); ++k) {
        const Placement& at = placements[k];
        if (at.page != drawn) {
            if (cancelled(control)) {
                painter.end();
                return cancelledStatus();
            }
            if (drawn >= 0 && !device.newPage()) {
                painter.end();
                return Status::failure(u"reports.write"_s, QCoreApplication::translate(
                                                               "Reports", "A new page cannot be started."));
            }
            drawn = at.page;
            drawPageFrame(painter, report, area, band, drawn + 1, pages);
            reportSpan(control, 40, 100, (drawn + 1) * 100 / pages);
        }
        // A piece taller than a page is cut at the page's foot (it has the page to itself).
        const qreal height = std::min(heights[at.piece], body.height() - at.y);
        flow.draw(painter, pieces[at.piece].html,
                  QRectF(body.left(), body.top() + at.y, body.width(), height));
    }
    painter.end();
    return success();
}

Status writePortfolioReportPdf(const PortfolioReport& report, const QString& path, const TaskControl* control)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            u"reports.write"_s,
            QCoreApplication::translate("Reports", "%1 cannot be written: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setCreator(u"ICP Registration Assistant"_s);
        writer.setTitle(reportTitle());
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
        const Status drawn = renderPortfolioReport(report, writer, control);
        if (!drawn) {
            file.cancelWriting();
            return drawn;
        }
    }
    if (!file.commit())
        return Status::failure(
            u"reports.write"_s,
            QCoreApplication::translate("Reports", "%1 cannot be written: %2").arg(path, file.errorString()));
    return success();
}

} // namespace icp
