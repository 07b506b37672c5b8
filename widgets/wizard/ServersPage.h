#pragma once

#include "wizard/WizardPage.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace icp {

class ItemList;
struct Access;

// Step 1, page 5: where each website is hosted (接入): the access provider, the
// province of the servers and their IP addresses (IPv4 or IPv6, checked while typing).
class ServersPage : public WizardPage
{
    Q_OBJECT

public:
    ServersPage(ApplicationDraft& draft, QWidget* parent = nullptr);

    Id id() const override;
    QString title() const override;
    QString subtitle() const override;
    void reload() override;
    bool focusField(const QString& fieldPath) override;
    void showFindings() override;

protected:
    void retranslate() override;

private:
    void selectWebsite(int index);
    void selectAccess(int index);
    void refreshAccessList();
    Access* current();
    void edited(const char* member);
    void checkAddresses();

    QComboBox* m_website = nullptr;
    ItemList* m_list = nullptr;
    QWidget* m_editor = nullptr;
    QLineEdit* m_provider = nullptr;
    QComboBox* m_province = nullptr;
    QPlainTextEdit* m_addresses = nullptr;
    QPushButton* m_copyToAll = nullptr;
    FieldRow* m_websiteRow = nullptr;
    FieldRow* m_providerRow = nullptr;
    FieldRow* m_provinceRow = nullptr;
    FieldRow* m_addressesRow = nullptr;
    int m_websiteIndex = -1;
    int m_index = -1;
};

} // namespace icp
