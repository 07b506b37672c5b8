#pragma once

#include <QWidget>

namespace icp {

class DocumentChecklistView;
class DocumentViewer;
class DocumentWorkspace;

// The documents page body: the checklist beside the viewer, wired together (View and
// the letters open in the viewer). The wizard's Documents page embeds one.
class DocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentsPanel(DocumentWorkspace& workspace, QWidget* parent = nullptr);

    DocumentChecklistView* checklist() const { return m_checklist; }
    DocumentViewer* viewer() const { return m_viewer; }

private:
    DocumentChecklistView* m_checklist = nullptr;
    DocumentViewer* m_viewer = nullptr;
};

} // namespace icp
