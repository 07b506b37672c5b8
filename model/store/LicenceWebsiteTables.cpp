#include "store/LicenceWebsiteTables.h"

#include "store/Database.h"
#include "store/RowMapper.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

using namespace Qt::StringLiterals;
using namespace icp::store;

namespace icp::LicenceWebsiteTables {

namespace {

namespace websites {
const Column licenceId{u"licence_id"_s};
const Column ordinal{u"ordinal"_s};
const Column number{u"number"_s};
const Column name{u"name"_s};
const Column homepageUrls{u"homepage_urls"_s};
const Column psbNumber{u"psb_number"_s};
const Column launchedOn{u"launched_on"_s};
} // namespace websites

namespace domains {
const Column licenceId{u"licence_id"_s};
const Column websiteOrdinal{u"website_ordinal"_s};
const Column ordinal{u"ordinal"_s};
const Column name{u"name"_s};
const Column registrar{u"registrar"_s};
const Column expiresOn{u"expires_on"_s};
} // namespace domains

const RowMapper<RegisteredWebsite>& websiteRows()
{
    using M = RowMapper<RegisteredWebsite>;
    using namespace websites;
    static const M rows{u"licence_websites"_s,
                        {&licenceId, &ordinal},
                        {
                            M::text(number, &RegisteredWebsite::number),
                            M::text(name, &RegisteredWebsite::name),
                            M::stringList(homepageUrls, &RegisteredWebsite::homepageUrls),
                            M::text(psbNumber, &RegisteredWebsite::psbNumber),
                            M::date(launchedOn, &RegisteredWebsite::launchedOn),
                        }};
    return rows;
}

const RowMapper<RegisteredDomain>& domainRows()
{
    using M = RowMapper<RegisteredDomain>;
    using namespace domains;
    static const M rows{u"licence_domains"_s,
                        {&licenceId, &websiteOrdinal, &ordinal},
                        {
                            M::text(name, &RegisteredDomain::name),
                            M::text(registrar, &RegisteredDomain::registrar),
                            M::date(expiresOn, &RegisteredDomain::expiresOn),
                        }};
    return rows;
}

// "WHERE column = :column" when an id is given, else nothing (every row).
QString whereIs(const Column& column, const QString& id)
{
    return id.isNull() ? QString() : u"WHERE "_s + column.equalsPlaceholder() + u' ';
}

Status deleteRows(Database& db, const QString& table, const Column& key, const QString& id,
                  const QString& operation)
{
    QSqlQuery clear(db.connection());
    if (Status done = prepareQuery(clear, u"DELETE FROM "_s + table + u' ' + whereIs(key, id), operation);
        !done)
        return done;
    clear.bindValue(key.placeholder, id);
    return execQuery(clear, operation);
}

} // namespace

Status write(Database& db, const QString& licenceId, const QList<RegisteredWebsite>& list)
{
    const QString operation = u"save the licence's websites"_s;
    // Domains first: their rows refer to the websites'.
    if (Status done = deleteRows(db, domainRows().table(), domains::licenceId, licenceId, operation); !done)
        return done;
    if (Status done = deleteRows(db, websiteRows().table(), websites::licenceId, licenceId, operation); !done)
        return done;
    if (list.isEmpty())
        return success();
    QSqlQuery insertWebsite(db.connection());
    if (Status done = prepareQuery(insertWebsite, websiteRows().insertSql(), operation); !done)
        return done;
    QSqlQuery insertDomain(db.connection());
    if (Status done = prepareQuery(insertDomain, domainRows().insertSql(), operation); !done)
        return done;
    for (qsizetype w = 0; w < list.size(); ++w) {
        const RegisteredWebsite& website = list.at(w);
        insertWebsite.bindValue(websites::licenceId.placeholder, licenceId);
        insertWebsite.bindValue(websites::ordinal.placeholder, int(w));
        websiteRows().bind(insertWebsite, website);
        if (Status done = execQuery(insertWebsite, operation); !done)
            return done;
        for (qsizetype d = 0; d < website.domains.size(); ++d) {
            insertDomain.bindValue(domains::licenceId.placeholder, licenceId);
            insertDomain.bindValue(domains::websiteOrdinal.placeholder, int(w));
            insertDomain.bindValue(domains::ordinal.placeholder, int(d));
            domainRows().bind(insertDomain, website.domains.at(d));
            if (Status done = execQuery(insertDomain, operation); !done)
                return done;
        }
    }
    return success();
}

Status read(Database& db, const QString& id, const QHash<QString, qsizetype>& indexById,
            QList<Licence>& licences)
{
    const QString operation = u"load the licences' websites"_s;
    QSqlQuery w(db.connection());
    w.setForwardOnly(true);
    if (Status done =
            prepareQuery(w,
                         websiteRows().selectSql(whereIs(websites::licenceId, id) + u"ORDER BY "_s +
                                                 columnNames({&websites::licenceId, &websites::ordinal})),
                         operation);
        !done)
        return done;
    if (!id.isNull())
        w.bindValue(websites::licenceId.placeholder, id);
    if (Status done = execQuery(w, operation); !done)
        return done;
    for (RowReader row = websiteRows().reader(w); row.next();) {
        const auto it = indexById.constFind(row.value(websites::licenceId).toString());
        if (it == indexById.constEnd())
            continue;
        Result<RegisteredWebsite> website = websiteRows().read(row);
        if (!website)
            return website.error();
        licences[*it].websites.append(std::move(website).value());
    }

    QSqlQuery d(db.connection());
    d.setForwardOnly(true);
    if (Status done =
            prepareQuery(d,
                         domainRows().selectSql(
                             whereIs(domains::licenceId, id) + u"ORDER BY "_s +
                             columnNames({&domains::licenceId, &domains::websiteOrdinal, &domains::ordinal})),
                         operation);
        !done)
        return done;
    if (!id.isNull())
        d.bindValue(domains::licenceId.placeholder, id);
    if (Status done = execQuery(d, operation); !done)
        return done;
    for (RowReader row = domainRows().reader(d); row.next();) {
        const auto it = indexById.constFind(row.value(domains::licenceId).toString());
        if (it == indexById.constEnd())
            continue;
        // Websites are written with their list position as ordinal (write above).
        const int websiteOrdinal = row.value(domains::websiteOrdinal).toInt();
        QList<RegisteredWebsite>& owner = licences[*it].websites;
        if (websiteOrdinal < 0 || websiteOrdinal >= owner.size())
            continue;
        Result<RegisteredDomain> domain = domainRows().read(row);
        if (!domain)
            return domain.error();
        owner[websiteOrdinal].domains.append(std::move(domain).value());
    }
    return success();
}

} // namespace icp::LicenceWebsiteTables
