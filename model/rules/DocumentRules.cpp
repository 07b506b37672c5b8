#include "core/SizeLimit.h"
#include "rules/RuleContext.h"

using namespace Qt::StringLiterals;

namespace icp::rules {

namespace {

QString formatOf(const Document& d)
{
    const qsizetype dot = d.fileName.lastIndexOf(u'.');
    if (dot >= 0 && dot + 1 < d.fileName.size())
        return d.fileName.mid(dot + 1).toLower();
    if (d.mimeType == "image/jpeg"_L1)
        return u"jpg"_s;
    if (d.mimeType == "image/png"_L1)
        return u"png"_s;
    if (d.mimeType == "application/pdf"_L1)
        return u"pdf"_s;
    return {};
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Identity documents must name their person (an ID scan of "someone" does not count).
bool hasFor(const RuleContext& ctx, DocumentKind kind, const QString& subject)
{
    for (const Document& d : ctx.app.documents) {
        if (d.kind == kind && d.subjectId == subject)
            return true;
    }
    return false;
}

// DOC-003: the required set (§7.1)
void checkRequired(RuleContext& ctx)
{
    const Operation op = ctx.app.operation;
    if (ctx.app.kind != ApplicationKind::Filing ||
        (op != Operation::FirstFiling && op != Operation::NewWebsite && op != Operation::NewAccess))
        return;
    const auto missing = [&](const QString& what) {
        ctx.add(RuleId::DOC_003, Severity::Blocking, FieldPath::documents(), what);
    };
    for (int i = 0; i < ctx.persons.size(); ++i) {
        const Person& p = *ctx.persons[i].person;
        const bool websitePrincipal = [&] {
            for (const WebsiteFacts& w : ctx.websites) {
                if (w.principalIndex == i)
                    return true;
            }
            return false;
        }();
        if (!p.hasRole(PersonRole::EntityPrincipal) && !websitePrincipal)
            continue;
        if (!hasFor(ctx, DocumentKind::IdFront, p.id))
            missing(QCoreApplication::translate(
                        "Rules", "Attach a colour scan of the front of the identity document of %1.")
                        .arg(displayPerson(p, i)));
        if (p.documentType != PersonDocumentType::Passport && !hasFor(ctx, DocumentKind::IdBack, p.id))
            missing(QCoreApplication::translate(
                        "Rules", "Attach a colour scan of the back of the identity document of %1.")
                        .arg(displayPerson(p, i)));
        // The backdrop photo is replaced by an in-app face check at several providers: a warning,
        // and a hand-held ID photo counts.
        if (websitePrincipal && !ctx.hasDocument(DocumentKind::PrincipalPhoto, p.id) &&
            !hasFor(ctx, DocumentKind::HandHeldIdPhoto, p.id))
            ctx.add(RuleId::DOC_003, Severity::Warning, FieldPath::documents(),
                    QCoreApplication::translate(
                        "Rules",
                        "Attach the verification photo of %1 in front of the provider's backdrop, unless the "
                        "provider checks the face in its app.")
                        .arg(displayPerson(p, i)));
    }
    if (!ctx.individual && !ctx.hasDocument(DocumentKind::EntityCertificate))
        missing(QCoreApplication::translate("Rules", "Attach a colour scan of the entity's certificate (%1).")
                    .arg(displayName(ctx.app.entity.certificateType)));
    if (!ctx.hasDocument(DocumentKind::AuthenticitySheet) && !ctx.hasDocument(DocumentKind::CommitmentLetter))
        missing(QCoreApplication::translate(
            "Rules",
            "Attach the signed authenticity verification sheet (or the provider's commitment letter)."));
}

} // namespace

void evaluateDocumentRules(RuleContext& ctx)
{
    // DOC-001 / DOC-002: format and size (R41, document-limits table)
    for (int i = 0; i < ctx.app.documents.size(); ++i) {
        const Document& d = ctx.app.documents[i];
        const DocumentLimit limit = ctx.tables.documentLimit(d.kind);
        const QString format = formatOf(d);
        if (!limit.formats.isEmpty() && !limit.formats.contains(format))
            ctx.add(RuleId::DOC_001, Severity::Blocking, FieldPath::document(i).fileName(),
                    QCoreApplication::translate(
                        "Rules",
                        "%1 is a %2 file; this document must be one of: %3. Convert it and upload it again.")
                        .arg(d.fileName,
                             format.isEmpty() ? QCoreApplication::translate("Rules", "unknown")
                                              : format.toUpper(),
                             limit.formats.join(u", "_s).toUpper()));
        if (exceedsSizeLimit(d.byteSize, limit.maxBytes, limit.maxExclusive))
            ctx.add(
                RuleId::DOC_002, Severity::Blocking, FieldPath::document(i).byteSize(),
                (limit.maxExclusive
                     ? QCoreApplication::translate("Rules", "%1 is %2 MB; this document must be smaller "
                                                            "than %3 MB. Reduce the resolution or "
                                                            "compression.")
                     : QCoreApplication::translate("Rules", "%1 is %2 MB; the limit for this document is "
                                                            "%3 MB. Reduce the resolution or compression."))
                    .arg(d.fileName, megabytes(d.byteSize), megabytes(limit.maxBytes)));
        else if (limit.minBytes > 0 && d.byteSize < limit.minBytes)
            ctx.add(
                RuleId::DOC_002, Severity::Blocking, FieldPath::document(i).byteSize(),
                QCoreApplication::translate(
                    "Rules",
                    "%1 is only %2 KB; this document must be at least %3 KB. Upload a clearer photo or scan.")
                    .arg(d.fileName)
                    .arg(d.byteSize / 1024)
                    .arg(limit.minBytes / 1024));
        // DOC-006: the subject exists (§7.1)
        if (!d.subjectId.isEmpty()) {
            bool known = false;
            for (const Person& p : ctx.app.persons)
                known = known || p.id == d.subjectId;
            for (const Website& w : ctx.app.websites)
                known = known || w.id == d.subjectId;
            if (!known)
                ctx.add(RuleId::DOC_006, Severity::Warning, FieldPath::document(i).subjectId(),
                        QCoreApplication::translate("Rules", "%1 belongs to a person or website that is no "
                                                             "longer in the application. Remove it or "
                                                             "assign it again.")
                            .arg(d.fileName));
        }
    }
    checkRequired(ctx);

    const ProvinceRules& r = ctx.province;
    const int domains = ctx.totalDomains();
    // DOC-004: construction plan above thresholds (R29)
    const int domainThreshold = ctx.individual ? r.planPersonalDomains : r.planOrganisationDomains;
    int maxPerSite = 0;
    for (const Website& w : ctx.app.websites)
        maxPerSite = std::max(maxPerSite, int(w.domains.size()));
    const bool plan = (domainThreshold > 0 && domains > domainThreshold) ||
                      (r.planSites > 0 && ctx.app.websites.size() > r.planSites) ||
                      (r.planDomainsPerSite > 0 && maxPerSite > r.planDomainsPerSite);
    if (plan && !ctx.hasDocument(DocumentKind::ConstructionPlan))
        ctx.add(RuleId::DOC_004, Severity::Blocking, FieldPath::documents(),
                QCoreApplication::translate("Rules", "With %1 websites and %2 domains this province requires "
                                                     "a website construction plan (网站建设方案书). "
                                                     "Attach it.")
                    .arg(ctx.app.websites.size())
                    .arg(domains));
    // DOC-005: domain certificates (§5.4)
    if (carriesDomainChecks(ctx.app.operation) && r.domainCertificatesFrom > 0 &&
        domains >= r.domainCertificatesFrom && ctx.documentCount(DocumentKind::DomainCertificate) < domains)
        ctx.add(
            RuleId::DOC_005, Severity::Blocking, FieldPath::documents(),
            QCoreApplication::translate(
                "Rules",
                "This province requires a domain certificate for each of the %1 domains; %2 are attached.")
                .arg(domains)
                .arg(ctx.documentCount(DocumentKind::DomainCertificate)));
}

} // namespace icp::rules
