#include "documents/Ocr.h"

#include "documents/DocumentText.h"
#include "documents/DocumentsLogging.h"
#include "documents/TaskControl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <clocale>
#include <dlfcn.h>
#include <memory>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// omp_set_num_threads for this thread, looked up at run time so that we do not link
// OpenMP ourselves; a no-op when libtesseract was built without it.
void limitOpenMpThreads()
{
    using SetThreads = void (*)(int);
    static const auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "omp_set_num_threads"));
    if (set)
        set(1);
}

struct Engine
{
    std::unique_ptr<tesseract::TessBaseAPI> api;
    bool ready = false;
};

Engine& engine()
{
    thread_local Engine e = [] {
        Engine created;
        limitOpenMpThreads();
        // Tesseract parses its model files with the C library; a decimal comma breaks them.
        std::setlocale(LC_NUMERIC, "C");
        created.api = std::make_unique<tesseract::TessBaseAPI>();
        created.ready = created.api->Init(nullptr, "chi_sim+eng", tesseract::OEM_DEFAULT) == 0;
        if (!created.ready)
            qCWarning(lcDocuments) << "Tesseract could not load chi_sim+eng";
        return created;
    }();
    return e;
}

// What Tesseract's callbacks get through ETEXT_DESC::cancel_this.
struct Closure
{
    const TaskControl* control;
    const std::function<void(int)>* progress;
};

bool cancelOcr(void* closure, int)
{
    return cancelled(static_cast<Closure*>(closure)->control);
}

bool progressOcr(tesseract::ETEXT_DESC* monitor, int, int, int, int)
{
    const auto* closure = static_cast<Closure*>(monitor->cancel_this);
    if (*closure->progress)
        (*closure->progress)(monitor->progress);
    return true;
}

// Tesseract separates CJK characters by spaces ("营 业 执 照"); identifiers and names
// are matched on the joined form.
QString tidy(const QString& raw)
{
    static const QRegularExpression cjkSpace(u"(?<=[\\p{Han}（）：])[ \\t]+(?=[\\p{Han}（）：])"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
    QString text = normaliseDocumentText(raw);
    text.replace(cjkSpace, QString());
    return text;
}

} // namespace

bool ocrAvailable()
{
    return engine().ready;
}

Result<OcrResult> recogniseText(const QImage& image, int dpi, const TaskControl* control,
                                const std::function<void(int)>& progress)
{
    Engine& e = engine();
    if (!e.ready)
        return Result<OcrResult>::failure(
            u"documents.ocr-unavailable"_s,
            QCoreApplication::translate("Documents", "Text recognition is not available: the Tesseract "
                                                     "models for Chinese and English are not installed."));
    if (image.isNull())
        return Result<OcrResult>::failure(
            u"documents.ocr-image"_s, QCoreApplication::translate("Documents", "There is no image to read."));
    limitOpenMpThreads();
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    e.api->SetPageSegMode(tesseract::PSM_AUTO);
    e.api->SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    e.api->SetSourceResolution(dpi > 0 ? dpi : 300);
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = cancelOcr;
    Closure closure{control, &progress};
    monitor.cancel_this = &closure;
    monitor.progress_callback2 = progressOcr;
    const int status = e.api->Recognize(&monitor);
    if (cancelled(control)) {
        e.api->Clear();
        return Result<OcrResult>::failure(u"documents.cancelled"_s,
                                          QCoreApplication::translate("Documents", "Reading was cancelled."));
    }
    if (status != 0) {
        e.api->Clear();
        return Result<OcrResult>::failure(
            u"documents.ocr-failed"_s,
            QCoreApplication::translate("Documents", "Text recognition failed on this image."));
    }
    const std::unique_ptr<char[]> text(e.api->GetUTF8Text());
    OcrResult result;
    result.text = tidy(QString::fromUtf8(text.get()));
    result.meanConfidence = e.api->MeanTextConf();
    e.api->Clear();
    return result;
}

} // namespace icp
