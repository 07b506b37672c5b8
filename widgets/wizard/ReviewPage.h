#pragma once

#include "wizard/WizardPage.h"

#include <QList>

class QLabel;
class QTreeView;

namespace icp {

class FindingsModel;

// Step 1, page 7: every finding of the rules engine, grouped by the page that shows its
// field and by severity. Activating one (Enter, double-click) goes to that field.
class ReviewPage : public WizardPage
{
    Q_OBJECT

public:
    ReviewPage(ApplicationDraft& draft, QWidget* parent = nullptr);

    Id id() const override;
    QString title() const override;
    QString subtitle() const override;
    void reload() override;
    void showFindings() override;
    bool focusField(const QString& fieldPath) override;

    // The pages whose fields findings are grouped by (set once by the wizard).
    void setPages(const QList<WizardPage*>& pages);
    FindingsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

protected:
    void retranslate() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString pageOf(const QString& fieldPath) const;
    void openFinding(const QModelIndex& index);

    QList<WizardPage*> m_pages;
    FindingsModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace icp
