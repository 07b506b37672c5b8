#pragma once

#include "core/Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace icp {

class ApplicationListModel;
class ApplicationRepository;
class LocaleSortProxy;

// The applications list: search, a sortable table (entity, websites, kind, operation,
// step, status, last change), and an empty state that offers the first steps (a new
// application, the sample application, a dossier import).
class ApplicationsPage : public QWidget
{
    Q_OBJECT

public:
    ApplicationsPage(ApplicationRepository* repository, QWidget* parent = nullptr);

    // Re-reads the list, keeping the selected application selected. Fails when the
    // database could not be read.
    Status reload();
    // The application of the current row; empty when none.
    QString selectedId() const;
    // Makes the row of `id` current (and visible); false when it is not listed.
    bool select(const QString& id);
    bool isEmpty() const;

    ApplicationListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void openRequested(const QString& id);
    void newRequested();
    void sampleRequested();
    void importRequested();
    void selectionChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void runSearch();
    void updateEmptyState();

    ApplicationRepository* m_repository = nullptr;
    ApplicationListModel* m_model = nullptr;
    LocaleSortProxy* m_proxy = nullptr;
    QTimer* m_searchTimer = nullptr;
    QLineEdit* m_search = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyHint = nullptr;
    QPushButton* m_emptyNewButton = nullptr;
    QPushButton* m_emptySampleButton = nullptr;
    QPushButton* m_emptyImportButton = nullptr;
};

} // namespace icp
