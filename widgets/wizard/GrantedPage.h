#pragma once

#include "wizard/WizardPage.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace icp {

// Step 4: the ICP number(s), the footer HTML to put on each site (the number linked to
// https://beian.miit.gov.cn/, R37) with a Copy button, and the follow-up obligations
// with dates from the obligations engine (ObligationEngine::ofGrantedApplication): the
// public-security (公安) filing within 30 days of launch, domains, ID documents; for licences
// the annual reports, the renewal and the expiry.
class GrantedPage : public WizardPage
{
    Q_OBJECT

public:
    GrantedPage(ApplicationDraft& draft, QWidget* parent = nullptr);

    Id id() const override;
    QString title() const override;
    QString subtitle() const override;
    void reload() override;
    bool focusField(const QString& fieldPath) override;

    // The footer snippet for the application's numbers (one line per website).
    QString footerHtml() const;

protected:
    void retranslate() override;

private:
    QLabel* m_numbers = nullptr;
    QLabel* m_footerLabel = nullptr;
    QPlainTextEdit* m_footer = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_obligationsLabel = nullptr;
    QTreeWidget* m_obligations = nullptr;
};

} // namespace icp
