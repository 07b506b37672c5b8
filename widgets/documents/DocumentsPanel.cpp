#include "DocumentsPanel.h"

#include "DocumentChecklistView.h"
#include "DocumentViewer.h"

#include <QHBoxLayout>
#include <QResizeEvent>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// Below this width (in average characters) the checklist's columns and a legible page
// do not both fit side by side.
constexpr int kSideBySideChars = 125;

} // namespace

DocumentsPanel::DocumentsPanel(DocumentWorkspace& workspace, DialogProvider& dialogs, QWidget* parent)
    : QWidget(parent)
    , m_checklist(new DocumentChecklistView(workspace, dialogs, this))
    , m_viewer(new DocumentViewer(this))
    , m_splitter(new QSplitter(this))
{
    setObjectName(u"documentsPanel"_s);
    m_splitter->setObjectName(u"documentsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_checklist);
    m_splitter->addWidget(m_viewer);
    m_splitter->setStretchFactor(0, 11);
    m_splitter->setStretchFactor(1, 9);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    connect(m_checklist, &DocumentChecklistView::viewRequested, this,
            [this](const QString& path, const QString&) {
                // Discarded on purpose: a file the viewer cannot open says why in the viewer
                // itself (its message line), where the user is looking.
                (void)m_viewer->openFile(path);
            });
}

Qt::Orientation DocumentsPanel::orientation() const
{
    return m_splitter->orientation();
}

void DocumentsPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation wanted =
        event->size().width() >= fontMetrics().averageCharWidth() * kSideBySideChars ? Qt::Horizontal
                                                                                     : Qt::Vertical;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    // Side by side a little over half for the checklist (its columns), the rest for a
    // legible page; stacked two thirds (its rows, buttons and details are taller than a
    // page preview needs to be).
    const int length = wanted == Qt::Horizontal ? event->size().width() : event->size().height();
    const int first = wanted == Qt::Horizontal ? length * 11 / 20 : length * 2 / 3;
    m_splitter->setSizes({first, length - first});
}

} // namespace icp
