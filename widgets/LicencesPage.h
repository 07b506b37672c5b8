#pragma once

#include "core/Result.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace icp {

class LicenceListModel;
class LicenceRepository;
class LocaleSortProxy;

// "Licences & filings": the granted filing numbers and licences in the database, read
// only. Reminders, annual reports and the dashboard come with a later version.
class LicencesPage : public QWidget
{
    Q_OBJECT

public:
    LicencesPage(LicenceRepository* repository, QWidget* parent = nullptr);

    void reload();
    // Selects and shows the record `id`; false when the list has none.
    bool select(const QString& id);
    LicenceListModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    LicenceListModel* m_model = nullptr;
    LocaleSortProxy* m_proxy = nullptr;
    Status m_loaded = success(); // the last reload: its error shows instead of the empty state
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace icp
