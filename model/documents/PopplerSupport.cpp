#include "documents/PopplerSupport.h"

#include "documents/DocumentsLogging.h"
#include "documents/TaskControl.h"

#include <mutex>
#include <poppler-qt6.h>

namespace icp {

namespace {

bool abortRender(const QVariant& closure)
{
    return cancelled(reinterpret_cast<const TaskControl*>(closure.value<quintptr>()));
}

} // namespace

void installPopplerErrorHandler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString& message, const QVariant&) { qCDebug(lcDocuments) << "poppler:" << message; },
            QVariant());
    });
}

QImage renderPage(const Poppler::Page& page, double dpi, const TaskControl* control)
{
    return page.renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr, abortRender,
                              QVariant::fromValue(quintptr(control)));
}

} // namespace icp
