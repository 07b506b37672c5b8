#include "store/ApplicationSchema.h"

using namespace Qt::StringLiterals;

namespace icp::store::schema {

namespace {

const QList<const Column*> kOwned{&owned::applicationId, &owned::ordinal};
const QList<const Column*> kOwnedByWebsite{&owned::applicationId, &owned::websiteOrdinal, &owned::ordinal};

// Roles are a list of enum keys in one text column.
RowMapper<Person>::Field rolesField()
{
    return {&persons::roles,
            [](const Person& p) {
                QStringList keys;
                for (PersonRole role : p.roles)
                    keys.append(toKey(role));
                return stringListValue(keys);
            },
            [](const QVariant& value, Person& p, const QString& table) -> Status {
                const QStringList keys = toStringList(value);
                for (const QString& key : keys) {
                    Result<PersonRole> role = toEnum<PersonRole>(key, table + u'.' + persons::roles.name);
                    if (!role)
                        return role.error();
                    p.roles.append(role.value());
                }
                return success();
            }};
}

} // namespace

const RowMapper<Application>& applicationRows()
{
    using M = RowMapper<Application>;
    using namespace applications;
    static const M rows{
        u"applications"_s,
        {},
        {
            M::text(id, &Application::id),
            M::enumKey(kind, &Application::kind),
            M::enumKey(operation, &Application::operation),
            M::enumKey(status, &Application::status),
            M::enumKey(
                entityType, [](auto& a) -> auto& { return a.entity.type; }),
            M::text(
                entityName, [](auto& a) -> auto& { return a.entity.name; }),
            M::enumKey(
                certificateType, [](auto& a) -> auto& { return a.entity.certificateType; }),
            M::text(
                certificateNumber, [](auto& a) -> auto& { return a.entity.certificateNumber; }),
            M::text(
                certificateAddress, [](auto& a) -> auto& { return a.entity.certificateAddress; }),
            M::text(
                communicationAddress, [](auto& a) -> auto& { return a.entity.communicationAddress; }),
            M::text(
                postcode, [](auto& a) -> auto& { return a.entity.postcode; }),
            M::plain(
                provinceCode, [](auto& a) -> auto& { return a.entity.provinceCode; }),
            M::text(
                investor, [](auto& a) -> auto& { return a.entity.investor; }),
            M::text(
                entityFilingNumber, [](auto& a) -> auto& { return a.entity.filingNumber; }),
            M::plain(
                registeredCapitalYuan, [](auto& a) -> auto& { return a.entity.registeredCapitalYuan; }),
            M::plain(
                foreignEquityPercent, [](auto& a) -> auto& { return a.entity.foreignEquityPercent; }),
            M::dateTime(createdAt, &Application::createdAt),
            M::dateTime(updatedAt, &Application::updatedAt),
            M::date(plannedSubmission, &Application::plannedSubmission),
            M::text(wizardPage, &Application::wizardPage),
            M::enumKey(licenceScope, &Application::licenceScope),
            M::stringList(serviceCategories, &Application::serviceCategories),
            M::plain(noPreApprovalPledgeSigned, &Application::noPreApprovalPledgeSigned),
        }};
    return rows;
}

const RowMapper<Person>& personRows()
{
    using M = RowMapper<Person>;
    using namespace persons;
    static const M rows{u"persons"_s,
                        kOwned,
                        {
                            M::text(personId, &Person::id),
                            M::text(name, &Person::name),
                            M::enumKey(documentType, &Person::documentType),
                            M::text(documentNumber, &Person::documentNumber),
                            M::date(documentExpiry, &Person::documentExpiry),
                            M::text(mobile, &Person::mobile),
                            M::text(landline, &Person::landline),
                            M::text(email, &Person::email),
                            rolesField(),
                        }};
    return rows;
}

const RowMapper<Website>& websiteRows()
{
    using M = RowMapper<Website>;
    using namespace websites;
    static const M rows{u"websites"_s,
                        kOwned,
                        {
                            M::text(websiteId, &Website::id),
                            M::text(name, &Website::name),
                            M::stringList(homepageUrls, &Website::homepageUrls),
                            M::text(serviceType, &Website::serviceType),
                            M::stringList(languages, &Website::languages),
                            M::text(remarks, &Website::remarks),
                            M::text(principalId, &Website::principalId),
                            M::text(filingNumber, &Website::filingNumber),
                        }};
    return rows;
}

const RowMapper<Domain>& domainRows()
{
    using M = RowMapper<Domain>;
    using namespace domains;
    static const M rows{u"domains"_s,
                        kOwnedByWebsite,
                        {
                            M::text(name, &Domain::name),
                            M::text(aLabel, &Domain::aLabel),
                            M::text(registrar, &Domain::registrar),
                            M::text(registrantName, &Domain::registrantName),
                            M::enumKey(registrantDocumentType, &Domain::registrantDocumentType),
                            M::plain(registrantIsOrganisation, &Domain::registrantIsOrganisation),
                            M::text(registrantDocumentNumber, &Domain::registrantDocumentNumber),
                            M::date(realNameVerifiedOn, &Domain::realNameVerifiedOn),
                            M::date(expiresOn, &Domain::expiresOn),
                        }};
    return rows;
}

const RowMapper<Access>& accessRows()
{
    using M = RowMapper<Access>;
    using namespace access;
    static const M rows{u"access"_s,
                        kOwnedByWebsite,
                        {
                            M::text(provider, &Access::provider),
                            M::plain(provinceCode, &Access::provinceCode),
                            M::stringList(ipAddresses, &Access::ipAddresses),
                        }};
    return rows;
}

const RowMapper<PreApproval>& preApprovalRows()
{
    using M = RowMapper<PreApproval>;
    using namespace preApprovals;
    static const M rows{u"pre_approvals"_s,
                        kOwnedByWebsite,
                        {
                            M::text(category, &PreApproval::category),
                            M::text(permitNumber, &PreApproval::permitNumber),
                            M::text(documentId, &PreApproval::documentId),
                        }};
    return rows;
}

const RowMapper<Document>& documentRows()
{
    using M = RowMapper<Document>;
    using namespace documents;
    static const M rows{u"documents"_s,
                        kOwned,
                        {
                            M::text(documentId, &Document::id),
                            M::enumKey(kind, &Document::kind),
                            M::text(subjectId, &Document::subjectId),
                            M::text(fileName, &Document::fileName),
                            M::text(sha256, &Document::sha256),
                            M::plain(byteSize, &Document::byteSize),
                            M::text(mimeType, &Document::mimeType),
                        }};
    return rows;
}

const RowMapper<StatusChange>& statusHistoryRows()
{
    using M = RowMapper<StatusChange>;
    using namespace statusHistory;
    static const M rows{u"status_history"_s,
                        kOwned,
                        {
                            M::enumKey(status, &StatusChange::status),
                            M::dateTime(changedAt, &StatusChange::at),
                            M::text(note, &StatusChange::note),
                        }};
    return rows;
}

} // namespace icp::store::schema
