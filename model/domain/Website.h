#pragma once

#include "domain/Enums.h"
#include "domain/Json.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace icp {

struct Domain
{
    QString name;   // as the user wrote it (Unicode form)
    QString aLabel; // filled by normalisation (validation::parseDomainName)
    QString registrar;
    QString registrantName;
    PersonDocumentType registrantDocumentType = PersonDocumentType::ResidentId;
    bool registrantIsOrganisation = true;
    QString registrantDocumentNumber; // USCC for organisations
    QDate realNameVerifiedOn;
    QDate expiresOn;

    QJsonObject toJson() const;
    static Domain fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const Domain&) const = default;
};

// 接入: where the website is hosted.
struct Access
{
    QString provider;        // access provider (接入商) name
    int provinceCode = 0;    // server location
    QStringList ipAddresses; // IPv4 or IPv6

    QJsonObject toJson() const;
    static Access fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const Access&) const = default;
};

// 前置审批: pre-approval from a competent department (docs/regulations.md §6.3).
struct PreApproval
{
    QString category; // key of the `pre-approval-categories` table, e.g. "news", "drugs"
    QString permitNumber;
    QString documentId; // Document::id of the permit scan, may be empty

    QJsonObject toJson() const;
    static PreApproval fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const PreApproval&) const = default;
};

struct Website
{
    QString id;
    QString name;
    QStringList homepageUrls;
    QList<Domain> domains;
    QString
        serviceType; // key of the `service-types` table: "portal", "organisation-portal", "blog", "other" …
    QList<PreApproval> preApprovals;
    QStringList languages; // BCP 47: zh-Hans, en …
    QString remarks;
    QString principalId; // Person::id of the website principal
    QList<Access> access;
    QString filingNumber; // site number when granted (…号-n)

    QJsonObject toJson() const;
    static Website fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const Website&) const = default;
};

} // namespace icp
