#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QString>

namespace icp {

// The live checks of the registry editor: each returns an empty string when the value is
// acceptable, else a translated message that names the field (issue 11: bad input names the
// field). The validators are the project's own (model/validation), so a number the editor
// accepts is one `icpctl licences import` accepts too.
namespace registry_checks {

// The record's number: a filing number (京ICP备…号) for filings, a licence number for licences.
// Required: the registry matches records by number.
QString number(ApplicationKind kind, const QString& text);
QString entityName(const QString& text); // required
QString uscc(const QString& text);       // optional
// A website's number (…号-N) and public-security number; both optional. `where` names the
// row ("Website 2").
QString websiteNumber(const QString& where, const QString& text);
QString psbNumber(const QString& where, const QString& text);
QString domain(const QString& where, const QString& text); // required in a domain row
// A date typed in a table cell (YYYY-MM-DD); empty is fine.
QString dateCell(const QString& where, const QString& column, const QString& text);
QDate parseDateCell(const QString& text);

// The default expiry of a licence: issue + the validity of the licence-limits table (5 years,
// docs/regulations.md §1.3). Null for filings, which do not expire.
QDate defaultExpiry(ApplicationKind kind, const QDate& issuedOn);

} // namespace registry_checks
} // namespace icp
