#pragma once

#include "wizard/WizardPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace icp {

// Step 1, page 1: filing or licence, the operation (with what it means), the province.
class TypePage : public WizardPage
{
    Q_OBJECT

public:
    TypePage(ApplicationDraft& draft, QWidget* parent = nullptr);

    Id id() const override;
    QString title() const override;
    QString subtitle() const override;
    void reload() override;

protected:
    void retranslate() override;

private:
    void updateVisibility();
    void updateExplanation();

    QComboBox* m_kind = nullptr;
    QComboBox* m_operation = nullptr;
    QComboBox* m_province = nullptr;
    QLineEdit* m_filingNumber = nullptr;
    QComboBox* m_scope = nullptr;
    QListWidget* m_services = nullptr;
    FieldRow* m_kindRow = nullptr;
    FieldRow* m_operationRow = nullptr;
    FieldRow* m_provinceRow = nullptr;
    FieldRow* m_filingNumberRow = nullptr;
    FieldRow* m_scopeRow = nullptr;
    FieldRow* m_servicesRow = nullptr;
};

} // namespace icp
