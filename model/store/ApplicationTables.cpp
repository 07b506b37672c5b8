#include "store/ApplicationTables.h"

#include "store/Database.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

using namespace Qt::StringLiterals;
using namespace icp::store;

namespace icp {

namespace {

const QStringList kRootColumns{
    u"id"_s,
    u"kind"_s,
    u"operation"_s,
    u"status"_s,
    u"entity_type"_s,
    u"entity_name"_s,
    u"certificate_type"_s,
    u"certificate_number"_s,
    u"certificate_address"_s,
    u"communication_address"_s,
    u"postcode"_s,
    u"province_code"_s,
    u"investor"_s,
    u"entity_filing_number"_s,
    u"registered_capital_yuan"_s,
    u"foreign_equity_percent"_s,
    u"created_at"_s,
    u"updated_at"_s,
    u"planned_submission"_s,
    u"wizard_page"_s,
    u"licence_scope"_s,
    u"service_categories"_s,
    u"no_pre_approval_pledge_signed"_s,
};

QString insertSql(const QString& table, const QStringList& columns)
{
    QStringList placeholders;
    for (const QString& column : columns)
        placeholders.append(u':' + column);
    return u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s +
           placeholders.join(u", "_s) + u')';
}

Status prepareInto(Database& db, QSqlQuery& query, const QString& sql)
{
    query = QSqlQuery(db.connection());
    return prepareQuery(query, sql, u"prepare the application statements"_s);
}

} // namespace

ApplicationTables::ApplicationTables(Database& db)
    : m_db(db)
{}

Status ApplicationTables::prepare()
{
    if (m_prepared)
        return success();
    struct Statement
    {
        QSqlQuery* query;
        QString sql;
    };
    const Statement statements[] = {
        {&m_exists, u"SELECT 1 FROM applications WHERE id = :id"_s},
        {&m_upsert, m_db.dialect().upsert(u"applications"_s, {u"id"_s}, kRootColumns)},
        {&m_insertPerson,
         insertSql(u"persons"_s, {u"application_id"_s, u"ordinal"_s, u"person_id"_s, u"name"_s,
                                  u"document_type"_s, u"document_number"_s, u"document_expiry"_s, u"mobile"_s,
                                  u"landline"_s, u"email"_s, u"roles"_s})},
        {&m_insertWebsite,
         insertSql(u"websites"_s,
                   {u"application_id"_s, u"ordinal"_s, u"website_id"_s, u"name"_s, u"homepage_urls"_s,
                    u"service_type"_s, u"languages"_s, u"remarks"_s, u"principal_id"_s, u"filing_number"_s})},
        {&m_insertDomain,
         insertSql(u"domains"_s,
                   {u"application_id"_s, u"website_ordinal"_s, u"ordinal"_s, u"name"_s, u"a_label"_s,
                    u"registrar"_s, u"registrant_name"_s, u"registrant_document_type"_s,
                    u"registrant_is_organisation"_s, u"registrant_document_number"_s,
                    u"real_name_verified_on"_s, u"expires_on"_s})},
        {&m_insertAccess, insertSql(u"access"_s, {u"application_id"_s, u"website_ordinal"_s, u"ordinal"_s,
                                                  u"provider"_s, u"province_code"_s, u"ip_addresses"_s})},
        {&m_insertPreApproval,
         insertSql(u"pre_approvals"_s, {u"application_id"_s, u"website_ordinal"_s, u"ordinal"_s,
                                        u"category"_s, u"permit_number"_s, u"document_id"_s})},
        {&m_insertDocument, insertSql(u"documents"_s, {u"application_id"_s, u"ordinal"_s, u"document_id"_s,
                                                       u"kind"_s, u"subject_id"_s, u"file_name"_s,
                                                       u"sha256"_s, u"byte_size"_s, u"mime_type"_s})},
        {&m_insertHistory, insertSql(u"status_history"_s, {u"application_id"_s, u"ordinal"_s, u"status"_s,
                                                           u"changed_at"_s, u"note"_s})},
        {&m_remove, u"DELETE FROM applications WHERE id = :id"_s},
    };
    for (const Statement& statement : statements) {
        if (Status done = prepareInto(m_db, *statement.query, statement.sql); !done)
            return done;
    }
    // Websites cascade to domains, access and pre_approvals.
    m_deleteOwned.clear();
    for (const QString& table : {u"persons"_s, u"websites"_s, u"documents"_s, u"status_history"_s}) {
        QSqlQuery query;
        if (Status done =
                prepareInto(m_db, query, u"DELETE FROM "_s + table + u" WHERE application_id = :id"_s);
            !done)
            return done;
        m_deleteOwned.append(query);
    }
    m_prepared = true;
    return success();
}

Result<bool> ApplicationTables::exists(const QString& id)
{
    if (Status done = prepare(); !done)
        return done.error();
    m_exists.bindValue(u":id"_s, id);
    if (Status done = execQuery(m_exists, u"look up an application"_s); !done)
        return done.error();
    const bool found = m_exists.next();
    m_exists.finish();
    return found;
}

Status ApplicationTables::write(const Application& app, bool existed)
{
    if (Status done = prepare(); !done)
        return done;
    const Entity& e = app.entity;
    QSqlQuery& q = m_upsert;
    q.bindValue(u":id"_s, app.id);
    q.bindValue(u":kind"_s, toKey(app.kind));
    q.bindValue(u":operation"_s, toKey(app.operation));
    q.bindValue(u":status"_s, toKey(app.status));
    q.bindValue(u":entity_type"_s, toKey(e.type));
    q.bindValue(u":entity_name"_s, textValue(e.name));
    q.bindValue(u":certificate_type"_s, toKey(e.certificateType));
    q.bindValue(u":certificate_number"_s, textValue(e.certificateNumber));
    q.bindValue(u":certificate_address"_s, textValue(e.certificateAddress));
    q.bindValue(u":communication_address"_s, textValue(e.communicationAddress));
    q.bindValue(u":postcode"_s, textValue(e.postcode));
    q.bindValue(u":province_code"_s, e.provinceCode);
    q.bindValue(u":investor"_s, textValue(e.investor));
    q.bindValue(u":entity_filing_number"_s, textValue(e.filingNumber));
    q.bindValue(u":registered_capital_yuan"_s, e.registeredCapitalYuan);
    q.bindValue(u":foreign_equity_percent"_s, e.foreignEquityPercent);
    q.bindValue(u":created_at"_s, dateTimeValue(app.createdAt));
    q.bindValue(u":updated_at"_s, dateTimeValue(app.updatedAt));
    q.bindValue(u":planned_submission"_s, dateValue(app.plannedSubmission));
    q.bindValue(u":wizard_page"_s, textValue(app.wizardPage));
    q.bindValue(u":licence_scope"_s, toKey(app.licenceScope));
    q.bindValue(u":service_categories"_s, stringListValue(app.serviceCategories));
    q.bindValue(u":no_pre_approval_pledge_signed"_s, app.noPreApprovalPledgeSigned);
    if (Status done = execQuery(q, u"save an application"_s); !done)
        return done;

    if (existed) {
        for (QSqlQuery& remove : m_deleteOwned) {
            remove.bindValue(u":id"_s, app.id);
            if (Status done = execQuery(remove, u"replace the rows of an application"_s); !done)
                return done;
        }
    }
    for (auto step : {&ApplicationTables::writePersons, &ApplicationTables::writeWebsites,
                      &ApplicationTables::writeDocuments, &ApplicationTables::writeHistory}) {
        if (Status done = (this->*step)(app); !done)
            return done;
    }
    return success();
}

Status ApplicationTables::writePersons(const Application& app)
{
    QSqlQuery& q = m_insertPerson;
    for (qsizetype i = 0; i < app.persons.size(); ++i) {
        const Person& p = app.persons.at(i);
        QStringList roles;
        for (PersonRole role : p.roles)
            roles.append(toKey(role));
        q.bindValue(u":application_id"_s, app.id);
        q.bindValue(u":ordinal"_s, int(i));
        q.bindValue(u":person_id"_s, textValue(p.id));
        q.bindValue(u":name"_s, textValue(p.name));
        q.bindValue(u":document_type"_s, toKey(p.documentType));
        q.bindValue(u":document_number"_s, textValue(p.documentNumber));
        q.bindValue(u":document_expiry"_s, dateValue(p.documentExpiry));
        q.bindValue(u":mobile"_s, textValue(p.mobile));
        q.bindValue(u":landline"_s, textValue(p.landline));
        q.bindValue(u":email"_s, textValue(p.email));
        q.bindValue(u":roles"_s, stringListValue(roles));
        if (Status done = execQuery(q, u"save a person"_s); !done)
            return done;
    }
    return success();
}

Status ApplicationTables::writeWebsites(const Application& app)
{
    for (qsizetype w = 0; w < app.websites.size(); ++w) {
        const Website& site = app.websites.at(w);
        QSqlQuery& q = m_insertWebsite;
        q.bindValue(u":application_id"_s, app.id);
        q.bindValue(u":ordinal"_s, int(w));
        q.bindValue(u":website_id"_s, textValue(site.id));
        q.bindValue(u":name"_s, textValue(site.name));
        q.bindValue(u":homepage_urls"_s, stringListValue(site.homepageUrls));
        q.bindValue(u":service_type"_s, textValue(site.serviceType));
        q.bindValue(u":languages"_s, stringListValue(site.languages));
        q.bindValue(u":remarks"_s, textValue(site.remarks));
        q.bindValue(u":principal_id"_s, textValue(site.principalId));
        q.bindValue(u":filing_number"_s, textValue(site.filingNumber));
        if (Status done = execQuery(q, u"save a website"_s); !done)
            return done;

        for (qsizetype i = 0; i < site.domains.size(); ++i) {
            const Domain& d = site.domains.at(i);
            QSqlQuery& dq = m_insertDomain;
            dq.bindValue(u":application_id"_s, app.id);
            dq.bindValue(u":website_ordinal"_s, int(w));
            dq.bindValue(u":ordinal"_s, int(i));
            dq.bindValue(u":name"_s, textValue(d.name));
            dq.bindValue(u":a_label"_s, textValue(d.aLabel));
            dq.bindValue(u":registrar"_s, textValue(d.registrar));
            dq.bindValue(u":registrant_name"_s, textValue(d.registrantName));
            dq.bindValue(u":registrant_document_type"_s, toKey(d.registrantDocumentType));
            dq.bindValue(u":registrant_is_organisation"_s, d.registrantIsOrganisation);
            dq.bindValue(u":registrant_document_number"_s, textValue(d.registrantDocumentNumber));
            dq.bindValue(u":real_name_verified_on"_s, dateValue(d.realNameVerifiedOn));
            dq.bindValue(u":expires_on"_s, dateValue(d.expiresOn));
            if (Status done = execQuery(dq, u"save a domain"_s); !done)
                return done;
        }
        for (qsizetype i = 0; i < site.access.size(); ++i) {
            const Access& a = site.access.at(i);
            QSqlQuery& aq = m_insertAccess;
            aq.bindValue(u":application_id"_s, app.id);
            aq.bindValue(u":website_ordinal"_s, int(w));
            aq.bindValue(u":ordinal"_s, int(i));
            aq.bindValue(u":provider"_s, textValue(a.provider));
            aq.bindValue(u":province_code"_s, a.provinceCode);
            aq.bindValue(u":ip_addresses"_s, stringListValue(a.ipAddresses));
            if (Status done = execQuery(aq, u"save an access record"_s); !done)
                return done;
        }
        for (qsizetype i = 0; i < site.preApprovals.size(); ++i) {
            const PreApproval& p = site.preApprovals.at(i);
            QSqlQuery& pq = m_insertPreApproval;
            pq.bindValue(u":application_id"_s, app.id);
            pq.bindValue(u":website_ordinal"_s, int(w));
            pq.bindValue(u":ordinal"_s, int(i));
            pq.bindValue(u":category"_s, textValue(p.category));
            pq.bindValue(u":permit_number"_s, textValue(p.permitNumber));
            pq.bindValue(u":document_id"_s, textValue(p.documentId));
            if (Status done = execQuery(pq, u"save a pre-approval"_s); !done)
                return done;
        }
    }
    return success();
}

Status ApplicationTables::writeDocuments(const Application& app)
{
    QSqlQuery& q = m_insertDocument;
    for (qsizetype i = 0; i < app.documents.size(); ++i) {
        const Document& d = app.documents.at(i);
        q.bindValue(u":application_id"_s, app.id);
        q.bindValue(u":ordinal"_s, int(i));
        q.bindValue(u":document_id"_s, textValue(d.id));
        q.bindValue(u":kind"_s, toKey(d.kind));
        q.bindValue(u":subject_id"_s, textValue(d.subjectId));
        q.bindValue(u":file_name"_s, textValue(d.fileName));
        q.bindValue(u":sha256"_s, textValue(d.sha256));
        q.bindValue(u":byte_size"_s, d.byteSize);
        q.bindValue(u":mime_type"_s, textValue(d.mimeType));
        if (Status done = execQuery(q, u"save a document"_s); !done)
            return done;
    }
    return success();
}

Status ApplicationTables::writeHistory(const Application& app)
{
    QSqlQuery& q = m_insertHistory;
    for (qsizetype i = 0; i < app.history.size(); ++i) {
        const StatusChange& change = app.history.at(i);
        q.bindValue(u":application_id"_s, app.id);
        q.bindValue(u":ordinal"_s, int(i));
        q.bindValue(u":status"_s, toKey(change.status));
        q.bindValue(u":changed_at"_s, dateTimeValue(change.at));
        q.bindValue(u":note"_s, textValue(change.note));
        if (Status done = execQuery(q, u"save the status history"_s); !done)
            return done;
    }
    return success();
}

Result<bool> ApplicationTables::remove(const QString& id)
{
    if (Status done = prepare(); !done)
        return done.error();
    m_remove.bindValue(u":id"_s, id);
    if (Status done = execQuery(m_remove, u"remove an application"_s); !done)
        return done.error();
    return m_remove.numRowsAffected() > 0;
}

} // namespace icp
