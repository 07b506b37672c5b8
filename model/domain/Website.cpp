#include "domain/Website.h"

#include "domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace icp {

QJsonObject Domain::toJson() const
{
    return QJsonObject{
        {u"name"_s, name},
        {u"aLabel"_s, aLabel},
        {u"registrar"_s, registrar},
        {u"registrantName"_s, registrantName},
        {u"registrantDocumentType"_s, toKey(registrantDocumentType)},
        {u"registrantIsOrganisation"_s, registrantIsOrganisation},
        {u"registrantDocumentNumber"_s, registrantDocumentNumber},
        {u"realNameVerifiedOn"_s, dateToJson(realNameVerifiedOn)},
        {u"expiresOn"_s, dateToJson(expiresOn)},
    };
}

Domain Domain::fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems)
{
    JsonReader reader(json, path, problems);
    Domain domain;
    domain.name = reader.string(u"name"_s, JsonReader::Required);
    domain.aLabel = reader.string(u"aLabel"_s);
    domain.registrar = reader.string(u"registrar"_s);
    domain.registrantName = reader.string(u"registrantName"_s);
    domain.registrantDocumentType =
        reader.enumValue(u"registrantDocumentType"_s, domain.registrantDocumentType);
    domain.registrantIsOrganisation =
        reader.boolean(u"registrantIsOrganisation"_s, domain.registrantIsOrganisation);
    domain.registrantDocumentNumber = reader.string(u"registrantDocumentNumber"_s);
    domain.realNameVerifiedOn = reader.date(u"realNameVerifiedOn"_s);
    domain.expiresOn = reader.date(u"expiresOn"_s);
    return domain;
}

QJsonObject Access::toJson() const
{
    return QJsonObject{
        {u"provider"_s, provider},
        {u"provinceCode"_s, provinceCode},
        {u"ipAddresses"_s, stringListToJson(ipAddresses)},
    };
}

Access Access::fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems)
{
    JsonReader reader(json, path, problems);
    Access access;
    access.provider = reader.string(u"provider"_s);
    access.provinceCode = reader.integer(u"provinceCode"_s);
    access.ipAddresses = reader.stringList(u"ipAddresses"_s);
    return access;
}

QJsonObject PreApproval::toJson() const
{
    return QJsonObject{
        {u"category"_s, category},
        {u"permitNumber"_s, permitNumber},
        {u"documentId"_s, documentId},
    };
}

PreApproval PreApproval::fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems)
{
    JsonReader reader(json, path, problems);
    PreApproval preApproval;
    preApproval.category = reader.string(u"category"_s, JsonReader::Required);
    preApproval.permitNumber = reader.string(u"permitNumber"_s);
    preApproval.documentId = reader.string(u"documentId"_s);
    return preApproval;
}

QJsonObject Website::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"homepageUrls"_s, stringListToJson(homepageUrls)},
        {u"domains"_s, objectListToJson(domains)},
        {u"serviceType"_s, serviceType},
        {u"preApprovals"_s, objectListToJson(preApprovals)},
        {u"languages"_s, stringListToJson(languages)},
        {u"remarks"_s, remarks},
        {u"principalId"_s, principalId},
        {u"access"_s, objectListToJson(access)},
        {u"filingNumber"_s, filingNumber},
    };
}

Website Website::fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems)
{
    JsonReader reader(json, path, problems);
    Website website;
    website.id = reader.string(u"id"_s, JsonReader::Required);
    website.name = reader.string(u"name"_s);
    website.homepageUrls = reader.stringList(u"homepageUrls"_s);
    website.domains = reader.objectList<Domain>(u"domains"_s);
    website.serviceType = reader.string(u"serviceType"_s);
    website.preApprovals = reader.objectList<PreApproval>(u"preApprovals"_s);
    website.languages = reader.stringList(u"languages"_s);
    website.remarks = reader.string(u"remarks"_s);
    website.principalId = reader.string(u"principalId"_s);
    website.access = reader.objectList<Access>(u"access"_s);
    website.filingNumber = reader.string(u"filingNumber"_s);
    return website;
}

} // namespace icp
