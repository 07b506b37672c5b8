#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace icp {

// The canonical text of a JSON value, used for dossiers so that export → import →
// export is byte-identical and diffs stay readable (docs/dossier.md "Canonical form"):
// UTF-8 without BOM, members sorted by key (QJsonObject order), 2-space indent,
// ": " after keys, "[]" / "{}" for empty containers, non-ASCII text as plain UTF-8,
// only '"', '\\' and control characters escaped, integers without a fraction, other
// numbers in the shortest form that reads back to the same double, "\n" at the end.
QByteArray canonicalJson(const QJsonValue& value);

} // namespace icp
