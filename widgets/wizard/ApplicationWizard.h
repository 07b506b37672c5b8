#pragma once

#include <QStringList>
#include <QWidget>

namespace icp {

class Database;

// The four-step application wizard for one application (issue 3): 1 Collect application
// information (sub-pages), 2 Submit for auditing, 3 Application audited, 4 Application
// granted. Embedded in the main window's stack; edits autosave to the database.
//
// CONTRACT between the wizard (widgets/wizard/) and the main window / screenshot tour:
// the main window creates one per opened application and shows it; the tour walks
// pageKeys() with showPage().
class ApplicationWizard : public QWidget
{
    Q_OBJECT

public:
    // Opens the application `applicationId` from `database` (it must exist; the main
    // window creates new applications through the repository first).
    ApplicationWizard(Database& database, const QString& applicationId, QWidget* parent = nullptr);
    ~ApplicationWizard() override;

    QString applicationId() const;

    // Stable page keys, in order: "type", "entity", "people", "websites", "servers",
    // "documents", "review" (step 1), "submit" (step 2), "audit" (step 3), "granted" (step 4).
    static QStringList pageKeys();
    QString currentPageKey() const;
    // Shows a page (even one the normal flow would not reach yet: used by the tour and by
    // "jump to field"); returns false for an unknown key.
    bool showPage(const QString& key);
    // Moves to the page and widget a rules-engine field path names ("persons[0].mobile").
    bool focusField(const QString& fieldPath);

    // Writes pending edits now (normally debounced, ≤ 2 s). Returns false with the
    // error shown to the user when the database refused them.
    bool saveNow();

Q_SIGNALS:
    // The user asked to go back to the list (after saving).
    void closeRequested();
    // An autosave wrote the application (the list refreshes its row).
    void saved(const QString& applicationId);
};

} // namespace icp
