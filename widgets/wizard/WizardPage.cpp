#include "wizard/WizardPage.h"

#include "wizard/ApplicationDraft.h"
#include "wizard/FieldRow.h"
#include "wizard/PageOwnership.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

WizardPage::WizardPage(ApplicationDraft& draft, QWidget* parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_layout(new QVBoxLayout(this))
    , m_pageFindings(new QLabel(this))
{
    m_pageFindings->setObjectName(u"pageFindings"_s);
    m_pageFindings->setWordWrap(true);
    m_pageFindings->setTextFormat(Qt::PlainText);
    m_pageFindings->setVisible(false);
    m_layout->addWidget(m_pageFindings);
}

QFormLayout* WizardPage::addForm()
{
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->addLayout(form);
    return form;
}

QString WizardPage::key() const
{
    return wizard::pageKey(id());
}

bool WizardPage::ownsFieldPath(const QString& fieldPath) const
{
    return wizard::pageOwning(fieldPath) == id();
}

bool WizardPage::focusField(const QString& fieldPath)
{
    // "websites[0].domains[1].expiresOn" → the row itself, else its closest registered parent.
    QString path = fieldPath;
    while (!path.isEmpty()) {
        if (QWidget* widget = widgetFor(path)) {
            widget->setFocus(Qt::OtherFocusReason);
            return true;
        }
        const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
        if (cut <= 0)
            break;
        path.truncate(cut);
    }
    return false;
}

bool WizardPage::listsFinding(const Finding& finding) const
{
    Q_UNUSED(finding);
    return false;
}

void WizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WizardPage::registerRow(const QString& fieldPath, FieldRow* row, bool withChildren)
{
    m_rows.insert(fieldPath, RowEntry{row, withChildren});
}

void WizardPage::reregister(FieldRow* row, const QString& fieldPath)
{
    bool withChildren = false;
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (it.value().row == row) {
            withChildren = it.value().withChildren;
            it = m_rows.erase(it);
        } else {
            ++it;
        }
    }
    registerRow(fieldPath, row, withChildren);
}

FieldRow* WizardPage::addRow(QFormLayout* form, QWidget* input, const QString& objectName,
                             const QString& fieldPath, bool withChildren)
{
    input->setObjectName(objectName);
    auto* row = new FieldRow(input, this);
    form->addRow(row->label(), row);
    registerRow(fieldPath, row, withChildren);
    return row;
}

QLineEdit* WizardPage::addLineEdit(QFormLayout* form, const QString& objectName, const QString& fieldPath,
                                   FieldRow** row)
{
    auto* edit = new QLineEdit(this);
    FieldRow* created = addRow(form, edit, objectName, fieldPath);
    // Enter in a one-line field means "next page" (issue 3 item 5); QLineEdit lets the
    // key through to the wizard, which does that.
    if (row)
        *row = created;
    return edit;
}

QStringList WizardPage::instantProblems() const
{
    QStringList problems;
    for (const RowEntry& entry : m_rows) {
        FieldRow* row = entry.row;
        if (row && row->isVisibleTo(const_cast<WizardPage*>(this)) && row->hasInstantError() &&
            !row->hasBlockingFinding())
            problems.append(row->message());
    }
    return problems;
}

bool WizardPage::editable() const
{
    switch (m_draft.application().status) {
    case ApplicationStatus::Draft:
    case ApplicationStatus::Returned:
    case ApplicationStatus::ProviderRejected:
    case ApplicationStatus::AuthorityRejected:
        return true;
    default:
        return false;
    }
}

void WizardPage::unregisterRowsUnder(const QString& prefix)
{
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (it.key().startsWith(prefix))
            it = m_rows.erase(it);
        else
            ++it;
    }
}

void WizardPage::showFindings()
{
    QSet<QString> shown;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (FieldRow* row = it.value().row) {
            const QList<Finding> findings =
                it.value().withChildren ? m_draft.findingsUnder(it.key()) : m_draft.findingsAt(it.key());
            row->setFindings(findings);
            for (const Finding& f : findings)
                shown.insert(f.fieldPath);
        }
    }
    // Findings of this page that no visible field shows (a whole list, another list
    // item): listed at the top of the page so nothing is hidden.
    QStringList lines;
    for (const Finding& f : m_draft.findings()) {
        if (ownsFieldPath(f.fieldPath) && !shown.contains(f.fieldPath) && f.severity != Severity::Info &&
            !listsFinding(f))
            lines.append(u"• "_s + f.message + u" ("_s + f.ruleId + u')');
    }
    m_pageFindings->setText(lines.join(u'\n'));
    m_pageFindings->setVisible(!lines.isEmpty());
}

QWidget* WizardPage::widgetFor(const QString& fieldPath) const
{
    const QPointer<FieldRow> row = m_rows.value(fieldPath).row;
    return row ? row->input() : nullptr;
}

} // namespace icp
