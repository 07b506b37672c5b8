#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace icp {

// One of the 31 mainland provincial-level regions (GB/T 2260), with the
// abbreviation used in ICP numbers. Loaded from the `provinces` data table.
struct Province
{
    int code = 0;                       // GB/T 2260 two-digit code, e.g. 11
    QString abbreviation;               // ICP abbreviation, e.g. 京; 蜀 for Sichuan, 陇 for Gansu
    QStringList alternateAbbreviations; // also accepted in numbers: 川 (Sichuan), 甘 (Gansu)
    QString nameZh;                     // 北京市
    QString shortNameZh;                // 北京 (as it starts an address written without 市)
    QString nameEn;                     // Beijing
    QString domainLabel;                // provincial second-level domain label, e.g. "bj" for .bj.cn

    bool isValid() const { return code != 0; }
    QString sixDigitCode() const { return QString::number(code * 10000); } // 110000
    // Name in the user's current language (Chinese when the UI locale is Chinese).
    QString displayName() const;
};

class Provinces
{
public:
    static const QList<Province>& all();
    static const Province* byCode(int code);                 // 11 or 110000
    static const Province* byAbbreviation(QStringView abbr); // 京, 川, 蜀 …
    // Codes that appear in ID numbers but have no ICP filing: 71 Taiwan, 81 Hong Kong, 82 Macao.
    static bool isNonMainlandRegion(int code);
};

} // namespace icp
