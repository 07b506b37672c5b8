#pragma once

#include "core/Result.h"
#include "registry/CsvTable.h"
#include "registry/RegistryColumns.h"
#include "registry/RegistryRow.h"

#include <QList>
#include <QString>
#include <functional>

// Imports a registry spreadsheet (docs/portfolio.md "Registry and import"): every good row is
// saved through LicenceRepository (so through the change log), matched by number: a row whose
// number is new creates a record, a row that changes nothing is skipped, a changed one updates
// the record. Bad rows are refused with their problems; the others are imported.
namespace icp {

class LicenceRepository;

struct ImportedRow
{
    enum class Action { Created, Updated, Skipped, Refused };
    int row = 0;
    Action action = Action::Refused;
    QString number;
    QString licenceId; // empty when refused
};

struct ImportReport
{
    QList<ImportedRow> rows;
    QList<ImportProblem> problems; // of the refused rows
    int count(ImportedRow::Action action) const;
};

QString importActionKey(ImportedRow::Action action); // "created", "updated", "skipped", "refused"

// `existing` updated with what `row` says. Only the columns the row fills in are taken, so an
// empty cell never erases what is stored; websites are matched by number (else name) and
// domains by name, and websites or domains the row does not name are kept.
Licence mergeRegistryRow(const Licence& existing, const ParsedRow& row);

class RegistryImporter
{
public:
    explicit RegistryImporter(LicenceRepository& licences);

    // Called after every row with the rows done and the total; returning false stops the
    // import after that row (what was saved stays saved).
    using Progress = std::function<bool(int done, int total)>;

    // Fails only when the store fails (the rows before stay imported); bad rows are in the report.
    Result<ImportReport> run(const CsvTable& table, const ColumnMapping& mapping, const QString& actor,
                             const Progress& progress = {});

private:
    LicenceRepository& m_licences;
};

} // namespace icp
