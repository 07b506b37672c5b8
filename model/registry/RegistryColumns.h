#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The columns of a registry spreadsheet (docs/portfolio.md "Registry and import") and which
// spreadsheet column holds which of them: the mapping the column-mapping dialog edits.
namespace icp {

enum class RegistryColumn {
    Number,
    Kind,
    Entity,
    Uscc,
    Province,
    Services,
    Issued,
    Expires,
    Websites,
    Domains,
    DomainExpires,
    Homepage,
    Psb,
    Provider,
    Owner,
    // Beyond the list, so that an export reads back whole.
    HostingExpires,
    BusinessChanged,
    Status,
    Notes,
};

enum class HeaderLanguage { English, Chinese };

QList<RegistryColumn> allRegistryColumns();       // in export order
QString registryColumnKey(RegistryColumn column); // "number", "domain expires" (the English header)
QString registryColumnHeader(RegistryColumn column, HeaderLanguage language); // "number" / "备案号"
QString registryColumnDisplayName(RegistryColumn column); // translated, for the GUI and reasons
// The column a header names (any of its English or Chinese forms, case and spaces ignored).
std::optional<RegistryColumn> registryColumnForHeader(const QString& header);

// Spreadsheet column (0-based) → registry column; unmapped columns are ignored.
class ColumnMapping
{
public:
    ColumnMapping() = default;
    // The default mapping: every header recognised by registryColumnForHeader; a column named
    // twice is mapped the first time only.
    static ColumnMapping fromHeaders(const QStringList& headers);

    std::optional<RegistryColumn> columnAt(int sourceColumn) const;
    // Maps `sourceColumn` to `column` (none: ignore it), unmapping any other column mapped to it.
    void set(int sourceColumn, std::optional<RegistryColumn> column);
    // The source column holding `column`, -1 when none does.
    int sourceOf(RegistryColumn column) const;
    int sourceColumnCount() const { return int(m_columns.size()); }
    bool operator==(const ColumnMapping&) const = default;

private:
    QList<std::optional<RegistryColumn>> m_columns;
};

} // namespace icp
