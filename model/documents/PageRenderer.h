#pragma once

#include "core/Result.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QSizeF>
#include <memory>

namespace icp {

// Renders the pages of a PDF (Poppler) or an image (QImageReader, EXIF orientation
// honoured) on a worker thread, for the document viewer. Requests are queued by
// priority (the page on screen before thumbnails); a request can be cancelled, and
// a running Poppler render stops through its abort callback. open() reads only the
// page count and sizes, so a 300-page PDF shows page 1 as soon as it is rendered and
// the rest only when asked for.
class PageRenderer : public QObject
{
    Q_OBJECT

public:
    enum class Priority { Visible = 0, Nearby = 1, Thumbnail = 2 };

    explicit PageRenderer(QObject* parent = nullptr);
    ~PageRenderer() override; // cancels everything and joins the worker

    // Opens a file (PDF, JPEG or PNG by content); cancels the previous file's work.
    Status open(const QString& path);
    void close();

    bool isOpen() const;
    int pageCount() const;
    // Page size at zoom 1.0 (PDF: 96 dpi; images: their pixels), before rotation.
    QSizeF pageSize(int page) const;

    // Queues page `page` at `zoom` (1.0 = 100 %), rotated by `rotation` degrees
    // (0, 90, 180, 270); returns a ticket for rendered()/failed()/cancel().
    quint64 request(int page, double zoom, int rotation = 0, Priority priority = Priority::Visible);
    void cancel(quint64 ticket);
    void cancelAll();
    // Number of renders done since open() (for tests: lazy rendering).
    int renderedCount() const;

Q_SIGNALS:
    void rendered(quint64 ticket, int page, const QImage& image);
    void failed(quint64 ticket, int page, const QString& message);

private:
    struct Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace icp
