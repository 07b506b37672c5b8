#pragma once

#include "core/Result.h"

#include <QString>

namespace icp {

// Unified Social Credit Code (GB 32100-2015).
struct Uscc
{
    // What the registration-authority + category pair (first two characters) says
    // the holder is; the rules engine cross-checks this against the entity type.
    // Every pair of the GB 32100 annex and its later assignments (docs/regulations.md §4.2):
    // the `uscc-categories` table maps each pair to one of these.
    enum class Category {
        Government,                 // 11 机关
        PublicInstitution,          // 12 事业单位
        MassOrganisation,           // 13 中央编办直接管理机构编制的群众团体
        OtherStaffingOffice,        // 19
        ForeignNewsAgency,          // 21 外国常驻新闻机构
        LawFirm,                    // 31 律师执业机构
        NotaryOffice,               // 32 公证处
        LegalServiceOffice,         // 33 基层法律服务所
        JudicialExpertise,          // 34 司法鉴定机构
        ArbitrationCommission,      // 35 仲裁委员会
        CommercialMediation,        // 36 商事调解组织
        ForeignCulturalCentre,      // 41 外国在华文化中心
        SocialOrganisation,         // 51 社会团体
        PrivateNonEnterprise,       // 52 民办非企业单位
        Foundation,                 // 53 基金会
        VillageCommittee,           // 54 村民委员会
        ResidentCommittee,          // 55 居民委员会
        OtherCivilAffairs,          // 59
        ForeignTourismOffice,       // 61 外国政府旅游部门常驻代表机构
        HkMacaoTaiwanTourismOffice, // 62 港澳台地区旅游部门常驻内地（大陆）代表机构
        ReligiousVenue,             // 71 宗教活动场所
        ReligiousCollege,           // 72 宗教院校
        GrassRootsTradeUnion,       // 81 基层工会
        NonCorporateTradeUnion,     // 82 非法人工会组织
        Enterprise,                 // 91 企业
        SoleProprietor,             // 92 个体工商户
        FarmerCooperative,          // 93 农民专业合作社
        MilitaryInstitution,        // A1 军队事业单位
        ForeignNgoOffice,           // G1 境外非政府组织代表机构
        OwnersAssembly,             // J1 业主大会
        GroupCollective,            // N1 组级集体经济组织
        VillageCollective,          // N2 村级集体经济组织
        TownshipCollective,         // N3 乡镇级集体经济组织
        OverseasChineseFederation,  // Q1–Q3 侨联组织
        Other,                      // the "other" pair of an authority (29, 39 … Y1)
        Unlisted                    // a pair in no table: reported, never taken on trust
    };

    QString code;              // 18 characters, upper-case
    QString authorityCategory; // first two characters, e.g. "91"
    QString regionCode;        // characters 3–8
    QString organisationCode;  // characters 9–17 (GB 11714, with its own check character)
    Category category = Category::Unlisted;
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
