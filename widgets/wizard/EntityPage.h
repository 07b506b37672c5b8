#pragma once

#include "wizard/WizardPage.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace icp {
struct Entity;
}

namespace icp {

// Step 1, page 2: the entity (主办单位). The fields follow the entity type: certificate
// types are limited to what the type allows (certificate-types table, R06); a USCC is
// checked while typing and its category cross-checked against the type (R04, R05);
// an individual's ID number is checked like a person's.
class EntityPage : public WizardPage
{
    Q_OBJECT

public:
    EntityPage(ApplicationDraft& draft, QWidget* parent = nullptr);

    Id id() const override;
    QString title() const override;
    QString subtitle() const override;
    void reload() override;

protected:
    void retranslate() override;

private:
    void fillCertificateTypes();
    void checkCertificateNumber();
    void updateVisibility();
    void editText(const QString& text, QString Entity::*member, const QString& fieldPath);

    QComboBox* m_type = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_certificateType = nullptr;
    QLineEdit* m_certificateNumber = nullptr;
    QLineEdit* m_certificateAddress = nullptr;
    QLineEdit* m_communicationAddress = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_investor = nullptr;
    QSpinBox* m_capital = nullptr;
    QDoubleSpinBox* m_foreignEquity = nullptr;
    FieldRow* m_typeRow = nullptr;
    FieldRow* m_nameRow = nullptr;
    FieldRow* m_certificateTypeRow = nullptr;
    FieldRow* m_certificateNumberRow = nullptr;
    FieldRow* m_certificateAddressRow = nullptr;
    FieldRow* m_communicationAddressRow = nullptr;
    FieldRow* m_postcodeRow = nullptr;
    FieldRow* m_investorRow = nullptr;
    FieldRow* m_capitalRow = nullptr;
    FieldRow* m_foreignEquityRow = nullptr;
};

} // namespace icp
