#include "store/LicenceRepository.h"

#include "store/ChangeLog.h"
#include "store/Database.h"
#include "store/LicenceWebsiteTables.h"
#include "store/RowMapper.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QCoreApplication>
#include <QDateTime>
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

namespace licences {
const Column id{u"id"_s};
const Column applicationId{u"application_id"_s};
const Column kind{u"kind"_s};
const Column number{u"number"_s};
const Column entityName{u"entity_name"_s};
const Column scope{u"scope"_s};
const Column services{u"services"_s};
const Column issuedOn{u"issued_on"_s};
const Column expiresOn{u"expires_on"_s};
// The registry (schema v6, docs/portfolio.md)
const Column uscc{u"uscc"_s};
const Column provinceCode{u"province_code"_s};
const Column accessProvider{u"access_provider"_s};
const Column hostingExpiresOn{u"hosting_expires_on"_s};
const Column businessChangedOn{u"business_changed_on"_s};
const Column owner{u"owner"_s};
const Column status{u"status"_s};
const Column notes{u"notes"_s};
// When the row was last written; not a field of Licence (the change log says by whom).
const Column updatedAt{u"updated_at"_s};
} // namespace licences

namespace annualReports {
const Column licenceId{u"licence_id"_s};
const Column ordinal{u"ordinal"_s};
const Column operatingYear{u"operating_year"_s};
const Column filedOn{u"filed_on"_s};
} // namespace annualReports

const RowMapper<Licence>& licenceRows()
{
    using M = RowMapper<Licence>;
    using namespace licences;
    static const M rows{u"licences"_s,
                        {},
                        {
                            M::text(id, &Licence::id),
                            M::text(applicationId, &Licence::applicationId),
                            M::enumKey(kind, &Licence::kind),
                            M::text(number, &Licence::number),
                            M::text(entityName, &Licence::entityName),
                            M::enumKey(scope, &Licence::scope),
                            M::stringList(services, &Licence::services),
                            M::date(issuedOn, &Licence::issuedOn),
                            M::date(expiresOn, &Licence::expiresOn),
                            M::text(uscc, &Licence::uscc),
                            M::plain(provinceCode, &Licence::provinceCode),
                            M::text(accessProvider, &Licence::accessProvider),
                            M::date(hostingExpiresOn, &Licence::hostingExpiresOn),
                            M::date(businessChangedOn, &Licence::businessChangedOn),
                            M::text(owner, &Licence::owner),
                            M::enumKey(status, &Licence::status),
                            M::text(notes, &Licence::notes),
                        }};
    return rows;
}

// Keyed by the licence's id and the report's place in its list.
const RowMapper<AnnualReport>& annualReportRows()
{
    using M = RowMapper<AnnualReport>;
    using namespace annualReports;
    static const M rows{u"annual_reports"_s,
                        {&licenceId, &ordinal},
                        {
                            M::plain(operatingYear, &AnnualReport::year),
                            M::date(filedOn, &AnnualReport::filedOn),
                        }};
    return rows;
}

// "WHERE column = :column" when an id is given, else nothing (every row).
QString whereIs(const Column& column, const QString& id)
{
    return id.isNull() ? QString() : u"WHERE "_s + column.equalsPlaceholder() + u' ';
}

} // namespace

LicenceRepository::LicenceRepository(Database& db)
    : m_db(db)
    , m_log(std::make_unique<ChangeLogWriter>(db))
{}

LicenceRepository::~LicenceRepository() = default;

Result<QList<Licence>> LicenceRepository::select(const QString& id)
{
    const QString operation = u"load licences"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Soonest expiry first; filings, which do not expire, last.
    const QString order = u"ORDER BY "_s + licences::expiresOn.name + u" IS NULL, "_s +
                          columnNames({&licences::expiresOn, &licences::id});
    if (Status done = prepareQuery(q, licenceRows().selectSql(whereIs(licences::id, id) + order), operation);
        !done)
        return done.error();
    if (!id.isNull())
        q.bindValue(licences::id.placeholder, id);
    if (Status done = execQuery(q, operation); !done)
        return done.error();
    QList<Licence> found;
    QHash<QString, qsizetype> indexById;
    for (RowReader row = licenceRows().reader(q); row.next();) {
        Result<Licence> licence = licenceRows().read(row);
        if (!licence)
            return licence.error();
        indexById.insert(licence->id, found.size());
        found.append(std::move(licence).value());
    }

    QSqlQuery r(m_db.connection());
    r.setForwardOnly(true);
    const QString reports =
        annualReportRows().selectSql(whereIs(annualReports::licenceId, id) + u"ORDER BY "_s +
                                     columnNames({&annualReports::licenceId, &annualReports::ordinal}));
    if (Status done = prepareQuery(r, reports, operation); !done)
        return done.error();
    if (!id.isNull())
        r.bindValue(annualReports::licenceId.placeholder, id);
    if (Status done = execQuery(r, operation); !done)
        return done.error();
    for (RowReader row = annualReportRows().reader(r); row.next();) {
        const auto it = indexById.constFind(row.value(annualReports::licenceId).toString());
        if (it == indexById.constEnd())
            continue;
        Result<AnnualReport> report = annualReportRows().read(row);
        if (!report)
            return report.error();
        found[*it].annualReports.append(report.value());
    }
    if (Status done = LicenceWebsiteTables::read(m_db, id, indexById, found); !done)
        return done.error();
    return found;
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

    Result<QList<Licence>> before = select(licence.id);
    if (!before)
        return before.error();
    QList<FieldChange> changes;
    if (before->isEmpty())
        changes.append(FieldChange{QString(), std::nullopt, u"created"_s});
    else
        changes = ChangeDiff::diff(before->constFirst().toJson(), licence.toJson());
    if (!before->isEmpty() && changes.isEmpty())
        return success();

    QSqlQuery q(m_db.connection());
    if (Status done =
            prepareQuery(q, licenceRows().upsertSql(m_db.dialect(), {&licences::id}), u"save a licence"_s);
        !done)
        return done;
    licenceRows().bind(q, licence);
    if (Status done = execQuery(q, u"save a licence"_s); !done)
        return done;
    QSqlQuery stamp(m_db.connection());
    if (Status done = prepareQuery(stamp,
                                   u"UPDATE "_s + licenceRows().table() + u" SET "_s +
                                       licences::updatedAt.equalsPlaceholder() + u' ' +
                                       whereIs(licences::id, licence.id),
                                   u"save a licence"_s);
        !done)
        return done;
    stamp.bindValue(licences::updatedAt.placeholder, dateTimeValue(QDateTime::currentDateTimeUtc()));
    stamp.bindValue(licences::id.placeholder, licence.id);
    if (Status done = execQuery(stamp, u"save a licence"_s); !done)
        return done;
    if (Status done = LicenceWebsiteTables::write(m_db, licence.id, licence.websites); !done)
        return done;

    const QString reports = u"save the annual reports"_s;
    QSqlQuery clear(m_db.connection());
    if (Status done = prepareQuery(clear,
                                   u"DELETE FROM "_s + annualReportRows().table() + u' ' +
                                       whereIs(annualReports::licenceId, licence.id),
                                   reports);
        !done)
        return done;
    clear.bindValue(annualReports::licenceId.placeholder, licence.id);
    if (Status done = execQuery(clear, reports); !done)
        return done;
    QSqlQuery insert(m_db.connection());
    if (Status done = prepareQuery(insert, annualReportRows().insertSql(), reports); !done)
        return done;
    for (qsizetype i = 0; i < licence.annualReports.size(); ++i) {
        insert.bindValue(annualReports::licenceId.placeholder, licence.id);
        insert.bindValue(annualReports::ordinal.placeholder, int(i));
        annualReportRows().bind(insert, licence.annualReports.at(i));
        if (Status done = execQuery(insert, reports); !done)
            return done;
    }
    if (Status done = m_log->append(kAggregate, licence.id, actor, changes); !done)
        return done;
    return transaction.commit();
}

Result<Licence> LicenceRepository::load(const QString& id)
{
    // A null id would select every licence.
    Result<QList<Licence>> found = select(id.isNull() ? u""_s : id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(id);
    return found->constFirst();
}

Result<std::optional<Licence>> LicenceRepository::findByNumber(const QString& number)
{
    if (number.trimmed().isEmpty())
        return std::optional<Licence>();
    const QString operation = u"find a licence by number"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The first one when an older database holds the number twice (schema v6: the index on
    // number is not unique).
    if (Status done = prepareQuery(q,
                                   selectSql(licenceRows().table(), {&licences::id},
                                             u"WHERE "_s + licences::number.equalsPlaceholder() +
                                                 u" ORDER BY "_s + licences::id.name),
                                   operation);
        !done)
        return done.error();
    q.bindValue(licences::number.placeholder, number);
    if (Status done = execQuery(q, operation); !done)
        return done.error();
    if (!q.next())
        return std::optional<Licence>();
    const QString id = q.value(0).toString();
    q.finish();
    Result<Licence> found = load(id);
    if (!found)
        return found.error();
    return std::optional<Licence>(std::move(found).value());
}

Result<QList<Licence>> LicenceRepository::list()
{
    return select(QString());
}

Status LicenceRepository::remove(const QString& id, const QString& actor)
{
    const auto removeRow = [this, &id]() -> Result<bool> {
        QSqlQuery q(m_db.connection());
        const QString operation = u"remove a licence"_s;
        if (Status done = prepareQuery(
                q, u"DELETE FROM "_s + licenceRows().table() + u' ' + whereIs(licences::id, id), operation);
            !done)
            return done.error();
        q.bindValue(licences::id.placeholder, id);
        if (Status done = execQuery(q, operation); !done)
            return done.error();
        return q.numRowsAffected() > 0;
    };
    return removeLogged(m_db, *m_log, kAggregate, id, actor, removeRow, notFound(id));
}

} // namespace icp
