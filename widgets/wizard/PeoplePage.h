#pragma once

#include "wizard/WizardPage.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace icp {

class ItemList;
struct Person;

// Step 1, page 3: the people of the application. One person can hold several roles
// (entity principal, legal representative, website principal, emergency contact) and
// be the principal of several websites (chosen on the Websites page). ID, document
// expiry, mobile and e-mail are checked while typing; the province rules (local
// mobile R18, legal-representative rule R13 …) arrive as findings.
class PeoplePage : public WizardPage
{
    Q_OBJECT

public:
    PeoplePage(ApplicationDraft& draft, QWidget* parent = nullptr);

    Id id() const override;
    QString title() const override;
    QString subtitle() const override;
    void reload() override;
    bool focusField(const QString& fieldPath) override;
    void showFindings() override;

protected:
    void retranslate() override;

private:
    void addPerson();
    void removePerson(int index);
    void selectPerson(int index);
    void loadPerson();
    void refreshList();
    Person* current();
    void edited(const char* member);
    void checkDocumentNumber();
    void checkMobile();
    void checkEmail();
    void checkLandline();

    ItemList* m_list = nullptr;
    QWidget* m_editor = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_documentType = nullptr;
    QLineEdit* m_documentNumber = nullptr;
    QDateEdit* m_expiry = nullptr;
    QCheckBox* m_longTerm = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLineEdit* m_landline = nullptr;
    QLineEdit* m_email = nullptr;
    QList<QCheckBox*> m_roles;
    QWidget* m_rolesBox = nullptr;
    FieldRow* m_nameRow = nullptr;
    FieldRow* m_documentTypeRow = nullptr;
    FieldRow* m_documentNumberRow = nullptr;
    FieldRow* m_expiryRow = nullptr;
    FieldRow* m_mobileRow = nullptr;
    FieldRow* m_landlineRow = nullptr;
    FieldRow* m_emailRow = nullptr;
    FieldRow* m_rolesRow = nullptr;
    int m_index = -1;
};

} // namespace icp
