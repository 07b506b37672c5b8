#include "DocumentChecklistView.h"

#include "ChecklistDropTarget.h"
#include "DialogProvider.h"
#include "DocumentChecklistModel.h"
#include "ScannerDialog.h"
#include "documents/LetterGenerator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

DocumentChecklistView::DocumentChecklistView(DocumentWorkspace& workspace, DialogProvider& dialogs,
                                             QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_dialogs(dialogs)
{
    setObjectName(u"documentChecklistView"_s);
    m_checks = new DocumentCheckScheduler(workspace, this);
    m_model = new DocumentChecklistModel(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"checklistSummary"_s);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"checklistTree"_s);
    m_tree->setModel(m_model);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* drops = new ChecklistDropTarget(
        m_tree, [this] { return !isBusy(); }, this);
    connect(drops, &ChecklistDropTarget::fileDropped, this, &DocumentChecklistView::attachFile);
    m_tree->header()->setStretchLastSection(true);

    m_details = new QLabel(this);
    m_details->setObjectName(u"checklistDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_suggestions = new QListWidget(this);
    m_suggestions->setObjectName(u"suggestionList"_s);
    m_suggestions->setMaximumHeight(80);
    m_fill = new QPushButton(this);
    m_fill->setObjectName(u"fillSuggestionButton"_s);

    m_attach = new QPushButton(this);
    m_attach->setObjectName(u"attachButton"_s);
    m_scan = new QPushButton(this);
    m_scan->setObjectName(u"scanButton"_s);
    m_letter = new QPushButton(this);
    m_letter->setObjectName(u"letterButton"_s);
    m_view = new QPushButton(this);
    m_view->setObjectName(u"viewButton"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeButton"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"attachProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelAttachButton"_s);
    m_cancel->setVisible(false);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_attach, m_scan, m_letter, m_view, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_progress);
    buttons->addWidget(m_cancel);
    auto* suggestionRow = new QHBoxLayout;
    suggestionRow->addWidget(m_suggestions, 1);
    suggestionRow->addWidget(m_fill, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_details);
    layout->addLayout(suggestionRow);

    connect(m_checks, &DocumentCheckScheduler::activityChanged, this, &DocumentChecklistView::showActivity);
    connect(m_checks, &DocumentCheckScheduler::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_checks, &DocumentCheckScheduler::attachFinished, this,
            &DocumentChecklistView::showAttachFinished);
    connect(m_checks, &DocumentCheckScheduler::reportsChanged, this, &DocumentChecklistView::refresh);
    connect(m_checks, &DocumentCheckScheduler::recheckFinished, this,
            &DocumentChecklistView::recheckFinished);
    connect(m_attach, &QPushButton::clicked, this, &DocumentChecklistView::attachViaDialog);
    connect(m_scan, &QPushButton::clicked, this, [this] { openScanner(); });
    connect(m_letter, &QPushButton::clicked, this, &DocumentChecklistView::writeLetter);
    connect(m_view, &QPushButton::clicked, this, &DocumentChecklistView::viewCurrent);
    connect(m_remove, &QPushButton::clicked, this, &DocumentChecklistView::removeCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &DocumentChecklistView::cancel);
    connect(m_fill, &QPushButton::clicked, this, &DocumentChecklistView::fillSuggestion);
    connect(m_tree, &QTreeView::doubleClicked, this, &DocumentChecklistView::viewCurrent);
    retranslate();
    refresh();
}

DocumentChecklistView::~DocumentChecklistView() = default;

void DocumentChecklistView::retranslate()
{
    m_attach->setText(tr("&Attach…"));
    m_attach->setAccessibleName(tr("Attach a file"));
    m_attach->setAccessibleDescription(tr("Choose a PDF, JPEG or PNG file for the selected document."));
    m_scan->setText(tr("&Scan…"));
    m_scan->setAccessibleName(tr("Scan"));
    m_scan->setAccessibleDescription(tr("Scan the selected document with a scanner."));
    m_letter->setText(tr("&Write letter…"));
    m_letter->setAccessibleName(tr("Write letter"));
    m_letter->setAccessibleDescription(tr("Write the selected letter as a PDF to print, sign and seal."));
    m_view->setText(tr("&View"));
    m_view->setAccessibleName(tr("View"));
    m_view->setAccessibleDescription(tr("Show the attached file."));
    m_remove->setText(tr("&Remove"));
    m_remove->setAccessibleName(tr("Remove attachment"));
    m_remove->setAccessibleDescription(tr("Remove the attached file from this application."));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel attaching"));
    m_cancel->setAccessibleDescription(tr("Stop checking and reading the file being attached."));
    m_fill->setText(tr("&Fill in"));
    m_fill->setAccessibleName(tr("Fill in the field"));
    m_fill->setAccessibleDescription(
        tr("Copy the selected value read from the document into the empty field."));
    m_tree->setAccessibleName(tr("Document checklist"));
    m_tree->setAccessibleDescription(
        tr("The documents this application needs and their state. Drop a file on a "
           "line to attach it."));
    m_summary->setAccessibleName(tr("Checklist summary"));
    m_details->setAccessibleName(tr("Document details"));
    m_suggestions->setAccessibleName(tr("Values read from the documents"));
    m_suggestions->setAccessibleDescription(
        tr("Values read from attached documents that can fill empty fields."));
    m_progress->setAccessibleName(tr("Attaching progress"));
    updateProgress();
    refresh();
}

void DocumentChecklistView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentChecklistView::refresh()
{
    const QString key = currentItemKey();
    m_model->setChecklist(m_workspace.checklist(), m_workspace.application());
    const DocumentChecklist& list = m_model->checklist();
    using S = ChecklistItem::State;
    m_summary->setText(tr("OK: %1 · Missing: %2 · Failed a check: %3 · Not checked yet: %4")
                           .arg(list.count(S::Ok))
                           .arg(list.count(S::Missing))
                           .arg(list.count(S::Failed))
                           .arg(list.count(S::Attached)));
    m_tree->resizeColumnToContents(DocumentChecklistModel::DocumentColumn);
    m_tree->resizeColumnToContents(DocumentChecklistModel::SubjectColumn);
    m_tree->resizeColumnToContents(DocumentChecklistModel::StateColumn);
    // A long title ("Photo of the principal or …") must not push the state out of sight.
    const int chars = m_tree->fontMetrics().averageCharWidth();
    m_tree->setColumnWidth(DocumentChecklistModel::DocumentColumn,
                           std::min(m_tree->columnWidth(DocumentChecklistModel::DocumentColumn), chars * 32));
    m_tree->setColumnWidth(DocumentChecklistModel::SubjectColumn,
                           std::min(m_tree->columnWidth(DocumentChecklistModel::SubjectColumn), chars * 18));
    if (!selectItem(key) && m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DocumentChecklistView::updateDetails, Qt::UniqueConnection);
    updateDetails();
    m_checks->recheckUntried();
}

const ChecklistItem* DocumentChecklistView::currentItem() const
{
    return m_model->itemAt(m_tree->currentIndex().row());
}

QString DocumentChecklistView::currentItemKey() const
{
    const ChecklistItem* item = currentItem();
    return item ? item->key : QString();
}

bool DocumentChecklistView::selectItem(const QString& key)
{
    const int row = key.isEmpty() ? -1 : m_model->rowOf(key);
    if (row < 0)
        return false;
    m_tree->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void DocumentChecklistView::updateDetails()
{
    const ChecklistItem* item = currentItem();
    updateActions();
    m_letter->setEnabled(item && item->letter.has_value());
    m_view->setEnabled(item && !item->documents.isEmpty());
    m_suggestions->clear();
    if (!item) {
        m_details->clear();
        m_fill->setEnabled(false);
        return;
    }
    QStringList lines;
    if (!item->reason.isEmpty())
        lines.append(tr("Why: %1 (%2)").arg(item->reason, item->ruleId));
    for (const Finding& f : item->findings)
        lines.append(u"%1 %2: %3"_s.arg(severityName(f.severity), f.ruleId, f.message));
    const Application& app = m_workspace.application();
    for (int i : item->documents) {
        const Document& d = app.documents.value(i);
        if (const DocumentReport* report = m_workspace.report(d.sha256)) {
            if (!report->checks.passed.isEmpty())
                lines.append(tr("%1 passed: %2").arg(d.fileName, report->checks.passed.join(u", "_s)));
            for (const FieldSuggestion& s : report->suggestions) {
                auto* entry = new QListWidgetItem(u"%1: %2"_s.arg(s.label, s.value), m_suggestions);
                entry->setData(Qt::UserRole, s.fieldPath);
                entry->setData(Qt::UserRole + 1, s.value);
            }
        }
    }
    m_details->setText(lines.join(u'\n'));
    m_suggestions->setVisible(m_suggestions->count() > 0);
    m_fill->setVisible(m_suggestions->count() > 0);
    m_fill->setEnabled(m_suggestions->count() > 0);
    if (m_suggestions->count() > 0)
        m_suggestions->setCurrentRow(0);
}

void DocumentChecklistView::updateActions()
{
    const ChecklistItem* item = currentItem();
    const bool busy = isBusy();
    m_attach->setEnabled(item && !busy);
    m_scan->setEnabled(item && !busy);
    m_remove->setEnabled(item && !item->documents.isEmpty() && !busy);
}

bool DocumentChecklistView::attachFile(const QString& itemKey, const QString& path)
{
    return m_checks->attach(itemKey, path);
}

bool DocumentChecklistView::isBusy() const
{
    return m_checks->isAttaching();
}

bool DocumentChecklistView::isRechecking() const
{
    return m_checks->isRechecking();
}

int DocumentChecklistView::recheckRemaining() const
{
    return m_checks->recheckRemaining();
}

bool DocumentChecklistView::recheck(bool all)
{
    return m_checks->recheck(all);
}

void DocumentChecklistView::cancel()
{
    m_checks->cancel();
}

void DocumentChecklistView::showActivity()
{
    const bool active = m_checks->activity() != DocumentCheckScheduler::Activity::Idle;
    m_progress->setVisible(active);
    m_cancel->setVisible(active);
    updateProgress();
    updateActions();
}

void DocumentChecklistView::updateProgress()
{
    switch (m_checks->activity()) {
    case DocumentCheckScheduler::Activity::Attaching:
        m_progress->setFormat(u"%p%"_s);
        m_progress->setAccessibleName(tr("Attaching progress"));
        m_cancel->setAccessibleName(tr("Cancel attaching"));
        m_cancel->setAccessibleDescription(tr("Stop checking and reading the file being attached."));
        break;
    case DocumentCheckScheduler::Activity::Checking: {
        const int total = m_checks->recheckTotal();
        const int current = std::min(m_checks->recheckDone() + 1, total);
        m_progress->setFormat(tr("Checking %1 of %2").arg(current).arg(total));
        m_progress->setAccessibleName(tr("Checking progress"));
        m_cancel->setAccessibleName(tr("Cancel checking"));
        m_cancel->setAccessibleDescription(
            tr("Stop checking the attached documents; the ones not checked yet stay so."));
        break;
    }
    case DocumentCheckScheduler::Activity::Idle:
        break;
    }
}

void DocumentChecklistView::showAttachFinished(const QString& itemKey,
                                               DocumentCheckScheduler::AttachOutcome outcome,
                                               const QString& message)
{
    using Outcome = DocumentCheckScheduler::AttachOutcome;
    updateProgress();
    switch (outcome) {
    case Outcome::Attached:
        refresh();
        selectItem(itemKey);
        Q_EMIT documentsChanged();
        Q_EMIT attachFinished(itemKey, true, {});
        return;
    case Outcome::Failed:
        m_dialogs.warn(this, tr("Attach document"), message);
        updateDetails();
        Q_EMIT attachFinished(itemKey, false, message);
        return;
    case Outcome::Cancelled:
        updateDetails();
        Q_EMIT attachFinished(itemKey, false, tr("Attaching was cancelled."));
        return;
    case Outcome::LineGone:
        updateDetails();
        Q_EMIT attachFinished(itemKey, false, tr("That checklist line no longer exists."));
        return;
    }
}

void DocumentChecklistView::attachViaDialog()
{
    const ChecklistItem* item = currentItem();
    if (!item)
        return;
    const QString key = item->key;
    const QString path = m_dialogs.openFileName(this, tr("Attach %1").arg(item->title()),
                                                tr("Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
    if (!path.isEmpty())
        attachFile(key, path);
}

void DocumentChecklistView::removeCurrent()
{
    const ChecklistItem* item = currentItem();
    if (!item || item->documents.isEmpty())
        return;
    // The most recent attachment of the line goes first.
    const Document d = m_workspace.application().documents.value(item->documents.constLast());
    const std::optional<QString> sha = m_workspace.remove(d.id);
    refresh();
    Q_EMIT documentsChanged();
    if (sha)
        Q_EMIT documentRemoved(*sha);
}

void DocumentChecklistView::viewCurrent()
{
    const ChecklistItem* item = currentItem();
    if (!item || item->documents.isEmpty())
        return;
    const Document d = m_workspace.application().documents.value(item->documents.constLast());
    const auto path = m_workspace.openVerified(d);
    if (!path) {
        refresh();
        m_dialogs.warn(this, tr("View document"), path.error().message);
        return;
    }
    Q_EMIT viewRequested(path.value(), d.fileName);
}

void DocumentChecklistView::writeLetter()
{
    const ChecklistItem* item = currentItem();
    if (!item || !item->letter)
        return;
    LetterRequest request;
    request.kind = *item->letter;
    request.subjectId = item->subject == ChecklistItem::Subject::Website ? item->subjectId : QString();
    const QString path = m_dialogs.saveFileName(this, tr("Write %1").arg(letterTitle(request.kind)),
                                                letterFileName(request.kind), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status written = writeLetterPdf(request, m_workspace.application(), path);
    if (!written) {
        m_dialogs.warn(this, letterTitle(request.kind), written.error().message);
        return;
    }
    Q_EMIT viewRequested(path, letterTitle(request.kind));
}

void DocumentChecklistView::fillSuggestion()
{
    const QListWidgetItem* entry = m_suggestions->currentItem();
    if (!entry)
        return;
    const FieldSuggestion s{
        entry->data(Qt::UserRole).toString(), entry->data(Qt::UserRole + 1).toString(), {}};
    if (m_workspace.applySuggestion(s)) {
        refresh();
        Q_EMIT applicationChanged();
    }
}

ScannerDialog* DocumentChecklistView::openScanner()
{
    const ChecklistItem* item = currentItem();
    if (!item)
        return nullptr;
    auto* dialog = new ScannerDialog(m_dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Scan %1").arg(item->title()));
    const QString key = item->key;
    connect(dialog, &ScannerDialog::saved, this, [this, key](const QString& path) { attachFile(key, path); });
    dialog->open(); // non-modal for the event loop: tests drive it without blocking
    return dialog;
}

} // namespace icp
