#pragma once

#include "domain/Licence.h"
#include "registry/RegistryColumns.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// Writes the registry as a spreadsheet (docs/portfolio.md "Registry and import"): UTF-8 with a
// BOM, so that Excel opens it as UTF-8, comma-separated, CRLF, every column of
// allRegistryColumns() under English or Chinese headers. A record with several websites is
// written as one row per website (the same number on each): the import merges them back.
namespace icp {

QByteArray exportRegistryCsv(const QList<Licence>& licences,
                             HeaderLanguage headers = HeaderLanguage::English);

// The rows of one record (one per website, at least one), in allRegistryColumns() order.
QList<QStringList> registryRows(const Licence& licence, HeaderLanguage language);

} // namespace icp
