#include "domain/Licence.h"

#include "core/DataTable.h"
#include "domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// The lifecycle dates come from the table `licence-limits` (docs/regulations.md §1.3), read here
// only: the rules (LIC-006, LIC-007), the Granted page and the obligations engine all ask a
// Licence for its dates, so they cannot disagree.
int limit(QLatin1StringView key, int fallback)
{
    return DataTable::load(u"licence-limits"_s).header().value(key).toInt(fallback);
}

} // namespace

QJsonObject AnnualReport::toJson() const
{
    return QJsonObject{
        {u"year"_s, year},
        {u"filedOn"_s, dateToJson(filedOn)},
    };
}

AnnualReport AnnualReport::fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems)
{
    JsonReader reader(json, path, problems);
    AnnualReport report;
    report.year = reader.integer(u"year"_s, 0, JsonReader::Required);
    report.filedOn = reader.date(u"filedOn"_s);
    return report;
}

QJsonObject RegisteredDomain::toJson() const
{
    return QJsonObject{
        {u"name"_s, name},
        {u"registrar"_s, registrar},
        {u"expiresOn"_s, dateToJson(expiresOn)},
    };
}

RegisteredDomain RegisteredDomain::fromJson(const QJsonObject& json, const QString& path,
                                            JsonProblems& problems)
{
    JsonReader reader(json, path, problems);
    RegisteredDomain domain;
    domain.name = reader.string(u"name"_s, JsonReader::Required);
    domain.registrar = reader.string(u"registrar"_s);
    domain.expiresOn = reader.date(u"expiresOn"_s);
    return domain;
}

QJsonObject RegisteredWebsite::toJson() const
{
    return QJsonObject{
        {u"number"_s, number},
        {u"name"_s, name},
        {u"homepageUrls"_s, stringListToJson(homepageUrls)},
        {u"psbNumber"_s, psbNumber},
        {u"launchedOn"_s, dateToJson(launchedOn)},
        {u"domains"_s, objectListToJson(domains)},
    };
}

RegisteredWebsite RegisteredWebsite::fromJson(const QJsonObject& json, const QString& path,
                                              JsonProblems& problems)
{
    JsonReader reader(json, path, problems);
    RegisteredWebsite website;
    website.number = reader.string(u"number"_s);
    website.name = reader.string(u"name"_s);
    website.homepageUrls = reader.stringList(u"homepageUrls"_s);
    website.psbNumber = reader.string(u"psbNumber"_s);
    website.launchedOn = reader.date(u"launchedOn"_s);
    website.domains = reader.objectList<RegisteredDomain>(u"domains"_s);
    return website;
}

// docs/regulations.md §1.3 (Order 19 Art. 25): apply for renewal at least 90 days before expiry.
// Only the months and days a date has: 29 February + 5 years is 28 February (QDate::addYears),
// the expiry LIC-009 expects.
// This is the last day to apply: a renewal applied for later is refused at expiry and the
// licensee must apply for a new licence (docs/regulations.md §1.3, R40).
QDate Licence::renewalDueOn() const
{
    if (!expiresOn.isValid())
        return {};
    return expiresOn.addDays(-limit("renewalLeadDays"_L1, 90));
}

// docs/regulations.md §1.3: the annual report on year N is due 1 Jan – 31 Mar of year N+1, for
// every licence held on 31 Dec of year N. Filings have no annual report; a licence not
// yet issued or already expired on 31 Dec of that year owes none either (null date).
QDate Licence::annualReportDueOn(int operatingYear) const
{
    if (kind != ApplicationKind::Licence)
        return {};
    const QDate yearEnd(operatingYear, 12, 31);
    if (issuedOn.isValid() && issuedOn > yearEnd)
        return {};
    if (expiresOn.isValid() && expiresOn < yearEnd)
        return {};
    return QDate(operatingYear + 1, limit("annualReportDueMonth"_L1, 3), limit("annualReportDueDay"_L1, 31));
}

QJsonObject Licence::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"applicationId"_s, applicationId},
        {u"kind"_s, toKey(kind)},
        {u"number"_s, number},
        {u"entityName"_s, entityName},
        {u"scope"_s, toKey(scope)},
        {u"services"_s, stringListToJson(services)},
        {u"issuedOn"_s, dateToJson(issuedOn)},
        {u"expiresOn"_s, dateToJson(expiresOn)},
        {u"annualReports"_s, objectListToJson(annualReports)},
        {u"uscc"_s, uscc},
        {u"provinceCode"_s, provinceCode},
        {u"websites"_s, objectListToJson(websites)},
        {u"accessProvider"_s, accessProvider},
        {u"hostingExpiresOn"_s, dateToJson(hostingExpiresOn)},
        {u"businessChangedOn"_s, dateToJson(businessChangedOn)},
        {u"owner"_s, owner},
        {u"status"_s, toKey(status)},
        {u"notes"_s, notes},
    };
}

Licence Licence::fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems)
{
    JsonReader reader(json, path, problems);
    Licence licence;
    licence.id = reader.string(u"id"_s, JsonReader::Required);
    licence.applicationId = reader.string(u"applicationId"_s);
    licence.kind = reader.enumValue(u"kind"_s, licence.kind, JsonReader::Required);
    licence.number = reader.string(u"number"_s, JsonReader::Required);
    licence.entityName = reader.string(u"entityName"_s);
    licence.scope = reader.enumValue(u"scope"_s, licence.scope);
    licence.services = reader.stringList(u"services"_s);
    licence.issuedOn = reader.date(u"issuedOn"_s);
    licence.expiresOn = reader.date(u"expiresOn"_s);
    licence.annualReports = reader.objectList<AnnualReport>(u"annualReports"_s);
    licence.uscc = reader.string(u"uscc"_s);
    licence.provinceCode = reader.integer(u"provinceCode"_s);
    licence.websites = reader.objectList<RegisteredWebsite>(u"websites"_s);
    licence.accessProvider = reader.string(u"accessProvider"_s);
    licence.hostingExpiresOn = reader.date(u"hostingExpiresOn"_s);
    licence.businessChangedOn = reader.date(u"businessChangedOn"_s);
    licence.owner = reader.string(u"owner"_s);
    licence.status = reader.enumValue(u"status"_s, licence.status);
    licence.notes = reader.string(u"notes"_s);
    return licence;
}

} // namespace icp
