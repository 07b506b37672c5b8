#include "rules/RuleTables.h"

#include "core/DataTable.h"
#include "core/Logging.h"
#include "rules/RegistrarName.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue& v : array)
        list.append(v.toString());
    return list;
}

template <typename Enum> QList<Enum> enums(const QJsonValue& value, const QString& table)
{
    QList<Enum> list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array) {
        if (const auto e = enumFromKey<Enum>(v.toString()))
            list.append(*e);
        else
            qCCritical(lcRules) << "data table" << table << "has an unknown key" << v.toString();
    }
    return list;
}

} // namespace

QString PreApprovalCategory::displayName() const
{
    return QLocale().language() == QLocale::Chinese ? nameZh : nameEn;
}

QStringList RuleTables::tableNames()
{
    return {u"province-rules"_s, u"certificate-types"_s, u"uscc-entity-types"_s,  u"banned-words"_s,
            u"pre-approval"_s,   u"service-types"_s,     u"licence-limits"_s,     u"document-limits"_s,
            u"order-limits"_s,   u"registrars"_s,        u"domains-per-website"_s};
}

const RuleTables& RuleTables::instance()
{
    static const RuleTables tables;
    return tables;
}

RuleTables::RuleTables()
{
    const QString certificateTable = u"certificate-types"_s;
    const DataTable& certificates = DataTable::load(certificateTable);
    for (const QJsonValue& value : certificates.rows()) {
        const QJsonObject row = value.toObject();
        if (const auto type = enumFromKey<EntityType>(row.value("entityType"_L1).toString()))
            m_certificates.insert(*type,
                                  enums<CertificateType>(row.value("certificates"_L1), certificateTable));
    }
    for (CertificateType type :
         enums<CertificateType>(certificates.header().value("usccCertificates"_L1), certificateTable))
        m_usccCertificates.insert(type);

    const QString usccTable = u"uscc-entity-types"_s;
    for (const QJsonValue& value : DataTable::load(usccTable).rows()) {
        const QJsonObject row = value.toObject();
        m_usccPrefixes.insert(row.value("prefix"_L1).toString(),
                              enums<EntityType>(row.value("entityTypes"_L1), usccTable));
    }

    const QString wordsTable = u"banned-words"_s;
    const DataTable& words = DataTable::load(wordsTable);
    for (const QJsonValue& value : words.rows()) {
        const QJsonObject row = value.toObject();
        const QString list = row.value("list"_L1).toString();
        const WordIndex entries(strings(row.value("words"_L1)));
        if (list == "personal"_L1)
            m_personalWords = entries;
        else if (list == "state"_L1)
            m_stateWords = entries;
        else if (list == "sensitive"_L1)
            m_sensitiveWords = entries;
        else if (list == "place"_L1)
            m_placeNames = entries;
    }
    for (EntityType type : enums<EntityType>(words.header().value("stateEntityTypes"_L1), wordsTable))
        m_stateEntityTypes.insert(type);

    const QString preApprovalTable = u"pre-approval"_s;
    for (const QJsonValue& value : DataTable::load(preApprovalTable).rows()) {
        const QJsonObject row = value.toObject();
        m_preApproval.append(
            PreApprovalCategory{row.value("category"_L1).toString(), row.value("nameZh"_L1).toString(),
                                row.value("nameEn"_L1).toString(), strings(row.value("keywords"_L1)),
                                row.value("document"_L1).toString(),
                                enums<EntityType>(row.value("entityTypes"_L1), preApprovalTable)});
    }
    QStringList keywords;
    QList<int> categories;
    for (int i = 0; i < m_preApproval.size(); ++i) {
        for (const QString& k : m_preApproval[i].keywords) {
            keywords.append(k);
            categories.append(i);
        }
    }
    m_preApprovalKeywords = WordIndex(keywords, categories);

    for (const QJsonValue& value : DataTable::load(u"service-types"_s).rows()) {
        const QJsonObject row = value.toObject();
        m_serviceTypes.append(
            ServiceType{row.value("key"_L1).toString(), row.value("nameZh"_L1).toString(),
                        row.value("nameEn"_L1).toString(), row.value("personalAllowed"_L1).toBool(true),
                        row.value("forum"_L1).toBool(), row.value("needsRemark"_L1).toBool()});
    }

    const DataTable& licence = DataTable::load(u"licence-limits"_s);
    const QJsonObject lh = licence.header();
    m_licence.capitalProvinceYuan = lh.value("capitalProvinceYuan"_L1).toInteger();
    m_licence.capitalNationalYuan = lh.value("capitalNationalYuan"_L1).toInteger();
    m_licence.foreignEquityMaxPercent = lh.value("foreignEquityMaxPercent"_L1).toDouble(50.0);
    for (const QJsonValue& v : lh.value("pilotProvinces"_L1).toArray())
        m_licence.pilotProvinces.append(v.toInt());
    m_licence.pilotServices = strings(lh.value("pilotServices"_L1));
    m_licence.validityYears = lh.value("validityYears"_L1).toInt(5);
    m_licence.renewalLeadDays = lh.value("renewalLeadDays"_L1).toInt(90);
    m_licence.renewalReminderDays = lh.value("renewalReminderDays"_L1).toInt(60);
    m_licence.annualReportDueMonth = lh.value("annualReportDueMonth"_L1).toInt(3);
    m_licence.annualReportDueDay = lh.value("annualReportDueDay"_L1).toInt(31);
    for (const QJsonValue& value : licence.rows()) {
        const QJsonObject row = value.toObject();
        LicenceService service{
            row.value("code"_L1).toString(),
            row.value("partOf"_L1).toString(),
            row.value("class"_L1).toString(),
            row.value("nameZh"_L1).toString(),
            row.value("nameEn"_L1).toString(),
            row.value("foreignEquityMaxPercent"_L1).toDouble(-1),
            QDate::fromString(row.value("foreignEquityEffective"_L1).toString(), Qt::ISODate)};
        m_licence.serviceCodes.append(service.code);
        m_licence.services.append(service);
    }
    m_licence.companyNameSuffixes = strings(lh.value("companyNameSuffixes"_L1));
    for (const QJsonValue& value : lh.value("nonCompanyForms"_L1).toArray()) {
        const QJsonObject row = value.toObject();
        m_licence.nonCompanyForms.append(NonCompanyForm{row.value("marker"_L1).toString(),
                                                        row.value("nameZh"_L1).toString(),
                                                        row.value("nameEn"_L1).toString()});
    }

    const QString documentTable = u"document-limits"_s;
    const DataTable& documents = DataTable::load(documentTable);
    const auto parseLimit = [](const QJsonObject& o) {
        return DocumentLimit{strings(o.value("formats"_L1)), o.value("minBytes"_L1).toInteger(),
                             o.value("maxBytes"_L1).toInteger(), o.value("maxExclusive"_L1).toBool()};
    };
    m_documentDefault = parseLimit(documents.header().value("default"_L1).toObject());
    for (const QJsonValue& value : documents.rows()) {
        const QJsonObject row = value.toObject();
        if (const auto kind = enumFromKey<DocumentKind>(row.value("kind"_L1).toString()))
            m_documentLimits.insert(*kind, parseLimit(row));
        else
            qCCritical(lcRules) << "document-limits has an unknown kind" << row.value("kind"_L1).toString();
    }

    const QString orderTable = u"order-limits"_s;
    const QJsonObject oh = DataTable::load(orderTable).header();
    m_order.maxSitesPerOrder = oh.value("maxSitesPerOrder"_L1).toInt(10);
    m_order.idleDays = oh.value("idleDays"_L1).toInt(45);
    for (const QJsonValue& v : oh.value("idleReminderDays"_L1).toArray())
        m_order.idleReminderDays.append(v.toInt());
    m_order.smsHours = oh.value("smsHours"_L1).toInt(24);
    m_order.psbDays = oh.value("psbDays"_L1).toInt(30);
    m_order.psbReminderWindowDays = oh.value("psbReminderWindowDays"_L1).toInt(180);
    m_order.realNameWorkingDays = oh.value("realNameWorkingDays"_L1).toInt(3);
    m_order.userPendingStatuses = enums<ApplicationStatus>(oh.value("userPendingStatuses"_L1), orderTable);
    m_order.inFlightStatuses = enums<ApplicationStatus>(oh.value("inFlightStatuses"_L1), orderTable);

    const QString domainsTable = u"domains-per-website"_s;
    const DataTable& domains = DataTable::load(domainsTable);
    m_domainsPerWebsite.effective = domains.effective();
    m_domainsPerWebsite.source = domains.source();
    m_domainsPerWebsite.maxPerNewWebsite = domains.header().value("maxDomainsPerNewWebsite"_L1).toInt(1);
    m_domainsPerWebsite.newWebsiteOperations =
        enums<Operation>(domains.header().value("newWebsiteOperations"_L1), domainsTable);
    m_domainsPerWebsite.changeKeepOrDrop =
        domains.header().value("changeOrders"_L1).toString() == "keep-or-drop"_L1;

    const DataTable& registrars = DataTable::load(u"registrars"_s);
    for (const QJsonValue& value : registrars.rows()) {
        const QJsonObject row = value.toObject();
        m_registrars.append(row.value("name"_L1).toString().toLower());
        for (const QString& alias : strings(row.value("aliases"_L1)))
            m_registrars.append(alias.toLower());
    }
    for (const QString& name : strings(registrars.header().value("foreign"_L1)))
        m_foreignRegistrars.append(name.toLower());
}

QString NonCompanyForm::displayName() const
{
    return QLocale().language() == QLocale::Chinese ? nameZh : nameEn;
}

const LicenceService* LicenceLimits::service(const QString& code) const
{
    for (const LicenceService& s : services) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

double LicenceLimits::foreignEquityCap(const QString& code, QDate on) const
{
    const LicenceService* s = service(code);
    if (s && s->foreignEquityMaxPercent >= 0 &&
        (!s->foreignEquityEffective.isValid() || on >= s->foreignEquityEffective))
        return s->foreignEquityMaxPercent;
    return foreignEquityMaxPercent;
}

const PreApprovalCategory* RuleTables::preApprovalCategory(const QString& key) const
{
    for (const PreApprovalCategory& c : m_preApproval) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

const ServiceType* RuleTables::serviceType(const QString& key) const
{
    for (const ServiceType& s : m_serviceTypes) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

RuleTables::RegistrarStatus RuleTables::registrarStatus(const QString& registrar) const
{
    // Whole domains and whole names only (RegistrarName.h): 易名's ename.com contains name.com.
    // Foreign names first: "Alibaba Cloud International" must not pass as the domestic Alibaba Cloud.
    const QString name = normaliseRegistrarInput(registrar);
    const auto matches = [&name](const QStringList& entries) {
        return std::any_of(entries.begin(), entries.end(),
                           [&name](const QString& entry) { return registrarNameMatches(name, entry); });
    };
    if (matches(m_foreignRegistrars))
        return RegistrarStatus::Foreign;
    if (matches(m_registrars))
        return RegistrarStatus::Accredited;
    return RegistrarStatus::Unknown;
}

} // namespace icp
