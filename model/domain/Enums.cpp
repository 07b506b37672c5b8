// Stable keys and translated names of every stored enumeration. Keys are part of the
// dossier format (docs/dossier.md) and of the database: never change an existing key.
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QStringView>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

template <typename Enum> struct KeyEntry
{
    Enum value;
    QStringView key;
};

template <typename Enum, std::size_t N> QString keyIn(const KeyEntry<Enum> (&table)[N], Enum value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return entry.key.toString();
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const KeyEntry<Enum> (&table)[N], const QString& key)
{
    for (const auto& entry : table) {
        if (entry.key == key)
            return entry.value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N> QList<Enum> valuesIn(const KeyEntry<Enum> (&table)[N])
{
    QList<Enum> values;
    values.reserve(qsizetype(N));
    for (const auto& entry : table)
        values.append(entry.value);
    return values;
}

constexpr KeyEntry<EntityType> kEntityTypeKeys[] = {
    {EntityType::Defence, u"defence"},
    {EntityType::Government, u"government"},
    {EntityType::PublicInstitution, u"public-institution"},
    {EntityType::Enterprise, u"enterprise"},
    {EntityType::Individual, u"individual"},
    {EntityType::SocialOrganisation, u"social-organisation"},
    {EntityType::PrivateNonEnterprise, u"private-non-enterprise"},
    {EntityType::Foundation, u"foundation"},
    {EntityType::LawFirm, u"law-firm"},
    {EntityType::ForeignCulturalCentre, u"foreign-cultural-centre"},
    {EntityType::MassOrganisation, u"mass-organisation"},
    {EntityType::JudicialExpertise, u"judicial-expertise"},
    {EntityType::ReligiousGroup, u"religious-group"},
    {EntityType::ForeignInstitution, u"foreign-institution"},
    {EntityType::MedicalInstitution, u"medical-institution"},
    {EntityType::Notary, u"notary"},
};

constexpr KeyEntry<CertificateType> kCertificateTypeKeys[] = {
    {CertificateType::BusinessLicence, u"business-licence"},
    {CertificateType::OrganisationCode, u"organisation-code"},
    {CertificateType::UsccCertificate, u"uscc-certificate"},
    {CertificateType::PublicInstitutionCertificate, u"public-institution-certificate"},
    {CertificateType::MilitaryCode, u"military-code"},
    {CertificateType::MilitaryServiceLicence, u"military-service-licence"},
    {CertificateType::SocialOrganisationCertificate, u"social-organisation-certificate"},
    {CertificateType::PrivateNonEnterpriseCertificate, u"private-non-enterprise-certificate"},
    {CertificateType::FoundationCertificate, u"foundation-certificate"},
    {CertificateType::LawFirmLicence, u"law-firm-licence"},
    {CertificateType::ForeignCulturalCentreCertificate, u"foreign-cultural-centre-certificate"},
    {CertificateType::JudicialExpertiseLicence, u"judicial-expertise-licence"},
    {CertificateType::ReligiousVenueCertificate, u"religious-venue-certificate"},
    {CertificateType::RepresentativeOfficeCertificate, u"representative-office-certificate"},
    {CertificateType::MedicalInstitutionLicence, u"medical-institution-licence"},
    {CertificateType::NotaryLicence, u"notary-licence"},
    {CertificateType::ResidentId, u"resident-id"},
    {CertificateType::ResidencePermit, u"residence-permit"},
    {CertificateType::HomeReturnPermit, u"home-return-permit"},
    {CertificateType::TaiwanPermit, u"taiwan-permit"},
    {CertificateType::Passport, u"passport"},
    {CertificateType::ForeignPermanentResidentId, u"foreign-permanent-resident-id"},
};

constexpr KeyEntry<PersonDocumentType> kPersonDocumentTypeKeys[] = {
    {PersonDocumentType::ResidentId, u"resident-id"},
    {PersonDocumentType::ResidencePermit, u"residence-permit"},
    {PersonDocumentType::HomeReturnPermit, u"home-return-permit"},
    {PersonDocumentType::TaiwanPermit, u"taiwan-permit"},
    {PersonDocumentType::Passport, u"passport"},
    {PersonDocumentType::ForeignPermanentResidentId, u"foreign-permanent-resident-id"},
};

constexpr KeyEntry<PersonRole> kPersonRoleKeys[] = {
    {PersonRole::EntityPrincipal, u"entity-principal"},
    {PersonRole::WebsitePrincipal, u"website-principal"},
    {PersonRole::LegalRepresentative, u"legal-representative"},
    {PersonRole::EmergencyContact, u"emergency-contact"},
    {PersonRole::Guardian, u"guardian"},
};

constexpr KeyEntry<ApplicationKind> kApplicationKindKeys[] = {
    {ApplicationKind::Filing, u"filing"},
    {ApplicationKind::Licence, u"licence"},
};

constexpr KeyEntry<Operation> kOperationKeys[] = {
    {Operation::FirstFiling, u"first-filing"},   {Operation::NewWebsite, u"new-website"},
    {Operation::NewAccess, u"new-access"},       {Operation::Change, u"change"},
    {Operation::CancelEntity, u"cancel-entity"}, {Operation::CancelWebsite, u"cancel-website"},
    {Operation::CancelAccess, u"cancel-access"},
};

constexpr KeyEntry<ApplicationStatus> kApplicationStatusKeys[] = {
    {ApplicationStatus::Draft, u"draft"},
    {ApplicationStatus::Queued, u"queued"},
    {ApplicationStatus::ProviderReview, u"provider-review"},
    {ApplicationStatus::ProviderRejected, u"provider-rejected"},
    {ApplicationStatus::IdentityCheck, u"identity-check"},
    {ApplicationStatus::QueuedForAuthority, u"queued-for-authority"},
    {ApplicationStatus::SmsPending, u"sms-pending"},
    {ApplicationStatus::AuthorityReview, u"authority-review"},
    {ApplicationStatus::Returned, u"returned"},
    {ApplicationStatus::AuthorityRejected, u"authority-rejected"},
    {ApplicationStatus::Granted, u"granted"},
    {ApplicationStatus::Expired, u"expired"},
    {ApplicationStatus::Withdrawn, u"withdrawn"},
};

constexpr KeyEntry<LicenceScope> kLicenceScopeKeys[] = {
    {LicenceScope::Province, u"province"},
    {LicenceScope::National, u"national"},
};

constexpr KeyEntry<LicenceStatus> kLicenceStatusKeys[] = {
    {LicenceStatus::Active, u"active"},
    {LicenceStatus::Cancelled, u"cancelled"},
    {LicenceStatus::Revoked, u"revoked"},
    {LicenceStatus::Expired, u"expired"},
};

constexpr KeyEntry<DocumentKind> kDocumentKindKeys[] = {
    {DocumentKind::IdFront, u"id-front"},
    {DocumentKind::IdBack, u"id-back"},
    {DocumentKind::EntityCertificate, u"entity-certificate"},
    {DocumentKind::AuthenticitySheet, u"authenticity-sheet"},
    {DocumentKind::CommitmentLetter, u"commitment-letter"},
    {DocumentKind::PrincipalPhoto, u"principal-photo"},
    {DocumentKind::HandHeldIdPhoto, u"hand-held-id-photo"},
    {DocumentKind::DomainCertificate, u"domain-certificate"},
    {DocumentKind::ResidenceProof, u"residence-proof"},
    {DocumentKind::EntityPrincipalAuthorisation, u"entity-principal-authorisation"},
    {DocumentKind::WebsitePrincipalAuthorisation, u"website-principal-authorisation"},
    {DocumentKind::ConstructionPlan, u"construction-plan"},
    {DocumentKind::PreApprovalPermit, u"pre-approval-permit"},
    {DocumentKind::NoPreApprovalPledge, u"no-pre-approval-pledge"},
    {DocumentKind::RenameLetter, u"rename-letter"},
    {DocumentKind::GuardianProof, u"guardian-proof"},
    {DocumentKind::Other, u"other"},
};

} // namespace

QString toKey(EntityType value)
{
    return keyIn(kEntityTypeKeys, value);
}

std::optional<EntityType> fromKey(const QString& key, EntityType*)
{
    return valueIn(kEntityTypeKeys, key);
}

QList<EntityType> allValues(EntityType*)
{
    return valuesIn(kEntityTypeKeys);
}

QString displayName(EntityType value)
{
    switch (value) {
    case EntityType::Defence:
        return QCoreApplication::translate("EntityType", "Defence unit");
    case EntityType::Government:
        return QCoreApplication::translate("EntityType", "Government body");
    case EntityType::PublicInstitution:
        return QCoreApplication::translate("EntityType", "Public institution");
    case EntityType::Enterprise:
        return QCoreApplication::translate("EntityType", "Enterprise");
    case EntityType::Individual:
        return QCoreApplication::translate("EntityType", "Individual");
    case EntityType::SocialOrganisation:
        return QCoreApplication::translate("EntityType", "Social organisation");
    case EntityType::PrivateNonEnterprise:
        return QCoreApplication::translate("EntityType", "Private non-enterprise unit");
    case EntityType::Foundation:
        return QCoreApplication::translate("EntityType", "Foundation");
    case EntityType::LawFirm:
        return QCoreApplication::translate("EntityType", "Law firm");
    case EntityType::ForeignCulturalCentre:
        return QCoreApplication::translate("EntityType", "Foreign cultural centre in China");
    case EntityType::MassOrganisation:
        return QCoreApplication::translate("EntityType", "Mass organisation");
    case EntityType::JudicialExpertise:
        return QCoreApplication::translate("EntityType", "Judicial expertise institution");
    case EntityType::ReligiousGroup:
        return QCoreApplication::translate("EntityType", "Religious group");
    case EntityType::ForeignInstitution:
        return QCoreApplication::translate("EntityType", "Resident office of a foreign institution");
    case EntityType::MedicalInstitution:
        return QCoreApplication::translate("EntityType", "Medical institution");
    case EntityType::Notary:
        return QCoreApplication::translate("EntityType", "Notary office");
    }
    return {};
}

QString toKey(CertificateType value)
{
    return keyIn(kCertificateTypeKeys, value);
}

std::optional<CertificateType> fromKey(const QString& key, CertificateType*)
{
    return valueIn(kCertificateTypeKeys, key);
}

QList<CertificateType> allValues(CertificateType*)
{
    return valuesIn(kCertificateTypeKeys);
}

QString displayName(CertificateType value)
{
    switch (value) {
    case CertificateType::BusinessLicence:
        return QCoreApplication::translate("CertificateType", "Business licence");
    case CertificateType::OrganisationCode:
        return QCoreApplication::translate("CertificateType", "Organisation code certificate");
    case CertificateType::UsccCertificate:
        return QCoreApplication::translate("CertificateType", "Unified social credit code certificate");
    case CertificateType::PublicInstitutionCertificate:
        return QCoreApplication::translate("CertificateType", "Public institution legal person certificate");
    case CertificateType::MilitaryCode:
        return QCoreApplication::translate("CertificateType", "Military unit code");
    case CertificateType::MilitaryServiceLicence:
        return QCoreApplication::translate("CertificateType", "Military paid external service licence");
    case CertificateType::SocialOrganisationCertificate:
        return QCoreApplication::translate("CertificateType", "Social organisation legal person certificate");
    case CertificateType::PrivateNonEnterpriseCertificate:
        return QCoreApplication::translate("CertificateType",
                                           "Private non-enterprise unit registration certificate");
    case CertificateType::FoundationCertificate:
        return QCoreApplication::translate("CertificateType",
                                           "Foundation legal person registration certificate");
    case CertificateType::LawFirmLicence:
        return QCoreApplication::translate("CertificateType", "Law firm practising licence");
    case CertificateType::ForeignCulturalCentreCertificate:
        return QCoreApplication::translate("CertificateType",
                                           "Foreign cultural centre registration certificate");
    case CertificateType::JudicialExpertiseLicence:
        return QCoreApplication::translate("CertificateType", "Judicial expertise licence");
    case CertificateType::ReligiousVenueCertificate:
        return QCoreApplication::translate("CertificateType", "Religious venue registration certificate");
    case CertificateType::RepresentativeOfficeCertificate:
        return QCoreApplication::translate(
            "CertificateType", "Foreign enterprise representative office registration certificate");
    case CertificateType::MedicalInstitutionLicence:
        return QCoreApplication::translate("CertificateType", "Medical institution practising licence");
    case CertificateType::NotaryLicence:
        return QCoreApplication::translate("CertificateType", "Notary office practising certificate");
    case CertificateType::ResidentId:
        return QCoreApplication::translate("CertificateType", "Resident identity card");
    case CertificateType::ResidencePermit:
        return QCoreApplication::translate("CertificateType",
                                           "Residence permit for Hong Kong, Macao and Taiwan residents");
    case CertificateType::HomeReturnPermit:
        return QCoreApplication::translate("CertificateType",
                                           "Mainland travel permit for Hong Kong and Macao residents");
    case CertificateType::TaiwanPermit:
        return QCoreApplication::translate("CertificateType", "Mainland travel permit for Taiwan residents");
    case CertificateType::Passport:
        return QCoreApplication::translate("CertificateType", "Passport");
    case CertificateType::ForeignPermanentResidentId:
        return QCoreApplication::translate("CertificateType", "Foreign Permanent Resident ID Card");
    }
    return {};
}

QString toKey(PersonDocumentType value)
{
    return keyIn(kPersonDocumentTypeKeys, value);
}

std::optional<PersonDocumentType> fromKey(const QString& key, PersonDocumentType*)
{
    return valueIn(kPersonDocumentTypeKeys, key);
}

QList<PersonDocumentType> allValues(PersonDocumentType*)
{
    return valuesIn(kPersonDocumentTypeKeys);
}

QString displayName(PersonDocumentType value)
{
    switch (value) {
    case PersonDocumentType::ResidentId:
        return QCoreApplication::translate("PersonDocumentType", "Resident identity card");
    case PersonDocumentType::ResidencePermit:
        return QCoreApplication::translate("PersonDocumentType",
                                           "Residence permit for Hong Kong, Macao and Taiwan residents");
    case PersonDocumentType::HomeReturnPermit:
        return QCoreApplication::translate("PersonDocumentType",
                                           "Mainland travel permit for Hong Kong and Macao residents");
    case PersonDocumentType::TaiwanPermit:
        return QCoreApplication::translate("PersonDocumentType",
                                           "Mainland travel permit for Taiwan residents");
    case PersonDocumentType::Passport:
        return QCoreApplication::translate("PersonDocumentType", "Passport");
    case PersonDocumentType::ForeignPermanentResidentId:
        return QCoreApplication::translate("PersonDocumentType", "Foreign Permanent Resident ID Card");
    }
    return {};
}

QString toKey(PersonRole value)
{
    return keyIn(kPersonRoleKeys, value);
}

std::optional<PersonRole> fromKey(const QString& key, PersonRole*)
{
    return valueIn(kPersonRoleKeys, key);
}

QList<PersonRole> allValues(PersonRole*)
{
    return valuesIn(kPersonRoleKeys);
}

QString displayName(PersonRole value)
{
    switch (value) {
    case PersonRole::EntityPrincipal:
        return QCoreApplication::translate("PersonRole", "Entity principal");
    case PersonRole::WebsitePrincipal:
        return QCoreApplication::translate("PersonRole", "Website principal");
    case PersonRole::LegalRepresentative:
        return QCoreApplication::translate("PersonRole", "Legal representative");
    case PersonRole::EmergencyContact:
        return QCoreApplication::translate("PersonRole", "Emergency contact");
    case PersonRole::Guardian:
        return QCoreApplication::translate("PersonRole", "Guardian");
    }
    return {};
}

QString toKey(ApplicationKind value)
{
    return keyIn(kApplicationKindKeys, value);
}

std::optional<ApplicationKind> fromKey(const QString& key, ApplicationKind*)
{
    return valueIn(kApplicationKindKeys, key);
}

QList<ApplicationKind> allValues(ApplicationKind*)
{
    return valuesIn(kApplicationKindKeys);
}

QString displayName(ApplicationKind value)
{
    switch (value) {
    case ApplicationKind::Filing:
        return QCoreApplication::translate("ApplicationKind", "ICP filing");
    case ApplicationKind::Licence:
        return QCoreApplication::translate("ApplicationKind", "ICP licence");
    }
    return {};
}

QString toKey(Operation value)
{
    return keyIn(kOperationKeys, value);
}

std::optional<Operation> fromKey(const QString& key, Operation*)
{
    return valueIn(kOperationKeys, key);
}

QList<Operation> allValues(Operation*)
{
    return valuesIn(kOperationKeys);
}

QString displayName(Operation value)
{
    switch (value) {
    case Operation::FirstFiling:
        return QCoreApplication::translate("Operation", "First filing");
    case Operation::NewWebsite:
        return QCoreApplication::translate("Operation", "New website");
    case Operation::NewAccess:
        return QCoreApplication::translate("Operation", "New access");
    case Operation::Change:
        return QCoreApplication::translate("Operation", "Change");
    case Operation::CancelEntity:
        return QCoreApplication::translate("Operation", "Cancel entity");
    case Operation::CancelWebsite:
        return QCoreApplication::translate("Operation", "Cancel website");
    case Operation::CancelAccess:
        return QCoreApplication::translate("Operation", "Cancel access");
    }
    return {};
}

QString toKey(ApplicationStatus value)
{
    return keyIn(kApplicationStatusKeys, value);
}

std::optional<ApplicationStatus> fromKey(const QString& key, ApplicationStatus*)
{
    return valueIn(kApplicationStatusKeys, key);
}

QList<ApplicationStatus> allValues(ApplicationStatus*)
{
    return valuesIn(kApplicationStatusKeys);
}

QString displayName(ApplicationStatus value)
{
    switch (value) {
    case ApplicationStatus::Draft:
        return QCoreApplication::translate("ApplicationStatus", "Draft");
    case ApplicationStatus::Queued:
        return QCoreApplication::translate("ApplicationStatus", "Waiting to be sent");
    case ApplicationStatus::ProviderReview:
        return QCoreApplication::translate("ApplicationStatus", "Provider review");
    case ApplicationStatus::ProviderRejected:
        return QCoreApplication::translate("ApplicationStatus", "Rejected by provider");
    case ApplicationStatus::IdentityCheck:
        return QCoreApplication::translate("ApplicationStatus", "Identity check");
    case ApplicationStatus::QueuedForAuthority:
        return QCoreApplication::translate("ApplicationStatus",
                                           "Waiting for the Communications Administration");
    case ApplicationStatus::SmsPending:
        return QCoreApplication::translate("ApplicationStatus", "Waiting for SMS verification");
    case ApplicationStatus::AuthorityReview:
        return QCoreApplication::translate("ApplicationStatus", "Communications Administration review");
    case ApplicationStatus::Returned:
        return QCoreApplication::translate("ApplicationStatus", "Returned to provider");
    case ApplicationStatus::AuthorityRejected:
        return QCoreApplication::translate("ApplicationStatus",
                                           "Rejected by the Communications Administration");
    case ApplicationStatus::Granted:
        return QCoreApplication::translate("ApplicationStatus", "Granted");
    case ApplicationStatus::Expired:
        return QCoreApplication::translate("ApplicationStatus", "Expired");
    case ApplicationStatus::Withdrawn:
        return QCoreApplication::translate("ApplicationStatus", "Withdrawn");
    }
    return {};
}

QString toKey(LicenceScope value)
{
    return keyIn(kLicenceScopeKeys, value);
}

std::optional<LicenceScope> fromKey(const QString& key, LicenceScope*)
{
    return valueIn(kLicenceScopeKeys, key);
}

QList<LicenceScope> allValues(LicenceScope*)
{
    return valuesIn(kLicenceScopeKeys);
}

QString displayName(LicenceScope value)
{
    switch (value) {
    case LicenceScope::Province:
        return QCoreApplication::translate("LicenceScope", "Provincial");
    case LicenceScope::National:
        return QCoreApplication::translate("LicenceScope", "National (cross-region)");
    }
    return {};
}

QString toKey(LicenceStatus value)
{
    return keyIn(kLicenceStatusKeys, value);
}

std::optional<LicenceStatus> fromKey(const QString& key, LicenceStatus*)
{
    return valueIn(kLicenceStatusKeys, key);
}

QList<LicenceStatus> allValues(LicenceStatus*)
{
    return valuesIn(kLicenceStatusKeys);
}

QString displayName(LicenceStatus value)
{
    switch (value) {
    case LicenceStatus::Active:
        return QCoreApplication::translate("LicenceStatus", "Active");
    case LicenceStatus::Cancelled:
        return QCoreApplication::translate("LicenceStatus", "Cancelled");
    case LicenceStatus::Revoked:
        return QCoreApplication::translate("LicenceStatus", "Revoked");
    case LicenceStatus::Expired:
        return QCoreApplication::translate("LicenceStatus", "Expired");
    }
    return {};
}

QString toKey(DocumentKind value)
{
    return keyIn(kDocumentKindKeys, value);
}

std::optional<DocumentKind> fromKey(const QString& key, DocumentKind*)
{
    return valueIn(kDocumentKindKeys, key);
}

QList<DocumentKind> allValues(DocumentKind*)
{
    return valuesIn(kDocumentKindKeys);
}

QString displayName(DocumentKind value)
{
    switch (value) {
    case DocumentKind::IdFront:
        return QCoreApplication::translate("DocumentKind", "Identity document (front)");
    case DocumentKind::IdBack:
        return QCoreApplication::translate("DocumentKind", "Identity document (back)");
    case DocumentKind::EntityCertificate:
        return QCoreApplication::translate("DocumentKind", "Entity certificate");
    case DocumentKind::AuthenticitySheet:
        return QCoreApplication::translate("DocumentKind", "Authenticity verification sheet");
    case DocumentKind::CommitmentLetter:
        return QCoreApplication::translate("DocumentKind", "Commitment letter");
    case DocumentKind::PrincipalPhoto:
        return QCoreApplication::translate("DocumentKind", "Photo of the principal");
    case DocumentKind::HandHeldIdPhoto:
        return QCoreApplication::translate("DocumentKind", "Photo holding the identity document");
    case DocumentKind::DomainCertificate:
        return QCoreApplication::translate("DocumentKind", "Domain certificate");
    case DocumentKind::ResidenceProof:
        return QCoreApplication::translate("DocumentKind", "Proof of residence");
    case DocumentKind::EntityPrincipalAuthorisation:
        return QCoreApplication::translate("DocumentKind", "Entity principal authorisation");
    case DocumentKind::WebsitePrincipalAuthorisation:
        return QCoreApplication::translate("DocumentKind", "Website principal authorisation");
    case DocumentKind::ConstructionPlan:
        return QCoreApplication::translate("DocumentKind", "Website construction plan");
    case DocumentKind::PreApprovalPermit:
        return QCoreApplication::translate("DocumentKind", "Pre-approval permit");
    case DocumentKind::NoPreApprovalPledge:
        return QCoreApplication::translate("DocumentKind", "No pre-approval pledge");
    case DocumentKind::RenameLetter:
        return QCoreApplication::translate("DocumentKind", "Rename explanation letter");
    case DocumentKind::GuardianProof:
        return QCoreApplication::translate("DocumentKind", "Proof of guardianship");
    case DocumentKind::Other:
        return QCoreApplication::translate("DocumentKind", "Other document");
    }
    return {};
}

// The wizard step an application in this status is shown at (architecture.md "The four
// steps"; docs/regulations.md §2.3): 1 = collect, 2 = submit, 3 = audited, 4 = granted.
// Rejections, returns, expiry and withdrawal stay at step 3: the user sees the reasons
// in the status timeline and edits from there (which moves the status back to Draft).
int wizardStep(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Draft:
        return 1;
    case ApplicationStatus::Queued:
        return 2;
    case ApplicationStatus::ProviderReview:
    case ApplicationStatus::ProviderRejected:
    case ApplicationStatus::IdentityCheck:
    case ApplicationStatus::QueuedForAuthority:
    case ApplicationStatus::SmsPending:
    case ApplicationStatus::AuthorityReview:
    case ApplicationStatus::Returned:
    case ApplicationStatus::AuthorityRejected:
    case ApplicationStatus::Expired:
    case ApplicationStatus::Withdrawn:
        return 3;
    case ApplicationStatus::Granted:
        return 4;
    }
    return 1;
}

} // namespace icp
