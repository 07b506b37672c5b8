#pragma once

// Drives the wizard's Documents page as a person does: the checklist line chosen with
// the arrow keys, Attach and Remove pressed with the keyboard (the file chooser answered
// by the scripted DialogProvider the page was given), files dropped on a line; and waits for the
// background check of each attachment. Shared by the wizard tests.
#include "DialogProvider.h"
#include "SampleDocuments.h"
#include "WizardTestSupport.h"
#include "documents/DocumentChecklistModel.h"
#include "documents/DocumentChecklistView.h"
#include "wizard/DocumentsPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUrl>
#include <optional>

namespace icp::test {

using namespace Qt::StringLiterals;

class DocumentsPageDriver
{
public:
    // OCR takes about a second per page on one core; a loaded CI machine needs more.
    static constexpr int kAttachTimeoutMs = 90000;

    // `dialogs` is the provider the page's window (or wizard) was given.
    DocumentsPageDriver(DocumentsPage* page, ScriptedDialogProvider& dialogs)
        : m_dialogs(dialogs)
        , m_page(page)
        , m_view(page ? page->checklist() : nullptr)
        , m_tree(m_view ? m_view->findChild<QTreeView*>(u"checklistTree"_s) : nullptr)
    {}

    bool ok() const { return m_page && m_view && m_tree; }
    DocumentChecklistView* view() const { return m_view; }
    QTreeView* tree() const { return m_tree; }
    QPushButton* button(const char* name) const
    {
        return m_view->findChild<QPushButton*>(QLatin1String(name));
    }

    // Nothing is being attached or re-checked (after opening) in the background.
    bool waitIdle(int timeoutMs = kAttachTimeoutMs) const
    {
        return QTest::qWaitFor([this] { return !m_view->isBusy() && !m_view->isRechecking(); }, timeoutMs);
    }

    const ChecklistItem* item(const QString& key) const
    {
        return m_view->model()->itemAt(m_view->model()->rowOf(key));
    }
    // missing, attached, failed, ok (empty: no such line)
    QString state(const QString& key) const
    {
        const int row = m_view->model()->rowOf(key);
        return row < 0
                   ? QString()
                   : m_view->model()->index(row, 0).data(DocumentChecklistModel::ItemStateRole).toString();
    }
    QString details() const { return m_view->findChild<QLabel*>(u"checklistDetails"_s)->text(); }

    // Home, then Down until the line is current (what a keyboard user does).
    bool selectByKeyboard(const QString& key) const
    {
        press(m_tree, Qt::Key_Home);
        for (int i = 0; i <= m_view->model()->rowCount() && m_view->currentItemKey() != key; ++i)
            press(m_tree, Qt::Key_Down);
        if (m_view->currentItemKey() != key)
            qWarning("no checklist line %s", qPrintable(key));
        return m_view->currentItemKey() == key;
    }

    // Attach… by keyboard on the line; the result of the background check (ok or not),
    // nullopt when nothing was attached or it did not finish in time.
    std::optional<bool> attachByKeyboard(const QString& key, const QString& path) const
    {
        if (!waitIdle() || !selectByKeyboard(key))
            return std::nullopt;
        QSignalSpy finished(m_view, &DocumentChecklistView::attachFinished);
        m_dialogs.fileNames = {path};
        press(button("attachButton"), Qt::Key_Space);
        return result(finished, key);
    }

    // Drags a file over the line and drops it there (QDragEnter, QDragMove, QDrop on the
    // tree's viewport at the line's rectangle).
    std::optional<bool> attachByDrop(const QString& key, const QString& path) const
    {
        if (!waitIdle())
            return std::nullopt;
        const QModelIndex index = m_view->model()->index(m_view->model()->rowOf(key), 0);
        m_tree->scrollTo(index);
        const QPoint pos = m_tree->visualRect(index).center();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QSignalSpy finished(m_view, &DocumentChecklistView::attachFinished);
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_tree->viewport(), &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_tree->viewport(), &move);
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_tree->viewport(), &drop);
        if (!enter.isAccepted() || !move.isAccepted() || !drop.isAccepted()) {
            qWarning("the drop on %s was refused", qPrintable(key));
            return std::nullopt;
        }
        return result(finished, key);
    }

    // Remove by keyboard on the line (its most recent attachment goes); the hash removed.
    QString removeByKeyboard(const QString& key) const
    {
        if (!waitIdle() || !selectByKeyboard(key))
            return {};
        QSignalSpy removed(m_view, &DocumentChecklistView::documentRemoved);
        press(button("removeButton"), Qt::Key_Space);
        return removed.isEmpty() ? QString() : removed.constFirst().at(0).toString();
    }

    // Attaches, by keyboard, a document made to match the form (writeDocumentFor, files
    // written into `dir`) to every line the application needs, required or recommended,
    // that is not Ok yet. Returns the lines that did not end Ok, each with why ("id-front:…:
    // Blocking DOC-111 …"); empty when every one is Ok.
    QStringList attachEverythingRequired(const QDir& dir) const
    {
        if (!waitIdle())
            return {u"the Documents page stayed busy"_s};
        QStringList keys;
        const DocumentChecklist wanted = m_view->workspace().checklist();
        for (const ChecklistItem& item : wanted.items()) {
            if (item.need != Severity::Info && item.state != ChecklistItem::State::Ok)
                keys.append(item.key);
        }
        QStringList failed;
        for (const QString& key : std::as_const(keys)) {
            // Each attachment changes the checklist: look the line up again.
            const DocumentChecklist list = m_view->workspace().checklist();
            const ChecklistItem* line = list.item(key);
            if (!line || line->state == ChecklistItem::State::Ok)
                continue;
            const QString path = writeDocumentFor(*line, m_view->workspace().application(), dir);
            if (path.isEmpty()) {
                failed.append(key + u": no document was made for it"_s);
                continue;
            }
            const std::optional<bool> attached = attachByKeyboard(key, path);
            if (!attached || !*attached)
                failed.append(key + u": not attached: "_s +
                              m_dialogs.warnings.value(m_dialogs.warnings.size() - 1));
            else if (state(key) != QLatin1String("ok"))
                failed.append(key + u": "_s + details());
        }
        return failed;
    }

private:
    std::optional<bool> result(QSignalSpy& finished, const QString& key) const
    {
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, kAttachTimeoutMs)) {
            qWarning("attaching to %s did not finish", qPrintable(key));
            return std::nullopt;
        }
        return finished.constFirst().at(1).toBool();
    }

    ScriptedDialogProvider& m_dialogs;
    DocumentsPage* m_page = nullptr;
    DocumentChecklistView* m_view = nullptr;
    QTreeView* m_tree = nullptr;
};

} // namespace icp::test
