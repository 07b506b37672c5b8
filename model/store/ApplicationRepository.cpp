#include "store/ApplicationRepository.h"

#include "core/Logging.h"
#include "store/ApplicationSchema.h"
#include "store/ApplicationTables.h"
#include "store/ChangeLog.h"
#include "store/Database.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;
using namespace icp::store;
using namespace icp::store::schema;

namespace icp {

namespace {

const QString kAggregate = u"application"_s;

// The columns of the applications row that the list shows.
const RowMapper<ApplicationSummary>& summaryRows()
{
    using M = RowMapper<ApplicationSummary>;
    using namespace applications;
    static const M rows{applicationRows().table(),
                        {},
                        {
                            M::text(id, &ApplicationSummary::id),
                            M::text(entityName, &ApplicationSummary::entityName),
                            M::enumKey(kind, &ApplicationSummary::kind),
                            M::enumKey(operation, &ApplicationSummary::operation),
                            M::enumKey(status, &ApplicationSummary::status),
                            M::text(wizardPage, &ApplicationSummary::wizardPage),
                            M::dateTime(updatedAt, &ApplicationSummary::updatedAt),
                        }};
    return rows;
}

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
    const QList<const Column*> siteColumns{&owned::applicationId, &websites::name};
    QSqlQuery sites(m_db.connection());
    sites.setForwardOnly(true);
    if (!sites.exec(selectSql(websiteRows().table(), siteColumns,
                              u"ORDER BY "_s + columnNames({&owned::applicationId, &owned::ordinal}))))
        return sqlFailure(operation, sites.lastError());
    QHash<QString, QStringList> websiteNames;
    for (RowReader site(sites, siteColumns); site.next();) {
        websiteNames[site.value(owned::applicationId).toString()].append(
            site.value(websites::name).toString());
    }

    const QString table = applicationRows().table();
    QString where;
    if (!search.isEmpty()) {
        const QString like = m_db.dialect().caseInsensitiveLike();
        const QString match = u" "_s + like + u" :pattern%1 ESCAPE '!'"_s;
        // Owned rows (websites, domains) whose name matches.
        const auto ownedMatch = [&](const QString& owner, const Column& name, int pattern) {
            return u"EXISTS (SELECT 1 FROM %1 o WHERE o.%2 = %3.%4 AND o.%5%6)"_s.arg(
                owner, owned::applicationId.name, table, applications::id.name, name.name,
                match.arg(pattern));
        };
        where = u"WHERE "_s + applications::entityName.name + match.arg(1) + u" OR "_s +
                ownedMatch(websiteRows().table(), websites::name, 2) + u" OR "_s +
                ownedMatch(domainRows().table(), domains::name, 3);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status done =
            prepareQuery(q,
                         summaryRows().selectSql(where + u" ORDER BY "_s + applications::updatedAt.name +
                                                 u" DESC, "_s + applications::id.name),
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
    for (RowReader row = summaryRows().reader(q); row.next();) {
        Result<ApplicationSummary> s = summaryRows().read(row);
        if (!s)
            return s.error();
        s.value().websiteNames = websiteNames.value(s->id);
        s.value().wizardStep = wizardStep(s->status);
        result.append(std::move(s).value());
    }
    return result;
}

Status ApplicationRepository::remove(const QString& id, const QString& actor)
{
    return removeLogged(
        m_db, *m_log, kAggregate, id, actor, [this, &id]() { return m_tables->remove(id); },
        Error{u"store.not-found"_s,
              QCoreApplication::translate("Store", "There is no application with the id %1.").arg(id), id});
}

} // namespace icp
