#pragma once

#include "core/Result.h"
#include "validation/Province.h"

#include <QStringView>

// Helpers shared by the ICP filing, licence and PSB number parsers (internal to validation/).
namespace icp::detail {

// The province for the abbreviation that starts an ICP or licence number, or an Error with
// `code` ("icp.province", "licence.province"). 贵 and 云 are rejected with a hint: Guizhou is 黔
// and Yunnan is 滇 (docs/regulations.md §8.1). PSB numbers use the police's own abbreviations, where
// 贵 is right (PsbAbbreviation.h).
Result<const Province*> icpProvince(QChar abbreviation, const char* code);

// Length of the run of ASCII digits at the start of `text`.
qsizetype leadingDigits(QStringView text);

} // namespace icp::detail
