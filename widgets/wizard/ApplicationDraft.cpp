#include "wizard/ApplicationDraft.h"

#include "core/BeijingTime.h"
#include "domain/FieldPath.h"
#include "rules/RuleSet.h"
#include "store/ApplicationRepository.h"
#include "store/OutboxRepository.h"
#include "wizard/WizardLogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace icp {

ApplicationDraft::ApplicationDraft(Database& database, Application application, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(std::make_unique<ApplicationRepository>(database))
    , m_application(std::move(application))
    , m_saveTimer(new QTimer(this))
    , m_validateTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    // Discarded on purpose: saveNow() reports a failure itself (saveFailed(), which the
    // wizard shows on its status line) and keeps the change for the next try.
    connect(m_saveTimer, &QTimer::timeout, this, [this] { (void)saveNow(); });
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(kValidateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, [this] { revalidateNow(); });
    m_findings = evaluateRules();
}

ApplicationDraft::~ApplicationDraft()
{
    // Closing the wizard (or the program) with a change still waiting for its timer. No
    // one is left to show a failure: saveNow() logs it.
    if (m_dirty)
        (void)saveNow();
}

void ApplicationDraft::markChanged(const QString& fieldPath)
{
    // What the rules said about the old value no longer holds: drop it now, so the field
    // shows its instant check until the debounced run brings the fresh findings.
    const qsizetype stale = m_findings.removeIf([&](const Finding& f) { return f.fieldPath == fieldPath; });
    m_dirty = true;
    m_saveTimer->start();
    m_validateTimer->start();
    Q_EMIT changed(fieldPath);
    if (stale > 0)
        Q_EMIT findingsChanged();
}

void ApplicationDraft::reset(const Application& application)
{
    m_application = application;
    m_dirty = false;
    m_saveTimer->stop();
    revalidateNow();
    Q_EMIT changed(QString());
}

void ApplicationDraft::applyStored(const Application& stored)
{
    if (!m_dirty) {
        Application fresh = stored;
        fresh.wizardPage = m_application.wizardPage;
        reset(fresh);
        return;
    }
    // Only what the sync changes (sync/ChangeApplier) comes from the database.
    m_application.status = stored.status;
    m_application.history = stored.history;
    m_application.updatedAt = stored.updatedAt;
    if (m_application.entity.filingNumber.isEmpty())
        m_application.entity.filingNumber = stored.entity.filingNumber;
    for (Website& site : m_application.websites) {
        for (const Website& storedSite : stored.websites) {
            if (storedSite.id == site.id && !storedSite.filingNumber.isEmpty())
                site.filingNumber = storedSite.filingNumber;
        }
    }
    m_saveTimer->start();
    revalidateNow();
    Q_EMIT changed(QString());
}

void ApplicationDraft::setWizardPage(const QString& key)
{
    if (m_application.wizardPage == key)
        return;
    m_application.wizardPage = key;
    m_dirty = true;
    m_saveTimer->start();
}

Status ApplicationDraft::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty)
        return success();
    Application toSave = m_application;
    toSave.updatedAt = QDateTime::currentDateTimeUtc();
    if (!toSave.createdAt.isValid())
        toSave.createdAt = toSave.updatedAt;
    Status done = m_repository->save(toSave, actor());
    if (!done) {
        qCWarning(lcWizard) << "the application could not be saved:" << done.error().code;
        Q_EMIT saveFailed(done.error().message);
        return done;
    }
    m_application.updatedAt = toSave.updatedAt;
    m_application.createdAt = toSave.createdAt;
    m_dirty = false;
    Q_EMIT saved();
    return done;
}

QList<Finding> ApplicationDraft::findingsUnder(const QString& fieldPath) const
{
    QList<Finding> result;
    for (const Finding& finding : m_findings) {
        const QString& path = finding.fieldPath;
        if (path == fieldPath || (path.startsWith(fieldPath) && path.size() > fieldPath.size() &&
                                  (path.at(fieldPath.size()) == u'.' || path.at(fieldPath.size()) == u'[')))
            result.append(finding);
    }
    return result;
}

QList<Finding> ApplicationDraft::findingsAt(const QString& fieldPath) const
{
    QList<Finding> result;
    for (const Finding& finding : m_findings) {
        if (finding.fieldPath == fieldPath)
            result.append(finding);
    }
    return result;
}

void ApplicationDraft::revalidateNow(bool force)
{
    m_validateTimer->stop();
    QList<Finding> fresh = evaluateRules() + m_documentFindings;
    if (fresh == m_findings && !force)
        return;
    m_findings = std::move(fresh);
    Q_EMIT findingsChanged();
}

void ApplicationDraft::setDocumentFindings(const QList<Finding>& findings)
{
    if (findings == m_documentFindings)
        return;
    m_documentFindings = findings;
    revalidateNow();
}

void ApplicationDraft::setDocumentChecks(int pending, bool running)
{
    running = running && pending > 0;
    if (pending == m_documentsPendingCheck && running == m_documentChecksRunning)
        return;
    m_documentsPendingCheck = pending;
    m_documentChecksRunning = running;
    Q_EMIT documentChecksChanged();
}

Status ApplicationDraft::submit()
{
    if (m_documentsPendingCheck > 0) {
        // The findings of these files are not known yet: sending them unchecked would let
        // a wrong or unreadable file through that the checks would have stopped.
        return Error{u"wizard.checking"_s,
                     tr("%n document(s) are still being checked; submit when the checks have finished.",
                        nullptr, m_documentsPendingCheck),
                     FieldPath::documents()};
    }
    revalidateNow();
    if (hasBlocking(m_findings)) {
        return Error{
            u"wizard.blocking"_s,
            tr("The application still has %n blocking problem(s); fix them before submitting.", nullptr,
               int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                                 [](const Finding& f) { return f.severity == Severity::Blocking; }))),
            {}};
    }
    if (Status written = saveNow(); !written)
        return written;
    OutboxRepository outbox(m_database);
    Result<OutboxEntry> queued = outbox.enqueue(m_application, u"submit"_s, actor());
    if (!queued) {
        Q_EMIT saveFailed(queued.error().message);
        return queued.error();
    }
    Result<Application> reloaded = m_repository->load(m_application.id);
    if (!reloaded)
        return reloaded.error();
    reset(reloaded.value());
    Q_EMIT saved();
    return success();
}

QDate ApplicationDraft::today() const
{
    return m_today.isValid() ? m_today : beijing::today();
}

QList<Finding> ApplicationDraft::evaluateRules() const
{
    // Live, the SMS window is compared with the current instant; a fixed day (tests) with
    // the start of that day in Beijing (docs/regulations.md §11).
    return m_today.isValid() ? RuleSet::standard().evaluate(m_application, m_today)
                             : RuleSet::standard().evaluateAt(m_application, beijing::now());
}

QString ApplicationDraft::actor() const
{
    return qEnvironmentVariable("USER") + u" (icp-assistant)"_s;
}

} // namespace icp
