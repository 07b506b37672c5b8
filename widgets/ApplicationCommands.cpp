#include "ApplicationCommands.h"

#include "documents/DocumentStore.h"
#include "documents/DocumentsLogging.h"
#include "store/ApplicationRepository.h"
#include "store/DocumentAnalysisRepository.h"
#include "store/LicenceRepository.h"

#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace icp {

ApplicationCommands::ApplicationCommands(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_applications(std::make_unique<ApplicationRepository>(database))
    , m_licences(std::make_unique<LicenceRepository>(database))
{}

ApplicationCommands::~ApplicationCommands()
{
    // Closing while the undo is offered: the deletion is final now.
    forgetRemoved();
}

QString ApplicationCommands::actor()
{
    return qEnvironmentVariable("USER") + u" (icp-assistant)"_s;
}

void ApplicationCommands::makeNewDraft(Application& app)
{
    app.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    app.status = ApplicationStatus::Draft;
    app.history.clear();
    app.createdAt = QDateTime::currentDateTimeUtc();
    app.updatedAt = app.createdAt;
}

Result<QString> ApplicationCommands::createNew()
{
    Application app;
    makeNewDraft(app);
    app.wizardPage = u"type"_s;
    if (const Status saved = m_applications->save(app, actor()); !saved)
        return saved.error();
    Q_EMIT applicationsChanged();
    return app.id;
}

Result<QString> ApplicationCommands::duplicate(const QString& id)
{
    auto app = m_applications->load(id);
    if (!app)
        return app.error();
    Application copy = std::move(app).value();
    makeNewDraft(copy);
    copy.wizardPage = u"type"_s;
    if (const Status saved = m_applications->save(copy, actor()); !saved)
        return saved.error();
    Q_EMIT applicationsChanged();
    return copy.id;
}

Status ApplicationCommands::remove(const QString& id)
{
    auto app = m_applications->load(id);
    if (!app)
        return app.error();
    if (const Status removed = m_applications->remove(id, actor()); !removed)
        return removed;
    // Only the last deletion can be undone: the one before is final now.
    const std::optional<Application> previous = std::exchange(m_removed, std::move(app).value());
    if (previous)
        releaseDocuments(*previous);
    Q_EMIT applicationsChanged();
    return success();
}

void ApplicationCommands::forgetRemoved()
{
    if (!m_removed)
        return;
    const Application gone = *std::exchange(m_removed, std::nullopt);
    releaseDocuments(gone);
}

void ApplicationCommands::releaseDocuments(const Application& app)
{
    // The application's rows are gone from the documents table (it was removed, not
    // hidden), so release() deletes exactly the files no other application refers to.
    if (app.documents.isEmpty())
        return;
    DocumentStore store(DocumentStore::rootFor(m_database));
    QSet<QString> done;
    // A file the deletion still offered for undo refers to has no row either, but
    // Undo must find it.
    if (m_removed) {
        for (const Document& d : m_removed->documents)
            done.insert(d.sha256);
    }
    for (const Document& d : app.documents) {
        if (d.sha256.isEmpty() || done.contains(d.sha256))
            continue;
        done.insert(d.sha256);
        const Result<bool> released = store.release(m_database, d.sha256);
        if (!released)
            qCWarning(lcDocuments) << "a document of a deleted application could not be released; the "
                                      "file stays in the store:"
                                   << released.error().code << released.error().message;
    }
    // What was read from files no document refers to any more (text with personal data).
    if (const Result<int> dropped = DocumentAnalysisRepository(m_database).removeUnreferenced(); !dropped)
        qCWarning(lcDocuments) << "the analyses of a deleted application's documents could not be deleted:"
                               << dropped.error().code << dropped.error().message;
}

QString ApplicationCommands::removedName() const
{
    return m_removed ? m_removed->entity.name : QString();
}

Result<QString> ApplicationCommands::undoRemove()
{
    if (!m_removed)
        return Error{u"ui.nothing-to-undo"_s, tr("There is no deleted application to restore."), {}};
    if (const Status saved = m_applications->save(*m_removed, actor()); !saved)
        return saved.error();
    const QString id = m_removed->id;
    m_removed.reset();
    Q_EMIT applicationsChanged();
    return id;
}

bool ApplicationCommands::exists(const QString& id)
{
    return m_applications->load(id).ok();
}

Result<QString> ApplicationCommands::importDossier(const Dossier& dossier, bool asCopy)
{
    Application app = dossier.application;
    if (asCopy)
        makeNewDraft(app);
    if (const Status saved = m_applications->save(app, actor()); !saved)
        return saved.error();
    // Licence records are facts about granted numbers: an existing record is the
    // registry's and is not overwritten by an older file.
    for (const Licence& licence : dossier.licences) {
        if (m_licences->load(licence.id))
            continue;
        if (const Status saved = m_licences->save(licence, actor()); !saved)
            return saved.error();
    }
    Q_EMIT applicationsChanged();
    return app.id;
}

Status ApplicationCommands::exportDossier(const QString& id, const QString& fileName)
{
    auto app = m_applications->load(id);
    if (!app)
        return app.error();
    auto all = m_licences->list();
    if (!all)
        return all.error();
    const QByteArray text =
        writeDossier(*app, licencesOfApplication(*app, *all), QDateTime::currentDateTimeUtc());
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        return Error{u"ui.export-failed"_s,
                     tr("The dossier could not be written to %1: %2").arg(fileName, file.errorString()),
                     {}};
    }
    return success();
}

Result<Dossier> ApplicationCommands::sampleDossier()
{
    return readDossierFile(u":/samples/sample-application.json"_s);
}

Result<QString> ApplicationCommands::importSample()
{
    auto dossier = sampleDossier();
    if (!dossier)
        return dossier.error();
    Dossier sample = std::move(dossier).value();
    sample.application.wizardPage = u"type"_s;
    return importDossier(sample, true);
}

} // namespace icp
