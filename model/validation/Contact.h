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
    QString segment; // the table row that matched, e.g. "170" or "1703"
    // "china-mobile", "china-unicom", "china-telecom", "china-broadnet", or for virtual
    // operators "virtual-china-mobile", "virtual-china-unicom", "virtual-china-telecom"
    // (the issuing carrier; numbers may have been ported since 2019-12-01).
    QString carrierKey;
    int homeProvinceCode = 0; // 归属地 from libphonenumber's offline geocoder; 0 when unknown
};

// Reason codes: mobile.empty, mobile.characters, mobile.length, mobile.prefix (not 1x, or a
// country code other than 86), mobile.iot (IoT segments, no SMS), mobile.segment (unallocated).
// Accepts an optional +86 / 86 / 0086 prefix, spaces and hyphens, full-width digits.
// Validity is decided by the data table `mobile-segments` (docs/regulations.md §4.3), not by
// libphonenumber, whose 8.12 metadata lags new segments; libphonenumber only supplies
// homeProvinceCode (its geocoder is a lazily created, thread-safe singleton; ~10 µs a call).
// Callers should warn on SegmentKind::VirtualOperator: the MIIT SMS may not arrive (§4.3).
Result<MobileNumber> parseMobile(QStringView input);

struct Landline
{
    QString areaCode;          // "010", "021", "0755"
    QString number;            // 7 or 8 digits
    QString extension;         // may be empty
    QString formatted() const; // 010-12345678-123
};
// Reason codes: landline.empty, landline.format, landline.area-code.
// Accepts 010-12345678, 01012345678, (010)1234 5678, 0755-1234567-123, "… 转 123",
// "… ext 123", "… x123", +86 10 12345678, 0086-755-…, full-width digits. Area codes (§4.5):
// 010 and 020–029, otherwise four digits starting 03–09; local number 7–8 digits not
// starting with 0; extension 1–6 digits. 400/800 service numbers are rejected (format).
Result<Landline> parseLandline(QStringView input);

// Reason codes: email.empty, email.format, email.domain. Returns the trimmed address
// with the domain part lower-cased (IDN domains converted to their A-label).
// Practical RFC 5322 subset: one @, an ASCII dot-atom local part of at most 64 characters
// (no quoted strings, no non-ASCII names), a domain of at least two LDH labels with a
// non-numeric top-level label (no IP literals). Full-width characters are folded first.
Result<QString> parseEmail(QStringView input);

// Reason codes: postcode.empty, postcode.format.
Result<QString> parsePostcode(QStringView input);

// Travel and identity documents other than the resident ID (docs/regulations.md §4.4).
// Reason codes: <doc>.empty, <doc>.format where <doc> is home-return-permit,
// taiwan-permit or passport. Spaces are dropped, letters upper-cased, full-width folded;
// the normalised number is returned. Old booklet formats ([HM][A-Z]?\d{6,7}) and older
// PRC passport series (G, P, S, D) are not accepted.
Result<QString> parseHomeReturnPermit(QStringView input); // H/M + 8 or 10 digits
Result<QString> parseTaiwanPermit(QStringView input);     // 8 digits (card) or 10 digits + optional letter
Result<QString> parsePassport(QStringView input, bool chinese); // PRC E-series when chinese, else 5–17 alnum

// 外国人永久居留身份证 (docs/regulations.md §4.4). Reason codes: foreign-permanent-resident-id.empty,
// .format, .checksum. The 2023 card: 18 characters, "9" + 16 digits + the GB 11643 MOD 11-2 check
// character (0–9 or X); the 2017 card: 15 characters, 3 Latin letters (nationality) + 12 digits,
// whose check digit is not verified. Returns the normalised number.
Result<QString> parseForeignPermanentResidentId(QStringView input);

} // namespace icp
