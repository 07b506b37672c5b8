#pragma once

#include "wizard/WizardPage.h"

class QLabel;
class QPushButton;
class QTextBrowser;

namespace icp {

// Step 2: runs the whole rules engine, shows what will be sent, and submits. Submit
// stays disabled while blocking findings remain or attached documents are still being
// checked (ApplicationDraft::documentsPendingCheck), and says why; submitting puts the
// application in the outbox (OutboxRepository::enqueue, status Queued) for the sync
// engine (issue 5) to send.
class SubmitPage : public WizardPage
{
    Q_OBJECT

public:
    SubmitPage(ApplicationDraft& draft, QWidget* parent = nullptr);

    Id id() const override;
    QString title() const override;
    QString subtitle() const override;
    void reload() override;
    void showFindings() override;
    bool focusField(const QString& fieldPath) override;

    // What the Submit button does; false with the reason shown when refused.
    bool submit();

protected:
    void retranslate() override;

private:
    QString summaryHtml() const;

    QTextBrowser* m_summary = nullptr;
    QLabel* m_reason = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_review = nullptr;
};

} // namespace icp
