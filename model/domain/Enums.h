#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace icp {

// Every enumeration that is stored or exchanged has a stable key (the
// dossier/JSON/database spelling, never translated) and a translated name.
// toKey/fromKey/displayName are implemented per enum in Enums.cpp.

// 主办单位性质, MIIT codes 1–16 (docs/regulations.md §3.1). Values equal the MIIT code.
enum class EntityType {
    Defence = 1,
    Government = 2,
    PublicInstitution = 3,
    Enterprise = 4,
    Individual = 5,
    SocialOrganisation = 6,
    PrivateNonEnterprise = 7,
    Foundation = 8,
    LawFirm = 9,
    ForeignCulturalCentre = 10,
    MassOrganisation = 11,
    JudicialExpertise = 12,
    ReligiousGroup = 13,
    ForeignInstitution = 14,
    MedicalInstitution = 15,
    Notary = 16,
};

// Certificates an entity can be identified by (which ones an entity type may use is
// the `certificate-types` data table, not code).
enum class CertificateType {
    BusinessLicence,                  // 营业执照 (USCC)
    OrganisationCode,                 // 组织机构代码证
    UsccCertificate,                  // 统一社会信用代码证书
    PublicInstitutionCertificate,     // 事业单位法人证书
    MilitaryCode,                     // 部队代号
    MilitaryServiceLicence,           // 军队单位对外有偿服务许可证
    SocialOrganisationCertificate,    // 社团法人证书
    PrivateNonEnterpriseCertificate,  // 民办非企业单位登记证书
    FoundationCertificate,            // 基金会法人登记证书
    LawFirmLicence,                   // 律师事务所执业许可证
    ForeignCulturalCentreCertificate, // 外国在华文化中心登记证
    JudicialExpertiseLicence,         // 司法鉴定许可证
    ReligiousVenueCertificate,        // 宗教活动场所登记证
    RepresentativeOfficeCertificate,  // 外国企业常驻代表机构登记证
    MedicalInstitutionLicence,        // 医疗机构执业许可证
    NotaryLicence,                    // 公证机构执业证
    ResidentId,                       // 居民身份证
    ResidencePermit,                  // 港澳台居民居住证
    HomeReturnPermit,                 // 港澳居民来往内地通行证
    TaiwanPermit,                     // 台湾居民来往大陆通行证
    Passport,                         // 护照
    ForeignPermanentResidentId,       // 外国人永久居留身份证
};

// Identity documents a person can present (subset of CertificateType for people).
enum class PersonDocumentType {
    ResidentId,
    ResidencePermit,
    HomeReturnPermit,
    TaiwanPermit,
    Passport,
    ForeignPermanentResidentId, // 外国人永久居留身份证 (docs/regulations.md §4.4)
};

enum class PersonRole { EntityPrincipal, WebsitePrincipal, LegalRepresentative, EmergencyContact, Guardian };

enum class ApplicationKind { Filing, Licence };

enum class Operation {
    FirstFiling,
    NewWebsite,
    NewAccess,
    Change,
    CancelEntity,
    CancelWebsite,
    CancelAccess
};

// Order status (docs/regulations.md §2.3). Step 1 = Draft; step 2 = Queued (in the outbox);
// step 3 = the audit states; step 4 = Granted.
enum class ApplicationStatus {
    Draft,
    Queued,
    ProviderReview,
    ProviderRejected,
    IdentityCheck,
    QueuedForAuthority,
    SmsPending,
    AuthorityReview,
    Returned,
    AuthorityRejected,
    Granted,
    Expired,
    Withdrawn,
};
int wizardStep(ApplicationStatus status); // 1..4

enum class LicenceScope { Province, National };

// Where a registry record stands (docs/portfolio.md): only an active one owes anything.
enum class LicenceStatus { Active, Cancelled, Revoked, Expired };

// Document kinds (docs/regulations.md §7.1).
enum class DocumentKind {
    IdFront,
    IdBack,
    EntityCertificate,
    AuthenticitySheet,
    CommitmentLetter,
    PrincipalPhoto,
    HandHeldIdPhoto,
    DomainCertificate,
    ResidenceProof,
    EntityPrincipalAuthorisation,
    WebsitePrincipalAuthorisation,
    ConstructionPlan,
    PreApprovalPermit,
    NoPreApprovalPledge,
    RenameLetter,
    GuardianProof,
    Other,
};

#define ICP_DECLARE_ENUM_KEYS(Enum)                                                                          \
    QString toKey(Enum value);                                                                               \
    std::optional<Enum> fromKey(const QString& key, Enum* /*tag*/);                                          \
    QString displayName(Enum value);                                                                         \
    QList<Enum> allValues(Enum* /*tag*/);

ICP_DECLARE_ENUM_KEYS(EntityType)
ICP_DECLARE_ENUM_KEYS(CertificateType)
ICP_DECLARE_ENUM_KEYS(PersonDocumentType)
ICP_DECLARE_ENUM_KEYS(PersonRole)
ICP_DECLARE_ENUM_KEYS(ApplicationKind)
ICP_DECLARE_ENUM_KEYS(Operation)
ICP_DECLARE_ENUM_KEYS(ApplicationStatus)
ICP_DECLARE_ENUM_KEYS(LicenceScope)
ICP_DECLARE_ENUM_KEYS(LicenceStatus)
ICP_DECLARE_ENUM_KEYS(DocumentKind)

#undef ICP_DECLARE_ENUM_KEYS

// fromKey<EntityType>(u"enterprise"_s)
template <typename Enum> std::optional<Enum> enumFromKey(const QString& key)
{
    return fromKey(key, static_cast<Enum*>(nullptr));
}
template <typename Enum> QList<Enum> enumValues()
{
    return allValues(static_cast<Enum*>(nullptr));
}

} // namespace icp
