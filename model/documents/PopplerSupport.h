#pragma once

namespace icp {

// Poppler reports parse errors through qDebug ("Error: …"); a damaged file would
// flood the log. Route them to icp.model.documents at debug level, once per process.
void installPopplerErrorHandler();

} // namespace icp
