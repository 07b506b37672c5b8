#include "DocumentsTour.h"

#include "documents/DocumentChecklist.h"
#include "documents/DocumentChecklistView.h"
#include "documents/DocumentDialogs.h"
#include "documents/DocumentViewer.h"
#include "documents/LetterGenerator.h"
#include "documents/ScannerDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeView>
#include <functional>

using namespace Qt::StringLiterals;

namespace icp::DocumentsTour {

namespace {

// Runs the event loop until `done` or `timeoutMs`; true when done.
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QString keyOf(const DocumentChecklistView& view, const std::function<bool(const ChecklistItem&)>& wanted)
{
    const DocumentChecklist list = view.workspace().checklist();
    for (const ChecklistItem& item : list.items()) {
        if (wanted(item))
            return item.key;
    }
    return {};
}

} // namespace

QString prepareDocumentsPage(QWidget* wizard, const QString& scratch)
{
    auto* view = wizard ? wizard->findChild<DocumentChecklistView*>() : nullptr;
    if (!view)
        return {}; // a page without the checklist: shot as it is
    const QString key =
        keyOf(*view, [](const ChecklistItem& item) { return item.letter == LetterKind::Commitment; });
    if (key.isEmpty())
        return QCoreApplication::translate(
            "ScreenshotTour", "The sample application's checklist has no commitment letter line.");
    LetterRequest request;
    request.kind = LetterKind::Commitment;
    const QString letter = QDir(scratch).filePath(letterFileName(request.kind));
    if (const Status written = writeLetterPdf(request, view->workspace().application(), letter); !written)
        return written.error().message;

    bool finished = false, attached = false;
    QString message;
    const QMetaObject::Connection connection =
        QObject::connect(view, &DocumentChecklistView::attachFinished, view,
                         [&](const QString& itemKey, bool ok, const QString& why) {
                             if (itemKey != key)
                                 return;
                             finished = true;
                             attached = ok;
                             message = why;
                         });
    const bool started = view->attachFile(key, letter);
    // Reading and checking a one-page letter takes well under a second; OCR is not needed
    // (the PDF has a text layer). The bound only keeps a broken build from hanging.
    const bool done = started && waitUntil([&] { return finished; }, 60000);
    QObject::disconnect(connection);
    if (!done) {
        view->cancel();
        return QCoreApplication::translate("ScreenshotTour",
                                           "Attaching the commitment letter did not finish.");
    }
    if (!attached)
        return message;

    // View it the way a user does: select the line, press View.
    view->selectItem(key);
    auto* viewer = wizard->findChild<DocumentViewer*>();
    if (auto* viewButton = view->findChild<QPushButton*>(u"viewButton"_s))
        viewButton->click();
    if (viewer && !waitUntil([viewer] { return viewer->pageCount() > 0 && viewer->pageShown(); }, 5000)) {
        // The page may not route View to its viewer: show the same file directly.
        (void)viewer->openFile(letter);
        waitUntil([viewer] { return viewer->pageShown(); }, 10000);
    }
    if (viewer && !viewer->pageShown())
        return QCoreApplication::translate("ScreenshotTour",
                                           "The viewer did not show the commitment letter.");
    // Bring the checklist and the letter's line into view, whatever scrolls around them,
    // once the page has taken the new attachment in (it reloads the checklist).
    waitUntil([] { return false; }, 400);
    view->selectItem(key);
    if (auto* tree = view->findChild<QTreeView*>())
        tree->scrollTo(tree->currentIndex(), QAbstractItemView::PositionAtCenter);
    for (QWidget* w = view->parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w)) {
            area->ensureWidgetVisible(view, 0, 0);
            break;
        }
    }
    return {};
}

QString shootScannerDialog(QWidget* wizard, const QString& file)
{
    auto* view = wizard ? wizard->findChild<DocumentChecklistView*>() : nullptr;
    QPointer<ScannerDialog> dialog;
    if (view) {
        view->selectItem(
            keyOf(*view, [](const ChecklistItem& item) { return item.requirement == "id-front"_L1; }));
        dialog = view->openScanner();
    }
    if (!dialog) { // no checklist (or no line): the dialog on its own, as the page would open it
        dialog = new ScannerDialog(wizard);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    // SANE's test backend draws this picture; a real scanner has no such option and
    // ignores it.
    dialog->setExtraOptions({{u"test-picture"_s, u"Grid"_s}});
    using State = ScannerDialog::State;
    const auto settled = [&dialog] {
        return !dialog || (dialog->state() != State::Listing && dialog->state() != State::LoadingOptions);
    };
    // Listing probes every configured backend (a few seconds on a desktop); bounded.
    waitUntil(settled, 60000);
    if (dialog && dialog->state() == State::Ready) {
        auto* resolution = dialog->findChild<QComboBox*>(u"scannerResolutionCombo"_s);
        if (resolution && resolution->findData(150) >= 0)
            resolution->setCurrentIndex(resolution->findData(150));
        dialog->scan();
        if (!waitUntil([&dialog] { return !dialog || dialog->state() != State::Scanning; }, 60000) && dialog)
            dialog->cancelScan();
    }
    if (!dialog)
        return QCoreApplication::translate("ScreenshotTour", "The scanner dialog closed by itself.");
    waitUntil([] { return false; }, 300); // layouts and the preview's repaint
    QString problem;
    const QPixmap picture = dialog->grab();
    if (picture.isNull() || !picture.save(file))
        problem = QCoreApplication::translate("ScreenshotTour", "Cannot write %1.").arg(file);
    dialog->close();
    waitUntil([] { return false; }, 100);
    return problem;
}

} // namespace icp::DocumentsTour
