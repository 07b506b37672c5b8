#include "DocumentsPanel.h"

#include "DocumentChecklistView.h"
#include "DocumentViewer.h"

#include <QHBoxLayout>
#include <QSplitter>

namespace icp {

DocumentsPanel::DocumentsPanel(DocumentWorkspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_checklist(new DocumentChecklistView(workspace, this))
    , m_viewer(new DocumentViewer(this))
{
    setObjectName(QStringLiteral("documentsPanel"));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_checklist);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_checklist, &DocumentChecklistView::viewRequested, this,
            [this](const QString& path, const QString&) { (void)m_viewer->openFile(path); });
}

} // namespace icp
