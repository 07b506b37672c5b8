#include "store/ApplicationRepository.h"

#include "core/Logging.h"
#include "store/ApplicationTables.h"
#include "store/ChangeLog.h"
#include "store/Database.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace icp {

namespace {
const QString kAggregate = u"application"_s;
} // namespace

ApplicationRepository::ApplicationRepository(Database& db)
    : m_db(db)
    , m_tables(std::make_unique<ApplicationTables>(db))
    , m_log(std::make_unique<ChangeLogWriter>(db))
{}

ApplicationRepository::~ApplicationRepository() = default;

Status ApplicationRepository::saveInTransaction(const Application& app, const QString& actor)
{
    if (app.id.trimmed().isEmpty()) {
        return Error{u"store.no-id"_s,
                     QCoreApplication::translate("Store", "An application without an id cannot be saved."),
                     u"id"_s};
    }
    Result<bool> existed = m_tables->exists(app.id);
    if (!existed)
        return existed.error();

    QList<FieldChange> changes;
    if (existed.value()) {
        Result<Application> before = m_tables->read(app.id);
        if (!before)
            return before.error();
        // updatedAt moves with every save; logging it would bury the real changes.
        changes = ChangeDiff::diff(before->toJson(), app.toJson(), {u"updatedAt"_s});
        if (changes.isEmpty() && before.value() == app)
            return success(); // nothing to write, nothing to log
    } else {
        changes.append(FieldChange{QString(), std::nullopt, u"created"_s});
    }
    if (Status done = m_tables->write(app, existed.value()); !done)
        return done;
    return m_log->append(kAggregate, app.id, actor, changes);
}

Status ApplicationRepository::save(const Application& app, const QString& actor)
{
    Transaction transaction(m_db.connection());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status done = saveInTransaction(app, actor); !done)
        return done;
    return transaction.commit();
}

Result<int> ApplicationRepository::saveMany(const QList<Application>& apps, const QString& actor,
                                            const Progress& progress, int batchSize)
{
    batchSize = std::max(1, batchSize);
    const int total = int(apps.size());
    int saved = 0;
    while (saved < total) {
        const int end = std::min(total, saved + batchSize);
        Transaction transaction(m_db.connection());
        if (Status begun = transaction.begin(); !begun)
            return begun.error();
        for (int i = saved; i < end; ++i) {
            if (Status done = saveInTransaction(apps.at(i), actor); !done) {
                Error error = done.error();
                error.path = apps.at(i).id;
                return error;
            }
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        saved = end;
        if (progress && !progress(saved, total)) {
            qCInfo(lcStore) << "import stopped by the user after" << saved << "of" << total << "applications";
            break;
        }
    }
    return saved;
}

Result<Application> ApplicationRepository::load(const QString& id)
{
    return m_tables->read(id);
}

Result<QList<ApplicationSummary>> ApplicationRepository::list(const QString& search)
{
    const QString operation = u"list the applications"_s;
    QSqlQuery sites(m_db.connection());
    sites.setForwardOnly(true);
    if (!sites.exec(u"SELECT application_id, name FROM websites ORDER BY application_id, ordinal"_s))
        return sqlFailure(operation, sites.lastError());
    QHash<QString, QStringList> websiteNames;
    while (sites.next())
        websiteNames[sites.value(0).toString()].append(sites.value(1).toString());

    QString where;
    if (!search.isEmpty()) {
        const QString like = m_db.dialect().caseInsensitiveLike();
        const QString match = u" "_s + like + u" :pattern%1 ESCAPE '!'"_s;
        where =
            u" WHERE entity_name"_s + match.arg(1) +
            u" OR EXISTS (SELECT 1 FROM websites w WHERE w.application_id = applications.id AND w.name"_s +
            match.arg(2) +
            u") OR EXISTS (SELECT 1 FROM domains d WHERE d.application_id = applications.id AND d.name"_s +
            match.arg(3) + u')';
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status done =
            prepareQuery(q,
                         u"SELECT id, entity_name, kind, operation, status, wizard_page, updated_at "
                         "FROM applications"_s +
                             where + u" ORDER BY updated_at DESC, id"_s,
                         operation);
        !done)
        return done.error();
    if (!search.isEmpty()) {
        QString escaped = search;
        escaped.replace(u'!', u"!!"_s).replace(u'%', u"!%"_s).replace(u'_', u"!_"_s);
        const QString pattern = u'%' + escaped + u'%';
        for (int i = 1; i <= 3; ++i)
            q.bindValue(u":pattern%1"_s.arg(i), pattern);
    }
    if (Status done = execQuery(q, operation); !done)
        return done.error();
    QList<ApplicationSummary> result;
    Error error;
    while (q.next()) {
        ApplicationSummary s;
        s.id = q.value(0).toString();
        s.entityName = store::toText(q.value(1));
        s.websiteNames = websiteNames.value(s.id);
        s.kind = store::toEnum(q.value(2), u"applications.kind"_s, s.kind, &error);
        s.operation = store::toEnum(q.value(3), u"applications.operation"_s, s.operation, &error);
        s.status = store::toEnum(q.value(4), u"applications.status"_s, s.status, &error);
        s.wizardStep = wizardStep(s.status);
        s.wizardPage = store::toText(q.value(5));
        s.updatedAt = store::toDateTime(q.value(6));
        result.append(s);
    }
    if (!error.code.isEmpty())
        return error;
    return result;
}

Status ApplicationRepository::remove(const QString& id, const QString& actor)
{
    Transaction transaction(m_db.connection());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<bool> removed = m_tables->remove(id);
    if (!removed)
        return removed.error();
    if (!removed.value()) {
        return Error{u"store.not-found"_s,
                     QCoreApplication::translate("Store", "There is no application with the id %1.").arg(id),
                     id};
    }
    if (Status done =
            m_log->append(kAggregate, id, actor, {FieldChange{QString(), std::nullopt, u"removed"_s}});
        !done)
        return done;
    return transaction.commit();
}

} // namespace icp
