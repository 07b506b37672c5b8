#pragma once

#include "domain/Licence.h"
#include "registry/CsvTable.h"
#include "registry/RegistryColumns.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// One spreadsheet row read into a registry record, every value through the validators
// (docs/portfolio.md "Registry and import").
namespace icp {

// What is wrong with one cell (or a whole row): shown to the user as it is.
struct ImportProblem
{
    int row = 0;     // the spreadsheet row (the header is row 1)
    int column = 0;  // the spreadsheet column, from 1; 0 for the row as a whole
    QString header;  // that column's header in the file
    QString code;    // stable: "registry.number-missing", "uscc.checksum", …
    QString message; // translated reason

    // "Row 4, column 3 (uscc): …", translated.
    QString describe() const;
    bool operator==(const ImportProblem&) const = default;
};

struct ParsedRow
{
    int row = 0;
    Licence licence;             // what the row says; no id
    QList<RegistryColumn> given; // the mapped columns with a value in this row
    QList<ImportProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    bool has(RegistryColumn column) const { return given.contains(column); }
};

// Row `index` of `table` (0 = the first row under the header).
ParsedRow parseRegistryRow(const CsvTable& table, const ColumnMapping& mapping, qsizetype index);
// The first `maxRows` rows (all when negative), for the column-mapping preview; nothing is saved.
QList<ParsedRow> previewRegistryRows(const CsvTable& table, const ColumnMapping& mapping, int maxRows);

// 2027-06-01, 2027/6/1, 2027.6.1 or 2027年6月1日; a null date for an empty text, nullopt when the
// text is not a date.
std::optional<QDate> parseRegistryDate(const QString& text);
// The values of a cell holding several, separated by ';', '；', '、' or a line break, trimmed.
// `keepEmpty` keeps empty places (columns aligned with another, like domain expiry dates).
QStringList splitRegistryCell(const QString& cell, bool keepEmpty = false);

} // namespace icp
