#include "RulesFixture.h"

#include "validation/Province.h"

using namespace Qt::StringLiterals;
using namespace icp;

namespace fixture {

QDate asOf()
{
    return QDate(2026, 6, 1);
}

Document document(const QString& id, DocumentKind kind, const QString& subjectId, const QString& fileName,
                  qint64 bytes)
{
    Document d;
    d.id = id;
    d.kind = kind;
    d.subjectId = subjectId;
    d.fileName = fileName.isEmpty() ? id + u".jpg"_s : fileName;
    d.sha256 = QString(64, u'a');
    d.byteSize = bytes;
    d.mimeType = u"image/jpeg"_s;
    return d;
}

Domain domain(const Application& app, const QString& name)
{
    Domain d;
    d.name = name;
    d.registrar = u"阿里云计算有限公司"_s;
    d.registrantName = app.entity.name;
    d.registrantIsOrganisation = !app.entity.isIndividual();
    d.registrantDocumentType = PersonDocumentType::ResidentId;
    d.registrantDocumentNumber = app.entity.certificateNumber;
    d.realNameVerifiedOn = asOf().addDays(-30);
    d.expiresOn = asOf().addYears(2);
    return d;
}

static Person makePerson(const QString& id, const QString& name, const QString& number, const QString& mobile,
                         const QString& email, QList<PersonRole> roles)
{
    Person p;
    p.id = id;
    p.name = name;
    p.documentType = PersonDocumentType::ResidentId;
    p.documentNumber = number;
    p.documentExpiry = asOf().addYears(8);
    p.mobile = mobile;
    p.email = email;
    p.roles = std::move(roles);
    return p;
}

static Website makeWebsite(const Application& app, const QString& id, const QString& name,
                           const QString& host, const QString& principalId, const QString& serviceType)
{
    Website w;
    w.id = id;
    w.name = name;
    w.homepageUrls = {u"https://www."_s + host};
    w.domains = {domain(app, host)};
    w.serviceType = serviceType;
    w.languages = {u"zh-Hans"_s};
    w.principalId = principalId;
    Access a;
    a.provider = u"阿里云计算有限公司"_s;
    a.provinceCode = 33;
    a.ipAddresses = {u"203.0.113.10"_s};
    w.access = {a};
    return w;
}

Application organisation()
{
    Application app;
    app.id = u"app-org"_s;
    app.kind = ApplicationKind::Filing;
    app.operation = Operation::FirstFiling;
    app.status = ApplicationStatus::Draft;
    Entity& e = app.entity;
    e.type = EntityType::Enterprise;
    e.name = u"杭州示例科技有限公司"_s;
    e.certificateType = CertificateType::BusinessLicence;
    e.certificateNumber = uscc(u"91"_s, u"330106"_s, u"MA2B3C4D"_s);
    e.certificateAddress = u"浙江省杭州市西湖区文三路1号"_s;
    e.communicationAddress = e.certificateAddress;
    e.postcode = u"310000"_s;
    e.provinceCode = 33;
    e.investor = e.name;
    app.persons = {makePerson(u"p-zhang"_s, u"张三"_s, residentId(u"330106"_s, u"19800101"_s, u"001"_s),
                              u"13800138000"_s, u"zhangsan@example.com"_s,
                              {PersonRole::EntityPrincipal, PersonRole::LegalRepresentative}),
                   makePerson(u"p-li"_s, u"李四"_s, residentId(u"330106"_s, u"19900202"_s, u"002"_s),
                              u"13900139000"_s, u"lisi@example.com"_s, {PersonRole::WebsitePrincipal})};
    app.persons[0].landline = u"0571-88886666"_s;
    app.websites = {makeWebsite(app, u"w-main"_s, u"示例科技官方网站"_s, u"example.com"_s, u"p-li"_s,
                                u"organisation-portal"_s)};
    app.documents = {document(u"d1"_s, DocumentKind::IdFront, u"p-zhang"_s),
                     document(u"d2"_s, DocumentKind::IdBack, u"p-zhang"_s),
                     document(u"d3"_s, DocumentKind::IdFront, u"p-li"_s),
                     document(u"d4"_s, DocumentKind::IdBack, u"p-li"_s),
                     document(u"d5"_s, DocumentKind::PrincipalPhoto, u"p-li"_s),
                     document(u"d6"_s, DocumentKind::EntityCertificate, QString()),
                     document(u"d7"_s, DocumentKind::AuthenticitySheet, QString())};
    app.createdAt = QDateTime(asOf().addDays(-2), QTime(9, 0), Qt::UTC);
    app.updatedAt = app.createdAt;
    return app;
}

Application personal()
{
    Application app = organisation();
    app.id = u"app-personal"_s;
    const Person li = app.persons[1];
    Entity& e = app.entity;
    e.type = EntityType::Individual;
    e.name = li.name;
    e.certificateType = CertificateType::ResidentId;
    e.certificateNumber = li.documentNumber;
    e.certificateAddress = u"浙江省杭州市西湖区文一路2号3单元401室"_s;
    e.communicationAddress = e.certificateAddress;
    e.investor = li.name;
    app.persons = {li};
    app.persons[0].roles = {PersonRole::EntityPrincipal, PersonRole::WebsitePrincipal};
    app.websites = {
        makeWebsite(app, u"w-main"_s, u"李四的生活随笔"_s, u"lisi-notes.com"_s, li.id, u"web-application"_s)};
    app.websites[0].remarks = u"记录个人读书笔记和生活随笔，不含企业信息。"_s;
    app.documents = {document(u"d3"_s, DocumentKind::IdFront, u"p-li"_s),
                     document(u"d4"_s, DocumentKind::IdBack, u"p-li"_s),
                     document(u"d5"_s, DocumentKind::PrincipalPhoto, u"p-li"_s),
                     document(u"d7"_s, DocumentKind::AuthenticitySheet, QString())};
    return app;
}

Application licence()
{
    Application app = organisation();
    app.id = u"app-licence"_s;
    app.kind = ApplicationKind::Licence;
    app.operation = Operation::NewWebsite;
    app.entity.filingNumber = u"浙ICP备2020012345号"_s;
    app.entity.registeredCapitalYuan = 2000000;
    app.licenceScope = LicenceScope::Province;
    app.serviceCategories = {u"B25"_s};
    return app;
}

Application base(Base which)
{
    switch (which) {
    case Base::Organisation:
        return organisation();
    case Base::Personal:
        return personal();
    case Base::Licence:
        return licence();
    }
    return organisation();
}

void moveTo(Application& app, int provinceCode)
{
    const Province* p = Provinces::byCode(provinceCode);
    Q_ASSERT(p);
    Entity& e = app.entity;
    const QString region = QString::number(provinceCode) + u"0102"_s;
    e.provinceCode = provinceCode;
    e.certificateAddress = p->nameZh + u"某区某路1号"_s;
    e.communicationAddress = e.certificateAddress;
    if (e.isIndividual()) {
        const QString id = residentId(region, u"19900202"_s, u"002"_s);
        for (Person& person : app.persons) {
            if (person.documentNumber == e.certificateNumber)
                person.documentNumber = id;
        }
        for (Website& w : app.websites) {
            for (Domain& d : w.domains)
                d.registrantDocumentNumber = id;
        }
        e.certificateNumber = id;
    } else if (e.certificateType == CertificateType::BusinessLicence) {
        e.certificateNumber = uscc(e.certificateNumber.left(2), region, u"MA2B3C4D"_s);
        for (Website& w : app.websites) {
            for (Domain& d : w.domains)
                d.registrantDocumentNumber = e.certificateNumber;
        }
    }
    for (Website& w : app.websites) {
        for (Access& a : w.access)
            a.provinceCode = provinceCode;
    }
}

Website extraWebsite(const Application& app, int index)
{
    const QString host = u"example%1.com"_s.arg(index);
    Website w = makeWebsite(app, u"w-extra%1"_s.arg(index), u"示例科技产品网站%1"_s.arg(index), host,
                            app.websites.constFirst().principalId, app.websites.constFirst().serviceType);
    w.remarks = app.websites.constFirst().remarks;
    for (Access& a : w.access)
        a.provinceCode = app.entity.provinceCode;
    return w;
}

Person& person(Application& app, const QString& id)
{
    for (Person& p : app.persons) {
        if (p.id == id)
            return p;
    }
    Q_ASSERT(false);
    return app.persons[0];
}

} // namespace fixture
