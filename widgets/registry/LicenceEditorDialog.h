#pragma once

#include "domain/Licence.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace icp {

class AnnualReportsEditor;
class DialogProvider;
class FieldRow;
class OptionalDateEdit;
class WebsitesEditor;

// Every field of a registry record (issue 11 item 1), checked live with the project's
// validators: the number (filing or licence), the entity's USCC, the websites' numbers, PSB
// numbers and domains. Each error shows next to its field, naming it; Save stays disabled while
// anything is wrong, so nothing invalid reaches LicenceRepository::save.
class LicenceEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LicenceEditorDialog(QWidget* parent = nullptr);

    // The record to edit; a new record is a default Licence (with its id set by the caller).
    void setLicence(const Licence& licence);
    Licence licence() const;
    // Numbers of the other records: the registry matches by number, so a second record with
    // the same number is refused (normalised before comparing).
    void setTakenNumbers(const QStringList& numbers);
    // Asked before changes are discarded (Cancel, Escape, closing the window); without one,
    // they are discarded without asking.
    void setDialogProvider(DialogProvider* dialogs) { m_dialogs = dialogs; }

    void reject() override;
    // Every problem, translated and naming its field; empty when Save is allowed.
    QStringList problems() const;

    // For tests and the screenshot tour.
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* numberEdit() const { return m_number; }
    QLineEdit* entityEdit() const { return m_entity; }
    QLineEdit* usccEdit() const { return m_uscc; }
    QComboBox* provinceCombo() const { return m_province; }
    QListWidget* servicesList() const { return m_services; }
    OptionalDateEdit* issuedEdit() const { return m_issued; }
    OptionalDateEdit* expiresEdit() const { return m_expires; }
    FieldRow* numberRow() const { return m_numberRow; }
    FieldRow* entityRow() const { return m_entityRow; }
    FieldRow* usccRow() const { return m_usccRow; }
    WebsitesEditor* websitesEditor() const { return m_websites; }
    AnnualReportsEditor* annualReportsEditor() const { return m_reports; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* saveButton() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeRecordTab();
    QWidget* makeHostingTab();
    void fillServices(const QStringList& checked);
    QStringList checkedServices() const;
    void kindChanged();
    void issuedChanged();
    void numberChanged();
    QString numberProblem() const;
    void refreshState();
    void retranslateUi();

    Licence m_original;
    QStringList m_taken; // normalised
    DialogProvider* m_dialogs = nullptr;
    QDate m_defaultExpiry; // the expiry the editor proposed last (replaced while untouched)
    QTabWidget* m_tabs = nullptr;
    QLabel* m_kindLabel = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_number = nullptr;
    FieldRow* m_numberRow = nullptr;
    QLineEdit* m_entity = nullptr;
    FieldRow* m_entityRow = nullptr;
    QLineEdit* m_uscc = nullptr;
    FieldRow* m_usccRow = nullptr;
    QLabel* m_provinceLabel = nullptr;
    QComboBox* m_province = nullptr;
    QLabel* m_scopeLabel = nullptr;
    QComboBox* m_scope = nullptr;
    QLabel* m_servicesLabel = nullptr;
    QListWidget* m_services = nullptr;
    QLabel* m_issuedLabel = nullptr;
    OptionalDateEdit* m_issued = nullptr;
    QLabel* m_expiresLabel = nullptr;
    OptionalDateEdit* m_expires = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_ownerLabel = nullptr;
    QLineEdit* m_owner = nullptr;
    QLabel* m_providerLabel = nullptr;
    QLineEdit* m_provider = nullptr;
    QLabel* m_hostingLabel = nullptr;
    OptionalDateEdit* m_hosting = nullptr;
    QLabel* m_changedLabel = nullptr;
    OptionalDateEdit* m_changed = nullptr;
    QLabel* m_hostingHint = nullptr;
    WebsitesEditor* m_websites = nullptr;
    AnnualReportsEditor* m_reports = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace icp
