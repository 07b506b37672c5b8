#pragma once

#include "core/Result.h"
#include "documents/BackgroundWork.h"

#include <QHash>
#include <QImage>
#include <QWidget>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QScrollArea;
class QSpinBox;
class QToolBar;
class QToolButton;

namespace icp {

class PageRenderer;

// Shows a PDF (Poppler) or image (EXIF orientation honoured): a thumbnail strip, the
// page, zoom in/out, fit width, fit page, rotate, page navigation. Rendering runs on
// the PageRenderer's worker thread, each request's future watched by a BackgroundJob;
// changing page or zoom cancels the render in flight. Thumbnails are rendered only when they scroll into
// view, so a 300-page PDF shows page 1 at once and renders the rest lazily.
class DocumentViewer : public QWidget
{
    Q_OBJECT

public:
    enum class Fit { None, Width, Page };

    explicit DocumentViewer(QWidget* parent = nullptr);
    ~DocumentViewer() override;

    Status openFile(const QString& path);
    void clear();

    int pageCount() const;
    int currentPage() const { return m_page; } // 0-based
    double zoom() const { return m_zoom; }
    int rotation() const { return m_rotation; }
    Fit fit() const { return m_fit; }
    bool pageShown() const { return m_shownPage == m_page; }
    int renderedThumbnails() const { return int(m_thumbnailDone.size()); }
    PageRenderer* renderer() const { return m_renderer; }

public Q_SLOTS:
    void setPage(int page);
    void nextPage();
    void previousPage();
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();
    void rotateLeft();
    void rotateRight();

Q_SIGNALS:
    void pageRendered(int page);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void requestPage();
    void requestVisibleThumbnails();
    void showPage(int page, const Result<QImage>& image);
    void showThumbnail(int page, const Result<QImage>& image);
    double fittedZoom() const;
    void updateControls();

    PageRenderer* m_renderer = nullptr;
    QToolBar* m_toolBar = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QSpinBox* m_pageBox = nullptr;
    QLabel* m_pageTotal = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QToolButton* m_fitWidth = nullptr;
    QToolButton* m_fitPage = nullptr;
    QToolButton* m_rotateLeft = nullptr;
    QToolButton* m_rotateRight = nullptr;
    QListWidget* m_thumbnails = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_pageLabel = nullptr;
    QLabel* m_message = nullptr;

    int m_page = 0;
    double m_zoom = 1.0;
    int m_rotation = 0;
    Fit m_fit = Fit::Width;
    int m_shownPage = -1;             // none yet
    QHash<int, bool> m_thumbnailDone; // page → rendered (or requested)
    // Declared last: destroyed first, so no render is delivered to a viewer being destroyed.
    BackgroundJob<Result<QImage>> m_pageJob;
    std::vector<std::unique_ptr<BackgroundJob<Result<QImage>>>> m_thumbnailJobs;
};

} // namespace icp
