#pragma once

#include <QImage>

namespace Poppler {
class Page;
}

namespace icp {

class TaskControl;

// Poppler reports parse errors through qDebug ("Error: …"); a damaged file would
// flood the log. Route them to icp.model.documents at debug level, once per process.
void installPopplerErrorHandler();

// Renders `page` at `dpi`, upright; Poppler's abort callback polls `control`, so a
// cancelled task stops mid-page (a null image then).
QImage renderPage(const Poppler::Page& page, double dpi, const TaskControl* control);

} // namespace icp
