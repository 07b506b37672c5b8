#pragma once

#include <QLatin1StringView>
#include <QString>
#include <utility>

namespace icp {

// Paths of the fields of an application, as findings, document checks, the backend's
// problem details and the wizard name them: the JSON member path of docs/dossier.md
// without "$." ("persons[0].mobile", "websites[1].domains[0].expiresOn"). The string
// form is stored and exchanged, so it never changes; code builds it here instead of
// writing it out:
//
//     FieldPath::entity().certificateNumber()          // "entity.certificateNumber"
//     FieldPath::person(i).mobile()                    // "persons[i].mobile"
//     FieldPath::website(i).domain(j).expiresOn()      // "websites[i].domains[j].expiresOn"
//
// Which wizard page shows a path is said once, in widgets/wizard/PageOwnership.cpp.
namespace fieldpath {

// The members of `entity` (one object per application).
struct EntityPath
{
    QString root() const; // "entity"
    QString member(QLatin1StringView name) const;
    QString member(const QString& name) const;
    QString type() const;
    QString name() const;
    QString certificateType() const;
    QString certificateNumber() const;
    QString certificateAddress() const;
    QString communicationAddress() const;
    QString postcode() const;
    QString investor() const;
    QString registeredCapitalYuan() const;
    QString foreignEquityPercent() const;
    QString provinceCode() const;
    QString filingNumber() const;
};

// An element of an array member: "<prefix>[index]" and the members inside it.
class ElementPath
{
public:
    ElementPath(QString root)
        : m_root(std::move(root))
    {}
    const QString& root() const { return m_root; }
    QString member(QLatin1StringView name) const;
    QString member(const QString& name) const;
    QString element(QLatin1StringView list, int index) const; // "<root>.list[index]"

private:
    QString m_root;
};

struct PersonPath : ElementPath
{
    using ElementPath::ElementPath;
    QString name() const { return member(QLatin1StringView("name")); }
    QString roles() const { return member(QLatin1StringView("roles")); }
    QString documentNumber() const { return member(QLatin1StringView("documentNumber")); }
    QString documentExpiry() const { return member(QLatin1StringView("documentExpiry")); }
    QString mobile() const { return member(QLatin1StringView("mobile")); }
    QString email() const { return member(QLatin1StringView("email")); }
    QString landline() const { return member(QLatin1StringView("landline")); }
};

struct DomainPath : ElementPath
{
    using ElementPath::ElementPath;
    QString name() const { return member(QLatin1StringView("name")); }
    QString registrar() const { return member(QLatin1StringView("registrar")); }
    QString registrantName() const { return member(QLatin1StringView("registrantName")); }
    QString registrantDocumentNumber() const { return member(QLatin1StringView("registrantDocumentNumber")); }
    QString realNameVerifiedOn() const { return member(QLatin1StringView("realNameVerifiedOn")); }
    QString expiresOn() const { return member(QLatin1StringView("expiresOn")); }
};

struct AccessPath : ElementPath
{
    using ElementPath::ElementPath;
    QString provider() const { return member(QLatin1StringView("provider")); }
    QString provinceCode() const { return member(QLatin1StringView("provinceCode")); }
};

struct PreApprovalPath : ElementPath
{
    using ElementPath::ElementPath;
    QString category() const { return member(QLatin1StringView("category")); }
    QString permitNumber() const { return member(QLatin1StringView("permitNumber")); }
    QString documentId() const { return member(QLatin1StringView("documentId")); }
};

struct WebsitePath : ElementPath
{
    using ElementPath::ElementPath;
    QString name() const { return member(QLatin1StringView("name")); }
    QString serviceType() const { return member(QLatin1StringView("serviceType")); }
    QString remarks() const { return member(QLatin1StringView("remarks")); }
    QString filingNumber() const { return member(QLatin1StringView("filingNumber")); }
    QString principalId() const { return member(QLatin1StringView("principalId")); }
    QString homepageUrls() const { return member(QLatin1StringView("homepageUrls")); }
    QString homepageUrl(int index) const { return element(QLatin1StringView("homepageUrls"), index); }
    QString domains() const { return member(QLatin1StringView("domains")); }
    DomainPath domain(int index) const { return element(QLatin1StringView("domains"), index); }
    QString accessList() const { return member(QLatin1StringView("access")); }
    AccessPath access(int index) const { return element(QLatin1StringView("access"), index); }
    QString preApprovals() const { return member(QLatin1StringView("preApprovals")); }
    PreApprovalPath preApproval(int index) const { return element(QLatin1StringView("preApprovals"), index); }
};

struct DocumentPath : ElementPath
{
    using ElementPath::ElementPath;
    QString fileName() const { return member(QLatin1StringView("fileName")); }
    QString byteSize() const { return member(QLatin1StringView("byteSize")); }
    QString subjectId() const { return member(QLatin1StringView("subjectId")); }
};

// The members of a granted record (Licence), relative to the record.
struct LicenceRecordPath
{
    QString number() const;
    QString expiresOn() const;
    QString annualReports() const;
};

} // namespace fieldpath

struct FieldPath
{
    // Members of the application itself.
    static QString kind();
    static QString operation();
    static QString status();
    static QString licenceScope();
    static QString plannedSubmission();
    static QString serviceCategories();
    static QString serviceCategory(int index);
    static QString persons();
    static QString websites();
    static QString documents();
    static QString noPreApprovalPledgeSigned();

    static fieldpath::EntityPath entity() { return {}; }
    static fieldpath::PersonPath person(int index);
    static fieldpath::WebsitePath website(int index);
    static fieldpath::DocumentPath document(int index);
    static fieldpath::LicenceRecordPath licenceRecord() { return {}; }

    // "list[index]" for a top-level array member.
    static QString element(QLatin1StringView list, int index);
};

} // namespace icp
