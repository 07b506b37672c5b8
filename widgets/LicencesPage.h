#pragma once

#include "core/Result.h"
#include "domain/Licence.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace icp {

class DialogProvider;
class LicenceEditorDialog;
class LicenceListModel;
class LicenceRepository;
class LocaleSortProxy;

// "Licences & filings": the registry of filing numbers and licences the organisation holds
// (issue 11 item 1). New…, Edit… (or double-click) open LicenceEditorDialog; Delete asks
// first. Every save and removal goes through LicenceRepository (change log). A status filter
// narrows the list (active by default shows everything: a manager also looks back).
class LicencesPage : public QWidget
{
    Q_OBJECT

public:
    LicencesPage(LicenceRepository* repository, DialogProvider& dialogs, QWidget* parent = nullptr);

    void reload();
    // Selects and shows the record `id`; false when the list has none.
    bool select(const QString& id);
    LicenceListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* statusFilter() const { return m_status; }

    // Opens the editor (not modal to the program: window-modal, returns at once); the editor
    // open now, for tests and the screenshot tour, or nullptr.
    void newLicence();
    void editSelected();
    void deleteSelected();
    LicenceEditorDialog* editor() const { return m_editor; }

Q_SIGNALS:
    // A record was saved or removed (the dashboard recounts).
    void licencesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void openEditor(const Licence& licence);
    void saveFromEditor(const Licence& licence);
    int selectedRow() const; // of m_model, −1 when none
    void updateActions();
    void retranslateUi();

    LicenceRepository* m_repository = nullptr;
    DialogProvider& m_dialogs;
    LicenceListModel* m_model = nullptr;
    QSortFilterProxyModel* m_statusProxy = nullptr;
    LocaleSortProxy* m_proxy = nullptr;
    Status m_loaded = success(); // the last reload: its error shows instead of the empty state
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_status = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    LicenceEditorDialog* m_editor = nullptr;
};

} // namespace icp
