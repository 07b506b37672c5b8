#pragma once

// Internal: the mobile number's home province (归属地, docs/regulations.md §3.5) from
// libphonenumber's offline geocoder. Not part of the model's public API; the
// public entry point is parseMobile() in Contact.h.

#include <QStringView>
#include <QtGlobal>

namespace icp::detail {

// GB/T 2260 province code of a mainland mobile number given as its 11 national
// digits, or 0 when libphonenumber does not know the number or only says "中国".
// The geocoder is created on first use (it is expensive) and shared; safe to
// call from any thread.
int mobileHomeProvinceCode(quint64 nationalNumber);

// Maps a geocoder description such as "北京市", "云南省昭通市" or "广西南宁市" to a
// province code by matching its start against Provinces::all() names; 0 for
// "中国" or anything unknown.
int provinceCodeFromGeocoderDescription(QStringView description);

} // namespace icp::detail
