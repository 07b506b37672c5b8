#include "RuleRows.h"
#include "validation/ResidentId.h"

using namespace Qt::StringLiterals;
using namespace icp;
using fixture::Base;
using fixture::moveTo;
using fixture::residentId;

namespace rows {

namespace {

QString brokenCheck(const QString& id)
{
    const QChar last = id.back();
    return id.left(17) + (last == u'1' ? u'2' : u'1');
}

} // namespace

void addEntityRows()
{
    const Base O = Base::Organisation, P = Base::Personal;
    // ENT-001 (R01)
    add("ENT-001 personal ID with a wrong check character is rejected", P, "ENT-001", true,
        MUT a.entity.certificateNumber = brokenCheck(a.entity.certificateNumber);
        END);
    add("ENT-001 foreign passport with punctuation is rejected", P, "ENT-001", true,
        MUT a.entity.certificateType = CertificateType::Passport;
        a.entity.certificateNumber = u"E1-2"_s; END);
    add("ENT-001 residence permit number under the ID card type is flagged", P, "ENT-001", true,
        MUT a.entity.certificateNumber = residentId(u"810000"_s, u"19900101"_s, u"001"_s);
        END);
    add("ENT-001 valid personal ID passes", P, "ENT-001", false, MUT END);
    // ENT-002 (R02)
    add("ENT-002 ID with 13th month birth date is rejected", P, "ENT-002", true,
        MUT a.entity.certificateNumber = residentId(u"330106"_s, u"19901301"_s, u"002"_s);
        END);
    add("ENT-002 ID born in the future is rejected", P, "ENT-002", true,
        MUT a.entity.certificateNumber = residentId(u"330106"_s, u"20300101"_s, u"002"_s);
        END);
    add("ENT-002 real birth date passes", P, "ENT-002", false, MUT END);
    // ENT-003 (R04)
    add("ENT-003 USCC with a wrong check character is rejected", O, "ENT-003", true,
        MUT const QString c = a.entity.certificateNumber;
        a.entity.certificateNumber = c.left(17) + (c.back() == u'1' ? u'2' : u'1'); END, Severity::Blocking);
    add("ENT-003 USCC with the letter O is rejected", O, "ENT-003", true,
        MUT a.entity.certificateNumber = u"91330106MA2B3C4DO0"_s;
        END);
    add("ENT-003 computed USCC passes", O, "ENT-003", false, MUT END);
    // ENT-004 (R05)
    add("ENT-004 enterprise code 91 on a government body is a warning", O, "ENT-004", true,
        MUT a.entity.type = EntityType::Government;
        a.entity.certificateType = CertificateType::UsccCertificate; END, Severity::Warning);
    add("ENT-004 code 12 on a public institution passes", O, "ENT-004", false,
        MUT a.entity.type = EntityType::PublicInstitution;
        a.entity.certificateType = CertificateType::UsccCertificate;
        a.entity.certificateNumber = fixture::uscc(u"12"_s, u"330106"_s, u"MB1234567"_s.left(8)); END);
    // ENT-005 (R06)
    add("ENT-005 enterprise identified by an ID card is rejected", O, "ENT-005", true,
        MUT a.entity.certificateType = CertificateType::ResidentId;
        END);
    add("ENT-005 individual with a business licence is rejected", P, "ENT-005", true,
        MUT a.entity.certificateType = CertificateType::BusinessLicence;
        END);
    add("ENT-005 public institution certificate passes", O, "ENT-005", false,
        MUT a.entity.type = EntityType::PublicInstitution;
        a.entity.certificateType = CertificateType::PublicInstitutionCertificate; END);
    // ENT-006 (R16)
    add("ENT-006 USCC registered in Beijing filed in Zhejiang is a warning", O, "ENT-006", true,
        MUT a.entity.certificateNumber = fixture::uscc(u"91"_s, u"110105"_s, u"MA2B3C4D"_s);
        END, Severity::Warning);
    add("ENT-006 certificate address in Shanghai is rejected", O, "ENT-006", true,
        MUT a.entity.certificateAddress = u"上海市浦东新区世纪大道1号"_s;
        END);
    add("ENT-006 organisation filed in its own province passes", O, "ENT-006", false, MUT END);
    add("ENT-006 organisation moved consistently to Sichuan passes", O, "ENT-006", false, MUT moveTo(a, 51);
        END);
    // ENT-007 (R16)
    add("ENT-007 Zhejiang ID filed in local-ID-only Henan is rejected", P, "ENT-007", true,
        MUT a.entity.provinceCode = 41;
        END, Severity::Blocking);
    add("ENT-007 Beijing ID in Zhejiang without residence proof is rejected", P, "ENT-007", true,
        MUT moveTo(a, 11);
        a.entity.provinceCode = 33; END, Severity::Blocking);
    add("ENT-007 Beijing ID in Zhejiang with residence proof passes", P, "ENT-007", false, MUT moveTo(a, 11);
        a.entity.provinceCode = 33;
        a.documents.append(fixture::document(u"rp"_s, DocumentKind::ResidenceProof, u"p-li"_s)); END);
    add("ENT-007 Zhejiang ID in Tianjin without proof is a warning", P, "ENT-007", true,
        MUT a.entity.provinceCode = 12;
        END, Severity::Warning);
    add("ENT-007 local ID passes", P, "ENT-007", false, MUT END);
    // ENT-008
    add("ENT-008 Hong Kong as filing province is rejected", O, "ENT-008", true,
        MUT a.entity.provinceCode = 81;
        END);
    add("ENT-008 missing filing province is rejected", O, "ENT-008", true, MUT a.entity.provinceCode = 0;
        END);
    add("ENT-008 Zhejiang passes", O, "ENT-008", false, MUT END);
    // ENT-009 (R38)
    add("ENT-009 filing number with a 5-digit serial is rejected", O, "ENT-009", true,
        MUT a.operation = Operation::NewWebsite;
        a.entity.filingNumber = u"浙ICP备12345号"_s; END);
    add("ENT-009 Beijing filing number for a Zhejiang entity is rejected", O, "ENT-009", true,
        MUT a.operation = Operation::NewWebsite;
        a.entity.filingNumber = u"京ICP备2020012345号"_s; END, Severity::Blocking);
    add("ENT-009 website number as entity number is a warning", O, "ENT-009", true,
        MUT a.operation = Operation::NewWebsite;
        a.entity.filingNumber = u"浙ICP备2020012345号-2"_s; END, Severity::Warning);
    add("ENT-009 Sichuan number with 川 is noted", O, "ENT-009", true, MUT moveTo(a, 51);
        a.operation = Operation::NewWebsite; a.entity.filingNumber = u"川ICP备2020012345号"_s;
        END, Severity::Info);
    add("ENT-009 well-formed Zhejiang entity number passes", O, "ENT-009", false,
        MUT a.operation = Operation::NewWebsite;
        a.entity.filingNumber = u"浙ICP备2020012345号"_s; END);
    // ENT-010
    add("ENT-010 empty entity name is rejected", O, "ENT-010", true, MUT a.entity.name.clear(); END);
    add("ENT-010 empty communication address is rejected", O, "ENT-010", true,
        MUT a.entity.communicationAddress = u"  "_s;
        END);
    add("ENT-010 complete entity passes", O, "ENT-010", false, MUT END);
    // ENT-011
    add("ENT-011 four-digit postcode is rejected", O, "ENT-011", true, MUT a.entity.postcode = u"3100"_s;
        END);
    add("ENT-011 six-digit postcode passes", O, "ENT-011", false, MUT END);
    // ENT-012
    add("ENT-012 foreign passport holder in Hebei is rejected", P, "ENT-012", true, MUT moveTo(a, 13);
        a.entity.certificateType = CertificateType::Passport; a.entity.certificateNumber = u"X12345678"_s;
        END);
    add("ENT-012 foreign passport holder in Beijing passes", P, "ENT-012", false, MUT moveTo(a, 11);
        a.entity.certificateType = CertificateType::Passport; a.entity.certificateNumber = u"X12345678"_s;
        END);
}

void addPersonRows()
{
    const Base O = Base::Organisation, P = Base::Personal;
    // PER-001 (R01)
    add("PER-001 website principal ID with a wrong check character is rejected", O, "PER-001", true,
        MUT a.persons[1].documentNumber = brokenCheck(a.persons[1].documentNumber);
        END);
    add("PER-001 empty document number is rejected", O, "PER-001", true,
        MUT a.persons[1].documentNumber.clear();
        END);
    add("PER-001 home return permit of the wrong form is rejected", O, "PER-001", true,
        MUT a.persons[1].documentType = PersonDocumentType::HomeReturnPermit;
        a.persons[1].documentNumber = u"X1234"_s; END);
    add("PER-001 valid IDs pass", O, "PER-001", false, MUT END);
    // PER-002 (R02)
    add("PER-002 ID with 31 February is rejected", O, "PER-002", true,
        MUT a.persons[1].documentNumber = residentId(u"330106"_s, u"19900231"_s, u"002"_s);
        END);
    add("PER-002 real birth dates pass", O, "PER-002", false, MUT END);
    // PER-003 (R03)
    add("PER-003 fourteen-year-old principal is rejected", O, "PER-003", true,
        MUT a.persons[1].documentNumber = residentId(u"330106"_s, u"20120101"_s, u"002"_s);
        END, Severity::Blocking);
    add("PER-003 seventeen-year-old personal filer in Zhejiang is rejected", P, "PER-003", true,
        MUT a.persons[0].documentNumber = residentId(u"330106"_s, u"20090101"_s, u"002"_s);
        a.entity.certificateNumber = a.persons[0].documentNumber; END, Severity::Blocking);
    add("PER-003 seventeen-year-old in Jiangsu needs income proof (warning)", P, "PER-003", true,
        MUT moveTo(a, 32);
        a.persons[0].documentNumber = residentId(u"320102"_s, u"20090101"_s, u"002"_s);
        a.entity.certificateNumber = a.persons[0].documentNumber; END, Severity::Warning);
    add("PER-003 minor in Heilongjiang with guardian and proof passes", P, "PER-003", false,
        MUT moveTo(a, 23);
        a.persons[0].documentNumber = residentId(u"230102"_s, u"20090101"_s, u"002"_s);
        a.entity.certificateNumber = a.persons[0].documentNumber; Person g = a.persons[0];
        g.id = u"p-guardian"_s; g.name = u"李大"_s;
        g.documentNumber = residentId(u"230102"_s, u"19700101"_s, u"003"_s); g.roles = {PersonRole::Guardian};
        a.persons.append(g);
        a.documents.append(fixture::document(u"gp"_s, DocumentKind::GuardianProof, u"p-guardian"_s)); END);
    add("PER-003 minor in Heilongjiang without guardian is rejected", P, "PER-003", true, MUT moveTo(a, 23);
        a.persons[0].documentNumber = residentId(u"230102"_s, u"20090101"_s, u"002"_s);
        a.entity.certificateNumber = a.persons[0].documentNumber; END, Severity::Blocking);
    add("PER-003 adult principals pass", O, "PER-003", false, MUT END);
    // PER-004 / PER-005 (R17)
    add("PER-004 five-digit mobile is rejected", O, "PER-004", true, MUT a.persons[1].mobile = u"12345"_s;
        END);
    add("PER-004 missing mobile is rejected", O, "PER-004", true, MUT a.persons[1].mobile.clear(); END);
    add("PER-004 13-digit IoT number is rejected", O, "PER-004", true,
        MUT a.persons[1].mobile = u"1440123456789"_s;
        END);
    add("PER-004 standard mobile numbers pass", O, "PER-004", false, MUT END);
    add("PER-005 virtual-operator segment 170 is a warning", O, "PER-005", true,
        MUT a.persons[1].mobile = u"17001234567"_s;
        END, Severity::Warning);
    add("PER-005 China Mobile segment passes", O, "PER-005", false, MUT END);
    // PER-007 (R19)
    add("PER-007 mobile used by another entity is a warning in Zhejiang", O, "PER-007", true,
        MUT icp::Application other = fixture::personal();
        other.id = u"other"_s;
        other.entity.certificateNumber = residentId(u"330106"_s, u"19850505"_s, u"005"_s);
        other.persons[0].documentNumber = other.entity.certificateNumber;
        other.persons[0].mobile = a.persons[1].mobile; p.applications.append(other); END, Severity::Warning);
    add("PER-007 mobile used by another entity blocks in Shandong", O, "PER-007", true, MUT moveTo(a, 37);
        icp::Application other = fixture::personal(); other.id = u"other"_s;
        other.entity.certificateNumber = residentId(u"370102"_s, u"19850505"_s, u"005"_s);
        other.persons[0].documentNumber = other.entity.certificateNumber;
        other.persons[0].mobile = a.persons[1].mobile; p.applications.append(other); END, Severity::Blocking);
    add("PER-007 principal ID used by another entity is flagged", O, "PER-007", true,
        MUT icp::Application other = fixture::personal();
        other.id = u"other"_s; other.persons[0].mobile = u"13700137000"_s; p.applications.append(other); END);
    add("PER-007 same entity's other order passes", O, "PER-007", false, MUT icp::Application other = a;
        other.id = u"other"_s; p.applications.append(other); END);
    // PER-008 (R20)
    add("PER-008 shared e-mail in Beijing is rejected", O, "PER-008", true, MUT moveTo(a, 11);
        a.persons[1].email = a.persons[0].email; END);
    add("PER-008 shared e-mail in Zhejiang passes", O, "PER-008", false,
        MUT a.persons[1].email = a.persons[0].email;
        END);
    add("PER-008 distinct e-mails in Beijing pass", O, "PER-008", false, MUT moveTo(a, 11); END);
    // PER-009 (R20)
    add("PER-009 missing second contact in Beijing is rejected", O, "PER-009", true, MUT moveTo(a, 11);
        a.persons[0].landline.clear(); END);
    add("PER-009 second contact equal to the mobile is rejected", O, "PER-009", true, MUT moveTo(a, 11);
        a.persons[0].landline = a.persons[0].mobile; END);
    add("PER-009 a mobile as second contact in Jiangsu is rejected", O, "PER-009", true, MUT moveTo(a, 32);
        a.persons[0].landline = u"13700137000"_s; END);
    add("PER-009 landline in Beijing passes", O, "PER-009", false, MUT moveTo(a, 11);
        a.persons[0].landline = u"010-12345678"_s; END);
    add("PER-009 no second contact in Zhejiang passes", O, "PER-009", false,
        MUT a.persons[0].landline.clear();
        END);
    // PER-010 (R21)
    add("PER-010 expired ID is rejected", O, "PER-010", true,
        MUT a.persons[1].documentExpiry = fixture::asOf().addDays(-1);
        END, Severity::Blocking);
    add("PER-010 ID expiring within three months is a warning", O, "PER-010", true,
        MUT a.persons[1].documentExpiry = fixture::asOf().addMonths(1);
        END, Severity::Warning);
    add("PER-010 ID expiring within three months blocks in Shanghai", O, "PER-010", true, MUT moveTo(a, 31);
        a.persons[1].documentExpiry = fixture::asOf().addMonths(1); END, Severity::Blocking);
    add("PER-010 long-term ID passes", O, "PER-010", false, MUT a.persons[1].documentExpiry = QDate(); END);
    // PER-011 (R13)
    add("PER-011 delegated principal in Zhejiang is rejected", O, "PER-011", true,
        MUT a.persons[0].roles = {PersonRole::EntityPrincipal};
        END);
    add("PER-011 delegated principal in Anhui without letter is rejected", O, "PER-011", true,
        MUT moveTo(a, 34);
        a.persons[0].roles = {PersonRole::EntityPrincipal}; END);
    add("PER-011 delegated principal in Anhui with letter passes", O, "PER-011", false, MUT moveTo(a, 34);
        a.persons[0].roles = {PersonRole::EntityPrincipal}; a.documents.append(
            fixture::document(u"epa"_s, DocumentKind::EntityPrincipalAuthorisation, QString()));
        END);
    add("PER-011 delegated principal in Liaoning without letter is rejected", O, "PER-011", true,
        MUT moveTo(a, 21);
        a.persons[0].roles = {PersonRole::EntityPrincipal}; END, Severity::Blocking);
    add("PER-011 legal representative as principal passes", O, "PER-011", false, MUT END);
    // PER-012 (R14)
    add("PER-012 Jiangsu delegated principal with another website principal is rejected", O, "PER-012", true,
        MUT moveTo(a, 32);
        a.persons[0].roles = {PersonRole::EntityPrincipal}; END);
    add("PER-012 Jiangsu delegated principal running the site passes", O, "PER-012", false, MUT moveTo(a, 32);
        a.persons[0].roles = {PersonRole::EntityPrincipal, PersonRole::WebsitePrincipal};
        a.websites[0].principalId = u"p-zhang"_s; END);
    add("PER-012 Gansu delegated principal running the site is rejected", O, "PER-012", true,
        MUT moveTo(a, 62);
        a.persons[0].roles = {PersonRole::EntityPrincipal, PersonRole::WebsitePrincipal};
        a.websites[0].principalId = u"p-zhang"_s; END);
    // PER-013 (R15)
    add("PER-013 Shanghai website principal without letter is rejected", O, "PER-013", true,
        MUT moveTo(a, 31);
        END);
    add("PER-013 Shanghai website principal with letter passes", O, "PER-013", false, MUT moveTo(a, 31);
        a.documents.append(
            fixture::document(u"wpa"_s, DocumentKind::WebsitePrincipalAuthorisation, u"w-main"_s));
        END);
    add("PER-013 Zhejiang needs no website-principal letter", O, "PER-013", false, MUT END);
    // PER-014
    add("PER-014 no entity principal is rejected", O, "PER-014", true,
        MUT a.persons[0].roles = {PersonRole::LegalRepresentative};
        END);
    add("PER-014 unknown website principal is rejected", O, "PER-014", true,
        MUT a.websites[0].principalId = u"nobody"_s;
        END);
    add("PER-014 complete roles pass", O, "PER-014", false, MUT END);
    // PER-015
    add("PER-015 malformed e-mail is rejected", O, "PER-015", true, MUT a.persons[1].email = u"lisi@"_s; END);
    add("PER-015 missing principal e-mail is rejected", O, "PER-015", true, MUT a.persons[1].email.clear();
        END);
    add("PER-015 valid e-mails pass", O, "PER-015", false, MUT END);
    // PER-016
    add("PER-016 letters as second contact are rejected", O, "PER-016", true,
        MUT a.persons[0].landline = u"abc"_s;
        END);
    add("PER-016 landline with area code passes", O, "PER-016", false, MUT END);
    // PER-017
    add("PER-017 personal filing for someone else is rejected", P, "PER-017", true,
        MUT a.persons[0].documentNumber = residentId(u"330106"_s, u"19850505"_s, u"005"_s);
        END);
    add("PER-017 personal filing by the filer passes", P, "PER-017", false, MUT END);
}

} // namespace rows
