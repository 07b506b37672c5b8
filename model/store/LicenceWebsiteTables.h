#pragma once

#include "core/Result.h"
#include "domain/Licence.h"

#include <QHash>
#include <QList>
#include <QString>

namespace icp {

class Database;

// The registry's child tables of a licence (schema v6): licence_websites, keyed by the
// licence's id and the website's place in its list, and licence_domains under them. No
// transactions here: LicenceRepository wraps each call in its own.
namespace LicenceWebsiteTables {

// Replaces every website (and domain) row of `licenceId` with `websites`.
Status write(Database& db, const QString& licenceId, const QList<RegisteredWebsite>& websites);

// Fills the websites of `licences` (found by id through `indexById`) from the rows of the
// licence `id`, or of every licence when `id` is null.
Status read(Database& db, const QString& id, const QHash<QString, qsizetype>& indexById,
            QList<Licence>& licences);

} // namespace LicenceWebsiteTables

} // namespace icp
