#pragma once

#include <QString>

namespace icp {

// Text from a PDF text layer or OCR, ready for matching: NFKC plus the CJK radical
// forms some PDF writers put in their ToUnicode maps.
QString normaliseDocumentText(const QString& text);

} // namespace icp
