#pragma once

#include <QList>
#include <QSize>

class QIODevice;

namespace icp {

class TaskControl;

// Pixel sizes of the images a PDF embeds (image XObjects: /Subtype /Image with /Width
// and /Height), in file order. Poppler-Qt has no API for them. The dictionary of a stream
// object is never compressed (PDF 32000-1 §7.5.7: streams cannot sit in object streams)
// and encryption leaves dictionaries readable, so a scan of the raw bytes finds them.
// Reads the device in blocks from its start, at most `maxBytes`; a size given by an
// indirect reference ("/Width 12 0 R") is skipped. Inline images (BI … EI inside a
// content stream) are not found: scanners and "print to PDF" write XObjects.
QList<QSize> pdfImageSizes(QIODevice& device, qint64 maxBytes = 512LL * 1024 * 1024,
                           const TaskControl* control = nullptr);

// The scan of an image-only PDF: the smallest of its page-sized images (those with at
// least a quarter of the largest one's area; masks, logos and stamps are ignored), so
// the least legible page counts. Empty when there is no image.
QSize scanPixelSize(const QList<QSize>& images);

} // namespace icp
