#pragma once

#include "core/Result.h"

#include <QString>

namespace icp {

// Unified Social Credit Code (GB 32100-2015).
struct Uscc
{
    // What the registration-authority + category pair (first two characters) says
    // the holder is; the rules engine cross-checks this against the entity type.
    enum class Category {
        Government,           // 11 机关
        PublicInstitution,    // 12 事业单位
        MassOrganisation,     // 13 中央编办管理的群众团体
        OtherStaffingOffice,  // 19
        SocialOrganisation,   // 51 社会团体
        PrivateNonEnterprise, // 52 民办非企业单位
        Foundation,           // 53 基金会
        OtherCivilAffairs,    // 59
        Enterprise,           // 91 企业
        SoleProprietor,       // 92 个体工商户
        FarmerCooperative,    // 93 农民专业合作社
        Other                 // any other valid pair (law firms 31, religious 71, Y1 …)
    };

    QString code;              // 18 characters, upper-case
    QString authorityCategory; // first two characters, e.g. "91"
    QString regionCode;        // characters 3–8
    QString organisationCode;  // characters 9–17 (GB 11714, with its own check character)
    Category category = Category::Other;
    // Embedded GB 11714 check passes. Always true in a result of the default
    // (Enforce) parse; only OrganisationCodeCheck::ReportOnly can yield false.
    bool organisationCodeValid = false;
};

// GB 32100-2015 requires the embedded organisation code to carry a valid GB 11714
// check character, so a failure is an error (uscc.organisation-code) by default.
// ReportOnly accepts such a code and reports it in Uscc::organisationCodeValid,
// for callers that want to warn instead (e.g. when re-reading old filings).
enum class OrganisationCodeCheck { Enforce, ReportOnly };

// Stable key for a category ("enterprise", "sole-proprietor", …) used by the data tables.
QString usccCategoryKey(Uscc::Category category);
QString usccCategoryName(Uscc::Category category); // translated

// Reason codes: uscc.empty, uscc.length, uscc.characters (I O S V Z or others),
// uscc.region (characters 3–8 not digits), uscc.checksum, uscc.organisation-code.
// Surrounding whitespace is ignored; lower-case and full-width characters are normalised.
// The category comes from the data table `uscc-categories` (model/data/uscc-categories.json).
Result<Uscc> parseUscc(QStringView input,
                       OrganisationCodeCheck organisationCheck = OrganisationCodeCheck::Enforce);

// Both return a null QChar when the input has the wrong length or characters outside the alphabet.
QChar usccCheckCharacter(QStringView first17);
QChar organisationCodeCheckCharacter(QStringView first8); // GB 11714; 'X' for 10, '0' for 11

} // namespace icp
