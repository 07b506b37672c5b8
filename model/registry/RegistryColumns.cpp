#include "registry/RegistryColumns.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

struct ColumnNames
{
    RegistryColumn column;
    QStringList english; // the first is the key and the exported header
    QStringList chinese; // the first is the exported header
};

// The default headers (docs/portfolio.md "Registry and import").
const QList<ColumnNames>& columnNames()
{
    static const QList<ColumnNames> names{
        {RegistryColumn::Number, {u"number"_s}, {u"备案号"_s, u"许可证号"_s, u"备案/许可证号"_s}},
        {RegistryColumn::Kind, {u"kind"_s}, {u"类型"_s}},
        {RegistryColumn::Entity, {u"entity"_s}, {u"主体名称"_s}},
        {RegistryColumn::Uscc, {u"uscc"_s}, {u"统一社会信用代码"_s}},
        {RegistryColumn::Province, {u"province"_s}, {u"省份"_s}},
        {RegistryColumn::Services, {u"services"_s}, {u"业务种类"_s}},
        {RegistryColumn::Issued, {u"issued"_s}, {u"发证日期"_s}},
        {RegistryColumn::Expires, {u"expires"_s}, {u"有效期至"_s}},
        {RegistryColumn::Websites, {u"websites"_s}, {u"网站"_s}},
        {RegistryColumn::Domains, {u"domains"_s}, {u"域名"_s}},
        {RegistryColumn::DomainExpires, {u"domain expires"_s}, {u"域名到期"_s}},
        {RegistryColumn::Homepage, {u"homepage"_s}, {u"首页"_s}},
        {RegistryColumn::Psb, {u"psb"_s}, {u"公安备案号"_s}},
        {RegistryColumn::Provider, {u"provider"_s}, {u"接入商"_s}},
        {RegistryColumn::Owner, {u"owner"_s}, {u"负责人"_s}},
        {RegistryColumn::HostingExpires, {u"hosting expires"_s}, {u"接入到期"_s}},
        {RegistryColumn::BusinessChanged, {u"business changed"_s}, {u"工商变更日期"_s}},
        {RegistryColumn::Status, {u"status"_s}, {u"状态"_s}},
        {RegistryColumn::Notes, {u"notes"_s}, {u"备注"_s}},
    };
    return names;
}

const ColumnNames& namesOf(RegistryColumn column)
{
    return columnNames().at(qsizetype(column));
}

// Headers compare without case, spaces, underscores or hyphens ("Domain_Expires" = "domain expires").
QString foldHeader(const QString& header)
{
    QString folded;
    for (const QChar c : header.trimmed()) {
        if (!c.isSpace() && c != u'_' && c != u'-' && c != QChar(0xFEFF))
            folded.append(c.toCaseFolded());
    }
    return folded;
}

} // namespace

QList<RegistryColumn> allRegistryColumns()
{
    QList<RegistryColumn> all;
    for (const ColumnNames& names : columnNames())
        all.append(names.column);
    return all;
}

QString registryColumnKey(RegistryColumn column)
{
    return namesOf(column).english.constFirst();
}

QString registryColumnHeader(RegistryColumn column, HeaderLanguage language)
{
    const ColumnNames& names = namesOf(column);
    return language == HeaderLanguage::Chinese ? names.chinese.constFirst() : names.english.constFirst();
}

QString registryColumnDisplayName(RegistryColumn column)
{
    switch (column) {
    case RegistryColumn::Number:
        return QCoreApplication::translate("Registry", "Number");
    case RegistryColumn::Kind:
        return QCoreApplication::translate("Registry", "Kind");
    case RegistryColumn::Entity:
        return QCoreApplication::translate("Registry", "Entity");
    case RegistryColumn::Uscc:
        return QCoreApplication::translate("Registry", "Unified social credit code");
    case RegistryColumn::Province:
        return QCoreApplication::translate("Registry", "Province");
    case RegistryColumn::Services:
        return QCoreApplication::translate("Registry", "Services");
    case RegistryColumn::Issued:
        return QCoreApplication::translate("Registry", "Issued");
    case RegistryColumn::Expires:
        return QCoreApplication::translate("Registry", "Expires");
    case RegistryColumn::Websites:
        return QCoreApplication::translate("Registry", "Websites");
    case RegistryColumn::Domains:
        return QCoreApplication::translate("Registry", "Domains");
    case RegistryColumn::DomainExpires:
        return QCoreApplication::translate("Registry", "Domain expires");
    case RegistryColumn::Homepage:
        return QCoreApplication::translate("Registry", "Homepage");
    case RegistryColumn::Psb:
        return QCoreApplication::translate("Registry", "Public-security filing number");
    case RegistryColumn::Provider:
        return QCoreApplication::translate("Registry", "Access provider");
    case RegistryColumn::Owner:
        return QCoreApplication::translate("Registry", "Owner");
    case RegistryColumn::HostingExpires:
        return QCoreApplication::translate("Registry", "Hosting expires");
    case RegistryColumn::BusinessChanged:
        return QCoreApplication::translate("Registry", "Business registration changed");
    case RegistryColumn::Status:
        return QCoreApplication::translate("Registry", "Status");
    case RegistryColumn::Notes:
        return QCoreApplication::translate("Registry", "Notes");
    }
    return registryColumnKey(column);
}

std::optional<RegistryColumn> registryColumnForHeader(const QString& header)
{
    const QString folded = foldHeader(header);
    if (folded.isEmpty())
        return std::nullopt;
    for (const ColumnNames& names : columnNames()) {
        for (const QStringList* list : {&names.english, &names.chinese}) {
            for (const QString& name : *list) {
                if (foldHeader(name) == folded)
                    return names.column;
            }
        }
    }
    return std::nullopt;
}

ColumnMapping ColumnMapping::fromHeaders(const QStringList& headers)
{
    ColumnMapping mapping;
    for (int i = 0; i < headers.size(); ++i) {
        const std::optional<RegistryColumn> column = registryColumnForHeader(headers.at(i));
        mapping.m_columns.append(column && mapping.sourceOf(*column) < 0 ? column : std::nullopt);
    }
    return mapping;
}

std::optional<RegistryColumn> ColumnMapping::columnAt(int sourceColumn) const
{
    return m_columns.value(sourceColumn);
}

void ColumnMapping::set(int sourceColumn, std::optional<RegistryColumn> column)
{
    if (sourceColumn < 0)
        return;
    if (column) {
        for (std::optional<RegistryColumn>& mapped : m_columns) {
            if (mapped == column)
                mapped.reset();
        }
    }
    if (sourceColumn >= m_columns.size())
        m_columns.resize(sourceColumn + 1);
    m_columns[sourceColumn] = column;
}

int ColumnMapping::sourceOf(RegistryColumn column) const
{
    return int(m_columns.indexOf(std::optional<RegistryColumn>(column)));
}

} // namespace icp
