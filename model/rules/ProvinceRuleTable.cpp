#include "core/DataTable.h"
#include "core/Logging.h"
#include "rules/ProvinceRules.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

const DataTable& table()
{
    return DataTable::load(u"province-rules"_s);
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array)
        list.append(v.toString());
    return list;
}

ProvinceRules parse(const QJsonObject& o, int code)
{
    ProvinceRules r;
    r.code = code;
    const QString pid = o.value("personalId"_L1).toString();
    r.personalId = pid == "local"_L1             ? ProvinceRules::PersonalId::Local
                   : pid == "residence-proof"_L1 ? ProvinceRules::PersonalId::ResidenceProof
                                                 : ProvinceRules::PersonalId::Unstated;
    r.acceptsForeignIndividuals = o.value("acceptsForeignIndividuals"_L1).toBool(true);
    r.localMobile = o.value("localMobile"_L1).toBool();
    r.localMobileOlderRule = o.value("localMobileOlderRule"_L1).toBool();
    const QString lr = o.value("legalRepPrincipal"_L1).toString();
    r.legalRepPrincipal = lr == "any"_L1             ? ProvinceRules::LegalRepPrincipal::Any
                          : lr == "authorisation"_L1 ? ProvinceRules::LegalRepPrincipal::Authorisation
                                                     : ProvinceRules::LegalRepPrincipal::Required;
    const QString dw = o.value("delegatedWebsitePrincipal"_L1).toString();
    r.delegatedWebsitePrincipal = dw == "same"_L1        ? ProvinceRules::DelegatedWebsitePrincipal::Same
                                  : dw == "different"_L1 ? ProvinceRules::DelegatedWebsitePrincipal::Different
                                                         : ProvinceRules::DelegatedWebsitePrincipal::Any;
    r.websitePrincipalAuthorisation = o.value("websitePrincipalAuthorisation"_L1).toBool();
    const QStringList owners = stringList(o.value("domainOwners"_L1));
    r.domainOwnerLegalRep = owners.contains("legal-representative"_L1);
    r.domainOwnerEntityPrincipal = owners.contains("entity-principal"_L1);
    r.domainMinRemainingMonths = o.value("domainMinRemainingMonths"_L1).toInt();
    r.maxSitesPerOrder = o.value("maxSitesPerOrder"_L1).toInt();
    r.maxDomainsPerOrderPersonal = o.value("maxDomainsPerOrderPersonal"_L1).toInt();
    r.maxDomainsPerOrderOrganisation = o.value("maxDomainsPerOrderOrganisation"_L1).toInt();
    r.maxDomainsPerOrderPersonalFirstFiling = o.value("maxDomainsPerOrderPersonalFirstFiling"_L1).toInt();
    r.pledgeRequired = o.value("pledgeRequired"_L1).toBool();
    r.remarksRequiredPersonal = o.value("remarksRequiredPersonal"_L1).toBool();
    r.remarksMinLength = o.value("remarksMinLength"_L1).toInt();
    r.otherServiceNeedsRemark = o.value("otherServiceNeedsRemark"_L1).toBool();
    r.distinctEmails = o.value("distinctEmails"_L1).toBool();
    r.contact2Required = o.value("contact2Required"_L1).toBool();
    r.contact2Landline = o.value("contact2Landline"_L1).toBool();
    r.phoneIdUnusedStrict = o.value("phoneIdUnusedStrict"_L1).toBool();
    r.minimumAge = o.value("minimumAge"_L1).toInt(18);
    r.minimumAgeWithProof = o.value("minimumAgeWithProof"_L1).toInt();
    r.absoluteMinimumAge = o.value("absoluteMinimumAge"_L1).toInt(16);
    r.minorsViaGuardian = o.value("minorsViaGuardian"_L1).toBool();
    r.organisationPrincipalMinimumAge = o.value("organisationPrincipalMinimumAge"_L1).toInt(18);
    r.idMinRemainingMonths = o.value("idMinRemainingMonths"_L1).toInt(3);
    r.idExpiryBlocking = o.value("idExpiryBlocking"_L1).toBool();
    const QString hp = o.value("homepageUrls"_L1).toString();
    r.homepageUrls = hp == "one-per-site"_L1     ? ProvinceRules::HomepageUrls::OnePerSite
                     : hp == "one-per-domain"_L1 ? ProvinceRules::HomepageUrls::OnePerDomain
                                                 : ProvinceRules::HomepageUrls::Any;
    r.forbiddenSuffixes = stringList(o.value("forbiddenSuffixes"_L1));
    r.forbiddenSuffixesPersonal = stringList(o.value("forbiddenSuffixesPersonal"_L1));
    r.personalServiceTypesForbidden = stringList(o.value("personalServiceTypesForbidden"_L1));
    r.personalServiceTypesRequired = stringList(o.value("personalServiceTypesRequired"_L1));
    r.multiDomainRemark = o.value("multiDomainRemark"_L1).toBool();
    r.uniqueSiteNames = o.value("uniqueSiteNames"_L1).toBool();
    const QJsonObject plan = o.value("constructionPlan"_L1).toObject();
    r.planPersonalDomains = plan.value("personalDomains"_L1).toInt();
    r.planOrganisationDomains = plan.value("organisationDomains"_L1).toInt();
    r.planSites = plan.value("sites"_L1).toInt();
    r.planDomainsPerSite = plan.value("domainsPerSite"_L1).toInt();
    r.domainCertificatesFrom = o.value("domainCertificatesFrom"_L1).toInt();
    r.caReviewWorkingDays = o.value("caReviewWorkingDays"_L1).toInt(20);
    r.publicSectorSuffixes = o.value("publicSectorSuffixes"_L1).toBool();
    r.footerEntityNumber = o.value("footerNumber"_L1).toString() == "entity"_L1;
    r.noPreApprovalPledgeAccepted = o.value("noPreApprovalPledgeAccepted"_L1).toBool(true);
    return r;
}

struct Cache
{
    ProvinceRules defaults;
    QHash<int, ProvinceRules> byCode;
};

const Cache& cache()
{
    static const Cache c = [] {
        Cache result;
        const QJsonObject defaults = table().header().value("default"_L1).toObject();
        result.defaults = parse(defaults, 0);
        for (const QJsonValue& value : table().rows()) {
            QJsonObject merged = defaults;
            const QJsonObject row = value.toObject();
            for (auto it = row.begin(); it != row.end(); ++it)
                merged.insert(it.key(), it.value());
            const int code = row.value("code"_L1).toInt();
            result.byCode.insert(code, parse(merged, code));
        }
        if (result.byCode.isEmpty())
            qCCritical(lcRules) << "province-rules table has no rows";
        return result;
    }();
    return c;
}

} // namespace

const ProvinceRules& ProvinceRules::forProvince(int code)
{
    if (code >= 100000 && code % 10000 == 0)
        code /= 10000;
    const Cache& c = cache();
    auto it = c.byCode.constFind(code);
    return it != c.byCode.constEnd() ? *it : c.defaults;
}

QString ProvinceRules::pledgeKeyPhrase()
{
    static const QString value = table().header().value("pledgeKeyPhrase"_L1).toString();
    return value;
}

QString ProvinceRules::pledgeText()
{
    static const QString value = table().header().value("pledgeText"_L1).toString();
    return value;
}

QString ProvinceRules::multiDomainRemarkPhrase()
{
    static const QString value = table().header().value("multiDomainRemarkPhrase"_L1).toString();
    return value;
}

const QStringList& ProvinceRules::verifySuffixes()
{
    static const QStringList value = stringList(table().header().value("verifySuffixes"_L1));
    return value;
}

QDate ProvinceRules::effective()
{
    return table().effective();
}

QString ProvinceRules::source()
{
    return table().source();
}

} // namespace icp
