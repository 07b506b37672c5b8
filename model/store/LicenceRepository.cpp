#include "store/LicenceRepository.h"

#include "store/ChangeLog.h"
#include "store/Database.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;
using namespace icp::store;

namespace icp {

namespace {

const QString kAggregate = u"licence"_s;

Error notFound(const QString& id)
{
    return Error{u"store.not-found"_s,
                 QCoreApplication::translate("Store", "There is no licence with the id %1.").arg(id), id};
}

} // namespace

LicenceRepository::LicenceRepository(Database& db)
    : m_db(db)
    , m_log(std::make_unique<ChangeLogWriter>(db))
{}

LicenceRepository::~LicenceRepository() = default;

Result<QList<Licence>> LicenceRepository::select(const QString& where, const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString operation = u"load licences"_s;
    if (Status done = prepareQuery(q,
                                   u"SELECT id, application_id, kind, number, entity_name, scope, services, "
                                   "issued_on, expires_on FROM licences "_s +
                                       where + u" ORDER BY expires_on IS NULL, expires_on, id"_s,
                                   operation);
        !done)
        return done.error();
    if (!id.isNull())
        q.bindValue(u":id"_s, id);
    if (Status done = execQuery(q, operation); !done)
        return done.error();
    QList<Licence> licences;
    QHash<QString, qsizetype> indexById;
    Error error;
    while (q.next()) {
        Licence l;
        l.id = toText(q.value(0));
        l.applicationId = toText(q.value(1));
        l.kind = toEnum(q.value(2), u"licences.kind"_s, l.kind, &error);
        l.number = toText(q.value(3));
        l.entityName = toText(q.value(4));
        l.scope = toEnum(q.value(5), u"licences.scope"_s, l.scope, &error);
        l.services = toStringList(q.value(6));
        l.issuedOn = toDate(q.value(7));
        l.expiresOn = toDate(q.value(8));
        indexById.insert(l.id, licences.size());
        licences.append(l);
    }
    if (!error.code.isEmpty())
        return error;

    QSqlQuery r(m_db.connection());
    r.setForwardOnly(true);
    const QString reports = u"SELECT licence_id, operating_year, filed_on FROM annual_reports "_s +
                            (id.isNull() ? QString() : u"WHERE licence_id = :id "_s) +
                            u"ORDER BY licence_id, ordinal"_s;
    if (Status done = prepareQuery(r, reports, operation); !done)
        return done.error();
    if (!id.isNull())
        r.bindValue(u":id"_s, id);
    if (Status done = execQuery(r, operation); !done)
        return done.error();
    while (r.next()) {
        const auto it = indexById.constFind(r.value(0).toString());
        if (it != indexById.constEnd())
            licences[*it].annualReports.append(AnnualReport{r.value(1).toInt(), toDate(r.value(2))});
    }
    return licences;
}

Status LicenceRepository::save(const Licence& licence, const QString& actor)
{
    if (licence.id.trimmed().isEmpty()) {
        return Error{u"store.no-id"_s,
                     QCoreApplication::translate("Store", "A licence without an id cannot be saved."),
                     u"id"_s};
    }
    Transaction transaction(m_db.connection());
    if (Status begun = transaction.begin(); !begun)
        return begun;

    Result<QList<Licence>> before = select(u"WHERE id = :id"_s, licence.id);
    if (!before)
        return before.error();
    QList<FieldChange> changes;
    if (before->isEmpty())
        changes.append(FieldChange{QString(), std::nullopt, u"created"_s});
    else
        changes = ChangeDiff::diff(before->constFirst().toJson(), licence.toJson());
    if (!before->isEmpty() && changes.isEmpty())
        return success();

    const QStringList columns{u"id"_s,       u"application_id"_s, u"kind"_s,
                              u"number"_s,   u"entity_name"_s,    u"scope"_s,
                              u"services"_s, u"issued_on"_s,      u"expires_on"_s};
    QSqlQuery q(m_db.connection());
    if (Status done =
            prepareQuery(q, m_db.dialect().upsert(u"licences"_s, {u"id"_s}, columns), u"save a licence"_s);
        !done)
        return done;
    q.bindValue(u":id"_s, licence.id);
    q.bindValue(u":application_id"_s, textValue(licence.applicationId));
    q.bindValue(u":kind"_s, toKey(licence.kind));
    q.bindValue(u":number"_s, textValue(licence.number));
    q.bindValue(u":entity_name"_s, textValue(licence.entityName));
    q.bindValue(u":scope"_s, toKey(licence.scope));
    q.bindValue(u":services"_s, stringListValue(licence.services));
    q.bindValue(u":issued_on"_s, dateValue(licence.issuedOn));
    q.bindValue(u":expires_on"_s, dateValue(licence.expiresOn));
    if (Status done = execQuery(q, u"save a licence"_s); !done)
        return done;

    QSqlQuery clear(m_db.connection());
    if (Status done = prepareQuery(clear, u"DELETE FROM annual_reports WHERE licence_id = :id"_s,
                                   u"save the annual reports"_s);
        !done)
        return done;
    clear.bindValue(u":id"_s, licence.id);
    if (Status done = execQuery(clear, u"save the annual reports"_s); !done)
        return done;
    QSqlQuery insert(m_db.connection());
    if (Status done =
            prepareQuery(insert,
                         u"INSERT INTO annual_reports (licence_id, ordinal, operating_year, filed_on) "
                         "VALUES (:id, :ordinal, :year, :filed)"_s,
                         u"save the annual reports"_s);
        !done)
        return done;
    for (qsizetype i = 0; i < licence.annualReports.size(); ++i) {
        insert.bindValue(u":id"_s, licence.id);
        insert.bindValue(u":ordinal"_s, int(i));
        insert.bindValue(u":year"_s, licence.annualReports.at(i).year);
        insert.bindValue(u":filed"_s, dateValue(licence.annualReports.at(i).filedOn));
        if (Status done = execQuery(insert, u"save the annual reports"_s); !done)
            return done;
    }
    if (Status done = m_log->append(kAggregate, licence.id, actor, changes); !done)
        return done;
    return transaction.commit();
}

Result<Licence> LicenceRepository::load(const QString& id)
{
    Result<QList<Licence>> found = select(u"WHERE id = :id"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(id);
    return found->constFirst();
}

Result<QList<Licence>> LicenceRepository::list()
{
    return select(QString(), QString());
}

Status LicenceRepository::remove(const QString& id, const QString& actor)
{
    Transaction transaction(m_db.connection());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery q(m_db.connection());
    if (Status done = prepareQuery(q, u"DELETE FROM licences WHERE id = :id"_s, u"remove a licence"_s); !done)
        return done;
    q.bindValue(u":id"_s, id);
    if (Status done = execQuery(q, u"remove a licence"_s); !done)
        return done;
    if (q.numRowsAffected() <= 0)
        return notFound(id);
    if (Status done =
            m_log->append(kAggregate, id, actor, {FieldChange{QString(), std::nullopt, u"removed"_s}});
        !done)
        return done;
    return transaction.commit();
}

} // namespace icp
