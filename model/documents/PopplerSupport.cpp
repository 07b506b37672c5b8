#include "documents/PopplerSupport.h"

#include "documents/DocumentsLogging.h"

#include <mutex>
#include <poppler-qt6.h>

namespace icp {

void installPopplerErrorHandler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString& message, const QVariant&) { qCDebug(lcDocuments) << "poppler:" << message; },
            QVariant());
    });
}

} // namespace icp
