#pragma once

#include "core/Result.h"

#include <QString>

class QWidget;

namespace icp {

class DialogProvider;

// The documents part of the screenshot tour (ScreenshotTour.h), on the wizard's
// Documents page of the sample application. Found through findChild() only, so it
// does not depend on how the page is built.
namespace DocumentsTour {

// The sample ships without documents. Writes the commitment letter with the
// application's own LetterGenerator and attaches it twice (DocumentChecklistView::
// attachFile, waiting for the checks): rendered to a JPEG as if signed and scanned, on
// the commitment line, where it passes; as the PDF itself on the Other line, where it
// fails (the provider takes JPG/PNG, DOC-103). The failing line is selected and its
// letter shown in the page's viewer, so the checklist shows Ok, Failed and Missing
// lines with a reason. `scratch` is a folder for the files. Fails with the problem to
// report; the page is left as it is when the checklist is not there.
Status prepareDocumentsPage(QWidget* wizard, const QString& scratch);

// Opens the scanner dialog on the ID-front line (DocumentChecklistView::openScanner),
// waits for the device list (every SANE call is off the UI thread), scans one page
// when a scanner exists, saves a picture of the dialog window to `file` and closes
// it. Without a scanner the dialog's "no scanner" state is shot. Never waits longer
// than a bounded time. Without a checklist the dialog opens on its own with `dialogs`.
// Fails with the problem to report.
Status shootScannerDialog(QWidget* wizard, DialogProvider& dialogs, const QString& file);

} // namespace DocumentsTour

} // namespace icp
