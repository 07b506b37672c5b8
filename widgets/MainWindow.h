#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace icp {

class ApplicationListModel;
class ApplicationRepository;

// The main window: the list of applications in the database (searchable and
// sortable), or an empty state that says how to start. Retranslates live.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ApplicationRepository* repository, const QString& databaseName, QWidget* parent = nullptr);

    // Re-reads the applications from the database.
    void reload();
    // Imports one dossier file; on problems shows them (with their lines) and saves
    // nothing. Returns the error text, empty on success. The file dialog is separate
    // so tests can call this directly.
    QString importDossier(const QString& fileName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void retranslateUi();
    void updateEmptyState();
    void switchLanguage(const QString& language);
    void chooseAndImportDossier();

    ApplicationListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QString m_databaseName;
    QString m_loadError;

    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyHint = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_emptyImportButton = nullptr;
    ApplicationRepository* m_repository = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_quitAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
};

} // namespace icp
