#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSizeF>
#include <memory>

namespace icp {

// Renders the pages of a PDF (Poppler) or an image (QImageReader, EXIF orientation
// honoured) on a worker thread, for the document viewer. Requests are queued by
// priority (the page on screen before thumbnails), each one a QFuture backed by a
// QPromise, like the rest of the background work (docs/documents.md "Background
// work"): cancelling the future skips a queued request and stops a running Poppler
// render through its abort callback; a cancelled future never gets a result. open()
// reads only the page count and sizes, so a 300-page PDF shows page 1 as soon as it is
// rendered and the rest only when asked for.
class PageRenderer : public QObject
{
    Q_OBJECT

public:
    enum class Priority { Visible = 0, Nearby = 1, Thumbnail = 2 };

    explicit PageRenderer(QObject* parent = nullptr);
    ~PageRenderer() override; // cancels (and finishes) every request and joins the worker

    // Opens a file (PDF, JPEG or PNG by content); cancels the previous file's work.
    Status open(const QString& path);
    // Cancels every request still queued or running; their futures finish without a result.
    void close();

    bool isOpen() const;
    int pageCount() const;
    // Page size at zoom 1.0 (PDF: 96 dpi; images: their pixels), before rotation.
    QSizeF pageSize(int page) const;

    // Queues page `page` at `zoom` (1.0 = 100 %), rotated by `rotation` degrees
    // (0, 90, 180, 270). The future finishes, on the worker thread, with the image or
    // the error to show instead; future.cancel() withdraws the request.
    QFuture<Result<QImage>> request(int page, double zoom, int rotation = 0,
                                    Priority priority = Priority::Visible);
    // Number of renders delivered since open() (for tests: lazy rendering).
    int renderedCount() const;

private:
    struct Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace icp
