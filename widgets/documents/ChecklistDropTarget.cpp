#include "ChecklistDropTarget.h"

#include "DocumentChecklistModel.h"

#include <QDropEvent>
#include <QMimeData>
#include <QTreeView>
#include <QUrl>

namespace icp {

namespace {

QString localFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

} // namespace

ChecklistDropTarget::ChecklistDropTarget(QTreeView* tree, std::function<bool()> canAccept, QObject* parent)
    : QObject(parent)
    , m_tree(tree)
    , m_canAccept(std::move(canAccept))
{
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->viewport()->installEventFilter(this);
}

bool ChecklistDropTarget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_tree->viewport())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDropEvent*>(event);
        const bool ok = m_canAccept() && !localFile(drag->mimeData()).isEmpty() &&
                        m_tree->indexAt(drag->position().toPoint()).isValid();
        if (ok) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QModelIndex index = m_tree->indexAt(drop->position().toPoint());
        const QString path = localFile(drop->mimeData());
        if (!index.isValid() || path.isEmpty()) {
            drop->ignore();
            return true;
        }
        m_tree->setCurrentIndex(index);
        Q_EMIT fileDropped(index.data(DocumentChecklistModel::ItemKeyRole).toString(), path);
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace icp
