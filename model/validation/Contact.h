#pragma once

#include "core/Result.h"

#include <QString>

namespace icp {

// A mainland mobile number that can receive the MIIT verification SMS.
struct MobileNumber
{
    enum class SegmentKind { Standard, DataCard, VirtualOperator };

    QString number; // 11 national digits, no prefix
    SegmentKind segmentKind = SegmentKind::Standard;
    QString segment;    // the table row that matched, e.g. "170" or "1703"
    QString carrierKey; // "china-mobile", "china-unicom", "china-telecom", "china-broadnet", "virtual-…"
    int homeProvinceCode = 0; // 归属地 from libphonenumber's offline geocoder; 0 when unknown
};

// Reason codes: mobile.empty, mobile.characters, mobile.length, mobile.prefix (not 1x),
// mobile.iot (13-digit IoT numbers, no SMS), mobile.segment (unallocated segment).
// Accepts an optional +86 / 86 / 0086 prefix, spaces and hyphens, full-width digits.
Result<MobileNumber> parseMobile(QStringView input);

struct Landline
{
    QString areaCode;          // "010", "021", "0755"
    QString number;            // 7 or 8 digits
    QString extension;         // may be empty
    QString formatted() const; // 010-12345678-123
};
// Reason codes: landline.empty, landline.format, landline.area-code.
Result<Landline> parseLandline(QStringView input);

// Reason codes: email.empty, email.format, email.domain. Returns the trimmed address
// with the domain part lower-cased (IDN domains converted to their A-label).
Result<QString> parseEmail(QStringView input);

// Reason codes: postcode.empty, postcode.format.
Result<QString> parsePostcode(QStringView input);

// Travel and identity documents other than the resident ID (icp-rules.md §4.4).
// Reason codes: <doc>.empty, <doc>.format where <doc> is home-return-permit,
// taiwan-permit or passport.
Result<QString> parseHomeReturnPermit(QStringView input); // H/M + 8 or 10 digits
Result<QString> parseTaiwanPermit(QStringView input);     // 8 digits (card) or 10 digits + optional letter
Result<QString> parsePassport(QStringView input, bool chinese); // PRC E-series when chinese, else 5–17 alnum

} // namespace icp
