#pragma once

#include <QObject>
#include <functional>

class QTreeView;

namespace icp {

// Files dropped on a line of the checklist tree: accepts a drag of a local file over
// a line (while `canAccept()` says so) and reports the line's item key and the file.
class ChecklistDropTarget : public QObject
{
    Q_OBJECT

public:
    ChecklistDropTarget(QTreeView* tree, std::function<bool()> canAccept, QObject* parent = nullptr);

Q_SIGNALS:
    void fileDropped(const QString& itemKey, const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTreeView* m_tree;
    std::function<bool()> m_canAccept;
};

} // namespace icp
