#include "documents/DocumentInspection.h"
#include "documents/DocumentText.h"
#include "documents/DocumentsLogging.h"
#include "documents/PdfImages.h"
#include "documents/PopplerSupport.h"
#include "documents/TaskControl.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <memory>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// Cap on the text kept from a PDF's text layer: identifiers sit on the first pages.
constexpr qsizetype maxTextChars = 200000;
// Qt's own decoder ceiling (QImageReader::allocationLimit, 256 MB) is about 64 MP at
// 32 bpp; beyond that an image cannot be analysed at all.
constexpr qint64 maxImagePixels = 64LL * 1000 * 1000;

// Bytes at the end of the device (for the end-marker checks), without reading the rest.
QByteArray tail(QIODevice& device, qint64 size, qint64 count)
{
    const qint64 from = std::max<qint64>(0, size - count);
    if (!device.seek(from))
        return {};
    return device.read(size - from);
}

void fail(Inspection& result, Inspection::Problem problem, QString message)
{
    result.problem = problem;
    result.message = std::move(message);
}

int analysedPageLimit(const InspectOptions& options)
{
    return options.maxAnalysedPages >= 0 ? options.maxAnalysedPages
                                         : DocumentProfile::analysis().maxAnalysedPages;
}

void inspectPdf(Inspection& result, std::unique_ptr<Poppler::Document> doc, const QByteArray& end,
                const InspectOptions& options, const TaskControl* control)
{
    if (!doc) {
        // Poppler could not find a usable cross-reference table or trailer. A missing
        // %%EOF marker says the file was cut off; anything else is damage.
        if (!end.contains("%%EOF"))
            fail(result, Inspection::Problem::Truncated,
                 QCoreApplication::translate(
                     "Documents",
                     "The PDF file ends early (it was probably cut off while copying or downloading). "
                     "Save or download it again."));
        else
            fail(result, Inspection::Problem::Damaged,
                 QCoreApplication::translate(
                     "Documents", "The PDF file is damaged and cannot be opened. Export or scan it again."));
        return;
    }
    result.encrypted = doc->isEncrypted();
    if (doc->isLocked()) {
        result.encrypted = true; // Poppler only reports the encryption once it is unlocked
        fail(result, Inspection::Problem::Encrypted,
             QCoreApplication::translate(
                 "Documents",
                 "The PDF file is protected by a password. Providers cannot open it either: save an "
                 "unprotected copy (print to PDF) and attach that."));
        return;
    }
    result.pageCount = doc->numPages();
    if (result.pageCount <= 0) {
        fail(result, Inspection::Problem::Damaged,
             QCoreApplication::translate("Documents", "The PDF file has no pages."));
        return;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    const PageAnalysisSettings& settings = DocumentProfile::analysis();
    const int analysed = std::min(result.pageCount, analysedPageLimit(options));
    result.pages.reserve(result.pageCount);
    for (int i = 0; i < result.pageCount; ++i) {
        if (cancelled(control)) {
            fail(result, Inspection::Problem::Cancelled,
                 QCoreApplication::translate("Documents", "The inspection was cancelled."));
            return;
        }
        PageInfo info;
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (page)
            info.sizePoints = page->pageSizeF();
        if (page && i < analysed) {
            if (options.analysePages && info.sizePoints.width() > 0 && info.sizePoints.height() > 0) {
                const double longSide = std::max(info.sizePoints.width(), info.sizePoints.height());
                const double dpi = std::clamp(settings.analysisLongSide * 72.0 / longSide, 1.0, 300.0);
                const QImage image = renderPage(*page, dpi, control);
                if (!image.isNull()) {
                    info.look = analysePage(image, settings);
                    info.analysed = true;
                }
            }
            if (options.extractText && result.text.size() < maxTextChars) {
                const QString text = page->text(QRectF());
                if (!text.trimmed().isEmpty()) {
                    result.textLayer = true;
                    result.text += normaliseDocumentText(text) + u"\n\f"_s;
                }
            }
        }
        result.pages.append(info);
    }
}

void inspectImage(Inspection& result, QIODevice& device, const InspectOptions& options,
                  const TaskControl* control)
{
    // End markers: JPEG ends with EOI (FF D9, cameras may append a little after it), PNG
    // with the IEND chunk. A missing marker means the file was cut off.
    const QByteArray end = tail(device, result.byteSize, 4096);
    const bool complete =
        result.format == FileFormat::Jpeg ? end.contains("\xFF\xD9") : end.right(12).contains("IEND");
    if (!device.seek(0)) {
        fail(result, Inspection::Problem::Io,
             QCoreApplication::translate("Documents", "The file cannot be read."));
        return;
    }
    if (!complete) {
        fail(result, Inspection::Problem::Truncated,
             QCoreApplication::translate(
                 "Documents",
                 "The image file ends early (it was probably cut off while copying or downloading). "
                 "Save or download it again."));
        return;
    }
    QImageReader reader(&device, result.format == FileFormat::Jpeg ? QByteArray("jpeg") : QByteArray("png"));
    reader.setAutoTransform(true); // EXIF orientation: what the user sees is what we judge
    QSize raw = reader.size();
    if (!reader.canRead() || !raw.isValid() || raw.isEmpty()) {
        fail(result, Inspection::Problem::Damaged,
             QCoreApplication::translate(
                 "Documents",
                 "The image file is damaged and cannot be opened. Take the photo or scan again."));
        return;
    }
    result.exifTransformation = int(reader.transformation());
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    PageInfo page;
    page.pixelSize = turned ? raw.transposed() : raw;
    result.pageCount = 1;
    if (qint64(raw.width()) * raw.height() > maxImagePixels) {
        result.pages.append(page);
        fail(result, Inspection::Problem::TooLarge,
             QCoreApplication::translate(
                 "Documents",
                 "The image is %1 × %2 pixels, too large to process. Reduce it to at most 8000 pixels per "
                 "side.")
                 .arg(page.pixelSize.width())
                 .arg(page.pixelSize.height()));
        return;
    }
    if (options.analysePages && !cancelled(control)) {
        const PageAnalysisSettings& settings = DocumentProfile::analysis();
        const int longSide = std::max(raw.width(), raw.height());
        if (longSide > settings.analysisLongSide * 2)
            reader.setScaledSize(raw.scaled(settings.analysisLongSide * 2, settings.analysisLongSide * 2,
                                            Qt::KeepAspectRatio)); // JPEG decodes this scaled: cheap
        const QImage image = reader.read();
        if (image.isNull()) {
            result.pages.append(page);
            fail(result, Inspection::Problem::Damaged,
                 QCoreApplication::translate(
                     "Documents",
                     "The image file is damaged and cannot be decoded (%1). Take the photo or scan again.")
                     .arg(reader.errorString()));
            return;
        }
        page.look = analysePage(image, settings);
        page.analysed = true;
    }
    result.pages.append(page);
}

Inspection inspect(QIODevice& device, const QString& path, const QByteArray* data, const QString& fileName,
                   const InspectOptions& options, const TaskControl* control)
{
    installPopplerErrorHandler();
    Inspection result;
    result.fileName = fileName;
    result.extension = fileExtension(fileName);
    result.byteSize = device.size();
    if (result.byteSize == 0) {
        result.format = FileFormat::Empty;
        fail(result, Inspection::Problem::Empty,
             QCoreApplication::translate("Documents", "The file is empty (0 bytes)."));
        return result;
    }
    result.format = sniffFormat(device.peek(formatSniffBytes));
    if (!isAcceptedFormat(result.format)) {
        fail(result, Inspection::Problem::Format,
             QCoreApplication::translate(
                 "Documents",
                 "The file is not a PDF, JPEG or PNG file (its content is: %1). Providers accept only "
                 "these formats: convert it and attach it again.")
                 .arg(formatName(result.format)));
        return result;
    }
    if (result.format == FileFormat::Pdf) {
        const QByteArray end = tail(device, result.byteSize, 1024);
        std::unique_ptr<Poppler::Document> doc =
            data ? Poppler::Document::loadFromData(*data) : Poppler::Document::load(path);
        inspectPdf(result, std::move(doc), end, options, control);
        // A scan saved as PDF: its pixels decide legibility as an image's do (DOC-106).
        // The first 64 MB hold the first pages' scans.
        if (result.readable() && options.analysePages)
            result.scanPixelSize = scanPixelSize(pdfImageSizes(device, 64LL * 1024 * 1024, control));
    } else {
        inspectImage(result, device, options, control);
    }
    return result;
}

} // namespace

QString Inspection::problemKey(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return u"none"_s;
    case Problem::Io:
        return u"io"_s;
    case Problem::Empty:
        return u"empty"_s;
    case Problem::Format:
        return u"format"_s;
    case Problem::Truncated:
        return u"truncated"_s;
    case Problem::Damaged:
        return u"damaged"_s;
    case Problem::Encrypted:
        return u"encrypted"_s;
    case Problem::TooLarge:
        return u"too-large"_s;
    case Problem::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

Inspection inspectDocument(const QString& path, const InspectOptions& options, const TaskControl* control)
{
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir()) {
        Inspection result;
        result.fileName = name;
        fail(result, Inspection::Problem::Io,
             QCoreApplication::translate("Documents", "%1 is a folder, not a file.").arg(name));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Inspection result;
        result.fileName = name;
        result.extension = fileExtension(name);
        fail(
            result, Inspection::Problem::Io,
            QCoreApplication::translate("Documents", "%1 cannot be read: %2.").arg(name, file.errorString()));
        return result;
    }
    return inspect(file, path, nullptr, name, options, control);
}

Inspection inspectDocumentData(const QByteArray& data, const QString& fileName, const InspectOptions& options,
                               const TaskControl* control)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return inspect(buffer, {}, &data, fileName, options, control);
}

} // namespace icp
