#pragma once

#include "core/Result.h"
#include "domain/Licence.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace icp {

class ChangeLogWriter;
class Database;

// The licence registry (docs/portfolio.md): granted filing numbers and licences with their
// annual reports, registry fields, websites and domains. Saves are one transaction each and append change_log
// rows (aggregate type "licence"), like ApplicationRepository.
class LicenceRepository
{
public:
    explicit LicenceRepository(Database& db);
    ~LicenceRepository();
    LicenceRepository(const LicenceRepository&) = delete;
    LicenceRepository& operator=(const LicenceRepository&) = delete;

    Status save(const Licence& licence, const QString& actor);
    // "store.not-found" when absent.
    Result<Licence> load(const QString& id);
    // The licence with exactly this number (as stored: the import stores the validators'
    // format()), none when there is none; the import matches rows by it.
    Result<std::optional<Licence>> findByNumber(const QString& number);
    // Every licence, soonest expiry first (filings, which do not expire, last).
    Result<QList<Licence>> list();
    Status remove(const QString& id, const QString& actor = QString());

private:
    // The licence `id` (none when absent), or every licence when `id` is null.
    Result<QList<Licence>> select(const QString& id);

    Database& m_db;
    std::unique_ptr<ChangeLogWriter> m_log;
};

} // namespace icp
