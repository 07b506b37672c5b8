#include "wizard/DocumentsPage.h"

#include "documents/DocumentChecklistView.h"
#include "documents/DocumentsPanel.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/DocumentListModel.h"
#include "wizard/FieldRow.h"
#include "wizard/FileChooser.h"
#include "wizard/WizardText.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

DocumentsPage::DocumentsPage(ApplicationDraft& shared, QWidget* parent)
    : WizardPage(shared, parent)
    , m_model(new DocumentListModel(this))
    , m_store(DocumentStore::rootFor(shared.database()))
{
    setObjectName(u"documentsPage"_s);
    QFormLayout* form = addForm();
    m_checklist = new QListWidget(this);
    m_checklist->setWordWrap(true);
    m_checklist->setMinimumHeight(m_checklist->fontMetrics().lineSpacing() * 5);
    m_checklistRow = addRow(form, m_checklist, u"documentChecklist"_s, u"documents"_s);

    auto* attachBox = new QWidget(this);
    auto* attachLayout = new QHBoxLayout(attachBox);
    attachLayout->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(attachBox);
    m_kind->setObjectName(u"documentKindComboBox"_s);
    m_subject = new QComboBox(attachBox);
    m_subject->setObjectName(u"documentSubjectComboBox"_s);
    m_attach = new QPushButton(attachBox);
    m_attach->setObjectName(u"attachDocumentButton"_s);
    attachLayout->addWidget(m_kind, 1);
    attachLayout->addWidget(m_subject, 1);
    attachLayout->addWidget(m_attach);
    m_kindRow = addRow(form, attachBox, u"attachDocument"_s, QString());
    m_kindRow->label()->setBuddy(m_kind);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QStringList files = FileChooser::openFiles(this, tr("Attach %1").arg(m_kind->currentText()),
                                                         tr("Scans and photos (*.jpg *.jpeg *.png *.pdf)"));
        attachFiles(files, DocumentKind(m_kind->currentData().toInt()), m_subject->currentData().toString());
    });

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DocumentListModel::FileColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 7);
    m_tableRow = addRow(form, m_table, u"documentsTable"_s, QString());
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeDocumentButton"_s);
    form->addRow(QString(), m_remove);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid() || current.row() >= draft().application().documents.size())
            return;
        draft().edit().documents.removeAt(current.row());
        draft().markChanged(u"documents"_s);
        reload();
    });

    // Checking, reading, scanning and preview (issue 4): the documents panel works on a
    // copy of the application in a workspace; what it changes comes back into the draft,
    // and the draft's other edits go into the workspace so the checklist follows them.
    m_workspace = std::make_unique<DocumentWorkspace>(m_store, draft().application());
    m_panel = new DocumentsPanel(*m_workspace, this);
    m_panel->setObjectName(u"documentsPanel"_s);
    m_panel->setMinimumHeight(m_panel->fontMetrics().lineSpacing() * 24);
    m_panelBox = new QGroupBox(this);
    auto* panelLayout = new QVBoxLayout(m_panelBox);
    panelLayout->addWidget(m_panel);
    form->addRow(m_panelBox);
    const auto takeFromWorkspace = [this] {
        m_syncingFromWorkspace = true;
        draft().edit() = m_workspace->application();
        draft().markChanged(u"documents"_s);
        m_syncingFromWorkspace = false;
        reload();
    };
    connect(m_panel->checklist(), &DocumentChecklistView::documentsChanged, this, takeFromWorkspace);
    connect(m_panel->checklist(), &DocumentChecklistView::applicationChanged, this, takeFromWorkspace);
    connect(&draft(), &ApplicationDraft::changed, this, [this] {
        if (m_syncingFromWorkspace)
            return;
        m_workspace->setApplication(draft().application());
        m_panel->checklist()->refresh();
    });

    retranslate();
    pageLayout()->addStretch();
}

QString DocumentsPage::key() const
{
    return u"documents"_s;
}

QString DocumentsPage::title() const
{
    return tr("Documents");
}

QString DocumentsPage::subtitle() const
{
    return tr("The scans and photos this application needs. The list says what is still missing.");
}

bool DocumentsPage::ownsFieldPath(const QString& fieldPath) const
{
    return fieldPath == "documents"_L1 || fieldPath.startsWith("documents["_L1);
}

bool DocumentsPage::focusField(const QString& fieldPath)
{
    const int index = wizard::listIndex(fieldPath, u"documents");
    if (index >= 0 && index < m_model->rowCount()) {
        m_table->setFocus(Qt::OtherFocusReason);
        m_table->setCurrentIndex(m_model->index(index, 0));
        return true;
    }
    m_checklist->setFocus(Qt::OtherFocusReason);
    return true;
}

void DocumentsPage::showFindings()
{
    WizardPage::showFindings();
    m_checklistRow->setFindings({}); // the checklist itself lists them
    refreshChecklist();
}

int DocumentsPage::attachFiles(const QStringList& files, DocumentKind kind, const QString& subjectId)
{
    int attached = 0;
    QStringList problems;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
            continue;
        }
        // Content-addressed (architecture: the document store keys files by SHA-256).
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        Document document;
        document.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        document.kind = kind;
        document.subjectId = subjectId;
        document.fileName = QFileInfo(path).fileName();
        document.sha256 = QString::fromLatin1(hash.result().toHex());
        document.byteSize = file.size();
        document.mimeType = QMimeDatabase().mimeTypeForFile(path).name();
        draft().edit().documents.append(document);
        ++attached;
    }
    if (attached > 0)
        draft().markChanged(u"documents"_s);
    m_tableRow->setInstantState(problems.isEmpty(), problems.join(u'\n'));
    if (problems.isEmpty())
        m_tableRow->clearInstantState();
    reload();
    return attached;
}

void DocumentsPage::fillSubjects()
{
    const QString selected = m_subject->currentData().toString();
    const QSignalBlocker blocker(m_subject);
    m_subject->clear();
    const Application& app = draft().application();
    m_subject->addItem(DocumentListModel::subjectName(app, QString()), QString());
    for (const Person& p : app.persons)
        m_subject->addItem(DocumentListModel::subjectName(app, p.id), p.id);
    for (const Website& w : app.websites)
        m_subject->addItem(DocumentListModel::subjectName(app, w.id), w.id);
    m_subject->setCurrentIndex(std::max(0, m_subject->findData(selected)));
}

void DocumentsPage::refreshChecklist()
{
    // What is missing comes from the rules engine (DOC-003/004 and the other rules
    // that ask for an attachment); what is there, from the list below.
    m_checklist->clear();
    for (const Finding& f : draft().findings()) {
        if (!ownsFieldPath(f.fieldPath))
            continue;
        auto* item = new QListWidgetItem(f.message + u" ("_s + f.ruleId + u')', m_checklist);
        item->setIcon(style()->standardIcon(f.severity == Severity::Blocking ? QStyle::SP_MessageBoxCritical
                                            : f.severity == Severity::Warning
                                                ? QStyle::SP_MessageBoxWarning
                                                : QStyle::SP_MessageBoxInformation));
        item->setData(Qt::UserRole, f.fieldPath);
    }
    if (m_checklist->count() == 0) {
        auto* item = new QListWidgetItem(tr("Nothing is missing."), m_checklist);
        item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    }
}

void DocumentsPage::reload()
{
    m_model->setApplication(draft().application());
    fillSubjects();
    refreshChecklist();
    m_remove->setEnabled(m_model->rowCount() > 0);
    setEnabled(editable());
}

void DocumentsPage::retranslate()
{
    m_panelBox->setTitle(tr("Check, read, scan and preview"));
    {
        const int selected = m_kind->currentData().toInt();
        const QSignalBlocker blocker(m_kind);
        m_kind->clear();
        for (DocumentKind kind : enumValues<DocumentKind>())
            m_kind->addItem(displayName(kind), int(kind));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(selected)));
    }
    m_checklistRow->setLabelText(tr("Still needed:"));
    m_kindRow->setLabelText(tr("A&ttach:"));
    m_kind->setAccessibleName(tr("Document kind"));
    m_subject->setAccessibleName(tr("Who or what the document is about"));
    m_attach->setText(tr("Choose &files…"));
    m_tableRow->setLabelText(tr("Attached:"));
    m_remove->setText(tr("Remove the selected document"));
    reload();
}

} // namespace icp
