#include "DocumentsTour.h"

#include "documents/DocumentChecklist.h"
#include "documents/DocumentChecklistView.h"
#include "documents/DocumentViewer.h"
#include "documents/LetterGenerator.h"
#include "documents/PageRenderer.h"
#include "documents/ScannerDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
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

// A problem the tour reports (the message is what the tour prints).
Status problem(const QString& code, const QString& message)
{
    return Status::failure(u"tour."_s + code, message);
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

// The letter as the user sends it: printed, signed and scanned. The tour cannot sign,
// so its scan is the PDF's page rendered at 200 dpi on white, saved as a JPEG.
Status scanOfLetter(const QString& pdf, const QString& jpeg)
{
    PageRenderer renderer;
    if (Status opened = renderer.open(pdf); !opened)
        return opened;
    const QFuture<Result<QImage>> rendering = renderer.request(0, 200.0 / 96.0);
    waitUntil([&] { return rendering.isFinished(); }, 30000);
    const QImage page = rendering.isFinished() && rendering.resultCount() > 0
                            ? rendering.result().valueOr(QImage())
                            : QImage();
    if (page.isNull())
        return problem(u"render"_s, QCoreApplication::translate(
                                        "ScreenshotTour", "The commitment letter could not be rendered."));
    QImage paper(page.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter(&paper).drawImage(0, 0, page);
    if (!paper.save(jpeg, "JPEG", 90))
        return problem(u"write"_s,
                       QCoreApplication::translate("ScreenshotTour", "Cannot write %1.").arg(jpeg));
    return success();
}

// DocumentChecklistView::attachFile (the Attach button's background path) and wait for
// its checks; succeeds when the file was attached (whatever the checks found).
Status attachAndWait(DocumentChecklistView& view, const QString& key, const QString& path)
{
    bool finished = false, attached = false;
    QString message;
    const QMetaObject::Connection connection =
        QObject::connect(&view, &DocumentChecklistView::attachFinished, &view,
                         [&](const QString& itemKey, bool ok, const QString& why) {
                             if (itemKey != key)
                                 return;
                             finished = true;
                             attached = ok;
                             message = why;
                         });
    const bool started = view.attachFile(key, path);
    // Reading and checking a one-page letter takes a second or two (OCR for the scan).
    // The bound only keeps a broken build from hanging.
    const bool done = started && waitUntil([&] { return finished; }, 60000);
    QObject::disconnect(connection);
    if (!done) {
        view.cancel();
        return problem(u"attach"_s, QCoreApplication::translate(
                                        "ScreenshotTour", "Attaching the commitment letter did not finish."));
    }
    return attached ? success() : problem(u"attach"_s, message);
}

} // namespace

Status prepareDocumentsPage(QWidget* wizard, const QString& scratch)
{
    auto* view = wizard ? wizard->findChild<DocumentChecklistView*>() : nullptr;
    if (!view)
        return success(); // a page without the checklist: shot as it is
    const QString key =
        keyOf(*view, [](const ChecklistItem& item) { return item.letter == LetterKind::Commitment; });
    if (key.isEmpty())
        return problem(
            u"checklist"_s,
            QCoreApplication::translate("ScreenshotTour",
                                        "The sample application's checklist has no commitment letter line."));
    LetterRequest request;
    request.kind = LetterKind::Commitment;
    const QString letter = QDir(scratch).filePath(letterFileName(request.kind));
    if (Status written = writeLetterPdf(request, view->workspace().application(), letter); !written)
        return written;
    // The sample ships without documents and the assistant cannot make ID cards or a
    // licence, so the rest stays missing. What it can make honestly is the letter: signed
    // and scanned it passes on its line; sent as the PDF it writes, it fails (the
    // provider takes JPG/PNG only, DOC-103) — one line of each state.
    const QString scan = QDir(scratch).filePath(u"commitment-letter-scan.jpg"_s);
    if (Status scanned = scanOfLetter(letter, scan); !scanned)
        return scanned;
    if (Status attached = attachAndWait(*view, key, scan); !attached)
        return attached;
    if (const ChecklistItem* line = view->workspace().checklist().item(key);
        !line || line->state != ChecklistItem::State::Ok) {
        QStringList found;
        for (const Finding& f : line ? line->findings : QList<Finding>())
            found << f.ruleId + u' ' + f.message;
        return problem(u"checks"_s,
                       QCoreApplication::translate("ScreenshotTour",
                                                   "The scanned commitment letter failed its checks: %1")
                           .arg(found.join(u"; "_s)));
    }
    const QString other = DocumentChecklist::otherItemKey();
    if (Status attached = attachAndWait(*view, other, letter); !attached)
        return attached;

    // The failing line and its letter in the viewer, the way a user does: select, View.
    view->selectItem(other);
    auto* viewer = wizard->findChild<DocumentViewer*>();
    if (auto* viewButton = view->findChild<QPushButton*>(u"viewButton"_s))
        viewButton->click();
    if (viewer && !waitUntil([viewer] { return viewer->pageCount() > 0 && viewer->pageShown(); }, 5000)) {
        // The page may not route View to its viewer: show the same file directly. Its
        // failure is not lost: the viewer then shows no page, reported just below.
        (void)viewer->openFile(letter);
        waitUntil([viewer] { return viewer->pageShown(); }, 10000);
    }
    if (viewer && !viewer->pageShown())
        return problem(u"viewer"_s, QCoreApplication::translate(
                                        "ScreenshotTour", "The viewer did not show the commitment letter."));
    // Bring the checklist and the line into view, whatever scrolls around them, once the
    // page has taken the new attachment in (it reloads the checklist).
    waitUntil([] { return false; }, 400);
    view->selectItem(other);
    if (auto* tree = view->findChild<QTreeView*>())
        tree->scrollTo(tree->currentIndex(), QAbstractItemView::PositionAtCenter);
    for (QWidget* w = view->parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w)) {
            area->ensureWidgetVisible(view, 0, 0);
            break;
        }
    }
    return success();
}

Status shootScannerDialog(QWidget* wizard, DialogProvider& dialogs, const QString& file)
{
    auto* view = wizard ? wizard->findChild<DocumentChecklistView*>() : nullptr;
    QPointer<ScannerDialog> dialog;
    if (view) {
        view->selectItem(
            keyOf(*view, [](const ChecklistItem& item) { return item.requirement == "id-front"_L1; }));
        dialog = view->openScanner();
    }
    if (!dialog) { // no checklist (or no line): the dialog on its own, as the page would open it
        dialog = new ScannerDialog(dialogs, wizard);
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
        return problem(u"scanner"_s,
                       QCoreApplication::translate("ScreenshotTour", "The scanner dialog closed by itself."));
    waitUntil([] { return false; }, 300); // layouts and the preview's repaint
    const QPixmap picture = dialog->grab();
    const bool written = !picture.isNull() && picture.save(file);
    dialog->close();
    waitUntil([] { return false; }, 100);
    if (!written)
        return problem(u"write"_s,
                       QCoreApplication::translate("ScreenshotTour", "Cannot write %1.").arg(file));
    return success();
}

} // namespace icp::DocumentsTour
