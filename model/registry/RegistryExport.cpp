#include "registry/RegistryExport.h"

#include "registry/CsvTable.h"
#include "validation/Province.h"

using namespace Qt::StringLiterals;

namespace icp {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString kindText(ApplicationKind kind, HeaderLanguage language)
{
    if (language == HeaderLanguage::Chinese)
        return kind == ApplicationKind::Filing ? u"备案"_s : u"许可证"_s;
    return toKey(kind);
}

QString statusText(LicenceStatus status, HeaderLanguage language)
{
    if (language == HeaderLanguage::English)
        return toKey(status);
    switch (status) {
    case LicenceStatus::Active:
        return u"正常"_s;
    case LicenceStatus::Cancelled:
        return u"已注销"_s;
    case LicenceStatus::Revoked:
        return u"已吊销"_s;
    case LicenceStatus::Expired:
        return u"已过期"_s;
    }
    return {};
}

QString provinceText(int code, HeaderLanguage language)
{
    const Province* province = code != 0 ? Provinces::byCode(code) : nullptr;
    if (!province)
        return {};
    return language == HeaderLanguage::Chinese ? province->shortNameZh : province->nameEn;
}

QString cell(const Licence& licence, const RegisteredWebsite* website, RegistryColumn column,
             HeaderLanguage language)
{
    const QString separator = u"; "_s;
    switch (column) {
    case RegistryColumn::Number:
        return licence.number;
    case RegistryColumn::Kind:
        return kindText(licence.kind, language);
    case RegistryColumn::Entity:
        return licence.entityName;
    case RegistryColumn::Uscc:
        return licence.uscc;
    case RegistryColumn::Province:
        return provinceText(licence.provinceCode, language);
    case RegistryColumn::Services:
        return licence.services.join(separator);
    case RegistryColumn::Issued:
        return dateText(licence.issuedOn);
    case RegistryColumn::Expires:
        return dateText(licence.expiresOn);
    case RegistryColumn::Websites:
        return website ? QStringList{website->name, website->number}.join(u' ').trimmed() : QString();
    case RegistryColumn::Domains: {
        QStringList names;
        for (const RegisteredDomain& domain : website ? website->domains : QList<RegisteredDomain>())
            names.append(domain.name);
        return names.join(separator);
    }
    case RegistryColumn::DomainExpires: {
        // One date per domain, aligned; no cell at all when none is known.
        QStringList dates;
        bool any = false;
        for (const RegisteredDomain& domain : website ? website->domains : QList<RegisteredDomain>()) {
            dates.append(dateText(domain.expiresOn));
            any = any || domain.expiresOn.isValid();
        }
        return any ? dates.join(separator) : QString();
    }
    case RegistryColumn::Homepage:
        return website ? website->homepageUrls.join(separator) : QString();
    case RegistryColumn::Psb:
        return website ? website->psbNumber : QString();
    case RegistryColumn::Provider:
        return licence.accessProvider;
    case RegistryColumn::Owner:
        return licence.owner;
    case RegistryColumn::HostingExpires:
        return dateText(licence.hostingExpiresOn);
    case RegistryColumn::BusinessChanged:
        return dateText(licence.businessChangedOn);
    case RegistryColumn::Status:
        return statusText(licence.status, language);
    case RegistryColumn::Notes:
        return licence.notes;
    }
    return {};
}

} // namespace

QList<QStringList> registryRows(const Licence& licence, HeaderLanguage language)
{
    QList<QStringList> rows;
    const qsizetype count = std::max<qsizetype>(1, licence.websites.size());
    for (qsizetype i = 0; i < count; ++i) {
        const RegisteredWebsite* website = i < licence.websites.size() ? &licence.websites.at(i) : nullptr;
        QStringList row;
        for (RegistryColumn column : allRegistryColumns())
            row.append(cell(licence, website, column, language));
        rows.append(row);
    }
    return rows;
}

QByteArray exportRegistryCsv(const QList<Licence>& licences, HeaderLanguage headers)
{
    QStringList headerRow;
    for (RegistryColumn column : allRegistryColumns())
        headerRow.append(registryColumnHeader(column, headers));
    QString text = csvRecord(headerRow);
    for (const Licence& licence : licences) {
        for (const QStringList& row : registryRows(licence, headers))
            text += csvRecord(row);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace icp
