#pragma once

#include "domain/Application.h"
#include "store/RowMapper.h"

// The columns of the tables that hold an Application (schema in Migrations.cpp), each
// named once, and the row mapper of each table (docs/database.md "Row mappers").
namespace icp::store::schema {

// The keys of every row an application owns: its id and the row's place in its list
// (child rows of a website also carry the website's place).
namespace owned {
inline const Column applicationId{QStringLiteral("application_id")};
inline const Column websiteOrdinal{QStringLiteral("website_ordinal")};
inline const Column ordinal{QStringLiteral("ordinal")};
} // namespace owned

namespace applications {
inline const Column id{QStringLiteral("id")};
inline const Column kind{QStringLiteral("kind")};
inline const Column operation{QStringLiteral("operation")};
inline const Column status{QStringLiteral("status")};
inline const Column entityType{QStringLiteral("entity_type")};
inline const Column entityName{QStringLiteral("entity_name")};
inline const Column certificateType{QStringLiteral("certificate_type")};
inline const Column certificateNumber{QStringLiteral("certificate_number")};
inline const Column certificateAddress{QStringLiteral("certificate_address")};
inline const Column communicationAddress{QStringLiteral("communication_address")};
inline const Column postcode{QStringLiteral("postcode")};
inline const Column provinceCode{QStringLiteral("province_code")};
inline const Column investor{QStringLiteral("investor")};
inline const Column entityFilingNumber{QStringLiteral("entity_filing_number")};
inline const Column registeredCapitalYuan{QStringLiteral("registered_capital_yuan")};
inline const Column foreignEquityPercent{QStringLiteral("foreign_equity_percent")};
inline const Column createdAt{QStringLiteral("created_at")};
inline const Column updatedAt{QStringLiteral("updated_at")};
inline const Column plannedSubmission{QStringLiteral("planned_submission")};
inline const Column wizardPage{QStringLiteral("wizard_page")};
inline const Column licenceScope{QStringLiteral("licence_scope")};
inline const Column serviceCategories{QStringLiteral("service_categories")};
inline const Column noPreApprovalPledgeSigned{QStringLiteral("no_pre_approval_pledge_signed")};
} // namespace applications

namespace persons {
inline const Column personId{QStringLiteral("person_id")};
inline const Column name{QStringLiteral("name")};
inline const Column documentType{QStringLiteral("document_type")};
inline const Column documentNumber{QStringLiteral("document_number")};
inline const Column documentExpiry{QStringLiteral("document_expiry")};
inline const Column mobile{QStringLiteral("mobile")};
inline const Column landline{QStringLiteral("landline")};
inline const Column email{QStringLiteral("email")};
inline const Column roles{QStringLiteral("roles")};
} // namespace persons

namespace websites {
inline const Column websiteId{QStringLiteral("website_id")};
inline const Column name{QStringLiteral("name")};
inline const Column homepageUrls{QStringLiteral("homepage_urls")};
inline const Column serviceType{QStringLiteral("service_type")};
inline const Column languages{QStringLiteral("languages")};
inline const Column remarks{QStringLiteral("remarks")};
inline const Column principalId{QStringLiteral("principal_id")};
inline const Column filingNumber{QStringLiteral("filing_number")};
} // namespace websites

namespace domains {
inline const Column name{QStringLiteral("name")};
inline const Column aLabel{QStringLiteral("a_label")};
inline const Column registrar{QStringLiteral("registrar")};
inline const Column registrantName{QStringLiteral("registrant_name")};
inline const Column registrantDocumentType{QStringLiteral("registrant_document_type")};
inline const Column registrantIsOrganisation{QStringLiteral("registrant_is_organisation")};
inline const Column registrantDocumentNumber{QStringLiteral("registrant_document_number")};
inline const Column realNameVerifiedOn{QStringLiteral("real_name_verified_on")};
inline const Column expiresOn{QStringLiteral("expires_on")};
} // namespace domains

namespace access {
inline const Column provider{QStringLiteral("provider")};
inline const Column provinceCode{QStringLiteral("province_code")};
inline const Column ipAddresses{QStringLiteral("ip_addresses")};
} // namespace access

namespace preApprovals {
inline const Column category{QStringLiteral("category")};
inline const Column permitNumber{QStringLiteral("permit_number")};
inline const Column documentId{QStringLiteral("document_id")};
} // namespace preApprovals

namespace documents {
inline const Column documentId{QStringLiteral("document_id")};
inline const Column kind{QStringLiteral("kind")};
inline const Column subjectId{QStringLiteral("subject_id")};
inline const Column fileName{QStringLiteral("file_name")};
inline const Column sha256{QStringLiteral("sha256")};
inline const Column byteSize{QStringLiteral("byte_size")};
inline const Column mimeType{QStringLiteral("mime_type")};
} // namespace documents

namespace statusHistory {
inline const Column status{QStringLiteral("status")};
inline const Column changedAt{QStringLiteral("changed_at")};
inline const Column note{QStringLiteral("note")};
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
