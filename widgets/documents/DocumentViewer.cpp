#include "DocumentViewer.h"

#include "documents/PageRenderer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

constexpr int thumbnailWidth = 96;
constexpr double zoomStep = 1.25;

QToolButton* toolButton(QWidget* parent, const char* objectName, QStyle::StandardPixmap icon)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(QLatin1String(objectName));
    if (icon != QStyle::SP_CustomBase)
        b->setIcon(parent->style()->standardIcon(icon));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

} // namespace

DocumentViewer::DocumentViewer(QWidget* parent)
    : QWidget(parent)
    , m_renderer(new PageRenderer(this))
{
    setObjectName(u"documentViewer"_s);
    m_previous = toolButton(this, "previousPageButton", QStyle::SP_ArrowUp);
    m_next = toolButton(this, "nextPageButton", QStyle::SP_ArrowDown);
    m_pageBox = new QSpinBox(this);
    m_pageBox->setObjectName(u"pageSpinBox"_s);
    m_pageBox->setMinimum(1);
    m_pageTotal = new QLabel(this);
    m_zoomOut = toolButton(this, "zoomOutButton", QStyle::SP_CustomBase);
    m_zoomIn = toolButton(this, "zoomInButton", QStyle::SP_CustomBase);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(u"zoomLabel"_s);
    m_fitWidth = toolButton(this, "fitWidthButton", QStyle::SP_CustomBase);
    m_fitPage = toolButton(this, "fitPageButton", QStyle::SP_CustomBase);
    m_rotateLeft = toolButton(this, "rotateLeftButton", QStyle::SP_CustomBase);
    m_rotateRight = toolButton(this, "rotateRightButton", QStyle::SP_CustomBase);
    m_fitWidth->setCheckable(true);
    m_fitPage->setCheckable(true);

    m_thumbnails = new QListWidget(this);
    m_thumbnails->setObjectName(u"thumbnailStrip"_s);
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setIconSize(QSize(thumbnailWidth, thumbnailWidth * 141 / 100));
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setFixedWidth(thumbnailWidth + 40);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"pageScrollArea"_s);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_pageLabel = new QLabel(m_scroll);
    m_pageLabel->setObjectName(u"pageImage"_s);
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_pageLabel);
    m_scroll->setWidgetResizable(false);
    m_message = new QLabel(this);
    m_message->setObjectName(u"viewerMessage"_s);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    // A tool bar, so that a narrow viewer (the wizard at 1024 px) moves what does not fit
    // behind its » button instead of widening the page.
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(u"viewerToolBar"_s);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_previous, m_pageBox, m_pageTotal, m_next, m_zoomOut, m_zoomLabel,
                                         m_zoomIn, m_fitWidth, m_fitPage, m_rotateLeft, m_rotateRight})
        m_toolBar->addWidget(w);
    // The strip has a fixed width: in a splitter the space it cannot take stayed empty
    // between the strip and the page.
    auto* pages = new QHBoxLayout;
    pages->addWidget(m_thumbnails);
    pages->addWidget(m_scroll, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_message);
    layout->addLayout(pages, 1);

    connect(m_previous, &QToolButton::clicked, this, &DocumentViewer::previousPage);
    connect(m_next, &QToolButton::clicked, this, &DocumentViewer::nextPage);
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int value) { setPage(value - 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, &DocumentViewer::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &DocumentViewer::zoomOut);
    connect(m_fitWidth, &QToolButton::clicked, this, &DocumentViewer::fitWidth);
    connect(m_fitPage, &QToolButton::clicked, this, &DocumentViewer::fitPage);
    connect(m_rotateLeft, &QToolButton::clicked, this, &DocumentViewer::rotateLeft);
    connect(m_rotateRight, &QToolButton::clicked, this, &DocumentViewer::rotateRight);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setPage(row);
    });
    connect(m_thumbnails->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &DocumentViewer::requestVisibleThumbnails);
    retranslate();
    updateControls();
}

DocumentViewer::~DocumentViewer() = default;

void DocumentViewer::retranslate()
{
    const auto name = [](QWidget* w, const QString& text, const QString& description) {
        w->setAccessibleName(text);
        w->setAccessibleDescription(description);
        w->setToolTip(description);
    };
    m_toolBar->setAccessibleName(tr("Page tools"));
    m_previous->setText(tr("Previous"));
    name(m_previous, tr("Previous page"), tr("Show the previous page."));
    m_next->setText(tr("Next"));
    name(m_next, tr("Next page"), tr("Show the next page."));
    name(m_pageBox, tr("Page number"), tr("The page shown; type a number to go there."));
    m_zoomOut->setText(tr("Zoom out"));
    name(m_zoomOut, tr("Zoom out"), tr("Make the page smaller."));
    m_zoomIn->setText(tr("Zoom in"));
    name(m_zoomIn, tr("Zoom in"), tr("Make the page larger."));
    m_fitWidth->setText(tr("Fit width"));
    name(m_fitWidth, tr("Fit width"), tr("Scale the page to the width of the window."));
    m_fitPage->setText(tr("Fit page"));
    name(m_fitPage, tr("Fit page"), tr("Scale the page so that all of it is visible."));
    m_rotateLeft->setText(tr("Rotate left"));
    name(m_rotateLeft, tr("Rotate left"), tr("Turn the page a quarter to the left."));
    m_rotateRight->setText(tr("Rotate right"));
    name(m_rotateRight, tr("Rotate right"), tr("Turn the page a quarter to the right."));
    name(m_thumbnails, tr("Pages"), tr("Small pictures of the pages; choose one to show it."));
    name(m_scroll, tr("Page"), tr("The page shown."));
    m_pageLabel->setAccessibleName(tr("Page image"));
    m_zoomLabel->setAccessibleName(tr("Zoom"));
    updateControls();
}

void DocumentViewer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentViewer::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_fit != Fit::None && pageCount() > 0) {
        const double z = fittedZoom();
        if (std::abs(z - m_zoom) > 0.01) {
            m_zoom = z;
            requestPage();
        }
    }
    requestVisibleThumbnails();
}

Status DocumentViewer::openFile(const QString& path)
{
    clear();
    const Status opened = m_renderer->open(path);
    if (!opened) {
        m_message->setText(opened.error().message);
        m_message->setVisible(true);
        updateControls();
        return opened;
    }
    const int n = m_renderer->pageCount();
    m_thumbnails->blockSignals(true);
    const QSize icon = m_thumbnails->iconSize();
    QPixmap placeholder(icon);
    placeholder.fill(Qt::white);
    for (int i = 0; i < n; ++i) {
        auto* item = new QListWidgetItem(QIcon(placeholder), QLocale().toString(i + 1), m_thumbnails);
        item->setSizeHint(QSize(thumbnailWidth + 16, icon.height() + 24));
    }
    m_thumbnails->setCurrentRow(0);
    m_thumbnails->blockSignals(false);
    m_thumbnails->setVisible(n > 1);
    m_page = 0;
    m_zoom = m_fit != Fit::None ? fittedZoom() : m_zoom;
    updateControls();
    requestPage();
    requestVisibleThumbnails();
    return success();
}

void DocumentViewer::clear()
{
    m_pageJob.cancel();
    m_thumbnailJobs.clear(); // cancels them
    m_renderer->close();
    m_thumbnails->clear();
    m_thumbnailDone.clear();
    m_pageLabel->clear();
    m_pageLabel->resize(0, 0);
    m_message->setVisible(false);
    m_page = 0;
    m_rotation = 0;
    m_shownPage = -1;
    updateControls();
}

int DocumentViewer::pageCount() const
{
    return m_renderer->pageCount();
}

void DocumentViewer::setPage(int page)
{
    if (page < 0 || page >= pageCount() || page == m_page)
        return;
    m_page = page;
    if (m_fit != Fit::None)
        m_zoom = fittedZoom();
    requestPage();
    updateControls();
}

void DocumentViewer::nextPage()
{
    setPage(m_page + 1);
}

void DocumentViewer::previousPage()
{
    setPage(m_page - 1);
}

void DocumentViewer::setZoom(double zoom)
{
    m_fit = Fit::None;
    m_zoom = std::clamp(zoom, 0.1, 8.0);
    requestPage();
    updateControls();
}

void DocumentViewer::zoomIn()
{
    setZoom(m_zoom * zoomStep);
}

void DocumentViewer::zoomOut()
{
    setZoom(m_zoom / zoomStep);
}

void DocumentViewer::fitWidth()
{
    m_fit = Fit::Width;
    m_zoom = fittedZoom();
    requestPage();
    updateControls();
}

void DocumentViewer::fitPage()
{
    m_fit = Fit::Page;
    m_zoom = fittedZoom();
    requestPage();
    updateControls();
}

void DocumentViewer::rotateLeft()
{
    m_rotation = (m_rotation + 270) % 360;
    if (m_fit != Fit::None)
        m_zoom = fittedZoom();
    requestPage();
    updateControls();
}

void DocumentViewer::rotateRight()
{
    m_rotation = (m_rotation + 90) % 360;
    if (m_fit != Fit::None)
        m_zoom = fittedZoom();
    requestPage();
    updateControls();
}

double DocumentViewer::fittedZoom() const
{
    QSizeF page = m_renderer->pageSize(m_page);
    if (page.isEmpty())
        return 1.0;
    if (m_rotation % 180 != 0)
        page.transpose();
    const QSize area = m_scroll->viewport()->size() - QSize(16, 16);
    const double byWidth = area.width() / page.width();
    const double byHeight = area.height() / page.height();
    const double z = m_fit == Fit::Page ? std::min(byWidth, byHeight) : byWidth;
    return std::clamp(z, 0.1, 8.0);
}

void DocumentViewer::requestPage()
{
    if (pageCount() == 0)
        return;
    // Watching the new request cancels the page in flight: it is no longer wanted.
    const int page = m_page;
    m_pageJob.watch(m_renderer->request(page, m_zoom, m_rotation, PageRenderer::Priority::Visible),
                    [this, page](const Result<QImage>& image) { showPage(page, image); });
}

void DocumentViewer::requestVisibleThumbnails()
{
    if (!m_thumbnails->isVisible() || m_thumbnails->count() == 0)
        return;
    std::erase_if(m_thumbnailJobs, [](const auto& job) { return !job->running(); }); // delivered
    const QRect visible = m_thumbnails->viewport()->rect();
    const QModelIndex first = m_thumbnails->indexAt(visible.topLeft() + QPoint(4, 4));
    int from = first.isValid() ? first.row() : 0;
    const QModelIndex last = m_thumbnails->indexAt(visible.bottomLeft() + QPoint(4, -4));
    int to = last.isValid() ? last.row() : std::min(m_thumbnails->count() - 1, from + 8);
    for (int page = from; page <= to; ++page) {
        if (m_thumbnailDone.contains(page))
            continue;
        const QSizeF size = m_renderer->pageSize(page);
        if (size.isEmpty())
            continue;
        m_thumbnailDone.insert(page, false);
        auto& job = m_thumbnailJobs.emplace_back(std::make_unique<BackgroundJob<Result<QImage>>>());
        job->watch(
            m_renderer->request(page, thumbnailWidth / size.width(), 0, PageRenderer::Priority::Thumbnail),
            [this, page](const Result<QImage>& image) { showThumbnail(page, image); });
    }
}

void DocumentViewer::showPage(int page, const Result<QImage>& image)
{
    if (!image) {
        m_message->setText(image.error().message);
        m_message->setVisible(true);
        return;
    }
    m_pageLabel->setPixmap(QPixmap::fromImage(*image));
    m_pageLabel->resize(image->size());
    m_shownPage = page;
    Q_EMIT pageRendered(page);
}

void DocumentViewer::showThumbnail(int page, const Result<QImage>& image)
{
    if (!image)
        return;
    m_thumbnailDone.insert(page, true);
    if (QListWidgetItem* item = m_thumbnails->item(page))
        item->setIcon(QIcon(QPixmap::fromImage(*image)));
}

void DocumentViewer::updateControls()
{
    const int n = pageCount();
    m_previous->setEnabled(n > 0 && m_page > 0);
    m_next->setEnabled(n > 0 && m_page + 1 < n);
    m_pageBox->blockSignals(true);
    m_pageBox->setMaximum(std::max(1, n));
    m_pageBox->setValue(m_page + 1);
    m_pageBox->setEnabled(n > 1);
    m_pageBox->blockSignals(false);
    m_pageTotal->setText(tr("of %1").arg(QLocale().toString(n)));
    m_zoomLabel->setText(QLocale().toString(qRound(m_zoom * 100)) + QLocale().percent());
    for (QWidget* w : std::initializer_list<QWidget*>{m_zoomIn, m_zoomOut, m_fitWidth, m_fitPage,
                                                      m_rotateLeft, m_rotateRight})
        w->setEnabled(n > 0);
    m_fitWidth->setChecked(m_fit == Fit::Width);
    m_fitPage->setChecked(m_fit == Fit::Page);
    if (m_thumbnails->currentRow() != m_page && m_page < m_thumbnails->count()) {
        m_thumbnails->blockSignals(true);
        m_thumbnails->setCurrentRow(m_page);
        m_thumbnails->blockSignals(false);
    }
}

} // namespace icp
