// Rows for the website, domain and document corrections of docs/regulations.md (one domain per
// website since 2019, registrar names, religion as a pre-approval, website numbers with their
// province, "< 2 MB" limits, the Foreign Permanent Resident ID Card).
#include "RuleRows.h"
#include "rules/ProvinceRules.h"
#include "validation/ResidentId.h"

using namespace Qt::StringLiterals;
using namespace icp;
using fixture::Base;
using fixture::moveTo;

namespace rows {

namespace {

const QString kEntityNumber = u"浙ICP备2020012345号"_s;
const QString kSiteNumber = u"浙ICP备2020012345号-1"_s;

// The organisation's website as granted (site number -1), filed with `domains`, in the portfolio;
// the application becomes a change order of that website.
void changeOfFiledSite(Application& a, Portfolio& p, const QStringList& filedDomains)
{
    Application filed = a;
    filed.id = u"filed"_s;
    filed.status = ApplicationStatus::Granted;
    filed.entity.filingNumber = kEntityNumber;
    filed.websites[0].filingNumber = kSiteNumber;
    filed.websites[0].domains.clear();
    for (const QString& name : filedDomains)
        filed.websites[0].domains.append(fixture::domain(a, name));
    p.applications.append(filed);
    a.operation = Operation::Change;
    a.entity.filingNumber = kEntityNumber;
    a.websites[0].filingNumber = kSiteNumber;
}

void setDomains(Application& a, const QStringList& names)
{
    a.websites[0].domains.clear();
    for (const QString& name : names)
        a.websites[0].domains.append(fixture::domain(a, name));
}

// A Foreign Permanent Resident ID Card number of the 2023 form for an invented person: 9, then
// digits, then the MOD 11-2 check character (docs/regulations.md §4.4).
QString permanentResidentId(const QString& digits16)
{
    const QString body = u"9"_s + digits16;
    return body + residentIdCheckCharacter(body);
}

} // namespace

void addWebsiteCorrectionRows()
{
    const Base O = Base::Organisation, P = Base::Personal;
    // DOM-009: one domain per website on a first filing or a new website (MIIT 2019)
    add("DOM-009 two domains on a first-filing website are rejected", O, "DOM-009", true,
        MUT setDomains(a, {u"example.com"_s, u"example.net"_s});
        END, Severity::Blocking);
    add("DOM-009 two domains on a new website of a filed entity are rejected", O, "DOM-009", true,
        MUT a.operation = Operation::NewWebsite;
        a.entity.filingNumber = kEntityNumber; setDomains(a, {u"example.com"_s, u"example.cn"_s});
        END, Severity::Blocking);
    add("DOM-009 two personal domains on one website are rejected", P, "DOM-009", true,
        MUT a.websites[0].domains.append(fixture::domain(a, u"lisi-notes.cn"_s));
        END, Severity::Blocking);
    add("DOM-009 two websites with one domain each pass", O, "DOM-009", false,
        MUT a.websites.append(fixture::extraWebsite(a, 2));
        END);
    add("DOM-009 a legacy website keeping its two domains in a change passes", O, "DOM-009", false,
        MUT changeOfFiledSite(a, p, {u"example.com"_s, u"example.net"_s});
        setDomains(a, {u"example.com"_s, u"example.net"_s}); END);
    // DOM-012: a change keeps or drops filed domains, never adds
    add("DOM-012 a change replacing the domain of a single-domain website is rejected", O, "DOM-012", true,
        MUT changeOfFiledSite(a, p, {u"example.com"_s});
        setDomains(a, {u"example.net"_s}); END, Severity::Blocking);
    add("DOM-012 a change adding a domain to a legacy multi-domain website is rejected", O, "DOM-012", true,
        MUT changeOfFiledSite(a, p, {u"example.com"_s, u"example.net"_s});
        setDomains(a, {u"example.com"_s, u"example.net"_s, u"example.cn"_s}); END, Severity::Blocking);
    add("DOM-012 a change keeping the single domain passes", O, "DOM-012", false,
        MUT changeOfFiledSite(a, p, {u"example.com"_s});
        END);
    add("DOM-012 a change dropping one domain of a legacy website passes", O, "DOM-012", false,
        MUT changeOfFiledSite(a, p, {u"example.com"_s, u"example.net"_s});
        END);
    add("DOM-012 a change of an unknown multi-domain website asks", O, "DOM-012", true,
        MUT a.operation = Operation::Change;
        a.entity.filingNumber = kEntityNumber; a.websites[0].filingNumber = kSiteNumber;
        setDomains(a, {u"example.com"_s, u"example.net"_s}); END, Severity::Warning);
    add("DOM-012 a first filing is not a change", O, "DOM-012", false,
        MUT setDomains(a, {u"example.com"_s, u"example.net"_s});
        END);
    // WEB-014 stays with legacy websites; a new one with several domains is DOM-009's finding
    add("WEB-014 a first filing with two domains is left to DOM-009", O, "WEB-014", false, MUT moveTo(a, 44);
        setDomains(a, {u"example.com"_s, u"example.net"_s}); END);
    // WEB-012: the homepage of a single-domain website is on that domain
    add("WEB-012 one homepage on the single domain passes in Gansu", O, "WEB-012", false, MUT moveTo(a, 62);
        END);

    // DOM-005: registrars matched by whole domain or whole name
    const auto registrar = [](const QString& name) {
        return [name](Application& a, Portfolio&) {
            a.websites[0].domains[0].registrar = name;
        };
    };
    add("DOM-005 ename.com (易名, Xiamen) is accredited", O, "DOM-005", false, registrar(u"ename.com"_s));
    add("DOM-005 www.ename.com is accredited", O, "DOM-005", false, registrar(u"https://www.ename.com/"_s));
    add("DOM-005 厦门易名科技股份有限公司 is accredited", O, "DOM-005", false,
        registrar(u"厦门易名科技股份有限公司"_s));
    add("DOM-005 name.com is foreign", O, "DOM-005", true, registrar(u"name.com"_s), Severity::Blocking);
    add("DOM-005 Name.com, Inc. is foreign", O, "DOM-005", true, registrar(u"Name.com, Inc."_s),
        Severity::Blocking);
    add("DOM-005 GoDaddy.com, LLC is foreign", O, "DOM-005", true, registrar(u"GoDaddy.com, LLC"_s),
        Severity::Blocking);
    add("DOM-005 a name merely containing a foreign brand is unknown, not foreign", O, "DOM-005", true,
        registrar(u"Hovercraft Domains"_s), Severity::Warning);

    // WEB-005: religion is a pre-approval category; keyword hits ask
    const auto religiousGroup = [](Application& a) {
        a.entity.type = EntityType::ReligiousGroup;
        a.entity.certificateType = CertificateType::ReligiousVenueCertificate;
        a.entity.name = u"杭州示例寺"_s;
        a.websites[0].name = u"示例寺院简介网"_s;
    };
    add(
        "WEB-005 a religious group's website without the religion permit is rejected", O, "WEB-005", true,
        [religiousGroup](Application& a, Portfolio&) { religiousGroup(a); }, Severity::Blocking);
    add("WEB-005 a religious group's website with the religion permit passes", O, "WEB-005", false,
        [religiousGroup](Application& a, Portfolio&) {
            religiousGroup(a);
            a.websites[0].preApprovals = {PreApproval{u"religion"_s, u"浙（2026）0001"_s, u"permit"_s}};
            a.documents.append(fixture::document(u"permit"_s, DocumentKind::PreApprovalPermit, u"w-main"_s));
        });
    add("WEB-005 a company website named after Buddhism asks", O, "WEB-005", true,
        MUT a.websites[0].name = u"示例佛教文化交流网"_s;
        END, Severity::Warning);
    add("WEB-005 芍药 in a flower shop's name asks, it does not block", O, "WEB-005", true,
        MUT a.websites[0].name = u"示例芍药花卉网"_s;
        END, Severity::Warning);
    add("WEB-005 基金会 in a foundation's name asks, it does not block", O, "WEB-005", true,
        MUT a.websites[0].name = u"示例公益基金会官网"_s;
        END, Severity::Warning);

    // WEB-016: a website number carries the entity's serial and province
    add("WEB-016 沪…号-1 is not a website of 浙…号", O, "WEB-016", true,
        MUT a.operation = Operation::NewAccess;
        a.entity.filingNumber = kEntityNumber; a.websites[0].filingNumber = u"沪ICP备2020012345号-1"_s;
        END, Severity::Blocking);
    add("WEB-016 蜀 and 川 name the same province", O, "WEB-016", false, MUT moveTo(a, 51);
        a.operation = Operation::NewAccess; a.entity.filingNumber = u"川ICP备2020012345号"_s;
        a.websites[0].filingNumber = u"蜀ICP备2020012345号-2"_s; END);

    // DOC-002: "< 2 MB" excludes 2 MB itself; "≤ 2 MB" (the backdrop photo) includes it
    add("DOC-002 an ID scan of exactly 2 MB is rejected (< 2 MB)", O, "DOC-002", true,
        MUT a.documents[0].byteSize = 2 * 1024 * 1024;
        END, Severity::Blocking);
    add("DOC-002 an ID scan one byte under 2 MB passes", O, "DOC-002", false,
        MUT a.documents[0].byteSize = 2 * 1024 * 1024 - 1;
        END);
    add("DOC-002 a backdrop photo of exactly 2 MB passes (≤ 2 MB)", O, "DOC-002", false,
        MUT a.documents[4].byteSize = 2 * 1024 * 1024;
        END);

    // PER-001 / ENT-005 / ENT-001: the Foreign Permanent Resident ID Card
    add("PER-001 a valid Foreign Permanent Resident ID Card passes", O, "PER-001", false,
        MUT fixture::person(a, u"p-li"_s).documentType = PersonDocumentType::ForeignPermanentResidentId;
        fixture::person(a, u"p-li"_s).documentNumber = permanentResidentId(u"3184019850612001"_s); END);
    add("PER-001 a Foreign Permanent Resident ID Card with a wrong check character is rejected", O, "PER-001",
        true, MUT fixture::person(a, u"p-li"_s).documentType = PersonDocumentType::ForeignPermanentResidentId;
        fixture::person(a, u"p-li"_s).documentNumber =
            permanentResidentId(u"3184019850612001"_s).chopped(1) + u'0';
        END, Severity::Blocking);
    add("ENT-005 an individual may file with the Foreign Permanent Resident ID Card", P, "ENT-005", false,
        MUT a.entity.certificateType = CertificateType::ForeignPermanentResidentId;
        a.entity.certificateNumber = permanentResidentId(u"3184019850612001"_s); END);
    add("ENT-005 an enterprise may not use the Foreign Permanent Resident ID Card", O, "ENT-005", true,
        MUT a.entity.certificateType = CertificateType::ForeignPermanentResidentId;
        a.entity.certificateNumber = permanentResidentId(u"3184019850612001"_s); END);
}

} // namespace rows
