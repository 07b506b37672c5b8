#pragma once

#include "domain/Enums.h"
#include "domain/Json.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace icp {

struct AnnualReport
{
    int year = 0; // the operating year reported on
    QDate filedOn;

    QJsonObject toJson() const;
    static AnnualReport fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const AnnualReport&) const = default;
};

// A granted record: an ICP filing number or an ICP/VATS licence the organisation holds.
struct Licence
{
    QString id;
    QString applicationId;                          // the application that produced it, when known
    ApplicationKind kind = ApplicationKind::Filing; // filing number or licence
    QString number; // 京ICP备2021034286号-3 / 京ICP证030173号 / 粤B2-20090059
    QString entityName;
    LicenceScope scope = LicenceScope::Province;
    QStringList services; // B25 …
    QDate issuedOn;
    QDate expiresOn; // null for filings (no expiry); issue + 5 years for licences
    QList<AnnualReport> annualReports;

    // Licence lifecycle (docs/regulations.md §1.3, R40)
    QDate renewalDueOn() const;                       // expiry − 90 days
    QDate annualReportDueOn(int operatingYear) const; // 31 March of the following year

    QJsonObject toJson() const;
    static Licence fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const Licence&) const = default;
};

} // namespace icp
