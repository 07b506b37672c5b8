#pragma once

// Invented domain objects for tests and benchmarks: no real person or organisation,
// every ID number and credit code computed valid with the project's own check functions.
#include "domain/Application.h"
#include "domain/Licence.h"

#include <QDateTime>
#include <QString>

namespace icp::test {

// A UTC timestamp from ISO 8601 text (milliseconds allowed).
QDateTime utc(const QString& iso);

// A resident ID number (GB 11643) for an invented person: address code, birth date
// (yyyyMMdd) and sequence number, followed by the computed check character.
QString residentId(const QString& region6, const QString& birth8, const QString& sequence3);
// A unified social credit code (GB 32100) for an invented holder: authority and category
// (e.g. "91"), region code and an eight-character organisation code body, followed by the
// computed GB 11714 and GB 32100 check characters.
QString uscc(const QString& prefix2, const QString& region6, const QString& organisation8);

// Every field set to something other than its default, so a field forgotten in a
// write or a read (JSON, a table column) breaks the round trip. `n` varies the ids
// and a few values, so that several can be stored side by side.
Application fullApplication(int n = 0);
Licence fullLicence(int n = 0);

} // namespace icp::test
