#pragma once

#include "core/Result.h"
#include "domain/Application.h"
#include "store/Dossier.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace icp {

class ApplicationRepository;
class Database;
class LicenceRepository;

// What the main window's actions do to the database, without any widget: create,
// duplicate, delete (with undo), import and export dossiers, and the bundled sample
// application. Every write goes through the repositories, so the change log keeps
// the history (a deletion undone shows as removed and saved again).
class ApplicationCommands : public QObject
{
    Q_OBJECT

public:
    explicit ApplicationCommands(Database& database, QObject* parent = nullptr);
    ~ApplicationCommands() override;

    ApplicationRepository& applications() { return *m_applications; }
    LicenceRepository& licences() { return *m_licences; }

    // A new draft (new id, Draft, created/updated now, wizard on "type"), saved; its id.
    Result<QString> createNew();
    // A copy of `id` as a new draft: new id, Draft, no status history, timestamps now.
    Result<QString> duplicate(const QString& id);
    // Removes `id` and keeps the aggregate in memory so undoRemove() can save it again.
    // A deletion still waiting for its undo becomes final (see forgetRemoved()).
    Status remove(const QString& id);
    bool canUndoRemove() const { return m_removed.has_value(); }
    // The entity name of the application undoRemove() would restore.
    QString removedName() const;
    // Saves the last removed application again; its id.
    Result<QString> undoRemove();
    // Forgets the removed application (the undo offer expired): the deletion is final,
    // and its attached files are released from the document store (a file another
    // application still refers to stays). Also done when this object goes away.
    void forgetRemoved();

    // Whether an application with this id is in the database.
    bool exists(const QString& id);
    // Saves a dossier's application (with a new id when `asCopy`) and its licence
    // records that are not in the database yet; the application's id.
    Result<QString> importDossier(const Dossier& dossier, bool asCopy);
    // Writes the application with the licence records it produced or refers to.
    Status exportDossier(const QString& id, const QString& fileName);
    // The bundled sample application saved as a new draft (a new id each time); its id.
    Result<QString> importSample();

    // The bundled sample dossier (resource), as read.
    static Result<Dossier> sampleDossier();
    // Who the change log names for edits made in this program.
    static QString actor();

Q_SIGNALS:
    // The list of applications changed (the list reloads).
    void applicationsChanged();

private:
    static void makeNewDraft(Application& app);
    void releaseDocuments(const Application& app);

    Database& m_database;
    std::unique_ptr<ApplicationRepository> m_applications;
    std::unique_ptr<LicenceRepository> m_licences;
    std::optional<Application> m_removed;
};

} // namespace icp
