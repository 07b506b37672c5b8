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

// A domain of a registered website, with what keeps it alive (a lapsed domain endangers the
// filing: docs/regulations.md §5).
struct RegisteredDomain
{
    QString name; // as registered (Unicode for IDNs)
    QString registrar;
    QDate expiresOn;

    QJsonObject toJson() const;
    static RegisteredDomain fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const RegisteredDomain&) const = default;
};

// A website under a filing or licence: its website number (…号-N), where it is reached and
// its public-security filing (docs/regulations.md R36).
struct RegisteredWebsite
{
    QString number; // 京ICP备2021034286号-3
    QString name;
    QStringList homepageUrls;
    QString psbNumber; // 京公网安备11010502030143号; empty until filed
    QDate launchedOn;  // the public-security filing is due 30 days later
    QList<RegisteredDomain> domains;

    QJsonObject toJson() const;
    static RegisteredWebsite fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const RegisteredWebsite&) const = default;
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

    // The portfolio registry (docs/portfolio.md): what a manager keeps of every record.
    QString uscc;         // the entity's unified social credit code
    int provinceCode = 0; // the communications administration's province (GB/T 2260)
    QList<RegisteredWebsite> websites;
    QString accessProvider;  // the hosting / access provider (接入商)
    QDate hostingExpiresOn;  // the access contract ends: a lapse endangers the filing
    QDate businessChangedOn; // the business registration changed: the licence follows in 30 days
    QString owner;           // the person who answers for it
    LicenceStatus status = LicenceStatus::Active;
    QString notes;

    // Licence lifecycle (docs/regulations.md §1.3, R40)
    QDate renewalDueOn() const;                       // expiry − 90 days
    QDate annualReportDueOn(int operatingYear) const; // 31 March of the following year

    QJsonObject toJson() const;
    static Licence fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const Licence&) const = default;
};

} // namespace icp
