#include "DocumentFields.h"

#include "domain/FieldPath.h"

using namespace Qt::StringLiterals;

namespace icp::sync {

QString documentFieldName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::IdFront:
        return u"idFront"_s;
    case DocumentKind::IdBack:
        return u"idBack"_s;
    case DocumentKind::EntityCertificate:
        return u"certificate"_s;
    case DocumentKind::AuthenticitySheet:
        return u"authenticitySheet"_s;
    case DocumentKind::CommitmentLetter:
        return u"commitmentLetter"_s;
    case DocumentKind::PrincipalPhoto:
        return u"principalPhoto"_s;
    case DocumentKind::HandHeldIdPhoto:
        return u"handHeldIdPhoto"_s;
    case DocumentKind::DomainCertificate:
        return u"domainCertificate"_s;
    case DocumentKind::ResidenceProof:
        return u"residenceProof"_s;
    case DocumentKind::EntityPrincipalAuthorisation:
    case DocumentKind::WebsitePrincipalAuthorisation:
        return u"principalAuthorisation"_s;
    case DocumentKind::ConstructionPlan:
        return u"constructionPlan"_s;
    case DocumentKind::PreApprovalPermit:
        return u"preApprovalPermit"_s;
    case DocumentKind::NoPreApprovalPledge:
        return u"noPreApprovalPledge"_s;
    case DocumentKind::RenameLetter:
        return u"renameLetter"_s;
    case DocumentKind::GuardianProof:
        return u"guardianProof"_s;
    case DocumentKind::Other:
        break;
    }
    return {};
}

QString documentField(const Application& application, const Document& document, int documentIndex)
{
    const QString name = documentFieldName(document.kind);
    if (name.isEmpty())
        return FieldPath::document(documentIndex).root();
    if (!document.subjectId.isEmpty()) {
        for (qsizetype i = 0; i < application.persons.size(); ++i) {
            if (application.persons[i].id == document.subjectId)
                return FieldPath::person(int(i)).member(name);
        }
        for (qsizetype i = 0; i < application.websites.size(); ++i) {
            if (application.websites[i].id == document.subjectId)
                return FieldPath::website(int(i)).member(name);
        }
    }
    return FieldPath::entity().member(name);
}

} // namespace icp::sync
