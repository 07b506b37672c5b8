#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace icp {

class ApplicationDraft;
class FieldRow;
class ItemList;
class WizardPage;
struct Domain;

// The domains of one website (inside the Websites page): each shows its A-label,
// registrable domain and whether MIIT accepts its suffix, while typing
// (validation/DomainName.h); the registrant and dates feed DOM-00x findings.
class DomainEditor : public QWidget
{
    Q_OBJECT

public:
    DomainEditor(WizardPage& page, QWidget* parent = nullptr);

    void setWebsite(int website); // -1 = none
    void reload();
    void retranslate();
    // Selects the domain a field path names (websites[w].domains[d]…).
    void selectFromPath(const QString& fieldPath);

private:
    void select(int index);
    void refreshList();
    Domain* current();
    void edited(const char* member);
    void checkName();

    WizardPage& m_page;
    ApplicationDraft& m_draft;
    int m_website = -1;
    int m_index = -1;
    ItemList* m_list = nullptr;
    QWidget* m_fields = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_registrar = nullptr;
    QLineEdit* m_registrant = nullptr;
    QCheckBox* m_registrantOrganisation = nullptr;
    QLineEdit* m_registrantNumber = nullptr;
    QDateEdit* m_expires = nullptr;
    QDateEdit* m_verified = nullptr;
    FieldRow* m_nameRow = nullptr;
    FieldRow* m_registrarRow = nullptr;
    FieldRow* m_registrantRow = nullptr;
    FieldRow* m_registrantOrganisationRow = nullptr;
    FieldRow* m_registrantNumberRow = nullptr;
    FieldRow* m_expiresRow = nullptr;
    FieldRow* m_verifiedRow = nullptr;
};

} // namespace icp
