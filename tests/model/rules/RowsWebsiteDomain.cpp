#include "RuleRows.h"
#include "rules/ProvinceRules.h"

using namespace Qt::StringLiterals;
using namespace icp;
using fixture::Base;
using fixture::moveTo;

namespace rows {

namespace {

PreApproval permit(const QString& category)
{
    PreApproval pa;
    pa.category = category;
    pa.permitNumber = u"(浙)-经营性-2026-0001"_s;
    pa.documentId = u"permit"_s;
    return pa;
}

void addPermitDocument(Application& a)
{
    a.documents.append(fixture::document(u"permit"_s, DocumentKind::PreApprovalPermit, u"w-main"_s));
}

void secondDomain(Application& a, const QString& name = u"example.net"_s)
{
    a.websites[0].domains.append(fixture::domain(a, name));
}

} // namespace

void addWebsiteRows()
{
    const Base O = Base::Organisation, P = Base::Personal;
    // WEB-001 (R09)
    add("WEB-001 Latin-only name is rejected", O, "WEB-001", true, MUT a.websites[0].name = u"Example"_s;
        END);
    add("WEB-001 two-character name is rejected", O, "WEB-001", true, MUT a.websites[0].name = u"示例"_s;
        END);
    add("WEB-001 name with symbols is rejected", O, "WEB-001", true,
        MUT a.websites[0].name = u"示例科技★网站"_s;
        END);
    add("WEB-001 the domain as name is rejected", O, "WEB-001", true,
        MUT a.websites[0].name = u"example.com"_s;
        END);
    add("WEB-001 empty name is rejected", O, "WEB-001", true, MUT a.websites[0].name.clear(); END);
    add("WEB-001 Chinese descriptive name passes", O, "WEB-001", false, MUT END);
    // WEB-002 (R07)
    add("WEB-002 personal site named 工作室 is rejected", P, "WEB-002", true,
        MUT a.websites[0].name = u"李四的设计工作室"_s;
        END);
    add("WEB-002 personal site named 博客 is rejected", P, "WEB-002", true,
        MUT a.websites[0].name = u"李四的博客"_s;
        END);
    add("WEB-002 organisation site named 工作室 passes", O, "WEB-002", false,
        MUT a.websites[0].name = u"示例设计工作室"_s;
        END);
    add("WEB-002 personal notes name passes", P, "WEB-002", false, MUT END);
    // WEB-003 (R08)
    add("WEB-003 enterprise using 中国 is rejected", O, "WEB-003", true,
        MUT a.websites[0].name = u"中国示例科技网"_s;
        END);
    add("WEB-003 enterprise using 维权 is rejected", O, "WEB-003", true,
        MUT a.websites[0].name = u"示例维权平台"_s;
        END);
    add("WEB-003 enterprise with name approval passes", O, "WEB-003", false,
        MUT a.websites[0].name = u"中国示例科技网"_s;
        a.websites[0].preApprovals = {permit(u"name-approval"_s)}; END);
    add("WEB-003 government body using 人民 passes", O, "WEB-003", false,
        MUT a.entity.type = EntityType::Government;
        a.websites[0].name = u"示例区人民政府网"_s; END);
    // WEB-004 (R10)
    add("WEB-004 personal site named after Hangzhou is a warning", P, "WEB-004", true,
        MUT a.websites[0].name = u"李四的杭州随笔"_s;
        END, Severity::Warning);
    add("WEB-004 organisation site with a place name passes", O, "WEB-004", false,
        MUT a.websites[0].name = u"杭州示例科技网站"_s;
        END);
    add("WEB-004 personal site without place name passes", P, "WEB-004", false, MUT END);
    // WEB-005 (R11)
    add("WEB-005 news site without pre-approval asks", O, "WEB-005", true,
        MUT a.websites[0].name = u"示例新闻网站"_s;
        END);
    add("WEB-005 drug keyword in the name asks", O, "WEB-005", true,
        MUT a.websites[0].name = u"示例药品信息网"_s;
        END);
    add("WEB-005 a news section mentioned in the remarks passes", O, "WEB-005", false,
        MUT a.websites[0].remarks = u"企业介绍、产品信息和新闻动态"_s;
        END);
    add("WEB-005 news site with pre-approval passes", O, "WEB-005", false,
        MUT a.websites[0].name = u"示例新闻网站"_s;
        a.websites[0].preApprovals = {permit(u"news"_s)}; addPermitDocument(a); END);
    add("WEB-005 video keyword with signed no-pre-approval pledge passes", O, "WEB-005", false,
        MUT a.websites[0].name = u"示例视频制作网站"_s;
        a.noPreApprovalPledgeSigned = true;
        a.documents.append(fixture::document(u"pledge"_s, DocumentKind::NoPreApprovalPledge, QString()));
        END);
    add("WEB-005 neutral name passes", O, "WEB-005", false, MUT END);
    // WEB-006 (R11)
    add("WEB-006 pre-approval without permit number is rejected", O, "WEB-006", true,
        MUT PreApproval pa = permit(u"news"_s);
        pa.permitNumber.clear(); a.websites[0].preApprovals = {pa}; addPermitDocument(a); END);
    add("WEB-006 pre-approval without scan is rejected", O, "WEB-006", true,
        MUT a.websites[0].preApprovals = {permit(u"news"_s)};
        END);
    add("WEB-006 unknown pre-approval category is rejected", O, "WEB-006", true,
        MUT a.websites[0].preApprovals = {permit(u"astrology"_s)};
        addPermitDocument(a); END);
    add("WEB-006 complete pre-approval passes", O, "WEB-006", false,
        MUT a.websites[0].preApprovals = {permit(u"news"_s)};
        addPermitDocument(a); END);
    // WEB-007 (R12)
    add("WEB-007 personal forum is rejected", P, "WEB-007", true, MUT a.websites[0].serviceType = u"forum"_s;
        END);
    add("WEB-007 personal pre-approval is rejected", P, "WEB-007", true,
        MUT a.websites[0].preApprovals = {permit(u"news"_s)};
        addPermitDocument(a); END);
    add("WEB-007 organisation forum passes", O, "WEB-007", false, MUT a.websites[0].serviceType = u"forum"_s;
        END);
    add("WEB-007 personal web application passes", P, "WEB-007", false, MUT END);
    // WEB-008 (R42)
    add("WEB-008 Guangxi personal remarks without pledge are rejected", P, "WEB-008", true, MUT moveTo(a, 45);
        END);
    add("WEB-008 Guangxi personal remarks with pledge pass", P, "WEB-008", false, MUT moveTo(a, 45);
        a.websites[0].remarks += ProvinceRules::pledgeText(); END);
    add("WEB-008 Zhejiang needs no pledge", P, "WEB-008", false, MUT END);
    // WEB-009 (R42)
    add("WEB-009 Inner Mongolia personal remarks under 30 characters are rejected", P, "WEB-009", true,
        MUT moveTo(a, 15);
        END);
    add("WEB-009 Beijing personal filing without remarks is rejected", P, "WEB-009", true, MUT moveTo(a, 11);
        a.websites[0].remarks.clear(); END);
    add("WEB-009 Inner Mongolia long remarks pass", P, "WEB-009", false, MUT moveTo(a, 15);
        a.websites[0].remarks += ProvinceRules::pledgeText(); END);
    add("WEB-009 organisation without remarks passes", O, "WEB-009", false, MUT moveTo(a, 11); END);
    // WEB-010 (R42)
    add("WEB-010 service type other without remark in Henan is rejected", O, "WEB-010", true,
        MUT moveTo(a, 41);
        a.websites[0].serviceType = u"other"_s; END);
    add("WEB-010 service type other with remark in Henan passes", O, "WEB-010", false, MUT moveTo(a, 41);
        a.websites[0].serviceType = u"other"_s; a.websites[0].remarks = u"展示公司产品与服务"_s; END);
    add("WEB-010 service type other in Zhejiang passes", O, "WEB-010", false,
        MUT a.websites[0].serviceType = u"other"_s;
        END);
    // WEB-011
    add("WEB-011 personal blog in Zhejiang is rejected", P, "WEB-011", true,
        MUT a.websites[0].serviceType = u"blog"_s;
        END);
    add("WEB-011 personal portal is rejected", P, "WEB-011", true,
        MUT a.websites[0].serviceType = u"portal"_s;
        END);
    add("WEB-011 Heilongjiang personal site that is not a blog is rejected", P, "WEB-011", true,
        MUT moveTo(a, 23);
        END);
    add("WEB-011 Heilongjiang personal blog passes", P, "WEB-011", false, MUT moveTo(a, 23);
        a.websites[0].serviceType = u"blog"_s; END);
    add("WEB-011 personal web application in Zhejiang passes", P, "WEB-011", false, MUT END);
    // WEB-012 (§5.3)
    add("WEB-012 homepage on another domain is rejected", O, "WEB-012", true,
        MUT a.websites[0].homepageUrls = {u"https://www.other-site.com/"_s};
        END);
    add("WEB-012 missing homepage is rejected", O, "WEB-012", true, MUT a.websites[0].homepageUrls.clear();
        END);
    add("WEB-012 two homepages in Anhui are rejected", O, "WEB-012", true, MUT moveTo(a, 34); secondDomain(a);
        a.websites[0].homepageUrls.append(u"https://example.net"_s); END);
    add("WEB-012 one homepage for two domains in Gansu is rejected", O, "WEB-012", true, MUT moveTo(a, 62);
        secondDomain(a); END);
    add("WEB-012 one homepage per domain in Gansu passes", O, "WEB-012", false, MUT moveTo(a, 62);
        secondDomain(a); a.websites[0].homepageUrls.append(u"https://example.net"_s); END);
    add("WEB-012 homepage on a subdomain of the site's domain passes", O, "WEB-012", false,
        MUT a.websites[0].homepageUrls = {u"https://shop.example.com/index.html"_s};
        END);
    // WEB-013 (§6.1 item 9)
    add("WEB-013 Beijing new website reusing a filed name is rejected", O, "WEB-013", true, MUT moveTo(a, 11);
        icp::Application filed = a; filed.id = u"filed"_s; filed.status = ApplicationStatus::Granted;
        p.applications.append(filed); END);
    add("WEB-013 Beijing new website with a new name passes", O, "WEB-013", false, MUT moveTo(a, 11);
        icp::Application filed = a; filed.id = u"filed"_s; filed.status = ApplicationStatus::Granted;
        filed.websites[0].name = u"示例科技旧网站"_s; p.applications.append(filed); END);
    // WEB-014 (§5.3)
    // A website with several domains exists only from before the one-domain rule: a change order.
    add("WEB-014 Guangdong site with two domains and no remark is a warning", O, "WEB-014", true,
        MUT moveTo(a, 44);
        a.operation = Operation::Change; a.entity.filingNumber = u"粤ICP备2018012345号"_s;
        a.websites[0].filingNumber = u"粤ICP备2018012345号-1"_s; secondDomain(a); END, Severity::Warning);
    add("WEB-014 Guangdong site with the same-site remark passes", O, "WEB-014", false, MUT moveTo(a, 44);
        a.operation = Operation::Change; a.entity.filingNumber = u"粤ICP备2018012345号"_s;
        a.websites[0].filingNumber = u"粤ICP备2018012345号-1"_s; secondDomain(a);
        a.websites[0].remarks = ProvinceRules::multiDomainRemarkPhrase(); END);
    // WEB-015 (§1.1)
    add("WEB-015 website without access is rejected", O, "WEB-015", true, MUT a.websites[0].access.clear();
        END);
    add("WEB-015 server in Hong Kong is rejected", O, "WEB-015", true,
        MUT a.websites[0].access[0].provinceCode = 81;
        END);
    add("WEB-015 mainland server passes", O, "WEB-015", false, MUT END);
    // WEB-016 (R38)
    add("WEB-016 website number without -n is rejected", O, "WEB-016", true,
        MUT a.operation = Operation::NewAccess;
        a.entity.filingNumber = u"浙ICP备2020012345号"_s;
        a.websites[0].filingNumber = u"浙ICP备2020012345号"_s; END);
    add("WEB-016 website number of another entity is rejected", O, "WEB-016", true,
        MUT a.operation = Operation::NewAccess;
        a.entity.filingNumber = u"浙ICP备2020012345号"_s;
        a.websites[0].filingNumber = u"浙ICP备2020099999号-1"_s; END);
    add("WEB-016 matching website number passes", O, "WEB-016", false, MUT a.operation = Operation::NewAccess;
        a.entity.filingNumber = u"浙ICP备2020012345号"_s;
        a.websites[0].filingNumber = u"浙ICP备2020012345号-1"_s; END);
    // WEB-017
    add("WEB-017 gambling word is rejected", O, "WEB-017", true, MUT a.websites[0].name = u"示例博彩资讯站"_s;
        END);
    add("WEB-017 clean name passes", O, "WEB-017", false, MUT END);
    // WEB-018
    add("WEB-018 missing service type is rejected", O, "WEB-018", true, MUT a.websites[0].serviceType.clear();
        END);
    add("WEB-018 unknown service type is rejected", O, "WEB-018", true,
        MUT a.websites[0].serviceType = u"casino"_s;
        END);
    add("WEB-018 known service type passes", O, "WEB-018", false, MUT END);
}

void addDomainRows()
{
    const Base O = Base::Organisation, P = Base::Personal;
    const auto setDomain = [](Application& a, const QString& name) {
        a.websites[0].domains[0].name = name;
        a.websites[0].homepageUrls = {u"https://"_s + name};
    };
    // DOM-001 (R22)
    add("DOM-001 .io cannot be filed", O, "DOM-001", true,
        [=](Application& a, Portfolio&) { setDomain(a, u"example.io"_s); });
    add("DOM-001 malformed domain is rejected", O, "DOM-001", true,
        MUT a.websites[0].domains[0].name = u"exa mple.com"_s;
        END);
    add("DOM-001 empty domain is rejected", O, "DOM-001", true, MUT a.websites[0].domains[0].name.clear();
        END);
    add("DOM-001 .com passes", O, "DOM-001", false, MUT END);
    add("DOM-001 .中国 passes", O, "DOM-001", false,
        [=](Application& a, Portfolio&) { setDomain(a, u"示例.中国"_s); });
    // DOM-002 (R22)
    add("DOM-002 .co in Beijing is rejected", O, "DOM-002", true, [=](Application& a, Portfolio&) {
        moveTo(a, 11);
        setDomain(a, u"example.co"_s);
    });
    add("DOM-002 .tv for a Shanghai individual is rejected", P, "DOM-002", true,
        [=](Application& a, Portfolio&) {
            moveTo(a, 31);
            setDomain(a, u"lisi-notes.tv"_s);
        });
    add("DOM-002 .org in Beijing is rejected", O, "DOM-002", true, [=](Application& a, Portfolio&) {
        moveTo(a, 11);
        setDomain(a, u"example.org"_s);
    });
    add("DOM-002 .io in Beijing is left to DOM-001 (no province files it)", O, "DOM-002", false,
        [=](Application& a, Portfolio&) {
            moveTo(a, 11);
            setDomain(a, u"example.io"_s);
        });
    add("DOM-002 .co in Zhejiang passes", O, "DOM-002", false,
        [=](Application& a, Portfolio&) { setDomain(a, u"example.co"_s); });
    add("DOM-002 .com in Beijing passes", O, "DOM-002", false, MUT moveTo(a, 11); END);
    // DOM-003 (R22)
    add(
        "DOM-003 .org must be verified", O, "DOM-003", true,
        [=](Application& a, Portfolio&) { setDomain(a, u"example.org"_s); }, Severity::Warning);
    add("DOM-003 .com needs no verification", O, "DOM-003", false, MUT END);
    // DOM-004 (R27)
    add("DOM-004 www subdomain is rejected", O, "DOM-004", true,
        MUT a.websites[0].domains[0].name = u"www.example.com"_s;
        END);
    add("DOM-004 registrable under com.cn passes", O, "DOM-004", false,
        [=](Application& a, Portfolio&) { setDomain(a, u"example.com.cn"_s); });
    // DOM-005 (R23)
    add("DOM-005 foreign registrar is rejected", O, "DOM-005", true,
        MUT a.websites[0].domains[0].registrar = u"GoDaddy.com, LLC"_s;
        END, Severity::Blocking);
    add("DOM-005 missing registrar is rejected", O, "DOM-005", true,
        MUT a.websites[0].domains[0].registrar.clear();
        END, Severity::Blocking);
    add("DOM-005 unknown registrar is a warning", O, "DOM-005", true,
        MUT a.websites[0].domains[0].registrar = u"某某域名服务有限公司"_s;
        END, Severity::Warning);
    add("DOM-005 DNSPod passes", O, "DOM-005", false, MUT a.websites[0].domains[0].registrar = u"DNSPod"_s;
        END);
    // DOM-006 (R24)
    add("DOM-006 domain of another company is rejected", O, "DOM-006", true,
        MUT a.websites[0].domains[0].registrantName = u"别的科技有限公司"_s;
        END);
    add("DOM-006 personal domain registered to someone else is rejected", P, "DOM-006", true,
        MUT a.websites[0].domains[0].registrantName = u"王五"_s;
        END);
    add("DOM-006 domain of the legal representative passes in Zhejiang", O, "DOM-006", false,
        MUT Domain& d = a.websites[0].domains[0];
        d.registrantIsOrganisation = false; d.registrantName = u"张三"_s;
        d.registrantDocumentNumber = a.persons[0].documentNumber; END);
    add("DOM-006 domain of the legal representative is rejected in Henan", O, "DOM-006", true,
        MUT moveTo(a, 41);
        Domain& d = a.websites[0].domains[0]; d.registrantIsOrganisation = false;
        d.registrantName = u"张三"_s; d.registrantDocumentNumber = a.persons[0].documentNumber; END);
    add("DOM-006 domain of the organisation passes", O, "DOM-006", false, MUT END);
    add("DOM-006 domain registered under another credit code is rejected", O, "DOM-006", true,
        MUT a.websites[0].domains[0].registrantDocumentNumber =
            fixture::uscc(u"91"_s, u"330106"_s, u"MA2B3C4E"_s);
        END);
    add("DOM-006 a mistyped credit code of the entity is left to ENT-003", O, "DOM-006", false,
        MUT QString& code = a.entity.certificateNumber;
        code[code.size() - 1] = code.endsWith(u'L') ? u'M' : u'L'; END);
    // DOM-007 (R25)
    add("DOM-007 domain without real-name verification is a warning", O, "DOM-007", true,
        MUT a.websites[0].domains[0].realNameVerifiedOn = QDate();
        END, Severity::Warning);
    add("DOM-007 domain verified yesterday is a warning", O, "DOM-007", true,
        MUT a.websites[0].domains[0].realNameVerifiedOn = fixture::asOf().addDays(-1);
        END, Severity::Warning);
    add("DOM-007 verification a week before passes", O, "DOM-007", false,
        MUT a.websites[0].domains[0].realNameVerifiedOn = fixture::asOf().addDays(-7);
        END);
    // DOM-008 (R26)
    add("DOM-008 expired domain is rejected", O, "DOM-008", true,
        MUT a.websites[0].domains[0].expiresOn = fixture::asOf().addDays(-1);
        END);
    add("DOM-008 Shanghai domain with four months left is rejected", O, "DOM-008", true, MUT moveTo(a, 31);
        a.websites[0].domains[0].expiresOn = fixture::asOf().addMonths(4); END);
    add("DOM-008 Shanghai domain with seven months left passes", O, "DOM-008", false, MUT moveTo(a, 31);
        a.websites[0].domains[0].expiresOn = fixture::asOf().addMonths(7); END);
    add("DOM-008 Liaoning domain with one month left passes", O, "DOM-008", false, MUT moveTo(a, 21);
        a.websites[0].domains[0].expiresOn = fixture::asOf().addMonths(1); END);
    // DOM-009 (R28)
    add("DOM-009 eleven domains on one site are rejected", O, "DOM-009", true,
        MUT for (int i = 0; i < 10; ++i) secondDomain(a, u"example-%1.com"_s.arg(i));
        END);
    add("DOM-009 two domains on one Sichuan site are rejected", O, "DOM-009", true, MUT moveTo(a, 51);
        secondDomain(a); END);
    add("DOM-009 five domains on a Guizhou first filing are rejected", O, "DOM-009", true, MUT moveTo(a, 52);
        for (int i = 0; i < 4; ++i) secondDomain(a, u"example-%1.com"_s.arg(i)); END);
    add("DOM-009 one domain on one Zhejiang site passes", O, "DOM-009", false, MUT END);
    // DOM-010
    add("DOM-010 the same domain on two sites is rejected", O, "DOM-010", true,
        MUT Website w = fixture::extraWebsite(a, 2);
        w.domains[0] = a.websites[0].domains[0]; w.homepageUrls = a.websites[0].homepageUrls;
        a.websites.append(w); END);
    add("DOM-010 distinct domains pass", O, "DOM-010", false,
        MUT a.websites.append(fixture::extraWebsite(a, 2));
        END);
    // DOM-011 (§5.1)
    add("DOM-011 Jiangsu public institution on .com is a warning", O, "DOM-011", true, MUT moveTo(a, 32);
        a.entity.type = EntityType::PublicInstitution;
        a.entity.certificateType = CertificateType::PublicInstitutionCertificate; END, Severity::Warning);
    add("DOM-011 Jiangsu public institution on .cn passes", O, "DOM-011", false,
        [=](Application& a, Portfolio&) {
            moveTo(a, 32);
            a.entity.type = EntityType::PublicInstitution;
            a.entity.certificateType = CertificateType::PublicInstitutionCertificate;
            setDomain(a, u"example.cn"_s);
        });
}

} // namespace rows
