#include "documents/PageRenderer.h"

#include "documents/DocumentFormat.h"
#include "documents/PopplerSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

constexpr double screenDpi = 96.0;

struct Job
{
    quint64 ticket = 0;
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

} // namespace

struct PageRenderer::Worker
{
    PageRenderer* owner = nullptr;
    QThread* thread = nullptr;

    mutable QMutex mutex;
    QWaitCondition wake;
    QList<Job> queue;
    QSet<quint64> cancelled;
    quint64 nextTicket = 1;
    quint64 generation = 0; // bumped by open()/close(): older jobs are dropped
    bool stopping = false;
    quint64 running = 0; // ticket being rendered
    std::atomic<bool> abortRunning{false};
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
    QImage render(const Job& job, QString& error);
    static bool abortCallback(const QVariant& closure)
    {
        return reinterpret_cast<Worker*>(closure.value<quintptr>())->abortRunning.load();
    }
};

void PageRenderer::Worker::run()
{
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&mutex);
            while (!stopping && queue.isEmpty())
                wake.wait(&mutex);
            if (stopping)
                return;
            // Highest priority first, then oldest.
            qsizetype best = 0;
            for (qsizetype i = 1; i < queue.size(); ++i) {
                if (queue[i].priority < queue[best].priority)
                    best = i;
            }
            job = queue.takeAt(best);
            if (cancelled.remove(job.ticket) || job.generation != generation)
                continue;
            running = job.ticket;
            abortRunning = false;
        }
        QString error;
        const QImage result = render(job, error);
        bool deliver = false;
        {
            QMutexLocker lock(&mutex);
            deliver =
                !abortRunning && !cancelled.remove(job.ticket) && job.generation == generation && !stopping;
            running = 0;
        }
        if (!deliver)
            continue;
        ++renders;
        if (result.isNull())
            Q_EMIT owner->failed(job.ticket, job.page, error);
        else
            Q_EMIT owner->rendered(job.ticket, job.page, result);
    }
}

QImage PageRenderer::Worker::render(const Job& job, QString& error)
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
        if (!page) {
            error = QCoreApplication::translate("Documents", "Page %1 cannot be shown.").arg(job.page + 1);
            return {};
        }
        const double dpi = screenDpi * job.zoom;
        const QImage img = page->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr,
                                               nullptr, abortCallback, QVariant::fromValue(quintptr(this)));
        if (img.isNull())
            error = QCoreApplication::translate("Documents", "Page %1 cannot be shown.").arg(job.page + 1);
        return rotated(img, job.rotation);
    }
    if (image.isNull() || imagePath != file) {
        QImageReader reader(file);
        reader.setAutoTransform(true);
        image = reader.read();
        imagePath = file;
        if (image.isNull()) {
            error = QCoreApplication::translate("Documents", "The image cannot be shown: %1.")
                        .arg(reader.errorString());
            return {};
        }
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
    m_worker->owner = this;
    m_worker->thread = QThread::create([w = m_worker.get()] { w->run(); });
    m_worker->thread->setObjectName(u"PageRenderer"_s);
    m_worker->thread->start();
}

PageRenderer::~PageRenderer()
{
    {
        QMutexLocker lock(&m_worker->mutex);
        m_worker->stopping = true;
        m_worker->abortRunning = true;
        m_worker->wake.wakeAll();
    }
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
    QMutexLocker lock(&m_worker->mutex);
    ++m_worker->generation;
    m_worker->queue.clear();
    m_worker->cancelled.clear();
    m_worker->abortRunning = m_worker->running != 0;
    m_worker->path.clear();
    m_worker->sizes.clear();
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

quint64 PageRenderer::request(int page, double zoom, int rotation, Priority priority)
{
    QMutexLocker lock(&m_worker->mutex);
    Job job;
    job.ticket = m_worker->nextTicket++;
    job.page = page;
    job.zoom = std::clamp(zoom, 0.02, 8.0);
    job.rotation = ((rotation % 360) + 360) % 360;
    job.priority = priority;
    job.generation = m_worker->generation;
    m_worker->queue.append(job);
    m_worker->wake.wakeOne();
    return job.ticket;
}

void PageRenderer::cancel(quint64 ticket)
{
    QMutexLocker lock(&m_worker->mutex);
    if (m_worker->running == ticket)
        m_worker->abortRunning = true;
    const qsizetype removed = m_worker->queue.removeIf([&](const Job& j) { return j.ticket == ticket; });
    if (removed == 0)
        m_worker->cancelled.insert(ticket); // running or already done: drop its result
}

void PageRenderer::cancelAll()
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->queue.clear();
    if (m_worker->running != 0) {
        m_worker->abortRunning = true;
        m_worker->cancelled.insert(m_worker->running);
    }
}

int PageRenderer::renderedCount() const
{
    return m_worker->renders.load();
}

} // namespace icp
