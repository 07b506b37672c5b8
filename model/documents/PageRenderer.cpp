#include "documents/PageRenderer.h"

#include "documents/DocumentFormat.h"
#include "documents/PopplerSupport.h"
#include "documents/TaskControl.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QMutex>
#include <QPromise>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <memory>
#include <optional>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

constexpr double screenDpi = 96.0;

using Promise = QPromise<Result<QImage>>;

struct Job
{
    std::shared_ptr<Promise> promise; // held by the queue, then by the worker
    int page = 0;
    double zoom = 1.0;
    int rotation = 0;
    PageRenderer::Priority priority = PageRenderer::Priority::Visible;
    quint64 generation = 0;
};

QImage rotated(const QImage& image, int rotation)
{
    if (rotation % 360 == 0 || image.isNull())
        return image;
    return image.transformed(QTransform().rotate(rotation));
}

// Outside the worker's lock: finishing runs the future's continuations.
void withdraw(const QList<Job>& jobs)
{
    for (const Job& job : jobs) {
        job.promise->future().cancel();
        job.promise->finish();
    }
}

Result<QImage> pageCannotBeShown(int page)
{
    return Result<QImage>::failure(
        u"documents.render"_s,
        QCoreApplication::translate("Documents", "Page %1 cannot be shown.").arg(page + 1));
}

} // namespace

struct PageRenderer::Worker
{
    QThread* thread = nullptr;

    mutable QMutex mutex;
    QWaitCondition wake;
    QList<Job> queue;
    quint64 generation = 0; // bumped by open()/close(): older jobs are dropped
    bool stopping = false;
    std::shared_ptr<Promise> running; // the request being rendered
    std::atomic<int> renders{0};

    // The file, as seen by the UI thread (sizes) and loaded again by the worker (render):
    // Poppler documents are not shared across threads.
    QString path;
    bool pdf = false;
    QList<QSizeF> sizes;

    // Worker-thread state.
    std::unique_ptr<Poppler::Document> doc;
    QString docPath;
    quint64 docGeneration = 0;
    QImage image; // the decoded image file
    QString imagePath;

    void run();
    std::optional<Job> next();
    Result<QImage> render(const Job& job, const TaskControl* control);
};

// The next request to render, highest priority first, then oldest; nothing when stopping.
// Cancelled requests are taken out of the queue on the way and finished.
std::optional<Job> PageRenderer::Worker::next()
{
    for (;;) {
        QList<Job> cancelled;
        std::optional<Job> job;
        {
            QMutexLocker lock(&mutex);
            while (!stopping && queue.isEmpty())
                wake.wait(&mutex);
            if (stopping)
                return std::nullopt;
            for (qsizetype i = queue.size() - 1; i >= 0; --i) {
                if (queue[i].promise->isCanceled() || queue[i].generation != generation)
                    cancelled.append(queue.takeAt(i));
            }
            if (!queue.isEmpty()) {
                qsizetype best = 0;
                for (qsizetype i = 1; i < queue.size(); ++i) {
                    if (queue[i].priority < queue[best].priority)
                        best = i;
                }
                job = queue.takeAt(best);
                running = job->promise;
            }
        }
        withdraw(cancelled);
        if (job)
            return job;
    }
}

void PageRenderer::Worker::run()
{
    while (std::optional<Job> job = next()) {
        const TaskControl control(*job->promise); // Poppler's abort callback polls the future
        Result<QImage> result = render(*job, &control);
        bool deliver = false;
        {
            QMutexLocker lock(&mutex);
            running.reset();
            deliver = !job->promise->isCanceled() && job->generation == generation && !stopping;
            if (deliver)
                ++renders;
        }
        if (deliver)
            job->promise->addResult(std::move(result));
        else
            job->promise->future().cancel(); // closed or stopping meanwhile
        job->promise->finish();
    }
}

Result<QImage> PageRenderer::Worker::render(const Job& job, const TaskControl* control)
{
    QString file;
    bool isPdf = false;
    {
        QMutexLocker lock(&mutex);
        file = path;
        isPdf = pdf;
    }
    if (isPdf) {
        if (!doc || docPath != file || docGeneration != job.generation) {
            doc = Poppler::Document::load(file);
            docPath = file;
            docGeneration = job.generation;
            if (doc) {
                doc->setRenderHint(Poppler::Document::Antialiasing);
                doc->setRenderHint(Poppler::Document::TextAntialiasing);
            }
        }
        const std::unique_ptr<Poppler::Page> page =
            doc && !doc->isLocked() && job.page < doc->numPages() ? doc->page(job.page) : nullptr;
        if (!page)
            return pageCannotBeShown(job.page);
        const QImage img = renderPage(*page, screenDpi * job.zoom, control);
        if (img.isNull())
            return pageCannotBeShown(job.page);
        return rotated(img, job.rotation);
    }
    if (image.isNull() || imagePath != file) {
        QImageReader reader(file);
        reader.setAutoTransform(true);
        image = reader.read();
        imagePath = file;
        if (image.isNull())
            return Result<QImage>::failure(
                u"documents.damaged"_s,
                QCoreApplication::translate("Documents", "The image cannot be shown: %1.")
                    .arg(reader.errorString()));
    }
    const QSize size = (QSizeF(image.size()) * job.zoom).toSize().expandedTo(QSize(1, 1));
    return rotated(size == image.size() ? image
                                        : image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation),
                   job.rotation);
}

PageRenderer::PageRenderer(QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>())
{
    installPopplerErrorHandler();
    m_worker->thread = QThread::create([w = m_worker.get()] { w->run(); });
    m_worker->thread->setObjectName(u"PageRenderer"_s);
    m_worker->thread->start();
}

PageRenderer::~PageRenderer()
{
    QList<Job> queued;
    {
        QMutexLocker lock(&m_worker->mutex);
        m_worker->stopping = true;
        if (m_worker->running)
            m_worker->running->future().cancel(); // the worker finishes it
        queued = std::exchange(m_worker->queue, {});
        m_worker->wake.wakeAll();
    }
    withdraw(queued);
    m_worker->thread->wait();
    delete m_worker->thread;
}

Status PageRenderer::open(const QString& path)
{
    close();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            u"documents.io"_s,
            QCoreApplication::translate("Documents", "%1 cannot be read: %2.").arg(path, file.errorString()));
    const FileFormat format = sniffFormat(file.peek(formatSniffBytes));
    file.close();
    QList<QSizeF> sizes;
    if (format == FileFormat::Pdf) {
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        if (!doc)
            return Status::failure(u"documents.damaged"_s,
                                   QCoreApplication::translate("Documents",
                                                               "The PDF file is damaged and cannot "
                                                               "be shown."));
        if (doc->isLocked())
            return Status::failure(u"documents.encrypted"_s,
                                   QCoreApplication::translate("Documents", "The PDF file is protected by a "
                                                                            "password and cannot be shown."));
        const int n = doc->numPages();
        sizes.reserve(n);
        for (int i = 0; i < n; ++i) {
            const std::unique_ptr<Poppler::Page> page = doc->page(i);
            sizes.append(page ? page->pageSizeF() * (screenDpi / 72.0) : QSizeF(794, 1123));
        }
    } else if (format == FileFormat::Jpeg || format == FileFormat::Png) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        QSize size = reader.size();
        if (!size.isValid())
            return Status::failure(u"documents.damaged"_s,
                                   QCoreApplication::translate("Documents", "The image cannot be shown: %1.")
                                       .arg(reader.errorString()));
        if (reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
            size.transpose();
        sizes.append(QSizeF(size));
    } else {
        return Status::failure(
            u"documents.format"_s,
            QCoreApplication::translate("Documents", "Only PDF, JPEG and PNG files can be shown."));
    }
    QMutexLocker lock(&m_worker->mutex);
    m_worker->path = path;
    m_worker->pdf = format == FileFormat::Pdf;
    m_worker->sizes = sizes;
    m_worker->renders = 0;
    return success();
}

void PageRenderer::close()
{
    QList<Job> queued;
    {
        QMutexLocker lock(&m_worker->mutex);
        ++m_worker->generation;
        if (m_worker->running)
            m_worker->running->future().cancel(); // the worker finishes it
        queued = std::exchange(m_worker->queue, {});
        m_worker->path.clear();
        m_worker->sizes.clear();
    }
    withdraw(queued);
}

bool PageRenderer::isOpen() const
{
    QMutexLocker lock(&m_worker->mutex);
    return !m_worker->path.isEmpty();
}

int PageRenderer::pageCount() const
{
    QMutexLocker lock(&m_worker->mutex);
    return int(m_worker->sizes.size());
}

QSizeF PageRenderer::pageSize(int page) const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->sizes.value(page);
}

QFuture<Result<QImage>> PageRenderer::request(int page, double zoom, int rotation, Priority priority)
{
    Job job;
    job.promise = std::make_shared<Promise>();
    job.promise->start(); // queued counts as running, as for QtConcurrent::run
    QFuture<Result<QImage>> future = job.promise->future();
    job.page = page;
    job.zoom = std::clamp(zoom, 0.02, 8.0);
    job.rotation = ((rotation % 360) + 360) % 360;
    job.priority = priority;
    QMutexLocker lock(&m_worker->mutex);
    job.generation = m_worker->generation;
    m_worker->queue.append(std::move(job));
    m_worker->wake.wakeOne();
    return future;
}

int PageRenderer::renderedCount() const
{
    return m_worker->renders.load();
}

} // namespace icp
