#pragma once

#include <QWidget>

class QSplitter;

namespace icp {

class DialogProvider;
class DocumentChecklistView;
class DocumentViewer;
class DocumentWorkspace;

// The documents page body: the checklist beside the viewer, wired together (View and
// the letters open in the viewer). The wizard's Documents page embeds one. Where the
// two do not fit side by side (the wizard in a 1024 px window), the viewer goes below
// the checklist.
class DocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    // `dialogs` is handed to the checklist (file choosers, messages).
    DocumentsPanel(DocumentWorkspace& workspace, DialogProvider& dialogs, QWidget* parent = nullptr);

    DocumentChecklistView* checklist() const { return m_checklist; }
    DocumentViewer* viewer() const { return m_viewer; }
    Qt::Orientation orientation() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    DocumentChecklistView* m_checklist = nullptr;
    DocumentViewer* m_viewer = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace icp
