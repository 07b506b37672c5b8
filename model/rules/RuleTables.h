#pragma once

#include "domain/Enums.h"
#include "rules/WordIndex.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace icp {

struct PreApprovalCategory
{
    QString key; // "news", "drugs" …
    QString nameZh;
    QString nameEn;
    QStringList keywords;
    QString document; // the permit that proves the approval
    // Filers whose websites need this category by what they are (religious groups: religion);
    // keywords only suggest it (docs/regulations.md §6.3).
    QList<EntityType> entityTypes;
    QString displayName() const;
};

struct ServiceType
{
    QString key;
    QString nameZh;
    QString nameEn;
    bool personalAllowed = true;
    bool forum = false;
    bool needsRemark = false;
};

// One value-added telecom service of the 2015 catalogue (B11 … B26), or a part of one that a
// licence can be limited to (B21-EC: operational e-commerce only, docs/regulations.md §1.2).
struct LicenceService
{
    QString code;         // "B24", "B21-EC"
    QString partOf;       // "B21" for a part; empty for a catalogue service
    QString serviceClass; // "B1" or "B2": the category a licence number must carry
    QString nameZh;
    QString nameEn;
    double foreignEquityMaxPercent = -1; // < 0: the general cap applies
    QDate foreignEquityEffective;        // the service's own cap applies from this day
};

// A business form that is not a company (docs/regulations.md §1.2), found by a word in the name.
struct NonCompanyForm
{
    QString marker; // "合伙"
    QString nameZh; // 合伙企业
    QString nameEn; // partnership
    QString displayName() const;
};

struct LicenceLimits
{
    qint64 capitalProvinceYuan = 0;
    qint64 capitalNationalYuan = 0;
    double foreignEquityMaxPercent = 50.0;
    QList<int> pilotProvinces;
    QStringList pilotServices;
    int validityYears = 5;
    int renewalLeadDays = 90;
    int renewalReminderDays = 60;
    int annualReportDueMonth = 3;
    int annualReportDueDay = 31;
    QStringList serviceCodes;
    QList<LicenceService> services;
    QStringList companyNameSuffixes;
    QList<NonCompanyForm> nonCompanyForms;

    const LicenceService* service(const QString& code) const;
    // The foreign-equity cap for one service on a day: its own cap once effective, else the general one.
    double foreignEquityCap(const QString& code, QDate on) const;
};

struct DocumentLimit
{
    QStringList formats; // lower-case extensions
    qint64 minBytes = 0;
    qint64 maxBytes = 0;
    bool maxExclusive = false; // "< 2 MB": maxBytes itself is refused (core/SizeLimit.h)
};

struct OrderLimits
{
    int maxSitesPerOrder = 10;
    int idleDays = 45;
    QList<int> idleReminderDays;
    int smsHours = 24;
    int psbDays = 30;
    int psbReminderWindowDays = 180;
    int realNameWorkingDays = 3;
    QList<ApplicationStatus> userPendingStatuses;
    QList<ApplicationStatus> inFlightStatuses;
};

// The national one-domain-per-website rule (docs/regulations.md §5.4): the
// `domains-per-website` table, with the date it applies from and its source.
struct DomainsPerWebsite
{
    QDate effective;
    QString source;
    int maxPerNewWebsite = 1;              // first filing and new website
    QList<Operation> newWebsiteOperations; // the operations that file a website afresh
    bool changeKeepOrDrop = true;          // a change order may keep or drop filed domains, never add
};

// Every data table the rules read other than the province matrix, parsed once
// (docs/regulations.md: "tables of the law are data").
class RuleTables
{
public:
    static const RuleTables& instance();

    QList<CertificateType> certificatesFor(EntityType type) const { return m_certificates.value(type); }
    bool isUsccCertificate(CertificateType type) const { return m_usccCertificates.contains(type); }
    // Entity types a USCC authority+category prefix ("91") fits; empty when the prefix is not in the table.
    QList<EntityType> entityTypesForUsccPrefix(const QString& prefix) const
    {
        return m_usccPrefixes.value(prefix);
    }

    const WordIndex& personalWords() const { return m_personalWords; }
    const WordIndex& stateWords() const { return m_stateWords; }
    const WordIndex& sensitiveWords() const { return m_sensitiveWords; }
    const WordIndex& placeNames() const { return m_placeNames; }
    bool isStateEntity(EntityType type) const { return m_stateEntityTypes.contains(type); }

    const QList<PreApprovalCategory>& preApprovalCategories() const { return m_preApproval; }
    // Every pre-approval keyword; the payload is the index into preApprovalCategories().
    const WordIndex& preApprovalKeywords() const { return m_preApprovalKeywords; }
    const PreApprovalCategory* preApprovalCategory(const QString& key) const;

    const ServiceType* serviceType(const QString& key) const;
    const QList<ServiceType>& serviceTypes() const { return m_serviceTypes; } // for pick lists

    const LicenceLimits& licenceLimits() const { return m_licence; }
    DocumentLimit documentLimit(DocumentKind kind) const
    {
        return m_documentLimits.value(kind, m_documentDefault);
    }
    const OrderLimits& orderLimits() const { return m_order; }
    const DomainsPerWebsite& domainsPerWebsite() const { return m_domainsPerWebsite; }

    enum class RegistrarStatus { Accredited, Foreign, Unknown };
    RegistrarStatus registrarStatus(const QString& registrar) const;

    // The names of every table the rules read (for the "every table loads" test and `icpctl rules`).
    static QStringList tableNames();

private:
    RuleTables();

    QHash<EntityType, QList<CertificateType>> m_certificates;
    QSet<CertificateType> m_usccCertificates;
    QHash<QString, QList<EntityType>> m_usccPrefixes;
    WordIndex m_personalWords, m_stateWords, m_sensitiveWords, m_placeNames;
    QSet<EntityType> m_stateEntityTypes;
    QList<PreApprovalCategory> m_preApproval;
    WordIndex m_preApprovalKeywords;
    QList<ServiceType> m_serviceTypes;
    LicenceLimits m_licence;
    QHash<DocumentKind, DocumentLimit> m_documentLimits;
    DocumentLimit m_documentDefault;
    OrderLimits m_order;
    DomainsPerWebsite m_domainsPerWebsite;
    QStringList m_registrars; // lower-case names and aliases
    QStringList m_foreignRegistrars;
};

} // namespace icp
