#pragma once

#include "core/Result.h"
#include "validation/Province.h"

#include <QChar>

namespace icp {

// The province abbreviations the police write in public-security filing numbers
// (公网安备): the `psb-abbreviations` table (docs/regulations.md §2.6, §8.2). They are not
// always the ICP ones: Guizhou's police write 贵公网安备… (ICP numbers only use 黔).
struct PsbAbbreviation
{
    const Province* province = nullptr;
    // True when the table marks the abbreviation uncertain (云 for Yunnan, 陇 for Gansu):
    // accepted, with a note to compare the number with beian.mps.gov.cn.
    bool uncertain = false;
};

// The abbreviation's province, or an Error with code psb.province.
Result<PsbAbbreviation> psbAbbreviation(QChar abbreviation);

} // namespace icp
