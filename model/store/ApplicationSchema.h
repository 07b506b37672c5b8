#pragma once

#include "domain/Application.h"
#include "store/RowMapper.h"

// The columns of the tables that hold an Application (schema in Migrations.cpp), each
// named once, and the row mapper of each table (docs/database.md "Row mappers").
namespace icp::store::schema {

using namespace Qt::StringLiterals;

// The keys of every row an application owns: its id and the row's place in its list
// (child rows of a website also carry the website's place).
namespace owned {
inline const Column applicationId{u"application_id"_s};
inline const Column websiteOrdinal{u"website_ordinal"_s};
inline const Column ordinal{u"ordinal"_s};
} // namespace owned

namespace applications {
inline const Column id{u"id"_s};
inline const Column kind{u"kind"_s};
inline const Column operation{u"operation"_s};
inline const Column status{u"status"_s};
inline const Column entityType{u"entity_type"_s};
inline const Column entityName{u"entity_name"_s};
inline const Column certificateType{u"certificate_type"_s};
inline const Column certificateNumber{u"certificate_number"_s};
inline const Column certificateAddress{u"certificate_address"_s};
inline const Column communicationAddress{u"communication_address"_s};
inline const Column postcode{u"postcode"_s};
inline const Column provinceCode{u"province_code"_s};
inline const Column investor{u"investor"_s};
inline const Column entityFilingNumber{u"entity_filing_number"_s};
inline const Column registeredCapitalYuan{u"registered_capital_yuan"_s};
inline const Column foreignEquityPercent{u"foreign_equity_percent"_s};
inline const Column createdAt{u"created_at"_s};
inline const Column updatedAt{u"updated_at"_s};
inline const Column plannedSubmission{u"planned_submission"_s};
inline const Column wizardPage{u"wizard_page"_s};
inline const Column licenceScope{u"licence_scope"_s};
inline const Column serviceCategories{u"service_categories"_s};
inline const Column noPreApprovalPledgeSigned{u"no_pre_approval_pledge_signed"_s};
} // namespace applications

namespace persons {
inline const Column personId{u"person_id"_s};
inline const Column name{u"name"_s};
inline const Column documentType{u"document_type"_s};
inline const Column documentNumber{u"document_number"_s};
inline const Column documentExpiry{u"document_expiry"_s};
inline const Column mobile{u"mobile"_s};
inline const Column landline{u"landline"_s};
inline const Column email{u"email"_s};
inline const Column roles{u"roles"_s};
} // namespace persons

namespace websites {
inline const Column websiteId{u"website_id"_s};
inline const Column name{u"name"_s};
inline const Column homepageUrls{u"homepage_urls"_s};
inline const Column serviceType{u"service_type"_s};
inline const Column languages{u"languages"_s};
inline const Column remarks{u"remarks"_s};
inline const Column principalId{u"principal_id"_s};
inline const Column filingNumber{u"filing_number"_s};
} // namespace websites

namespace domains {
inline const Column name{u"name"_s};
inline const Column aLabel{u"a_label"_s};
inline const Column registrar{u"registrar"_s};
inline const Column registrantName{u"registrant_name"_s};
inline const Column registrantDocumentType{u"registrant_document_type"_s};
inline const Column registrantIsOrganisation{u"registrant_is_organisation"_s};
inline const Column registrantDocumentNumber{u"registrant_document_number"_s};
inline const Column realNameVerifiedOn{u"real_name_verified_on"_s};
inline const Column expiresOn{u"expires_on"_s};
} // namespace domains

namespace access {
inline const Column provider{u"provider"_s};
inline const Column provinceCode{u"province_code"_s};
inline const Column ipAddresses{u"ip_addresses"_s};
} // namespace access

namespace preApprovals {
inline const Column category{u"category"_s};
inline const Column permitNumber{u"permit_number"_s};
inline const Column documentId{u"document_id"_s};
} // namespace preApprovals

namespace documents {
inline const Column documentId{u"document_id"_s};
inline const Column kind{u"kind"_s};
inline const Column subjectId{u"subject_id"_s};
inline const Column fileName{u"file_name"_s};
inline const Column sha256{u"sha256"_s};
inline const Column byteSize{u"byte_size"_s};
inline const Column mimeType{u"mime_type"_s};
} // namespace documents

namespace statusHistory {
inline const Column status{u"status"_s};
inline const Column changedAt{u"changed_at"_s};
inline const Column note{u"note"_s};
} // namespace statusHistory

// The root row (key: applications.id) and the owned rows, keyed by owned::applicationId,
// [owned::websiteOrdinal,] owned::ordinal. Built on first use.
const RowMapper<Application>& applicationRows();
const RowMapper<Person>& personRows();
const RowMapper<Website>& websiteRows();
const RowMapper<Domain>& domainRows();
const RowMapper<Access>& accessRows();
const RowMapper<PreApproval>& preApprovalRows();
const RowMapper<Document>& documentRows();
const RowMapper<StatusChange>& statusHistoryRows();

} // namespace icp::store::schema
