#pragma once

#include "wizard/WizardPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace icp {

class DomainEditor;
class ItemList;
struct Website;

// Step 1, page 4: one or more websites. The name is checked live against the naming
// rules (WEB-00x findings), homepage URLs one per line, domains with their A-label,
// registrable domain and fileability, the service type (service-types table),
// pre-approvals with permit numbers, languages, the principal (a person from the People
// page, so one person can serve several sites), and remarks with the pledge text
// offered where the province needs it (ProvinceRules::pledgeRequired, R42).
class WebsitesPage : public WizardPage
{
    Q_OBJECT

public:
    WebsitesPage(ApplicationDraft& draft, QWidget* parent = nullptr);

    Id id() const override;
    QString title() const override;
    QString subtitle() const override;
    void reload() override;
    bool focusField(const QString& fieldPath) override;
    void showFindings() override;

protected:
    void retranslate() override;

private:
    void addWebsite();
    void removeWebsite(int index);
    void selectWebsite(int index);
    void loadWebsite();
    void refreshList();
    void fillPrincipals();
    void fillServiceTypes();
    void fillPreApprovals();
    void updatePledgeButton();
    Website* current();
    void edited(const char* member);

    ItemList* m_list = nullptr;
    QWidget* m_editor = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_urls = nullptr;
    QComboBox* m_serviceType = nullptr;
    QComboBox* m_principal = nullptr;
    QListWidget* m_languages = nullptr;
    QPlainTextEdit* m_remarks = nullptr;
    QPushButton* m_pledgeButton = nullptr;
    QLineEdit* m_filingNumber = nullptr;
    DomainEditor* m_domains = nullptr;
    QListWidget* m_preApprovals = nullptr;
    QComboBox* m_preApprovalCategory = nullptr;
    QLineEdit* m_permitNumber = nullptr;
    QPushButton* m_addPreApproval = nullptr;
    QPushButton* m_removePreApproval = nullptr;
    QCheckBox* m_pledgeSigned = nullptr;
    FieldRow* m_nameRow = nullptr;
    FieldRow* m_urlsRow = nullptr;
    FieldRow* m_serviceTypeRow = nullptr;
    FieldRow* m_principalRow = nullptr;
    FieldRow* m_languagesRow = nullptr;
    FieldRow* m_remarksRow = nullptr;
    FieldRow* m_filingNumberRow = nullptr;
    FieldRow* m_domainsRow = nullptr;
    FieldRow* m_preApprovalsRow = nullptr;
    FieldRow* m_pledgeSignedRow = nullptr;
    int m_index = -1;
};

} // namespace icp
