#include "RuleRows.h"

using namespace Qt::StringLiterals;
using namespace icp;
using fixture::Base;
using fixture::moveTo;

namespace rows {

namespace {

void removeDocument(Application& a, const QString& id)
{
    a.documents.removeIf([&](const Document& d) { return d.id == id; });
}

void enter(Application& a, ApplicationStatus status, int daysAgo)
{
    a.status = status;
    a.history.append(
        StatusChange{status, QDateTime(fixture::asOf().addDays(-daysAgo), QTime(8, 0), Qt::UTC), {}});
    a.updatedAt = a.history.constLast().at;
}

Application inFlight(const Application& a, ApplicationStatus status)
{
    Application other = a;
    other.id = u"other"_s;
    other.status = status;
    return other;
}

} // namespace

void addDocumentAndOrderRows()
{
    const Base O = Base::Organisation, P = Base::Personal, L = Base::Licence;
    // DOC-001 / DOC-002 (R41)
    add("DOC-001 GIF scan is rejected", O, "DOC-001", true, MUT a.documents[0].fileName = u"front.gif"_s;
        END);
    add("DOC-001 PDF ID scan is rejected", O, "DOC-001", true, MUT a.documents[0].fileName = u"front.pdf"_s;
        END);
    add("DOC-001 PDF construction plan passes", O, "DOC-001", false,
        MUT a.documents.append(
            fixture::document(u"plan"_s, DocumentKind::ConstructionPlan, {}, u"plan.pdf"_s));
        END);
    add("DOC-001 JPEG scans pass", O, "DOC-001", false, MUT END);
    add("DOC-002 3 MB scan is rejected", O, "DOC-002", true, MUT a.documents[0].byteSize = 3 * 1024 * 1024;
        END);
    add("DOC-002 100 KB domain certificate is rejected", O, "DOC-002", true,
        MUT a.documents.append(
            fixture::document(u"dc"_s, DocumentKind::DomainCertificate, u"w-main"_s, {}, 100 * 1024));
        END);
    add("DOC-002 500 KB scans pass", O, "DOC-002", false, MUT END);
    // DOC-003 (§7.1)
    add("DOC-003 missing back of the legal representative's ID is rejected", O, "DOC-003", true,
        MUT removeDocument(a, u"d2"_s);
        END);
    add("DOC-003 missing entity certificate is rejected", O, "DOC-003", true, MUT removeDocument(a, u"d6"_s);
        END);
    add("DOC-003 missing authenticity sheet is rejected", P, "DOC-003", true, MUT removeDocument(a, u"d7"_s);
        END);
    add("DOC-003 missing backdrop photo is rejected", P, "DOC-003", true, MUT removeDocument(a, u"d5"_s);
        END);
    add("DOC-003 complete set passes", O, "DOC-003", false, MUT END);
    add("DOC-003 change orders do not need the full set", O, "DOC-003", false,
        MUT a.operation = Operation::Change;
        a.entity.filingNumber = u"浙ICP备2020012345号"_s; a.documents.clear(); END);
    // DOC-004 (R29)
    add("DOC-004 six sites in Chongqing need a construction plan", O, "DOC-004", true, MUT moveTo(a, 50);
        for (int i = 2; i <= 6; ++i) a.websites.append(fixture::extraWebsite(a, i)); END);
    add("DOC-004 six sites in Chongqing with a plan pass", O, "DOC-004", false, MUT moveTo(a, 50);
        for (int i = 2; i <= 6; ++i) a.websites.append(fixture::extraWebsite(a, i));
        a.documents.append(fixture::document(u"plan"_s, DocumentKind::ConstructionPlan, {}, u"plan.pdf"_s));
        END);
    add("DOC-004 six sites in Zhejiang need no plan", O, "DOC-004", false,
        MUT for (int i = 2; i <= 6; ++i) a.websites.append(fixture::extraWebsite(a, i));
        END);
    // DOC-005 (§5.4)
    add("DOC-005 Jiangsu domain without certificate is rejected", O, "DOC-005", true, MUT moveTo(a, 32); END);
    add("DOC-005 Jiangsu domain with certificate passes", O, "DOC-005", false, MUT moveTo(a, 32);
        a.documents.append(
            fixture::document(u"dc"_s, DocumentKind::DomainCertificate, u"w-main"_s, {}, 300 * 1024));
        END);
    add("DOC-005 Zhejiang needs no domain certificate", O, "DOC-005", false, MUT END);
    // DOC-006
    add("DOC-006 document of a removed person is a warning", O, "DOC-006", true,
        MUT a.documents.append(fixture::document(u"ghost"_s, DocumentKind::Other, u"p-ghost"_s));
        END, Severity::Warning);
    add("DOC-006 documents of known persons pass", O, "DOC-006", false, MUT END);

    // ORD-001 (R28)
    add("ORD-001 eleven websites are rejected", O, "ORD-001", true,
        MUT for (int i = 2; i <= 11; ++i) a.websites.append(fixture::extraWebsite(a, i));
        END);
    add("ORD-001 two websites in Hubei are rejected", O, "ORD-001", true, MUT moveTo(a, 42);
        a.websites.append(fixture::extraWebsite(a, 2)); END);
    add("ORD-001 two websites in Zhejiang pass", O, "ORD-001", false,
        MUT a.websites.append(fixture::extraWebsite(a, 2));
        END);
    // ORD-002 (R28)
    add("ORD-002 six domains for a Henan organisation are rejected", O, "ORD-002", true, MUT moveTo(a, 41);
        for (int i = 2; i <= 6; ++i) a.websites.append(fixture::extraWebsite(a, i)); END);
    add("ORD-002 two domains on a Hainan personal first filing are rejected", P, "ORD-002", true,
        MUT moveTo(a, 46);
        a.websites[0].domains.append(fixture::domain(a, u"lisi-notes.cn"_s)); END);
    add("ORD-002 five domains for a Henan organisation pass", O, "ORD-002", false, MUT moveTo(a, 41);
        for (int i = 2; i <= 5; ++i) a.websites.append(fixture::extraWebsite(a, i)); END);
    // ORD-003 / ORD-004 (R30)
    add("ORD-003 second order of the same entity in review is rejected", O, "ORD-003", true,
        MUT Application other = inFlight(a, ApplicationStatus::ProviderReview);
        other.websites[0] = fixture::extraWebsite(a, 9); p.applications.append(other); END);
    add("ORD-003 granted earlier order passes", O, "ORD-003", false,
        MUT p.applications.append(inFlight(a, ApplicationStatus::Granted));
        END);
    add("ORD-004 domain in another entity's order is rejected", O, "ORD-004", true,
        MUT Application other = inFlight(fixture::personal(), ApplicationStatus::AuthorityReview);
        other.websites[0].domains[0].name = u"example.com"_s; p.applications.append(other); END);
    add("ORD-004 domain in a withdrawn order passes", O, "ORD-004", false,
        MUT Application other = inFlight(fixture::personal(), ApplicationStatus::Withdrawn);
        other.websites[0].domains[0].name = u"example.com"_s; p.applications.append(other); END);
    // ORD-005 (R32)
    add("ORD-005 SMS deadline passed is a warning", O, "ORD-005", true,
        MUT enter(a, ApplicationStatus::SmsPending, 3);
        END, Severity::Warning);
    add("ORD-005 SMS sent today is a reminder", O, "ORD-005", true,
        MUT enter(a, ApplicationStatus::SmsPending, 0);
        END, Severity::Info);
    add("ORD-005 no SMS step passes", O, "ORD-005", false, MUT END);
    // ORD-006 (R33)
    add("ORD-006 sixty days in authority review is a warning", O, "ORD-006", true,
        MUT enter(a, ApplicationStatus::AuthorityReview, 60);
        END);
    add("ORD-006 thirty-five days in Zhejiang review pass (30 working days)", O, "ORD-006", false,
        MUT enter(a, ApplicationStatus::AuthorityReview, 35);
        END);
    add("ORD-006 thirty-five days in Beijing review are a warning (20 working days)", O, "ORD-006", true,
        MUT moveTo(a, 11);
        enter(a, ApplicationStatus::AuthorityReview, 35); END);
    // ORD-007 (R34)
    add("ORD-007 returned order idle for 50 days has expired", O, "ORD-007", true,
        MUT enter(a, ApplicationStatus::Returned, 50);
        END, Severity::Warning);
    add("ORD-007 returned order idle for 16 days gets a reminder", O, "ORD-007", true,
        MUT enter(a, ApplicationStatus::Returned, 16);
        END, Severity::Info);
    add("ORD-007 returned order idle for 3 days passes", O, "ORD-007", false,
        MUT enter(a, ApplicationStatus::Returned, 3);
        END);
    // ORD-008 (R36)
    add("ORD-008 granted ten days ago reminds of the PSB filing", O, "ORD-008", true,
        MUT enter(a, ApplicationStatus::Granted, 10);
        END, Severity::Info);
    add("ORD-008 granted forty days ago warns of the PSB filing", O, "ORD-008", true,
        MUT enter(a, ApplicationStatus::Granted, 40);
        END, Severity::Warning);
    add("ORD-008 granted long ago passes", O, "ORD-008", false, MUT enter(a, ApplicationStatus::Granted, 400);
        END);
    // ORD-009 (R35)
    add("ORD-009 change order reminds of the 30-day lead", O, "ORD-009", true,
        MUT a.operation = Operation::Change;
        a.entity.filingNumber = u"浙ICP备2020012345号"_s; END, Severity::Info);
    add("ORD-009 first filing has no change reminder", O, "ORD-009", false, MUT END);
    // ORD-010 (§1.5)
    add("ORD-010 first filing of a filed entity is rejected", O, "ORD-010", true,
        MUT a.entity.filingNumber = u"浙ICP备2020012345号"_s;
        END);
    add("ORD-010 new website without the entity number is rejected", O, "ORD-010", true,
        MUT a.operation = Operation::NewWebsite;
        END);
    add("ORD-010 new access without the website number is rejected", O, "ORD-010", true,
        MUT a.operation = Operation::NewAccess;
        a.entity.filingNumber = u"浙ICP备2020012345号"_s; END);
    add("ORD-010 new website of a filed entity passes", O, "ORD-010", false,
        MUT a.operation = Operation::NewWebsite;
        a.entity.filingNumber = u"浙ICP备2020012345号"_s; END);
    add("ORD-010 licence application of a filed entity has no filing operation to check", L, "ORD-010", false,
        MUT a.operation = Operation::FirstFiling;
        END);
    // ORD-011
    add("ORD-011 first filing without website is rejected", O, "ORD-011", true, MUT a.websites.clear(); END);
    add("ORD-011 entity change without website passes", O, "ORD-011", false,
        MUT a.operation = Operation::Change;
        a.entity.filingNumber = u"浙ICP备2020012345号"_s; a.websites.clear(); END);

    // LIC-001..005 (R39, §1.1, §1.2, §8.2)
    add("LIC-001 capital of RMB 500,000 is rejected", L, "LIC-001", true,
        MUT a.entity.registeredCapitalYuan = 500000;
        END);
    add("LIC-001 national licence with RMB 5,000,000 is rejected", L, "LIC-001", true,
        MUT a.licenceScope = LicenceScope::National;
        a.entity.registeredCapitalYuan = 5000000; END);
    add("LIC-001 provincial licence with RMB 2,000,000 passes", L, "LIC-001", false, MUT END);
    add("LIC-002 60 % foreign equity for B25 is rejected", L, "LIC-002", true,
        MUT a.entity.foreignEquityPercent = 60;
        END, Severity::Blocking);
    add("LIC-002 60 % foreign equity for B25 in a pilot province is a warning", L, "LIC-002", true,
        MUT moveTo(a, 31);
        a.entity.filingNumber = u"沪ICP备2020012345号"_s; a.entity.foreignEquityPercent = 60;
        END, Severity::Warning);
    add("LIC-002 100 % foreign equity for B21 operational e-commerce passes", L, "LIC-002", false,
        MUT a.entity.foreignEquityPercent = 100;
        a.serviceCategories = {u"B21-EC"_s}; END);
    add("LIC-002 50 % foreign equity passes", L, "LIC-002", false, MUT a.entity.foreignEquityPercent = 50;
        END);
    add("LIC-003 licence for an individual is rejected", L, "LIC-003", true,
        MUT a.entity.type = EntityType::Individual;
        END);
    add("LIC-003 licence for a company passes", L, "LIC-003", false, MUT END);
    add("LIC-004 licence without filing is rejected", L, "LIC-004", true, MUT a.entity.filingNumber.clear();
        END);
    add("LIC-004 licence of a filed entity passes", L, "LIC-004", false, MUT END);
    add("LIC-005 licence without services is rejected", L, "LIC-005", true, MUT a.serviceCategories.clear();
        END);
    add("LIC-005 unknown service code is rejected", L, "LIC-005", true, MUT a.serviceCategories = {u"B99"_s};
        END);
    add("LIC-005 B25 passes", L, "LIC-005", false, MUT END);
}

} // namespace rows
