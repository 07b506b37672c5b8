#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace icp {

// One province's filing rules (docs/regulations.md §3.7 with §3.3–§3.5, §5.2–§5.4, §6.2),
// read from the `province-rules` data table: the table's "default" object merged
// with the province's row. Every value is a provider-reported default.
struct ProvinceRules
{
    enum class PersonalId { Unstated, Local, ResidenceProof };     // §3.4 PID column
    enum class LegalRepPrincipal { Any, Required, Authorisation }; // §3.7 LR column (R13)
    enum class DelegatedWebsitePrincipal { Any, Same, Different }; // R14
    enum class HomepageUrls { Any, OnePerSite, OnePerDomain };     // §5.3

    int code = 0; // 0 = the defaults (unknown province)
    PersonalId personalId = PersonalId::Unstated;
    bool acceptsForeignIndividuals = true;
    bool localMobile = false;          // R18 (blocking)
    bool localMobileOlderRule = false; // R18 only in the older rule set (warning)
    LegalRepPrincipal legalRepPrincipal = LegalRepPrincipal::Required;
    DelegatedWebsitePrincipal delegatedWebsitePrincipal = DelegatedWebsitePrincipal::Any;
    bool websitePrincipalAuthorisation = false; // R15
    bool domainOwnerLegalRep = true;            // R24: legal rep may own the domain
    bool domainOwnerEntityPrincipal = false;    // R24: Jiangsu also accepts the entity principal
    int domainMinRemainingMonths = 0;           // R26
    // Domains per website: one nationally since 2019 (the domains-per-website table, docs/regulations.md
    // §5.4).
    int maxSitesPerOrder = 0;
    int maxDomainsPerOrderPersonal = 0;
    int maxDomainsPerOrderOrganisation = 0;
    int maxDomainsPerOrderPersonalFirstFiling = 0;
    bool pledgeRequired = false;          // R42
    bool remarksRequiredPersonal = false; // §6.2
    int remarksMinLength = 0;             // R42
    bool otherServiceNeedsRemark = false; // R42
    bool distinctEmails = false;          // R20
    bool contact2Required = false;        // R20
    bool contact2Landline = false;        // Jiangsu: a real landline
    bool phoneIdUnusedStrict = false;     // R19
    int minimumAge = 18;                  // R03
    int minimumAgeWithProof = 0;          // 0 = no exception with employment/income proof
    int absoluteMinimumAge = 16;
    bool minorsViaGuardian = false;
    int organisationPrincipalMinimumAge = 18;
    int idMinRemainingMonths = 3; // R21
    bool idExpiryBlocking = false;
    HomepageUrls homepageUrls = HomepageUrls::Any;
    QStringList forbiddenSuffixes;         // R22: public suffixes (A-label) the CA rejects
    QStringList forbiddenSuffixesPersonal; // R22: same, personal filings only
    QStringList personalServiceTypesForbidden;
    QStringList personalServiceTypesRequired;
    bool multiDomainRemark = false;
    bool uniqueSiteNames = false;
    int planPersonalDomains = 0; // R29 thresholds ("more than"), 0 = none
    int planOrganisationDomains = 0;
    int planSites = 0;
    int planDomainsPerSite = 0;
    int domainCertificatesFrom =
        0;                        // §5.4: every domain needs a certificate from this many domains; 0 = never
    int caReviewWorkingDays = 20; // R33
    bool publicSectorSuffixes = false;
    bool footerEntityNumber = false; // R37: footer shows the entity number (no -n)
    bool noPreApprovalPledgeAccepted = true;

    static const ProvinceRules& forProvince(int code); // defaults for unknown codes
    static QString pledgeKeyPhrase();
    static QString pledgeText();
    static QString multiDomainRemarkPhrase();
    static const QStringList& verifySuffixes(); // R22: suffixes to check against the live MIIT list (.org)
    static QDate effective();
    static QString source();
};

} // namespace icp
