#pragma once

#include <QStringView>

namespace icp {

// The province a Chinese address is in, read from how it starts (docs/regulations.md §3.4, R16):
// - a province's full name (广东省…, 内蒙古自治区…, 北京市…);
// - a province's short name followed by one of its prefectures or, for a municipality, one of
//   its districts (广东深圳市…, 北京海淀区…);
// - a prefecture-level division's full name (广州市…, 西宁市…, 海南藏族自治州…);
// - the free-trade-zone form 中国（上海）自由贸易试验区….
// A bare prefix is never enough: 海南藏族自治州 is in Qinghai, 海南区 in Inner Mongolia,
// 河南蒙古族自治县 in Qinghai and 北京路 is a street. Returns 0 when the address does not say
// (for example when it starts with a county or a district outside the municipalities).
// Prefectures and districts come from the `prefectures` data table.
int provinceOfAddress(QStringView address);

} // namespace icp
