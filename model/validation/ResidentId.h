#pragma once

#include "core/BeijingTime.h"
#include "core/Result.h"

#include <QDate>
#include <QString>

namespace icp {

// A resident identity card number (GB 11643-1999), or a Hong Kong / Macao /
// Taiwan residence permit number (prefix 810000/820000/830000, same checksum).
struct ResidentId
{
    enum class Sex { Female, Male };
    enum class Kind { ResidentCard, ResidencePermitHongKong, ResidencePermitMacao, ResidencePermitTaiwan };

    QString number; // 18 characters, check character upper-case
    Kind kind = Kind::ResidentCard;
    int regionCode = 0;   // six-digit address code, e.g. 110105
    int provinceCode = 0; // first two digits, e.g. 11
    QDate birthDate;
    Sex sex = Sex::Female;

    int ageOn(QDate date) const;
};

// Reason codes: id.empty, id.first-generation (15 digits), id.length, id.characters,
// id.region (unknown province code), id.birth-date (not a date), id.future-birth,
// id.too-old (before 1900), id.checksum.
// Leading/trailing whitespace is ignored, full-width digits and a lower-case x are normalised.
// Region rule: the first two digits must be a mainland province of Provinces::all(), or the
// whole prefix 810000/820000/830000 (sets Kind); 71 (Taiwan) is not issued and is rejected.
// A birth year before 1900 is id.too-old even when the checksum is right (the worked
// example 440524188001010014, born 1880, is rejected by the parser, not by the check function).
// An invalid `today` skips the future-birth check.
Result<ResidentId> parseResidentId(QStringView input, QDate today = beijing::today());

// MOD 11-2 check character for the first 17 digits (no validation of the body);
// a null QChar when the input is not 17 (ASCII or full-width) digits.
QChar residentIdCheckCharacter(QStringView first17);

// Whole years between birth and `on` (birthday counts on the day itself; 29 Feb → 1 Mar);
// -1 when a date is invalid or `on` is before `birth`.
int ageInYears(QDate birth, QDate on);

} // namespace icp
