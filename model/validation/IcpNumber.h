#pragma once

#include "core/Result.h"

#include <QString>

namespace icp {

// 京ICP备2021034286号-3: province abbreviation, 8- or 10-digit serial, optional site suffix.
struct FilingNumber
{
    QString abbreviation; // as written (川 and 蜀 both kept as written)
    int provinceCode = 0;
    QString serial; // 8 or 10 digits
    int site = 0;   // 0 = the entity number (no -n)

    QString entityNumber() const; // 京ICP备2021034286号
    QString format() const;       // 京ICP备2021034286号-3 (or the entity number when site == 0)
};

// Reason codes: icp.empty, icp.format, icp.province (unknown abbreviation, incl. 贵/云),
// icp.serial (not 8 or 10 digits), icp.site.
// Tolerates spaces, full-width digits and hyphen, and the legacy "…-5号" suffix order.
Result<FilingNumber> parseFilingNumber(QStringView input);

// Licence numbers: 京ICP证030173号, 粤B2-20090059, B2-20080101, 合字B2-20170010,
// 合字A1.B1.B2-20180001 and the hybrid 京ICP证B2-20170001号. Legacy forms such as
// 辽B-2-4-2008xxxx are not accepted.
struct LicenceNumber
{
    enum class Kind { IcpCertificate, ProvincialValueAdded, NationalValueAdded, ForeignInvested };
    Kind kind = Kind::IcpCertificate;
    QString abbreviation; // empty for national / foreign-invested
    int provinceCode = 0;
    QString categories;       // "B2", "A1.B1.B2"
    QString serial;           // 6 digits (ICP证) or 8 digits (YYYYNNNN)
    int year = 0;             // issue year where the serial encodes it
    bool hybridStyle = false; // written 京ICP证B2-20170001号 (seen in footers); format() keeps that form
    QString format() const;
};
// Reason codes: licence.empty, licence.format, licence.province, licence.category (not A1, A2, B1
// or B2, or repeated: there is no B3).
Result<LicenceNumber> parseLicenceNumber(QStringView input);
QString licenceKindKey(LicenceNumber::Kind kind); // "icp-certificate", "provincial-b2", …

// 京公网安备11010502037644号, 贵公网安备52052302000396号: the police's own abbreviations
// (the psb-abbreviations table), which differ from the ICP ones in places.
struct PsbNumber
{
    QString abbreviation;
    int provinceCode = 0;
    bool abbreviationUncertain = false; // 云, 陇: accepted, to be compared with beian.mps.gov.cn
    QString digits;                     // 14 digits
    QString format() const;
    QString queryUrl() const; // https://beian.mps.gov.cn/#/query/webSearch?code=<digits>
};
// Reason codes: psb.empty, psb.format, psb.province.
Result<PsbNumber> parsePsbNumber(QStringView input);

// Shared normalisation: remove whitespace (and zero-width characters), map full-width digits,
// letters and hyphens (and other dashes) to ASCII, upper-case ASCII letters (京icp备 → 京ICP备).
QString normaliseNumberInput(QStringView input);

} // namespace icp
