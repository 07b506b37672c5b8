#include "rules/RuleContext.h"
#include "validation/IcpNumber.h"
#include "validation/Province.h"

#include <QVarLengthArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp::rules {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF);
}

const QString* firstContained(const QString& text, const WordIndex& words)
{
    return words.findIn(text);
}

// WEB-001: the form of the name (R09)
void checkNameForm(RuleContext& ctx, int w)
{
    const WebsiteFacts& wf = ctx.websites[w];
    const QString name = wf.website->name.trimmed();
    const auto path = [&] {
        return FieldPath::website(w).name();
    };
    if (name.isEmpty()) {
        ctx.add(RuleId::WEB_001, Severity::Blocking, path(),
                QCoreApplication::translate(
                    "Rules",
                    "Enter a website name of at least three Chinese characters that describes the content."));
        return;
    }
    int cjk = 0;
    bool symbol = false;
    for (char32_t c : name.toUcs4()) {
        if (isCjk(c))
            ++cjk;
        else if (!QChar::isLetterOrNumber(c) && c != U' ' && c != U'\u00B7')
            symbol = true;
    }
    for (const DomainFacts& d : wf.domains) {
        const DomainName* dn = d.name();
        if (name.compare(d.domain->name.trimmed(), Qt::CaseInsensitive) == 0 ||
            (dn && (name.compare(dn->registrable, Qt::CaseInsensitive) == 0 ||
                    name.compare(dn->registrableUnicode, Qt::CaseInsensitive) == 0))) {
            ctx.add(
                RuleId::WEB_001, Severity::Blocking, path(),
                QCoreApplication::translate(
                    "Rules",
                    "The website name \"%1\" is the domain name. Use a Chinese name that describes the site.")
                    .arg(name));
            return;
        }
    }
    if (cjk < 3)
        ctx.add(RuleId::WEB_001, Severity::Blocking, path(),
                QCoreApplication::translate("Rules", "The website name \"%1\" has %2 Chinese characters; at "
                                                     "least 3 are required, and names made only "
                                                     "of digits or Latin letters are rejected.")
                    .arg(name)
                    .arg(cjk));
    else if (symbol)
        ctx.add(
            RuleId::WEB_001, Severity::Blocking, path(),
            QCoreApplication::translate(
                "Rules",
                "The website name \"%1\" contains special symbols. Use only Chinese characters, letters and "
                "digits.")
                .arg(name));
}

void checkNameWords(RuleContext& ctx, int w)
{
    const Website& site = *ctx.websites[w].website;
    const QString name = site.name.trimmed();
    if (name.isEmpty())
        return;
    const auto path = [&] {
        return FieldPath::website(w).name();
    };
    // WEB-002: personal sites (R07, banned-words table)
    if (ctx.individual) {
        if (const QString* word = firstContained(name, ctx.tables.personalWords()))
            ctx.add(
                RuleId::WEB_002, Severity::Blocking, path(),
                QCoreApplication::translate(
                    "Rules",
                    "The website name \"%1\" contains \"%2\", which personal websites may not use (company, "
                    "organisation or commerce wording). Choose a name that describes personal content.")
                    .arg(name, *word));
        // WEB-004: place names (R10; province and major city names only, no full gazetteer)
        if (const QString* place = firstContained(name, ctx.tables.placeNames()))
            ctx.add(RuleId::WEB_004, Severity::Warning, path(),
                    QCoreApplication::translate("Rules", "The website name \"%1\" contains the place name "
                                                         "\"%2\"; personal website names should not "
                                                         "contain place names.")
                        .arg(name, *place));
    }
    // WEB-003: state-level words (R08)
    if (!ctx.tables.isStateEntity(ctx.app.entity.type)) {
        if (const QString* word = firstContained(name, ctx.tables.stateWords())) {
            bool approved = false;
            for (const PreApproval& a : site.preApprovals)
                approved = approved || a.category == "name-approval"_L1;
            if (!approved)
                ctx.add(RuleId::WEB_003, Severity::Blocking, path(),
                        QCoreApplication::translate("Rules",
                                                    "The website name \"%1\" contains \"%2\", which only "
                                                    "state bodies may use. Rename the "
                                                    "site or attach the competent department's approval.")
                            .arg(name, *word));
        }
    }
    // WEB-017: sensitive words (§6.1 item 4)
    if (const QString* word = firstContained(name, ctx.tables.sensitiveWords()))
        ctx.add(
            RuleId::WEB_017, Severity::Blocking, path(),
            QCoreApplication::translate(
                "Rules", "The website name \"%1\" contains the sensitive word \"%2\". Choose another name.")
                .arg(name, *word));
}

bool documentExists(const RuleContext& ctx, const QString& id)
{
    for (const Document& d : ctx.app.documents) {
        if (d.id == id)
            return true;
    }
    return false;
}

void checkPreApproval(RuleContext& ctx, int w)
{
    const Website& site = *ctx.websites[w].website;
    // WEB-006: complete pre-approval records (R11)
    for (int a = 0; a < site.preApprovals.size(); ++a) {
        const PreApproval& pa = site.preApprovals[a];
        const fieldpath::PreApprovalPath path = FieldPath::website(w).preApproval(a);
        if (!ctx.tables.preApprovalCategory(pa.category))
            ctx.add(RuleId::WEB_006, Severity::Blocking, path.category(),
                    QCoreApplication::translate(
                        "Rules", "\"%1\" is not a known pre-approval category. Choose one from the list.")
                        .arg(pa.category));
        if (pa.permitNumber.trimmed().isEmpty())
            ctx.add(RuleId::WEB_006, Severity::Blocking, path.permitNumber(),
                    QCoreApplication::translate("Rules", "Enter the permit number of the pre-approval."));
        if (pa.documentId.isEmpty() || !documentExists(ctx, pa.documentId))
            ctx.add(RuleId::WEB_006, Severity::Blocking, path.documentId(),
                    QCoreApplication::translate("Rules", "Attach the scan of the pre-approval permit."));
    }
    // WEB-007: personal filings cannot carry pre-approval content (R12)
    if (ctx.individual && !site.preApprovals.isEmpty())
        ctx.add(RuleId::WEB_007, Severity::Blocking, FieldPath::website(w).preApprovals(),
                QCoreApplication::translate("Rules", "Personal websites cannot offer content that needs a "
                                                     "pre-approval. File as an organisation or "
                                                     "remove the pre-approval content."));

    // WEB-005 (R11, pre-approval table). A filer whose kind needs a category (a religious group's
    // website needs the religious information permit) is blocked without it; a keyword in the name
    // only suggests a category (药 is in 芍药, 基金 in 基金会), so it asks (docs/regulations.md §6.3).
    // Only the name: remarks such as 公司新闻动态 describe sections, not regulated services.
    const QList<PreApprovalCategory>& categories = ctx.tables.preApprovalCategories();
    const auto declared = [&](const PreApprovalCategory& category) {
        return std::any_of(site.preApprovals.begin(), site.preApprovals.end(),
                           [&](const PreApproval& pa) { return pa.category == category.key; });
    };
    QVarLengthArray<bool, 16> required(categories.size(), false);
    for (int c = 0; c < categories.size(); ++c) {
        const PreApprovalCategory& category = categories[c];
        if (!category.entityTypes.contains(ctx.app.entity.type) || declared(category))
            continue;
        required[c] = true;
        ctx.add(RuleId::WEB_005, Severity::Blocking, FieldPath::website(w).preApprovals(),
                QCoreApplication::translate("Rules", "A website of the entity type \"%1\" needs the "
                                                     "pre-approval %2 (%3) before it is filed. Add the "
                                                     "pre-approval with its permit.")
                    .arg(displayName(ctx.app.entity.type), category.displayName(), category.document));
    }
    const bool pledged = ctx.app.noPreApprovalPledgeSigned && ctx.province.noPreApprovalPledgeAccepted &&
                         ctx.hasDocument(DocumentKind::NoPreApprovalPledge);
    if (pledged)
        return;
    // First keyword per category, in category order.
    QVarLengthArray<const QString*, 16> hits(categories.size(), nullptr);
    ctx.tables.preApprovalKeywords().forEachIn(site.name, [&](const QString& word, int category) {
        if (!hits[category])
            hits[category] = &word;
    });
    for (int c = 0; c < categories.size(); ++c) {
        const QString* keyword = hits[c];
        if (!keyword || required[c] || declared(categories[c]))
            continue;
        const PreApprovalCategory& category = categories[c];
        ctx.add(RuleId::WEB_005, Severity::Warning, FieldPath::website(w).name(),
                QCoreApplication::translate("Rules", "The name \"%1\" contains \"%2\": does the website "
                                                     "offer %3 content? If so, it needs a pre-approval (%4) "
                                                     "before filing. If not, sign and attach the "
                                                     "no-pre-approval pledge where the province uses one, "
                                                     "or explain the name in the remarks.")
                    .arg(site.name.trimmed(), *keyword, category.displayName(), category.document));
    }
}

void checkServiceAndRemarks(RuleContext& ctx, int w)
{
    const Website& site = *ctx.websites[w].website;
    const ProvinceRules& r = ctx.province;
    const ServiceType* service = ctx.tables.serviceType(site.serviceType);
    const auto servicePath = [&] {
        return FieldPath::website(w).serviceType();
    };
    const auto remarksPath = [&] {
        return FieldPath::website(w).remarks();
    };
    const QString remarks = site.remarks.trimmed();
    // WEB-018: known service type (§6.2)
    if (!service)
        ctx.add(RuleId::WEB_018, Severity::Blocking, servicePath(),
                site.serviceType.isEmpty()
                    ? QCoreApplication::translate("Rules", "Choose the service type of the website.")
                    : QCoreApplication::translate("Rules", "\"%1\" is not a known service type.")
                          .arg(site.serviceType));
    if (service && ctx.individual) {
        // WEB-007: no forums for individuals (R12)
        if (service->forum)
            ctx.add(RuleId::WEB_007, Severity::Blocking, servicePath(),
                    QCoreApplication::translate("Rules",
                                                "Personal websites cannot run a forum or bulletin board."));
        // WEB-011: service types per province (§6.2)
        else if (!service->personalAllowed || r.personalServiceTypesForbidden.contains(service->key))
            ctx.add(RuleId::WEB_011, Severity::Blocking, servicePath(),
                    QCoreApplication::translate(
                        "Rules",
                        "The service type \"%1\" is not accepted for personal websites in this province.")
                        .arg(service->nameZh));
        else if (!r.personalServiceTypesRequired.isEmpty() &&
                 !r.personalServiceTypesRequired.contains(service->key))
            ctx.add(RuleId::WEB_011, Severity::Blocking, servicePath(),
                    QCoreApplication::translate(
                        "Rules", "This province requires personal websites to use the service type \"%1\".")
                        .arg([&] {
                            const ServiceType* required =
                                ctx.tables.serviceType(r.personalServiceTypesRequired.constFirst());
                            return required ? required->nameZh : r.personalServiceTypesRequired.constFirst();
                        }()));
    }
    // WEB-010: "other" needs a content remark (R42)
    if (service && service->needsRemark && r.otherServiceNeedsRemark && remarks.isEmpty())
        ctx.add(
            RuleId::WEB_010, Severity::Blocking, remarksPath(),
            QCoreApplication::translate(
                "Rules",
                "With the service type \"%1\" this province requires a remark describing the site's content.")
                .arg(service->nameZh));
    if (!ctx.individual)
        return;
    // WEB-009: personal remarks (R42)
    if (r.remarksMinLength > 0 && remarks.size() < r.remarksMinLength)
        ctx.add(RuleId::WEB_009, Severity::Blocking, remarksPath(),
                QCoreApplication::translate("Rules", "Describe the content of the personal website in the "
                                                     "remarks, at least %1 characters (now %2).")
                    .arg(r.remarksMinLength)
                    .arg(remarks.size()));
    else if (r.remarksRequiredPersonal && remarks.isEmpty())
        ctx.add(RuleId::WEB_009, Severity::Blocking, remarksPath(),
                QCoreApplication::translate(
                    "Rules",
                    "Describe the content the personal website will carry after launch in the remarks."));
    // WEB-008: pledge sentence (R42)
    if (r.pledgeRequired && !remarks.contains(ProvinceRules::pledgeKeyPhrase()))
        ctx.add(RuleId::WEB_008, Severity::Blocking, remarksPath(),
                QCoreApplication::translate(
                    "Rules",
                    "This province requires the pledge sentence in the remarks of personal websites: \"%1\"")
                    .arg(ProvinceRules::pledgeText()));
}

void checkHomepagesAndAccess(RuleContext& ctx, int w)
{
    const WebsiteFacts& wf = ctx.websites[w];
    const Website& site = *wf.website;
    const auto path = [&] {
        return FieldPath::website(w).homepageUrls();
    };
    // WEB-012: homepage URLs (§5.3)
    if (site.homepageUrls.isEmpty()) {
        ctx.add(RuleId::WEB_012, Severity::Blocking, path(),
                QCoreApplication::translate("Rules", "Enter the homepage URL of the website."));
    } else {
        for (int u = 0; u < site.homepageUrls.size(); ++u) {
            const QString host = normaliseDomainInput(site.homepageUrls[u]);
            bool covered = false;
            for (const DomainFacts& d : wf.domains) {
                const DomainName* dn = d.name();
                covered =
                    covered || (dn && (isCoveredBy(host, dn->registrable) || isCoveredBy(host, dn->aLabel) ||
                                       isCoveredBy(host, dn->registrableUnicode)));
            }
            if (!covered)
                ctx.add(RuleId::WEB_012, Severity::Blocking, FieldPath::website(w).homepageUrl(u),
                        QCoreApplication::translate("Rules", "The homepage %1 is not on one of the website's "
                                                             "domains. Add its domain to the website "
                                                             "or correct the URL.")
                            .arg(site.homepageUrls[u].trimmed()));
        }
        const auto policy = ctx.province.homepageUrls;
        if (policy == ProvinceRules::HomepageUrls::OnePerSite && site.homepageUrls.size() > 1)
            ctx.add(RuleId::WEB_012, Severity::Blocking, path(),
                    QCoreApplication::translate(
                        "Rules", "This province accepts exactly one homepage URL per website; %1 are given.")
                        .arg(site.homepageUrls.size()));
        else if (policy == ProvinceRules::HomepageUrls::OnePerDomain &&
                 site.homepageUrls.size() != site.domains.size())
            ctx.add(RuleId::WEB_012, Severity::Blocking, path(),
                    QCoreApplication::translate(
                        "Rules",
                        "This province expects one homepage URL for each domain: %1 domains but %2 URLs.")
                        .arg(site.domains.size())
                        .arg(site.homepageUrls.size()));
    }
    // WEB-014: several domains, one site (§5.3). Only a website filed with several domains before
    // the one-domain rule can still have them (a change order); a new one is DOM-009's finding.
    const bool filedAfresh = ctx.tables.domainsPerWebsite().newWebsiteOperations.contains(ctx.app.operation);
    if (ctx.province.multiDomainRemark && !filedAfresh && site.domains.size() > 1 &&
        !site.remarks.contains(ProvinceRules::multiDomainRemarkPhrase()))
        ctx.add(RuleId::WEB_014, Severity::Warning, FieldPath::website(w).remarks(),
                QCoreApplication::translate(
                    "Rules", "The website has %1 domains; this province expects the remark \"%2\".")
                    .arg(site.domains.size())
                    .arg(ProvinceRules::multiDomainRemarkPhrase()));
    // WEB-015: mainland hosting (§1.1, §2.4)
    if (site.access.isEmpty())
        ctx.add(RuleId::WEB_015, Severity::Blocking, FieldPath::website(w).accessList(),
                QCoreApplication::translate(
                    "Rules", "Enter the access provider and the server location of the website \"%1\".")
                    .arg(site.name));
    for (int a = 0; a < site.access.size(); ++a) {
        const Access& access = site.access[a];
        const int code = access.provinceCode;
        if (access.provider.trimmed().isEmpty())
            ctx.add(RuleId::WEB_015, Severity::Blocking, FieldPath::website(w).access(a).provider(),
                    QCoreApplication::translate(
                        "Rules", "Enter the access provider (hosting company) of the website."));
        if (!Provinces::byCode(code) || Provinces::isNonMainlandRegion(code))
            ctx.add(RuleId::WEB_015, Severity::Blocking, FieldPath::website(w).access(a).provinceCode(),
                    QCoreApplication::translate("Rules", "The server must be in mainland China; servers in "
                                                         "Hong Kong, Macao, Taiwan or abroad cannot "
                                                         "be filed."));
    }
}

void checkFilingNumber(RuleContext& ctx, int w)
{
    const Website& site = *ctx.websites[w].website;
    if (site.filingNumber.trimmed().isEmpty())
        return;
    // WEB-016 (R38)
    const auto path = [&] {
        return FieldPath::website(w).filingNumber();
    };
    const Result<FilingNumber> number = parseFilingNumber(site.filingNumber);
    if (!number.ok()) {
        ctx.add(RuleId::WEB_016, Severity::Blocking, path(),
                QCoreApplication::translate("Rules", "The website filing number %1 is not valid: %2")
                    .arg(site.filingNumber.trimmed(), number.error().message));
        return;
    }
    if (number->site == 0) {
        ctx.add(RuleId::WEB_016, Severity::Blocking, path(),
                QCoreApplication::translate(
                    "Rules", "%1 is an entity number; a website number ends with -n (for example %1-1).")
                    .arg(number->format()));
        return;
    }
    if (!ctx.app.entity.filingNumber.trimmed().isEmpty()) {
        const Result<FilingNumber> entity = parseFilingNumber(ctx.app.entity.filingNumber);
        // The serial and the province together name the entity (docs/regulations.md §8.1):
        // 沪ICP备12345678号-1 is not a website of 京ICP备12345678号. 川/蜀 and 甘/陇 share a province code.
        if (entity.ok() && (entity->serial != number->serial || entity->provinceCode != number->provinceCode))
            ctx.add(RuleId::WEB_016, Severity::Blocking, path(),
                    QCoreApplication::translate(
                        "Rules", "The website number %1 does not belong to the entity number %2.")
                        .arg(number->format(), entity->entityNumber()));
    }
}

// WEB-013: Beijing — a new website does not reuse a filed site name of the same entity (§6.1 item 9)
void checkUniqueNames(RuleContext& ctx)
{
    if (!ctx.province.uniqueSiteNames || !ctx.portfolio)
        return;
    const QString certificate = ctx.app.entity.certificateNumber.trimmed().toUpper();
    for (const Application& other : ctx.portfolio->applications) {
        if (other.id == ctx.app.id || other.status != ApplicationStatus::Granted ||
            other.entity.certificateNumber.trimmed().toUpper() != certificate)
            continue;
        for (const Website& filed : other.websites) {
            for (int w = 0; w < ctx.websites.size(); ++w) {
                const Website& site = *ctx.websites[w].website;
                if (site.filingNumber.isEmpty() && !site.name.trimmed().isEmpty() &&
                    site.name.trimmed() == filed.name.trimmed())
                    ctx.add(RuleId::WEB_013, Severity::Blocking, FieldPath::website(w).name(),
                            QCoreApplication::translate("Rules",
                                                        "The entity already has a filed website named "
                                                        "\"%1\". Choose another name, or add "
                                                        "the domain to that website with a change filing.")
                                .arg(site.name.trimmed()));
            }
        }
    }
}

} // namespace

void evaluateWebsiteRules(RuleContext& ctx)
{
    for (int w = 0; w < ctx.websites.size(); ++w) {
        checkNameForm(ctx, w);
        checkNameWords(ctx, w);
        checkPreApproval(ctx, w);
        checkServiceAndRemarks(ctx, w);
        checkHomepagesAndAccess(ctx, w);
        checkFilingNumber(ctx, w);
    }
    checkUniqueNames(ctx);
}

} // namespace icp::rules
