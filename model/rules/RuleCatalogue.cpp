#include "rules/RuleCatalogue.h"

#include "rules/RuleId.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace icp::rules {

namespace {

struct Entry
{
    RuleId id;
    const char* reference;
    Severity severity;
    const char* scope;
    const char* source;
    const char* title;
};

// The catalogue of every rule (docs/regulations.md §10). Ids are stable: never renumber,
// only append. Titles are translated through the "Rules" context.
//
// Not implemented, for want of data the application does not hold:
// - R31 (domains must not / must resolve): needs a DNS lookup; model/ has no network.
// - R37 (footer shows the right number and links): needs the live homepage. The
//   per-province footer form is available as ProvinceRules::footerEntityNumber.
// Partial: R10 (province and major-city names only, no gazetteer), R16 same-city
// addresses (HE/HA/GZ, needs a gazetteer), R23 (hand-made registrar table: unknown
// registrars warn), R25/R33 (weekends only, no public-holiday table), R32 (the count of
// failed SMS tries is not recorded), R35 (reminder only: the change's effective date is
// not recorded), R41 (format and size; image-quality heuristics belong to model/documents).
constexpr Severity B = Severity::Blocking;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

const Entry entries[] = {
    // Entity
    {RuleId::ENT_001, "R01", B, "entity", "GB 11643-1999; python-stdnum ric.py; §4.4",
     QT_TRANSLATE_NOOP("Rules", "An individual's certificate number is a valid identity document number")},
    {RuleId::ENT_002, "R02", B, "entity", "GB 11643-1999 §4.1",
     QT_TRANSLATE_NOOP("Rules", "The birth date in an individual's ID number is real and not in the future")},
    {RuleId::ENT_003, "R04", B, "entity", "GB 32100-2015; python-stdnum uscc.py",
     QT_TRANSLATE_NOOP("Rules", "The Unified Social Credit Code is valid")},
    {RuleId::ENT_004, "R05", W, "entity", "fdstar/NumberValidators ManagementKindCode.cs",
     QT_TRANSLATE_NOOP("Rules", "The USCC category fits the entity type")},
    {RuleId::ENT_005, "R06", B, "entity", "WeChat queryIcpCertificateTypes; TC:备案材料",
     QT_TRANSLATE_NOOP("Rules", "The certificate type is accepted for the entity type")},
    {RuleId::ENT_006, "R16", B, "entity", "TC:常见备案申请驳回 跨省备案驳回; O33 Art. 3",
     QT_TRANSLATE_NOOP("Rules", "An organisation files in the province of its certificate address")},
    {RuleId::ENT_007, "R16", B, "entity", "TC-new; HW 备案管局咨询; §3.4",
     QT_TRANSLATE_NOOP("Rules",
                       "An individual filing outside the ID province has residence proof where allowed")},
    {RuleId::ENT_008, "R16", B, "entity", "O33 Art. 3; §8.3",
     QT_TRANSLATE_NOOP("Rules", "The filing province is a mainland province")},
    {RuleId::ENT_009, "R38", B, "entity", "§8.1",
     QT_TRANSLATE_NOOP("Rules",
                       "The entity's ICP filing number is well-formed and belongs to the filing province")},
    {RuleId::ENT_010, "§3.1", B, "entity", "TC:备案材料/单位备案, 个人备案",
     QT_TRANSLATE_NOOP("Rules", "The entity's name, certificate number and addresses are filled in")},
    {RuleId::ENT_011, "§4.5", B, "entity", "§4.5", QT_TRANSLATE_NOOP("Rules", "The postcode has six digits")},
    {RuleId::ENT_012, "§3.3", B, "entity", "TC-new Hebei; HW 备案管局咨询",
     QT_TRANSLATE_NOOP("Rules", "The province accepts foreign individuals")},
    // Persons
    {RuleId::PER_001, "R01", B, "person", "GB 11643-1999; §4.4",
     QT_TRANSLATE_NOOP("Rules", "A person's identity document number is valid")},
    {RuleId::PER_002, "R02", B, "person", "GB 11643-1999 §4.1",
     QT_TRANSLATE_NOOP("Rules", "The birth date in a person's ID number is real and not in the future")},
    {RuleId::PER_003, "R03", B, "person", "TC-new per province",
     QT_TRANSLATE_NOOP("Rules", "Principals meet the province's minimum age")},
    {RuleId::PER_004, "R17", B, "person", "VincentSit ChinaMobilePhoneNumberRegex; TC:短信核验类",
     QT_TRANSLATE_NOOP("Rules", "The mobile number can receive the MIIT verification SMS")},
    {RuleId::PER_005, "R17", W, "person", "TC:常见问题/短信核验类",
     QT_TRANSLATE_NOOP("Rules", "Virtual-operator and data-card numbers may not receive the MIIT SMS")},
    {RuleId::PER_006, "R18", B, "person", "TC-new; TC-old; HW 备案管局咨询",
     QT_TRANSLATE_NOOP("Rules", "The mobile number is local to the filing province where required")},
    {RuleId::PER_007, "R19", W, "person", "TC-new",
     QT_TRANSLATE_NOOP("Rules", "A mobile number or ID number is not already used by another entity")},
    {RuleId::PER_008, "R20", B, "person", "TC-new Beijing, Jilin",
     QT_TRANSLATE_NOOP("Rules", "Persons in one order have distinct e-mail addresses where required")},
    {RuleId::PER_009, "R20", B, "person", "TC-new; TC:主体负责人",
     QT_TRANSLATE_NOOP("Rules",
                       "A second contact number is given where required and differs from the mobile")},
    {RuleId::PER_010, "R21", W, "person", "TC-old Shanghai; HW 错误提示FAQ 1.6",
     QT_TRANSLATE_NOOP("Rules", "Identity documents stay valid at least three months after submission")},
    {RuleId::PER_011, "R13", B, "person", "TC-new; HW 备案管局咨询",
     QT_TRANSLATE_NOOP("Rules", "The entity principal is the legal representative or is authorised")},
    {RuleId::PER_012, "R14", B, "person", "TC-new; HW",
     QT_TRANSLATE_NOOP("Rules",
                       "With a delegated entity principal the website principal follows the province rule")},
    {RuleId::PER_013, "R15", B, "person", "TC-new; TC:网站负责人",
     QT_TRANSLATE_NOOP(
         "Rules", "A website principal who is not the legal representative has an authorisation letter")},
    {RuleId::PER_014, "§3.2", B, "person", "TC:词汇表; TC:主体负责人; TC:网站负责人",
     QT_TRANSLATE_NOOP("Rules", "The entity principal and every website principal are named")},
    {RuleId::PER_015, "§4.5", B, "person", "§4.5", QT_TRANSLATE_NOOP("Rules", "The e-mail address is valid")},
    {RuleId::PER_016, "§4.5", B, "person", "§4.5",
     QT_TRANSLATE_NOOP("Rules", "The second contact number is a valid landline or mobile number")},
    {RuleId::PER_017, "§3.2", B, "person", "TC:备案材料/个人备案",
     QT_TRANSLATE_NOOP("Rules", "In a personal filing the entity principal is the individual filer")},
    // Websites
    {RuleId::WEB_001, "R09", B, "website", "TC:常见备案申请驳回; TC:网站命名要求",
     QT_TRANSLATE_NOOP("Rules",
                       "The website name has at least three Chinese characters and is not a domain")},
    {RuleId::WEB_002, "R07", B, "website", "TC:网站命名要求; bkzhishi.com",
     QT_TRANSLATE_NOOP("Rules", "A personal website name has no company, organisation or commerce words")},
    {RuleId::WEB_003, "R08", B, "website", "TC:网站命名要求; HW 备案材料咨询",
     QT_TRANSLATE_NOOP("Rules",
                       "A non-state entity's website name has no state-level words without approval")},
    {RuleId::WEB_004, "R10", W, "website", "product_new 网站命名要求 items 8–9",
     QT_TRANSLATE_NOOP("Rules", "A personal website name has no place names")},
    {RuleId::WEB_005, "R11", B, "website",
     "product_new 前置审批相关; HW PreApproval; 互联网宗教信息服务管理办法 (2022)",
     QT_TRANSLATE_NOOP("Rules", "A religious group's website has the religious information permit; a name "
                                "touching a regulated field asks for its pre-approval")},
    {RuleId::WEB_006, "R11", B, "website", "O292 Art. 5; O33",
     QT_TRANSLATE_NOOP("Rules", "Each pre-approval has a known category, a permit number and its scan")},
    {RuleId::WEB_007, "R12", B, "website", "TC:能否进行备案",
     QT_TRANSLATE_NOOP("Rules", "Personal filings declare no pre-approval and no forum service")},
    {RuleId::WEB_008, "R42", B, "website", "TC-new Guangxi, Inner Mongolia, Shandong",
     QT_TRANSLATE_NOOP("Rules", "Personal website remarks contain the pledge sentence where required")},
    {RuleId::WEB_009, "R42", B, "website", "TC-new",
     QT_TRANSLATE_NOOP("Rules", "Personal website remarks describe the content with the required length")},
    {RuleId::WEB_010, "R42", B, "website", "TC-new Henan, Inner Mongolia, Chongqing, Guangxi",
     QT_TRANSLATE_NOOP("Rules", "The service type \"other\" comes with a content remark")},
    {RuleId::WEB_011, "§6.2", B, "website", "TC-new Zhejiang, Henan, Hunan, Guizhou, Heilongjiang",
     QT_TRANSLATE_NOOP("Rules", "A personal website uses a service type the province accepts")},
    {RuleId::WEB_012, "§5.3", B, "website", "TC-new; §5.3",
     QT_TRANSLATE_NOOP("Rules",
                       "Homepage URLs are on the website's domains and follow the province's count rule")},
    {RuleId::WEB_013, "§6.1", B, "website", "TC-new Beijing",
     QT_TRANSLATE_NOOP("Rules", "A new website does not reuse the name of the entity's filed website")},
    {RuleId::WEB_014, "§5.3", W, "website", "TC-new Guangdong, Shandong, Heilongjiang",
     QT_TRANSLATE_NOOP("Rules", "A website with several domains notes that they point to the same site")},
    {RuleId::WEB_015, "§1.1", B, "website", "TC:是否需要备案; HW FilingRequirement",
     QT_TRANSLATE_NOOP("Rules", "The website is hosted on a mainland server")},
    {RuleId::WEB_016, "R38", B, "website", "§8.1",
     QT_TRANSLATE_NOOP("Rules", "The website filing number is well-formed and belongs to the entity number")},
    {RuleId::WEB_017, "§6.1", B, "website", "TC:网站命名要求",
     QT_TRANSLATE_NOOP("Rules", "The website name has no sensitive words")},
    {RuleId::WEB_018, "§6.2", B, "website", "§6.2",
     QT_TRANSLATE_NOOP("Rules", "The website has a known service type")},
    // Domains
    {RuleId::DOM_001, "R22", B, "domain", "MIIT 2017 domain notice; domain.miit.gov.cn",
     QT_TRANSLATE_NOOP("Rules", "The domain is well-formed and its suffix can be filed")},
    {RuleId::DOM_002, "R22", B, "domain", "TC-new Beijing, Shanghai; TC-old Chongqing",
     QT_TRANSLATE_NOOP("Rules", "The province accepts the domain suffix")},
    {RuleId::DOM_003, "R22", W, "domain", "§5.5",
     QT_TRANSLATE_NOOP("Rules", "A .org domain must be checked against the live MIIT list")},
    {RuleId::DOM_004, "R27", B, "domain", "TC:备案域名; TC:词汇表",
     QT_TRANSLATE_NOOP("Rules", "Only registrable domains are filed, not subdomains")},
    {RuleId::DOM_005, "R23", B, "domain", "MIIT 2017 domain notice item 2",
     QT_TRANSLATE_NOOP("Rules", "The domain is registered with an MIIT-accredited registrar")},
    {RuleId::DOM_006, "R24", B, "domain", "MIIT 2017 domain notice item 5; TC-new",
     QT_TRANSLATE_NOOP("Rules", "The domain registrant matches the filing entity")},
    {RuleId::DOM_007, "R25", W, "domain", "TC:域名相关; HW 备案域名咨询",
     QT_TRANSLATE_NOOP("Rules",
                       "The domain was real-name verified at least three working days before submission")},
    {RuleId::DOM_008, "R26", B, "domain", "TC-new; HW; §5.2",
     QT_TRANSLATE_NOOP("Rules", "The domain stays registered long enough after submission")},
    {RuleId::DOM_009, "R28", B, "domain", "MIIT 工信管函〔2019〕633号 (since 2019-04-22)",
     QT_TRANSLATE_NOOP("Rules",
                       "A website filed in a first filing or as a new website has exactly one domain")},
    {RuleId::DOM_010, "§5.3", B, "domain", "§5.3",
     QT_TRANSLATE_NOOP("Rules", "A domain appears only once in an order")},
    {RuleId::DOM_011, "§5.1", W, "domain", "HW 备案政策咨询; HW 备案管局咨询",
     QT_TRANSLATE_NOOP("Rules", "Public bodies use public-sector suffixes where the province asks for them")},
    {RuleId::DOM_012, "§5.4", B, "domain", "MIIT 工信管函〔2019〕633号 (since 2019-04-22)",
     QT_TRANSLATE_NOOP("Rules", "A change keeps or drops the filed domains of a website and never adds one")},
    // Licences
    {RuleId::LIC_001, "R39", B, "licence", "O42 Art. 6",
     QT_TRANSLATE_NOOP("Rules", "The registered capital meets the licence minimum")},
    {RuleId::LIC_002, "R39", B, "licence", "Negative list 2020; MIIT 2015-196; MIIT 2024-107",
     QT_TRANSLATE_NOOP("Rules", "Foreign equity is within the cap for the services applied for")},
    {RuleId::LIC_003, "R39", B, "licence", "O42 Art. 6",
     QT_TRANSLATE_NOOP("Rules", "Only companies apply for an ICP licence")},
    {RuleId::LIC_004, "§1.1", B, "licence", "TC:备案概述; alibabacloud faq 42457",
     QT_TRANSLATE_NOOP("Rules", "A licence application refers to the entity's ICP filing")},
    {RuleId::LIC_005, "§8.2", B, "licence", "2015 telecom services catalogue",
     QT_TRANSLATE_NOOP("Rules", "A licence application lists known service categories")},
    {RuleId::LIC_006, "R40", W, "licence", "Order 19 Art. 25; O42",
     QT_TRANSLATE_NOOP("Rules",
                       "Licence renewal is applied for at least 90 days before expiry; later it is refused")},
    {RuleId::LIC_007, "R40", W, "licence", "9655.cn; dxzhgl.miit.gov.cn",
     QT_TRANSLATE_NOOP("Rules",
                       "The annual report is filed by 31 March for every licence held on 31 December")},
    {RuleId::LIC_008, "R38", B, "licence", "§8.1; §8.2",
     QT_TRANSLATE_NOOP("Rules", "The filing or licence number is well-formed")},
    {RuleId::LIC_009, "R40", W, "licence", "O42",
     QT_TRANSLATE_NOOP("Rules", "A licence expires five years after issue")},
    {RuleId::LIC_010, "R38", B, "licence", "2015 telecom services catalogue; §8.2",
     QT_TRANSLATE_NOOP("Rules",
                       "The licence number's categories cover the licence's services (B1 is not B2)")},
    // Documents
    {RuleId::DOC_001, "R41", B, "document", "TC:材料上传; HW 备案材料咨询",
     QT_TRANSLATE_NOOP("Rules", "Documents use a file format the provider accepts")},
    {RuleId::DOC_002, "R41", B, "document", "TC:材料上传; Alibaba domain certificate",
     QT_TRANSLATE_NOOP("Rules", "Documents are within the provider's size limits")},
    {RuleId::DOC_003, "§7.1", B, "document", "TC:备案材料/个人备案, 单位备案",
     QT_TRANSLATE_NOOP("Rules", "The required documents are attached")},
    {RuleId::DOC_004, "R29", B, "document", "TC-new Guangdong, Shanghai, Chongqing, Hunan",
     QT_TRANSLATE_NOOP("Rules", "A website construction plan is attached above the province's thresholds")},
    {RuleId::DOC_005, "§5.4", B, "document", "TC-new; HW",
     QT_TRANSLATE_NOOP("Rules", "Domain certificates are attached where the province asks for them")},
    {RuleId::DOC_006, "§7.1", W, "document", "§7.1",
     QT_TRANSLATE_NOOP("Rules", "Every document belongs to a person or website of the application")},
    // Order and lifecycle
    {RuleId::ORD_001, "R28", B, "order", "TC:备案限制; TC-new Hubei",
     QT_TRANSLATE_NOOP("Rules", "The order stays within the provider's and province's website limits")},
    {RuleId::ORD_002, "R28", B, "order", "TC-new Henan, Hainan, Shanxi",
     QT_TRANSLATE_NOOP("Rules", "The order stays within the province's domain limits per submission")},
    {RuleId::ORD_003, "R30", B, "order", "TC:审核流程 主办者冲突",
     QT_TRANSLATE_NOOP("Rules", "The entity has no other order in progress")},
    {RuleId::ORD_004, "R30", B, "order", "TC:审核流程 域名冲突",
     QT_TRANSLATE_NOOP("Rules", "No domain is part of another order in progress")},
    {RuleId::ORD_005, "R32", W, "order", "TC:备案短信核验说明; HW",
     QT_TRANSLATE_NOOP("Rules", "The MIIT SMS verification is completed within 24 hours")},
    {RuleId::ORD_006, "R33", W, "order", "O33; TC:备案时长",
     QT_TRANSLATE_NOOP("Rules", "The authority review stays within its working-day limit")},
    {RuleId::ORD_007, "R34", W, "order", "TC 关于增加备案订单有效期的通知",
     QT_TRANSLATE_NOOP("Rules", "An order waiting on the applicant expires after 45 idle days")},
    {RuleId::ORD_008, "R36", I, "order", "TC:公安备案; MPS Order 33",
     QT_TRANSLATE_NOOP("Rules", "The public-security filing is made within 30 days of going live")},
    {RuleId::ORD_009, "R35", I, "order", "O33 Art. 14 (zjca.miit.gov.cn)",
     QT_TRANSLATE_NOOP("Rules", "Changes to filed data are filed 30 days before they take effect")},
    {RuleId::ORD_010, "§1.5", B, "order", "TC:备案类型",
     QT_TRANSLATE_NOOP("Rules", "The operation fits whether the entity is already filed")},
    {RuleId::ORD_011, "§1.5", B, "order", "TC:备案类型",
     QT_TRANSLATE_NOOP("Rules", "The order contains at least one website")},
};

RuleInfo toInfo(const Entry& e)
{
    return RuleInfo{e.id.toString(),
                    QString::fromUtf8(e.reference),
                    e.severity,
                    QLatin1StringView(e.scope),
                    QString::fromUtf8(e.source),
                    QCoreApplication::translate("Rules", e.title)};
}

} // namespace

QList<RuleInfo> catalogue()
{
    QList<RuleInfo> list;
    list.reserve(std::size(entries));
    for (const Entry& e : entries)
        list.append(toInfo(e));
    return list;
}

std::optional<RuleInfo> catalogueEntry(const QString& id)
{
    for (const Entry& e : entries) {
        if (id == e.id.view())
            return toInfo(e);
    }
    return std::nullopt;
}

} // namespace icp::rules
