#include "wizard/ReviewPage.h"

#include "wizard/ApplicationDraft.h"
#include "wizard/ApplicationWizard.h"
#include "wizard/FindingsModel.h"
#include "wizard/PageOwnership.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

ReviewPage::ReviewPage(ApplicationDraft& shared, QWidget* parent)
    : WizardPage(shared, parent)
{
    setObjectName(u"reviewPage"_s);
    m_model = new FindingsModel([this](const QString& path) { return pageOf(path); },
                                [this](const QString& key) {
                                    for (WizardPage* p : std::as_const(m_pages)) {
                                        if (p->key() == key)
                                            return p->title();
                                    }
                                    return key;
                                },
                                ApplicationWizard::pageKeys(), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setWordWrap(true);
    pageLayout()->addWidget(m_summary);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"findingsView"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::RuleColumn, QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 12);
    pageLayout()->addWidget(m_view, 1);
    connect(m_view, &QTreeView::doubleClicked, this, &ReviewPage::openFinding);
    // Enter on a finding opens it. Handled here and consumed: QTreeView would pass the
    // key on to the wizard, where Enter means Next.
    m_view->installEventFilter(this);
    retranslate();
}

bool ReviewPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            openFinding(m_view->currentIndex());
            return true;
        }
    }
    return WizardPage::eventFilter(watched, event);
}

void ReviewPage::openFinding(const QModelIndex& index)
{
    const QString path = index.siblingAtColumn(0).data(FindingsModel::FieldPathRole).toString();
    if (!path.isEmpty())
        Q_EMIT fieldRequested(path);
}

WizardPage::Id ReviewPage::id() const
{
    return Id::Review;
}

QString ReviewPage::title() const
{
    return tr("Review");
}

QString ReviewPage::subtitle() const
{
    return tr(
        "Everything the rules found, by page. Press Enter or double-click a problem to go to its field.");
}

void ReviewPage::setPages(const QList<WizardPage*>& pages)
{
    m_pages = pages;
    showFindings();
}

QString ReviewPage::pageOf(const QString& fieldPath) const
{
    const std::optional<Id> owner = wizard::pageOwning(fieldPath);
    return owner ? wizard::pageKey(*owner) : QString();
}

void ReviewPage::reload()
{
    showFindings();
}

bool ReviewPage::focusField(const QString&)
{
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void ReviewPage::showFindings()
{
    m_model->setFindings(draft().findings());
    m_view->expandAll();
    const QList<Finding>& findings = draft().findings();
    const auto count = [&](Severity s) {
        return int(std::count_if(findings.cbegin(), findings.cend(),
                                 [s](const Finding& f) { return f.severity == s; }));
    };
    const int blocking = count(Severity::Blocking);
    m_summary->setText(
        blocking > 0 ? tr("%n blocking problem(s) must be fixed before you can submit.", nullptr, blocking) +
                           u' ' + tr("%n warning(s).", nullptr, count(Severity::Warning))
        : findings.isEmpty() ? tr("No problems found: the application is ready to submit.")
                             : tr("Nothing blocks the submission.") + u' ' +
                                   tr("%n warning(s).", nullptr, count(Severity::Warning)));
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
}

void ReviewPage::retranslate()
{
    m_view->setAccessibleName(tr("Problems found"));
    m_model->retranslate();
}

} // namespace icp
