// Regression rows for the entity and licence corrections of docs/regulations.md (§1.2, §3.4,
// §3.7, §4.2): foreign equity per service, companies only, the USCC region as a warning, the
// province read from the certificate address, the full USCC category table and the
// Liaoning/Jilin entity-principal rule.
#include "RuleRows.h"

using namespace Qt::StringLiterals;
using namespace icp;
using fixture::Base;
using fixture::moveTo;

namespace rows {

namespace {

// The entity's code with another registration authority/category pair (region and body kept).
void recode(Application& a, const QString& pair)
{
    a.entity.certificateNumber =
        fixture::uscc(pair, a.entity.certificateNumber.sliced(2, 6), a.entity.certificateNumber.sliced(8, 8));
}

void foreignEquityRows()
{
    const Base L = Base::Licence;
    // §1.2: 50 % in general; operational e-commerce, B22, B23 and B24 may be 100 % foreign.
    add("LIC-002 100 % foreign call centre (B24) passes", L, "LIC-002", false,
        MUT a.entity.foreignEquityPercent = 100;
        a.serviceCategories = {u"B24"_s}; END);
    add("LIC-002 100 % foreign multi-party communication and store-and-forward (B22, B23) pass", L, "LIC-002",
        false, MUT a.entity.foreignEquityPercent = 100;
        a.serviceCategories = {u"B22"_s, u"B23"_s}; END);
    add("LIC-002 100 % foreign operational e-commerce (B21-EC) passes", L, "LIC-002", false,
        MUT a.entity.foreignEquityPercent = 100;
        a.serviceCategories = {u"B21-EC"_s}; END);
    add("LIC-002 100 % foreign information services (B25) is rejected", L, "LIC-002", true,
        MUT a.entity.foreignEquityPercent = 100;
        END, Severity::Blocking);
    add("LIC-002 100 % foreign B21 beyond operational e-commerce is rejected", L, "LIC-002", true,
        MUT a.entity.foreignEquityPercent = 100;
        a.serviceCategories = {u"B21"_s}; END, Severity::Blocking);
    add("LIC-002 100 % foreign call centre with information services is rejected", L, "LIC-002", true,
        MUT a.entity.foreignEquityPercent = 100;
        a.serviceCategories = {u"B24"_s, u"B25"_s}; END, Severity::Blocking);
    add("LIC-002 100 % foreign coding and protocol conversion (B26) is rejected", L, "LIC-002", true,
        MUT a.entity.foreignEquityPercent = 100;
        a.serviceCategories = {u"B26"_s}; END, Severity::Blocking);
    add("LIC-002 100 % foreign B24 with B25 in Beijing is a pilot-zone question", L, "LIC-002", true,
        MUT moveTo(a, 11);
        a.entity.foreignEquityPercent = 100; a.serviceCategories = {u"B24"_s, u"B25"_s};
        END, Severity::Warning);
    add("LIC-005 operational e-commerce (B21-EC) is a known service", L, "LIC-005", false,
        MUT a.serviceCategories = {u"B21-EC"_s};
        END);
}

void companyRows()
{
    const Base L = Base::Licence;
    // §1.2: only a company holds a value-added telecom licence.
    add("LIC-003 individual business (USCC 92) is rejected", L, "LIC-003", true, MUT recode(a, u"92"_s);
        a.entity.name = u"杭州市西湖区示例网络工作室"_s; END, Severity::Blocking);
    add("LIC-003 farmer co-operative (USCC 93) is rejected", L, "LIC-003", true, MUT recode(a, u"93"_s);
        a.entity.name = u"杭州示例茶叶专业合作社"_s; END, Severity::Blocking);
    add("LIC-003 social organisation is rejected", L, "LIC-003", true,
        MUT a.entity.type = EntityType::SocialOrganisation;
        recode(a, u"51"_s); END, Severity::Blocking);
    add("LIC-003 individual cannot apply for a licence", L, "LIC-003", true,
        MUT a.entity.type = EntityType::Individual;
        END, Severity::Blocking);
    add("LIC-003 partnership (合伙企业, USCC 91) is a warning", L, "LIC-003", true,
        MUT a.entity.name = u"杭州示例创业投资合伙企业（有限合伙）"_s;
        END, Severity::Warning);
    add("LIC-003 sole-investment enterprise (USCC 91) is a warning", L, "LIC-003", true,
        MUT a.entity.name = u"杭州示例信息咨询个人独资企业"_s;
        END, Severity::Warning);
    add("LIC-003 USCC 91 name without a company suffix is a warning", L, "LIC-003", true,
        MUT a.entity.name = u"杭州示例网络技术服务中心"_s;
        END, Severity::Warning);
    add("LIC-003 limited company whose name mentions 合伙人 passes", L, "LIC-003", false,
        MUT a.entity.name = u"杭州合伙人网络科技有限公司"_s;
        END);
    add("LIC-003 company limited by shares passes", L, "LIC-003", false,
        MUT a.entity.name = u"浙江示例数据股份有限公司"_s;
        END);
    add("LIC-003 branch of a limited company passes", L, "LIC-003", false,
        MUT a.entity.name = u"上海示例信息服务有限公司杭州分公司"_s;
        END);
}

void filingProvinceRows()
{
    const Base O = Base::Organisation;
    // §3.4, R16: the USCC region is a question, the certificate address decides.
    add("ENT-006 Beijing code, Shanghai address, filed in Shanghai is one warning", O, "ENT-006", true,
        MUT moveTo(a, 31);
        a.entity.certificateNumber = fixture::uscc(u"91"_s, u"110105"_s, u"MA2B3C4D"_s);
        a.entity.certificateAddress = u"上海市浦东新区世纪大道100号"_s; END, Severity::Warning);
    // §3.4: the province is read with its suffix or through a prefecture, never by a bare prefix.
    const struct
    {
        const char* name;
        int province;
        const char* address;
        bool present;
    } addresses[] = {
        {"ENT-006 海南藏族自治州 filed in Qinghai passes", 63, "海南藏族自治州共和县恰卜恰镇示例路1号",
         false},
        {"ENT-006 海南藏族自治州 filed in Hainan is rejected", 46, "海南藏族自治州共和县恰卜恰镇示例路1号",
         true},
        {"ENT-006 乌海市海南区 filed in Inner Mongolia passes", 15, "乌海市海南区示例街2号", false},
        {"ENT-006 乌海市海南区 filed in Hainan is rejected", 46, "乌海市海南区示例街2号", true},
        {"ENT-006 bare 海南区 is not read as Hainan", 15, "海南区示例街2号", false},
        {"ENT-006 河南蒙古族自治县 filed in Qinghai passes", 63, "黄南藏族自治州河南蒙古族自治县示例路3号",
         false},
        {"ENT-006 河南蒙古族自治县 filed in Henan is rejected", 41, "黄南藏族自治州河南蒙古族自治县示例路3号",
         true},
        {"ENT-006 bare 河南蒙古族自治县 is not read as Henan", 63, "河南蒙古族自治县优干宁镇示例路3号",
         false},
        {"ENT-006 北京路 in Guangzhou filed in Guangdong passes", 44, "广州市越秀区北京路100号", false},
        {"ENT-006 北京路 in Guangzhou filed in Beijing is rejected", 11, "广州市越秀区北京路100号", true},
        {"ENT-006 a street named 北京路 is not read as Beijing", 53, "北京路延长线示例大厦5楼", false},
        {"ENT-006 西宁市 filed in Qinghai passes", 63, "西宁市城中区示例路8号", false},
        {"ENT-006 西宁市 filed in Gansu is rejected", 62, "西宁市城中区示例路8号", true},
        {"ENT-006 上海浦东新区 without 市 filed in Zhejiang is rejected", 33, "上海浦东新区示例路9号", true},
        {"ENT-006 Shanghai free-trade zone filed in Shanghai passes", 31,
         "中国（上海）自由贸易试验区示例路100号", false},
    };
    for (const auto& row : addresses) {
        const int province = row.province;
        const QString address = QString::fromUtf8(row.address);
        add(
            row.name, O, "ENT-006", row.present,
            [province, address](Application& a, Portfolio&) {
                moveTo(a, province);
                a.entity.certificateAddress = address;
            },
            row.present ? std::optional(Severity::Blocking) : std::nullopt);
    }
}

void categoryAndPrincipalRows()
{
    const Base O = Base::Organisation;
    // §4.2: a pair outside the GB 32100 table is reported, not taken as "other".
    add("ENT-004 a code with the unlisted pair 94 is questioned", O, "ENT-004", true, MUT recode(a, u"94"_s);
        END, Severity::Warning);
    add("ENT-004 religious college (72) fits a religious group", O, "ENT-004", false,
        MUT a.entity.type = EntityType::ReligiousGroup;
        recode(a, u"72"_s); END);
    add("ENT-004 foreign cultural centre (41) fits its entity type", O, "ENT-004", false,
        MUT a.entity.type = EntityType::ForeignCulturalCentre;
        recode(a, u"41"_s); END);
    // §3.7, R13: Liaoning and Jilin state no rule, so the general rule applies.
    add("PER-011 delegated principal in Jilin without letter is rejected", O, "PER-011", true,
        MUT moveTo(a, 22);
        a.persons[0].roles = {PersonRole::EntityPrincipal}; END, Severity::Blocking);
    add("PER-011 delegated principal in Jilin with letter passes", O, "PER-011", false, MUT moveTo(a, 22);
        a.persons[0].roles = {PersonRole::EntityPrincipal}; a.documents.append(
            fixture::document(u"epa"_s, DocumentKind::EntityPrincipalAuthorisation, QString()));
        END);
    add("PER-011 delegated principal in Liaoning with letter passes", O, "PER-011", false, MUT moveTo(a, 21);
        a.persons[0].roles = {PersonRole::EntityPrincipal}; a.documents.append(
            fixture::document(u"epa"_s, DocumentKind::EntityPrincipalAuthorisation, QString()));
        END);
}

} // namespace

void addEntityCorrectionRows()
{
    foreignEquityRows();
    companyRows();
    filingProvinceRows();
    categoryAndPrincipalRows();
}

} // namespace rows
