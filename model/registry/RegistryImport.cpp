#include "registry/RegistryImport.h"

#include "store/LicenceRepository.h"

#include <QLoggingCategory>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

Q_LOGGING_CATEGORY(lcRegistry, "icp.model.registry", QtInfoMsg)

// The same website: the same number, else (neither has one) the same name, else the same first domain.
bool sameWebsite(const RegisteredWebsite& a, const RegisteredWebsite& b)
{
    if (!a.number.isEmpty() || !b.number.isEmpty())
        return a.number == b.number;
    if (!a.name.isEmpty() || !b.name.isEmpty())
        return a.name == b.name;
    return !a.domains.isEmpty() && !b.domains.isEmpty() &&
           a.domains.constFirst().name == b.domains.constFirst().name;
}

void mergeWebsite(RegisteredWebsite& into, const RegisteredWebsite& from)
{
    if (!from.number.isEmpty())
        into.number = from.number;
    if (!from.name.isEmpty())
        into.name = from.name;
    for (const QString& url : from.homepageUrls) {
        if (!into.homepageUrls.contains(url))
            into.homepageUrls.append(url);
    }
    if (!from.psbNumber.isEmpty())
        into.psbNumber = from.psbNumber;
    for (const RegisteredDomain& domain : from.domains) {
        auto it = std::find_if(into.domains.begin(), into.domains.end(),
                               [&domain](const RegisteredDomain& d) { return d.name == domain.name; });
        if (it == into.domains.end()) {
            into.domains.append(domain);
        } else if (domain.expiresOn.isValid()) {
            it->expiresOn = domain.expiresOn;
        }
    }
}

} // namespace

int ImportReport::count(ImportedRow::Action action) const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [action](const ImportedRow& r) { return r.action == action; }));
}

QString importActionKey(ImportedRow::Action action)
{
    switch (action) {
    case ImportedRow::Action::Created:
        return u"created"_s;
    case ImportedRow::Action::Updated:
        return u"updated"_s;
    case ImportedRow::Action::Skipped:
        return u"skipped"_s;
    case ImportedRow::Action::Refused:
        return u"refused"_s;
    }
    return {};
}

Licence mergeRegistryRow(const Licence& existing, const ParsedRow& row)
{
    Licence merged = existing;
    const Licence& from = row.licence;
    if (row.has(RegistryColumn::Kind))
        merged.kind = from.kind;
    if (row.has(RegistryColumn::Entity))
        merged.entityName = from.entityName;
    if (row.has(RegistryColumn::Uscc))
        merged.uscc = from.uscc;
    // The province comes from the column, or from the number when nothing is stored yet.
    if (row.has(RegistryColumn::Province) || (merged.provinceCode == 0 && from.provinceCode != 0))
        merged.provinceCode = from.provinceCode;
    if (row.has(RegistryColumn::Services))
        merged.services = from.services;
    if (row.has(RegistryColumn::Issued))
        merged.issuedOn = from.issuedOn;
    // Expiry: the column, or issue + 5 years for a licence that has none stored.
    if (row.has(RegistryColumn::Expires) || (!merged.expiresOn.isValid() && from.expiresOn.isValid()))
        merged.expiresOn = from.expiresOn;
    if (row.has(RegistryColumn::HostingExpires))
        merged.hostingExpiresOn = from.hostingExpiresOn;
    if (row.has(RegistryColumn::BusinessChanged))
        merged.businessChangedOn = from.businessChangedOn;
    if (row.has(RegistryColumn::Provider))
        merged.accessProvider = from.accessProvider;
    if (row.has(RegistryColumn::Owner))
        merged.owner = from.owner;
    if (row.has(RegistryColumn::Status))
        merged.status = from.status;
    if (row.has(RegistryColumn::Notes))
        merged.notes = from.notes;
    for (const RegisteredWebsite& website : from.websites) {
        auto it = std::find_if(merged.websites.begin(), merged.websites.end(),
                               [&website](const RegisteredWebsite& w) { return sameWebsite(w, website); });
        if (it == merged.websites.end())
            merged.websites.append(website);
        else
            mergeWebsite(*it, website);
    }
    return merged;
}

RegistryImporter::RegistryImporter(LicenceRepository& licences)
    : m_licences(licences)
{}

Result<ImportReport> RegistryImporter::run(const CsvTable& table, const ColumnMapping& mapping,
                                           const QString& actor, const Progress& progress)
{
    ImportReport report;
    const int total = int(table.rows.size());
    for (int i = 0; i < total; ++i) {
        const ParsedRow row = parseRegistryRow(table, mapping, i);
        ImportedRow outcome{row.row, ImportedRow::Action::Refused, row.licence.number, QString()};
        if (!row.ok()) {
            report.problems += row.problems;
        } else {
            Result<std::optional<Licence>> existing = m_licences.findByNumber(row.licence.number);
            if (!existing)
                return existing.error();
            Licence record;
            if (existing->has_value()) {
                record = mergeRegistryRow(**existing, row);
                outcome.action =
                    record == **existing ? ImportedRow::Action::Skipped : ImportedRow::Action::Updated;
            } else {
                record = row.licence;
                record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                outcome.action = ImportedRow::Action::Created;
            }
            if (outcome.action != ImportedRow::Action::Skipped) {
                if (Status saved = m_licences.save(record, actor); !saved)
                    return saved.error();
            }
            outcome.licenceId = record.id;
        }
        report.rows.append(outcome);
        if (progress && !progress(i + 1, total))
            break;
    }
    qCInfo(lcRegistry) << "registry import:" << report.count(ImportedRow::Action::Created) << "created,"
                       << report.count(ImportedRow::Action::Updated) << "updated,"
                       << report.count(ImportedRow::Action::Skipped) << "skipped,"
                       << report.count(ImportedRow::Action::Refused) << "refused";
    return report;
}

} // namespace icp
