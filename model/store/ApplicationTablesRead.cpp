// The read half of ApplicationTables (rows → Application); the write half is
// ApplicationTables.cpp.
#include "store/ApplicationTables.h"
#include "store/Database.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace icp::store;

namespace icp {

namespace {

// Ends a reused SELECT however the reading stops, so it holds no read snapshot.
struct FinishOnExit
{
    QSqlQuery& query;
    ~FinishOnExit() { query.finish(); }
};

Error notFound(const QString& id)
{
    return Error{u"store.not-found"_s,
                 QCoreApplication::translate("Store", "There is no application with the id %1.").arg(id), id};
}

// Child rows are written with ordinals 0..n-1; anything else is a damaged database.
Error badOrdinal(const QString& table)
{
    return Error{
        u"store.bad-row"_s,
        QCoreApplication::translate("Store", "The rows of the table %1 are out of order.").arg(table), table};
}

} // namespace

// Read statements are prepared once per SQL text and reused: loads run for every
// save of an existing application (to diff it), so thousands of times in an import.
Result<QSqlQuery*> ApplicationTables::select(const QString& sql, const QString& id)
{
    auto it = m_reads.find(sql);
    if (it == m_reads.end()) {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (Status done = prepareQuery(query, sql, u"load an application"_s); !done)
            return done.error();
        it = m_reads.insert(sql, query);
    }
    QSqlQuery* query = &it.value();
    query->bindValue(u":id"_s, id);
    if (Status done = execQuery(*query, u"load an application"_s); !done)
        return done.error();
    return query;
}

Result<Application> ApplicationTables::read(const QString& id)
{
    m_readError = Error{};
    Result<QSqlQuery*> selected =
        select(u"SELECT id, kind, operation, status, entity_type, entity_name, certificate_type, "
               "certificate_number, certificate_address, communication_address, postcode, "
               "province_code, investor, entity_filing_number, registered_capital_yuan, "
               "foreign_equity_percent, created_at, updated_at, planned_submission, wizard_page, "
               "licence_scope, service_categories, no_pre_approval_pledge_signed "
               "FROM applications WHERE id = :id"_s,
               id);
    if (!selected)
        return selected.error();
    QSqlQuery& q = *selected.value();
    const FinishOnExit finish{q};
    if (!q.next())
        return notFound(id);

    Application app;
    Error* error = &m_readError;
    app.id = toText(q.value(0));
    app.kind = toEnum(q.value(1), u"applications.kind"_s, app.kind, error);
    app.operation = toEnum(q.value(2), u"applications.operation"_s, app.operation, error);
    app.status = toEnum(q.value(3), u"applications.status"_s, app.status, error);
    Entity& e = app.entity;
    e.type = toEnum(q.value(4), u"applications.entity_type"_s, e.type, error);
    e.name = toText(q.value(5));
    e.certificateType = toEnum(q.value(6), u"applications.certificate_type"_s, e.certificateType, error);
    e.certificateNumber = toText(q.value(7));
    e.certificateAddress = toText(q.value(8));
    e.communicationAddress = toText(q.value(9));
    e.postcode = toText(q.value(10));
    e.provinceCode = q.value(11).toInt();
    e.investor = toText(q.value(12));
    e.filingNumber = toText(q.value(13));
    e.registeredCapitalYuan = q.value(14).toLongLong();
    e.foreignEquityPercent = q.value(15).toDouble();
    app.createdAt = toDateTime(q.value(16));
    app.updatedAt = toDateTime(q.value(17));
    app.plannedSubmission = toDate(q.value(18));
    app.wizardPage = toText(q.value(19));
    app.licenceScope = toEnum(q.value(20), u"applications.licence_scope"_s, app.licenceScope, error);
    app.serviceCategories = toStringList(q.value(21));
    app.noPreApprovalPledgeSigned = q.value(22).toBool();

    for (auto step : {&ApplicationTables::readPersons, &ApplicationTables::readWebsites,
                      &ApplicationTables::readWebsiteChildren, &ApplicationTables::readDocuments,
                      &ApplicationTables::readHistory}) {
        if (Status done = (this->*step)(id, app); !done)
            return done.error();
    }
    if (!m_readError.code.isEmpty())
        return m_readError;
    return app;
}

Status ApplicationTables::readPersons(const QString& id, Application& app)
{
    Result<QSqlQuery*> selected =
        select(u"SELECT ordinal, person_id, name, document_type, document_number, document_expiry, "
               "mobile, landline, email, roles FROM persons WHERE application_id = :id "
               "ORDER BY ordinal"_s,
               id);
    if (!selected)
        return selected.error();
    QSqlQuery& q = *selected.value();
    const FinishOnExit finish{q};
    while (q.next()) {
        if (q.value(0).toInt() != app.persons.size())
            return badOrdinal(u"persons"_s);
        Person p;
        p.id = toText(q.value(1));
        p.name = toText(q.value(2));
        p.documentType = toEnum(q.value(3), u"persons.document_type"_s, p.documentType, &m_readError);
        p.documentNumber = toText(q.value(4));
        p.documentExpiry = toDate(q.value(5));
        p.mobile = toText(q.value(6));
        p.landline = toText(q.value(7));
        p.email = toText(q.value(8));
        const QStringList roles = toStringList(q.value(9));
        for (const QString& role : roles)
            p.roles.append(toEnum(role, u"persons.roles"_s, PersonRole::EntityPrincipal, &m_readError));
        app.persons.append(p);
    }
    return success();
}

Status ApplicationTables::readWebsites(const QString& id, Application& app)
{
    Result<QSqlQuery*> selected =
        select(u"SELECT ordinal, website_id, name, homepage_urls, service_type, languages, "
               "remarks, principal_id, filing_number FROM websites WHERE application_id = :id "
               "ORDER BY ordinal"_s,
               id);
    if (!selected)
        return selected.error();
    QSqlQuery& q = *selected.value();
    const FinishOnExit finish{q};
    while (q.next()) {
        if (q.value(0).toInt() != app.websites.size())
            return badOrdinal(u"websites"_s);
        Website site;
        site.id = toText(q.value(1));
        site.name = toText(q.value(2));
        site.homepageUrls = toStringList(q.value(3));
        site.serviceType = toText(q.value(4));
        site.languages = toStringList(q.value(5));
        site.remarks = toText(q.value(6));
        site.principalId = toText(q.value(7));
        site.filingNumber = toText(q.value(8));
        app.websites.append(site);
    }
    return success();
}

// Domains, access and pre-approvals of every website, one query per table.
Status ApplicationTables::readWebsiteChildren(const QString& id, Application& app)
{
    const auto website = [&app](const QSqlQuery& q) -> Website* {
        const int w = q.value(0).toInt();
        return w >= 0 && w < app.websites.size() ? &app.websites[w] : nullptr;
    };
    Result<QSqlQuery*> selected =
        select(u"SELECT website_ordinal, ordinal, name, a_label, registrar, registrant_name, "
               "registrant_document_type, registrant_is_organisation, registrant_document_number, "
               "real_name_verified_on, expires_on FROM domains WHERE application_id = :id "
               "ORDER BY website_ordinal, ordinal"_s,
               id);
    if (!selected)
        return selected.error();
    QSqlQuery& q = *selected.value();
    const FinishOnExit finish{q};
    while (q.next()) {
        Website* site = website(q);
        if (!site || q.value(1).toInt() != site->domains.size())
            return badOrdinal(u"domains"_s);
        Domain d;
        d.name = toText(q.value(2));
        d.aLabel = toText(q.value(3));
        d.registrar = toText(q.value(4));
        d.registrantName = toText(q.value(5));
        d.registrantDocumentType =
            toEnum(q.value(6), u"domains.registrant_document_type"_s, d.registrantDocumentType, &m_readError);
        d.registrantIsOrganisation = q.value(7).toBool();
        d.registrantDocumentNumber = toText(q.value(8));
        d.realNameVerifiedOn = toDate(q.value(9));
        d.expiresOn = toDate(q.value(10));
        site->domains.append(d);
    }

    Result<QSqlQuery*> selected1 =
        select(u"SELECT website_ordinal, ordinal, provider, province_code, ip_addresses FROM access "
               "WHERE application_id = :id ORDER BY website_ordinal, ordinal"_s,
               id);
    if (!selected1)
        return selected1.error();
    QSqlQuery& q1 = *selected1.value();
    const FinishOnExit finish1{q1};
    while (q1.next()) {
        Website* site = website(q1);
        if (!site || q1.value(1).toInt() != site->access.size())
            return badOrdinal(u"access"_s);
        site->access.append(Access{toText(q1.value(2)), q1.value(3).toInt(), toStringList(q1.value(4))});
    }

    Result<QSqlQuery*> selected2 =
        select(u"SELECT website_ordinal, ordinal, category, permit_number, document_id "
               "FROM pre_approvals WHERE application_id = :id ORDER BY website_ordinal, ordinal"_s,
               id);
    if (!selected2)
        return selected2.error();
    QSqlQuery& q2 = *selected2.value();
    const FinishOnExit finish2{q2};
    while (q2.next()) {
        Website* site = website(q2);
        if (!site || q2.value(1).toInt() != site->preApprovals.size())
            return badOrdinal(u"pre_approvals"_s);
        site->preApprovals.append(PreApproval{toText(q2.value(2)), toText(q2.value(3)), toText(q2.value(4))});
    }
    return success();
}

Status ApplicationTables::readDocuments(const QString& id, Application& app)
{
    Result<QSqlQuery*> selected =
        select(u"SELECT ordinal, document_id, kind, subject_id, file_name, sha256, byte_size, "
               "mime_type FROM documents WHERE application_id = :id ORDER BY ordinal"_s,
               id);
    if (!selected)
        return selected.error();
    QSqlQuery& q = *selected.value();
    const FinishOnExit finish{q};
    while (q.next()) {
        if (q.value(0).toInt() != app.documents.size())
            return badOrdinal(u"documents"_s);
        Document d;
        d.id = toText(q.value(1));
        d.kind = toEnum(q.value(2), u"documents.kind"_s, d.kind, &m_readError);
        d.subjectId = toText(q.value(3));
        d.fileName = toText(q.value(4));
        d.sha256 = toText(q.value(5));
        d.byteSize = q.value(6).toLongLong();
        d.mimeType = toText(q.value(7));
        app.documents.append(d);
    }
    return success();
}

Status ApplicationTables::readHistory(const QString& id, Application& app)
{
    Result<QSqlQuery*> selected = select(u"SELECT ordinal, status, changed_at, note FROM status_history "
                                         "WHERE application_id = :id ORDER BY ordinal"_s,
                                         id);
    if (!selected)
        return selected.error();
    QSqlQuery& q = *selected.value();
    const FinishOnExit finish{q};
    while (q.next()) {
        if (q.value(0).toInt() != app.history.size())
            return badOrdinal(u"status_history"_s);
        StatusChange change;
        change.status = toEnum(q.value(1), u"status_history.status"_s, change.status, &m_readError);
        change.at = toDateTime(q.value(2));
        change.note = toText(q.value(3));
        app.history.append(change);
    }
    return success();
}

} // namespace icp
