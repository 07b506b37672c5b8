#include "documents/DocumentAnalysis.h"

#include "documents/Ocr.h"
#include "documents/PopplerSupport.h"
#include "documents/TaskControl.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <memory>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// OCR works best on 300 dpi-equivalent images; photos larger than this are scaled down.
constexpr int maxOcrSide = 3500;

void ocrInto(DocumentReading& reading, const QImage& image, int dpi, const TaskControl* control, int from,
             int to)
{
    const auto result =
        recogniseText(image, dpi, control, [&](int percent) { reportSpan(control, from, to, percent); });
    if (!result) {
        reading.error = result.error().message;
        return;
    }
    reading.text += result->text + u"\n\f"_s;
    reading.ocrConfidence =
        (reading.ocrConfidence * reading.ocrPages + result->meanConfidence) / (reading.ocrPages + 1);
    ++reading.ocrPages;
}

} // namespace

DocumentReading readDocument(const QString& path, const Inspection& inspection,
                             const AnalysisRequest& request, const TaskControl* control)
{
    DocumentReading reading;
    if (!inspection.readable())
        return reading;
    if (inspection.textLayer) {
        reading.source = TextSource::TextLayer;
        reading.text = inspection.text;
        return reading;
    }
    if (!request.ocr)
        return reading;
    reading.source = TextSource::Ocr;
    if (inspection.format == FileFormat::Pdf) {
        installPopplerErrorHandler();
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        if (!doc || doc->isLocked())
            return reading;
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        const int pages = std::min(doc->numPages(), request.maxOcrPages);
        for (int i = 0; i < pages && !cancelled(control); ++i) {
            const std::unique_ptr<Poppler::Page> page = doc->page(i);
            if (!page)
                continue;
            const QImage image = renderPage(*page, request.ocrDpi, control);
            const int from = 30 + 65 * i / pages, to = 30 + 65 * (i + 1) / pages;
            ocrInto(reading, image, request.ocrDpi, control, from, to);
        }
    } else {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize raw = reader.size();
        if (std::max(raw.width(), raw.height()) > maxOcrSide)
            reader.setScaledSize(raw.scaled(maxOcrSide, maxOcrSide, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull())
            ocrInto(reading, image, image.dotsPerMeterX() > 0 ? qRound(image.dotsPerMeterX() * 0.0254) : 300,
                    control, 30, 95);
    }
    return reading;
}

bool ContentAnalysis::fits(const AnalysisRequest& request) const
{
    return !cancelled && read == request.read && ocr == request.ocr && maxOcrPages == request.maxOcrPages &&
           ocrDpi == request.ocrDpi;
}

bool ContentAnalysis::cacheable() const
{
    using P = Inspection::Problem;
    return !cancelled && inspection.problem != P::Io && inspection.problem != P::Cancelled &&
           reading.error.isEmpty();
}

ContentAnalysis analyseContent(const AnalysisRequest& request, const TaskControl* control)
{
    ContentAnalysis content;
    content.read = request.read;
    content.ocr = request.ocr;
    content.maxOcrPages = request.maxOcrPages;
    content.ocrDpi = request.ocrDpi;
    reportSpan(control, 0, 100, 0, QCoreApplication::translate("Documents", "Inspecting"));
    content.inspection = inspectDocument(request.path, {}, control);
    if (content.inspection.problem == Inspection::Problem::Cancelled || cancelled(control)) {
        content.cancelled = true;
        return content;
    }
    if (!content.inspection.readable() || !request.read)
        return content;
    reportSpan(control, 0, 100, 30, QCoreApplication::translate("Documents", "Reading"));
    content.reading = readDocument(request.path, content.inspection, request, control);
    if (cancelled(control)) {
        content.cancelled = true;
        return content;
    }
    content.identifiers = findIdentifiers(content.reading.text, request.asOf);
    return content;
}

DocumentReport reportFromContent(const ContentAnalysis& content, const AnalysisRequest& request)
{
    DocumentReport report;
    report.inspection = content.inspection;
    report.cancelled = content.cancelled;
    // Judge and name the file the request is about: a cached analysis keeps the name of
    // the file it was made from, a stored copy is named by its hash.
    const QString name = !request.displayName.isEmpty() ? request.displayName
                         : request.path.isEmpty()       ? content.inspection.fileName
                                                        : QFileInfo(request.path).fileName();
    if (name != report.inspection.fileName) {
        report.inspection.fileName = name;
        report.inspection.extension = fileExtension(name);
    }
    if (content.cancelled)
        return report;
    const DocumentProfile& profile = DocumentProfile::forProvider(request.provider);
    report.checks = checkInspection(report.inspection, request.kind, profile, request.fieldPath);
    if (!report.inspection.readable() || !content.read)
        return report;
    report.reading = content.reading;
    report.identifiers = content.identifiers;
    if (request.application) {
        const CrossCheckResult cross =
            crossCheck(report.identifiers, request.kind, request.subjectId, *request.application,
                       request.asOf, request.fieldPath, report.inspection.fileName);
        report.checks.merge(cross.report);
        report.suggestions = cross.suggestions;
    } else {
        // Without an application there is nothing to compare with, but validity still counts.
        Application empty;
        const CrossCheckResult cross = crossCheck(report.identifiers, request.kind, {}, empty, request.asOf,
                                                  request.fieldPath, report.inspection.fileName);
        for (const Finding& f : cross.report.findings) {
            if (f.ruleId == rules::RuleId::DOC_110.view())
                report.checks.findings.append(f);
        }
        if (cross.report.passed.contains(rules::RuleId::DOC_110.view()))
            report.checks.pass(rules::RuleId::DOC_110);
    }
    return report;
}

DocumentReport analyseDocument(const AnalysisRequest& request, const TaskControl* control,
                               const ContentAnalysis* cached, std::optional<ContentAnalysis>* fresh)
{
    if (cached && cached->fits(request)) {
        DocumentReport report = reportFromContent(*cached, request);
        report.fromCache = true;
        reportSpan(control, 0, 100, 100);
        return report;
    }
    ContentAnalysis content = analyseContent(request, control);
    DocumentReport report = reportFromContent(content, request);
    if (fresh && content.cacheable())
        *fresh = std::move(content);
    reportSpan(control, 0, 100, 100);
    return report;
}

} // namespace icp
