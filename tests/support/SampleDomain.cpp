#include "SampleDomain.h"

#include "validation/ResidentId.h"
#include "validation/Uscc.h"

using namespace Qt::StringLiterals;

namespace icp::test {

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

QString residentId(const QString& region6, const QString& birth8, const QString& sequence3)
{
    const QString body = region6 + birth8 + sequence3;
    return body + residentIdCheckCharacter(body);
}

QString uscc(const QString& prefix2, const QString& region6, const QString& organisation8)
{
    const QString body = prefix2 + region6 + organisation8 + organisationCodeCheckCharacter(organisation8);
    return body + usccCheckCharacter(body);
}

Application fullApplication(int n)
{
    const QString suffix = QString::number(n);
    Application app;
    app.id = u"6f1c3a52-8d1e-4a57-9a0b-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
    app.kind = ApplicationKind::Licence;
    app.operation = Operation::NewWebsite;
    app.status = ApplicationStatus::AuthorityReview;
    app.entity.type = EntityType::Foundation;
    app.entity.name = u"示例科技有限公司"_s + suffix;
    app.entity.certificateType = CertificateType::UsccCertificate;
    app.entity.certificateNumber = uscc(u"91"_s, u"110108"_s, u"MA01ABCD"_s);
    app.entity.certificateAddress = u"北京市海淀区示例路1号"_s;
    app.entity.communicationAddress = u"北京市海淀区示例路1号2层"_s;
    app.entity.postcode = u"100080"_s;
    app.entity.provinceCode = 11;
    app.entity.investor = u"示例控股有限公司"_s;
    app.entity.filingNumber = u"京ICP备2021034286号"_s;
    app.entity.registeredCapitalYuan = 9007199254740993LL; // above 2^53: must stay exact
    app.entity.foreignEquityPercent = 12.345;

    Person a;
    a.id = u"p-1"_s;
    a.name = u"张三"_s;
    a.documentType = PersonDocumentType::ResidentId;
    a.documentNumber = residentId(u"110108"_s, u"19850315"_s, u"012"_s);
    a.documentExpiry = QDate(2031, 6, 30);
    a.mobile = u"13800138000"_s;
    a.landline = u"010-12345678"_s;
    a.email = u"zhang@example.com"_s;
    a.roles = {PersonRole::EntityPrincipal, PersonRole::LegalRepresentative};
    Person b = a;
    b.id = u"p-2"_s;
    b.name = u"李四"_s;
    b.documentType = PersonDocumentType::Passport;
    b.documentNumber = u"E12345678"_s;
    b.mobile = u"13800138001"_s;
    b.documentExpiry = QDate(); // long-term document
    b.roles = {PersonRole::WebsitePrincipal, PersonRole::EmergencyContact, PersonRole::Guardian};
    app.persons = {a, b};

    Website site;
    site.id = u"w-1"_s;
    site.name = u"示例资讯"_s;
    site.homepageUrls = {u"https://example.cn/"_s, u"https://www.example.cn/"_s};
    Domain domain;
    domain.name = u"例子.中国"_s;
    domain.aLabel = u"xn--fsqu00a.xn--fiqs8s"_s;
    domain.registrar = u"Example Registrar"_s;
    domain.registrantName = u"示例科技有限公司"_s;
    domain.registrantDocumentType = PersonDocumentType::TaiwanPermit;
    domain.registrantIsOrganisation = true;
    domain.registrantDocumentNumber = u"12345678"_s;
    domain.realNameVerifiedOn = QDate(2024, 1, 15);
    domain.expiresOn = QDate(2027, 1, 15);
    Domain second = domain;
    second.name = u"example%1.cn"_s.arg(n);
    second.aLabel = second.name;
    second.registrantIsOrganisation = false;
    second.realNameVerifiedOn = QDate();
    site.domains = {domain, second};
    site.serviceType = u"portal"_s;
    site.preApprovals = {PreApproval{u"news"_s, u"京新闻[2024]001"_s, u"d-1"_s}};
    site.languages = {u"zh-Hans"_s, u"en"_s};
    site.remarks = u"remarks"_s;
    site.principalId = u"p-2"_s;
    site.access = {Access{u"Example Cloud"_s, 44, {u"192.0.2.10"_s, u"2001:db8::1"_s}},
                   Access{u"Other Cloud"_s, 11, {u"198.51.100.7"_s}}};
    site.filingNumber = u"京ICP备2021034286号-3"_s;
    Website other = site;
    other.id = u"w-2"_s;
    other.name = u"示例商城"_s;
    other.domains = {second};
    other.preApprovals.clear();
    other.access = {site.access.constFirst()};
    app.websites = {site, other};

    Document doc;
    doc.id = u"d-1"_s;
    doc.kind = DocumentKind::PreApprovalPermit;
    doc.subjectId = u"w-1"_s;
    doc.fileName = u"permit.pdf"_s;
    doc.sha256 = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    doc.byteSize = 123456;
    doc.mimeType = u"application/pdf"_s;
    Document photo = doc;
    photo.id = u"d-2"_s;
    photo.kind = DocumentKind::PrincipalPhoto;
    photo.subjectId = u"p-1"_s;
    photo.fileName = u"photo.jpg"_s;
    photo.mimeType = u"image/jpeg"_s;
    app.documents = {doc, photo};

    app.history = {StatusChange{ApplicationStatus::Draft, utc(u"2024-05-01T08:30:00Z"_s), {}},
                   StatusChange{ApplicationStatus::ProviderRejected, utc(u"2024-05-02T09:00:00.250Z"_s),
                                u"照片不清晰"_s},
                   StatusChange{ApplicationStatus::AuthorityReview, utc(u"2024-05-03T10:00:00Z"_s), {}}};
    app.createdAt = utc(u"2024-05-01T08:00:00Z"_s);
    app.updatedAt = utc(u"2024-05-03T10:11:12.345Z"_s).addSecs(n);
    app.plannedSubmission = QDate(2024, 5, 10);
    app.wizardPage = u"websites"_s;
    app.licenceScope = LicenceScope::National;
    app.serviceCategories = {u"B25"_s, u"B21"_s};
    app.noPreApprovalPledgeSigned = true;
    return app;
}

Licence fullLicence(int n)
{
    Licence licence;
    licence.id = u"l-%1"_s.arg(n);
    licence.applicationId = u"6f1c3a52-8d1e-4a57-9a0b-2c4e5f607182"_s;
    licence.kind = ApplicationKind::Licence;
    licence.number = u"京B2-2024%1"_s.arg(n, 4, 10, QLatin1Char('0'));
    licence.entityName = u"示例科技有限公司"_s;
    licence.scope = LicenceScope::National;
    licence.services = {u"B25"_s, u"B21"_s};
    licence.issuedOn = QDate(2024, 6, 1);
    licence.expiresOn = QDate(2029, 6, 1).addDays(n);
    licence.annualReports = {AnnualReport{2024, QDate(2025, 3, 2)}, AnnualReport{2025, QDate()}};
    return licence;
}

} // namespace icp::test
