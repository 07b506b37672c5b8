#include "rules/RuleContext.h"
#include "validation/Province.h"

using namespace Qt::StringLiterals;

namespace icp::rules {

namespace {

QString provinceName(int code)
{
    const Province* p = Provinces::byCode(code);
    return p ? p->displayName() : QString::number(code);
}

bool isPrincipal(const Person& p)
{
    return p.hasRole(PersonRole::EntityPrincipal) || p.hasRole(PersonRole::WebsitePrincipal);
}

QString digitsOnly(const QString& s)
{
    QString d;
    d.reserve(s.size());
    for (QChar c : s) {
        if (c.isDigit())
            d.append(c);
    }
    return d.size() > 11 ? d.right(11) : d; // drop a +86 prefix
}

QString normalisedId(const QString& s)
{
    return s.trimmed().toUpper();
}

void checkDocumentNumber(RuleContext& ctx, int i)
{
    const PersonFacts& f = ctx.persons[i];
    const Person& p = *f.person;
    const auto path = [&] {
        return FieldPath::person(i).documentNumber();
    };
    const QString number = p.documentNumber.trimmed();
    if (number.isEmpty()) {
        ctx.add(RuleId::PER_001, Severity::Blocking, path(),
                QCoreApplication::translate("Rules", "Enter the identity document number of %1.")
                    .arg(displayPerson(p, i)));
        return;
    }
    if (f.residentId) {
        if (!f.residentId->ok()) {
            const QString code = f.residentId->error().code;
            const bool birth =
                code == "id.birth-date"_L1 || code == "id.future-birth"_L1 || code == "id.too-old"_L1;
            // PER-001 / PER-002: GB 11643-1999 (R01, R02)
            ctx.add(birth ? RuleId::PER_002 : RuleId::PER_001, Severity::Blocking, path(),
                    QCoreApplication::translate("Rules", "The ID number %1 of %2 is not valid: %3")
                        .arg(number, displayPerson(p, i), f.residentId->error().message));
        }
        return;
    }
    std::optional<Result<QString>> other;
    switch (p.documentType) {
    case PersonDocumentType::HomeReturnPermit:
        other = parseHomeReturnPermit(number);
        break;
    case PersonDocumentType::TaiwanPermit:
        other = parseTaiwanPermit(number);
        break;
    case PersonDocumentType::Passport:
        other = parsePassport(number, false);
        break;
    case PersonDocumentType::ForeignPermanentResidentId:
        other = parseForeignPermanentResidentId(number);
        break;
    default:
        break;
    }
    if (other && !other->ok())
        ctx.add(RuleId::PER_001, Severity::Blocking, path(),
                QCoreApplication::translate("Rules", "The document number %1 of %2 is not valid: %3")
                    .arg(number, displayPerson(p, i), other->error().message));
}

// PER-003: minimum age of principals (R03, per province)
void checkAge(RuleContext& ctx, int i)
{
    const PersonFacts& f = ctx.persons[i];
    const Person& p = *f.person;
    if (!isPrincipal(p) || !f.residentId || !f.residentId->ok())
        return;
    const ProvinceRules& r = ctx.province;
    const int age = ageInYears((*f.residentId)->birthDate, ctx.submissionDate);
    const auto path = [&] {
        return FieldPath::person(i).documentNumber();
    };
    if (age < r.absoluteMinimumAge) {
        ctx.add(
            RuleId::PER_003, Severity::Blocking, path(),
            QCoreApplication::translate(
                "Rules",
                "%1 is %2 years old on the submission date; principals must be at least %3. Name an adult "
                "principal.")
                .arg(displayPerson(p, i))
                .arg(age)
                .arg(r.absoluteMinimumAge));
        return;
    }
    const int minimum =
        ctx.individual ? r.minimumAge : std::min(r.minimumAge, r.organisationPrincipalMinimumAge);
    if (age >= minimum)
        return;
    if (r.minimumAgeWithProof > 0 && age >= r.minimumAgeWithProof) {
        ctx.add(RuleId::PER_003, Severity::Warning, path(),
                QCoreApplication::translate("Rules", "%1 is %2 years old. This province accepts principals "
                                                     "under %3 only with proof of employment or "
                                                     "income; attach it.")
                    .arg(displayPerson(p, i))
                    .arg(age)
                    .arg(minimum));
        return;
    }
    if (r.minorsViaGuardian) {
        bool guardian = false;
        for (const PersonFacts& other : ctx.persons)
            guardian = guardian || other.person->hasRole(PersonRole::Guardian);
        if (guardian && ctx.hasDocument(DocumentKind::GuardianProof))
            return;
        ctx.add(
            RuleId::PER_003, Severity::Blocking, path(),
            QCoreApplication::translate(
                "Rules",
                "%1 is %2 years old. Minors file here only through a guardian: add the guardian as a person "
                "and attach the guardian's ID and proof of the relationship.")
                .arg(displayPerson(p, i))
                .arg(age));
        return;
    }
    ctx.add(
        RuleId::PER_003, Severity::Blocking, path(),
        QCoreApplication::translate(
            "Rules",
            "%1 is %2 years old on the submission date; this province requires principals aged %3 or older.")
            .arg(displayPerson(p, i))
            .arg(age)
            .arg(minimum));
}

void checkContact(RuleContext& ctx, int i)
{
    const PersonFacts& f = ctx.persons[i];
    const Person& p = *f.person;
    const auto mobilePath = [&] {
        return FieldPath::person(i).mobile();
    };
    // PER-004 / PER-005: SMS-capable mobile (R17)
    if (!f.mobile) {
        ctx.add(
            RuleId::PER_004, Severity::Blocking, mobilePath(),
            QCoreApplication::translate(
                "Rules", "Enter a mainland mobile number for %1: the MIIT verification SMS is sent to it.")
                .arg(displayPerson(p, i)));
    } else if (!f.mobile->ok()) {
        ctx.add(
            RuleId::PER_004, Severity::Blocking, mobilePath(),
            QCoreApplication::translate("Rules", "The mobile number %1 of %2 cannot receive the MIIT SMS: %3")
                .arg(p.mobile.trimmed(), displayPerson(p, i), f.mobile->error().message));
    } else {
        const MobileNumber& m = f.mobile->value();
        if (m.segmentKind != MobileNumber::SegmentKind::Standard)
            ctx.add(RuleId::PER_005, Severity::Warning, mobilePath(),
                    QCoreApplication::translate(
                        "Rules", "%1 is a virtual-operator or data-card number (segment %2); the MIIT "
                                 "verification SMS may not arrive. Use a number of China Mobile, Unicom, "
                                 "Telecom or Broadnet.")
                        .arg(m.number, m.segment));
        // PER-006: local mobile (R18, per province)
        if ((ctx.province.localMobile || ctx.province.localMobileOlderRule) && isPrincipal(p)) {
            if (m.homeProvinceCode == 0)
                ctx.add(
                    RuleId::PER_006, Severity::Info, mobilePath(),
                    QCoreApplication::translate(
                        "Rules",
                        "This province requires a local mobile number; the home province of %1 is unknown. "
                        "Check it with the carrier.")
                        .arg(m.number));
            else if (m.homeProvinceCode != ctx.app.entity.provinceCode) {
                if (ctx.province.localMobile)
                    ctx.add(RuleId::PER_006, Severity::Blocking, mobilePath(),
                            QCoreApplication::translate(
                                "Rules", "The mobile number %1 is registered in %2; %3 requires a "
                                         "mobile number from the filing province.")
                                .arg(m.number, provinceName(m.homeProvinceCode),
                                     provinceName(ctx.app.entity.provinceCode)));
                else
                    ctx.add(RuleId::PER_006, Severity::Warning, mobilePath(),
                            QCoreApplication::translate(
                                "Rules", "The mobile number %1 is registered in %2; %3 has asked "
                                         "for a mobile number from the filing province in the past. "
                                         "A local number avoids a rejection.")
                                .arg(m.number, provinceName(m.homeProvinceCode),
                                     provinceName(ctx.app.entity.provinceCode)));
            }
        }
    }
    // PER-015: e-mail (§4.5)
    const auto emailPath = [&] {
        return FieldPath::person(i).email();
    };
    if (p.email.trimmed().isEmpty()) {
        if (isPrincipal(p))
            ctx.add(RuleId::PER_015, Severity::Blocking, emailPath(),
                    QCoreApplication::translate("Rules", "Enter an e-mail address for %1.")
                        .arg(displayPerson(p, i)));
    } else if (const Result<QString> email = parseEmail(p.email); !email.ok()) {
        ctx.add(RuleId::PER_015, Severity::Blocking, emailPath(),
                QCoreApplication::translate("Rules", "The e-mail address %1 is not valid: %2")
                    .arg(p.email.trimmed(), email.error().message));
    }
    // PER-016: second contact (§4.5)
    if (!p.landline.trimmed().isEmpty() && !parseLandline(p.landline).ok() && !parseMobile(p.landline).ok())
        ctx.add(RuleId::PER_016, Severity::Blocking, FieldPath::person(i).landline(),
                QCoreApplication::translate(
                    "Rules", "%1 is neither a landline number (such as 010-12345678) nor a mobile number.")
                    .arg(p.landline.trimmed()));
    // PER-010: document expiry (R21)
    if (p.documentExpiry.isValid()) {
        const auto path = [&] {
            return FieldPath::person(i).documentExpiry();
        };
        const int months = ctx.province.idMinRemainingMonths;
        if (p.documentExpiry < ctx.submissionDate)
            ctx.add(RuleId::PER_010, Severity::Blocking, path(),
                    QCoreApplication::translate(
                        "Rules",
                        "The identity document of %1 expired on %2. Renew it and upload the new document.")
                        .arg(displayPerson(p, i), formatDate(p.documentExpiry)));
        else if (p.documentExpiry < ctx.submissionDate.addMonths(months))
            ctx.add(
                RuleId::PER_010, ctx.province.idExpiryBlocking ? Severity::Blocking : Severity::Warning,
                path(),
                QCoreApplication::translate(
                    "Rules",
                    "The identity document of %1 expires on %2, less than %3 months after submission. Renew "
                    "it first.")
                    .arg(displayPerson(p, i), formatDate(p.documentExpiry))
                    .arg(months));
    }
}

// PER-007: phone or ID number already used by another entity (R19)
void checkPortfolio(RuleContext& ctx)
{
    if (!ctx.portfolio)
        return;
    const QString ownCertificate = normalisedId(ctx.app.entity.certificateNumber);
    const Severity severity = ctx.province.phoneIdUnusedStrict ? Severity::Blocking : Severity::Warning;
    for (int i = 0; i < ctx.persons.size(); ++i) {
        const Person& p = *ctx.persons[i].person;
        const QString mobile = digitsOnly(p.mobile);
        const QString id = normalisedId(p.documentNumber);
        bool mobileReported = false, idReported = false;
        for (const Application& other : ctx.portfolio->applications) {
            if (other.id == ctx.app.id || normalisedId(other.entity.certificateNumber) == ownCertificate)
                continue;
            for (const Person& q : other.persons) {
                if (!mobileReported && !mobile.isEmpty() && digitsOnly(q.mobile) == mobile) {
                    mobileReported = true;
                    ctx.add(RuleId::PER_007, severity, FieldPath::person(i).mobile(),
                            QCoreApplication::translate("Rules", "The mobile number %1 is already used by "
                                                                 "another entity (%2). Use a number that no "
                                                                 "other entity has filed.")
                                .arg(mobile, other.entity.name));
                }
                if (!idReported && !id.isEmpty() && normalisedId(q.documentNumber) == id && isPrincipal(p)) {
                    idReported = true;
                    ctx.add(
                        RuleId::PER_007, severity, FieldPath::person(i).documentNumber(),
                        QCoreApplication::translate(
                            "Rules",
                            "%1 is already a principal of another entity (%2). The authority may reject a "
                            "principal shared between entities.")
                            .arg(displayPerson(p, i), other.entity.name));
                }
            }
        }
    }
}

} // namespace

void evaluatePersonRules(RuleContext& ctx)
{
    const ProvinceRules& r = ctx.province;
    // PER-014: who is who (§3.2)
    if (ctx.entityPrincipalIndex < 0)
        ctx.add(RuleId::PER_014, Severity::Blocking, FieldPath::persons(),
                QCoreApplication::translate(
                    "Rules", "Name the entity principal: add a person with the role \"entity principal\"."));
    for (int w = 0; w < ctx.websites.size(); ++w) {
        if (ctx.websites[w].principalIndex < 0)
            ctx.add(RuleId::PER_014, Severity::Blocking, FieldPath::website(w).principalId(),
                    QCoreApplication::translate(
                        "Rules",
                        "Choose the principal of the website \"%1\" from the persons of this application.")
                        .arg(ctx.websites[w].website->name));
    }

    for (int i = 0; i < ctx.persons.size(); ++i) {
        checkDocumentNumber(ctx, i);
        checkAge(ctx, i);
        checkContact(ctx, i);
    }
    checkPortfolio(ctx);

    // PER-008: distinct e-mails (R20, per province)
    if (r.distinctEmails) {
        for (int i = 1; i < ctx.persons.size(); ++i) {
            const QString email = ctx.persons[i].person->email.trimmed().toLower();
            for (int j = 0; j < i && !email.isEmpty(); ++j) {
                if (ctx.persons[j].person->email.trimmed().toLower() == email) {
                    ctx.add(RuleId::PER_008, Severity::Blocking, FieldPath::person(i).email(),
                            QCoreApplication::translate("Rules", "%1 uses the same e-mail address as %2; "
                                                                 "this province requires a different e-mail "
                                                                 "address for each person.")
                                .arg(displayPerson(*ctx.persons[i].person, i),
                                     displayPerson(*ctx.persons[j].person, j)));
                    break;
                }
            }
        }
    }

    const Person* principal = ctx.entityPrincipal();
    const int pi = ctx.entityPrincipalIndex;

    // PER-017: a personal filing is the individual's own (§3.2)
    if (ctx.individual && principal && !ctx.app.entity.certificateNumber.trimmed().isEmpty() &&
        normalisedId(principal->documentNumber) != normalisedId(ctx.app.entity.certificateNumber))
        ctx.add(RuleId::PER_017, Severity::Blocking, FieldPath::person(pi).documentNumber(),
                QCoreApplication::translate("Rules", "In a personal filing the entity principal is the "
                                                     "filer: the document number of %1 must equal "
                                                     "the entity's certificate number %2.")
                    .arg(displayPerson(*principal, pi), ctx.app.entity.certificateNumber.trimmed()));

    if (ctx.individual || !principal)
        return;

    // PER-009: second contact for organisations (R20, per province)
    if (r.contact2Required) {
        const auto path = [&] {
            return FieldPath::person(pi).landline();
        };
        const QString landline = principal->landline.trimmed();
        if (landline.isEmpty())
            ctx.add(
                RuleId::PER_009, Severity::Blocking, path(),
                QCoreApplication::translate(
                    "Rules",
                    "This province requires a second contact number for %1 (an office landline or a second "
                    "mobile).")
                    .arg(displayPerson(*principal, pi)));
        else if (digitsOnly(landline) == digitsOnly(principal->mobile))
            ctx.add(RuleId::PER_009, Severity::Blocking, path(),
                    QCoreApplication::translate(
                        "Rules",
                        "The second contact number of %1 repeats the mobile number; give a different number.")
                        .arg(displayPerson(*principal, pi)));
        else if (r.contact2Landline && !parseLandline(landline).ok())
            ctx.add(RuleId::PER_009, Severity::Blocking, path(),
                    QCoreApplication::translate(
                        "Rules",
                        "This province requires a real office landline as second contact; %1 is not one.")
                        .arg(landline));
    }

    // PER-011: principal = legal representative (R13, per province)
    const bool delegated = !ctx.persons[pi].isLegalRep;
    if (delegated) {
        if (r.legalRepPrincipal == ProvinceRules::LegalRepPrincipal::Required)
            ctx.add(RuleId::PER_011, Severity::Blocking, FieldPath::person(pi).roles(),
                    QCoreApplication::translate(
                        "Rules",
                        "In %1 the entity principal must be the legal representative. Name the legal "
                        "representative "
                        "as entity principal, or mark %2 as legal representative if that is the case.")
                        .arg(provinceName(ctx.app.entity.provinceCode), displayPerson(*principal, pi)));
        else if (r.legalRepPrincipal == ProvinceRules::LegalRepPrincipal::Authorisation &&
                 !ctx.hasDocument(DocumentKind::EntityPrincipalAuthorisation))
            ctx.add(RuleId::PER_011, Severity::Blocking, FieldPath::documents(),
                    QCoreApplication::translate("Rules", "%1 is not the legal representative: attach the "
                                                         "entity-principal authorisation letter signed "
                                                         "by the legal representative and sealed.")
                        .arg(displayPerson(*principal, pi)));
    }

    for (int w = 0; w < ctx.websites.size(); ++w) {
        const WebsiteFacts& wf = ctx.websites[w];
        if (wf.principalIndex < 0)
            continue;
        // PER-012: website principal when the entity principal is delegated (R14)
        if (delegated) {
            const bool same = wf.principalIndex == pi;
            if (r.delegatedWebsitePrincipal == ProvinceRules::DelegatedWebsitePrincipal::Same && !same)
                ctx.add(RuleId::PER_012, Severity::Blocking, FieldPath::website(w).principalId(),
                        QCoreApplication::translate("Rules",
                                                    "The entity principal is not the legal representative, "
                                                    "so in this province the website "
                                                    "principal of \"%1\" must be the entity principal %2.")
                            .arg(wf.website->name, displayPerson(*principal, pi)));
            else if (r.delegatedWebsitePrincipal == ProvinceRules::DelegatedWebsitePrincipal::Different &&
                     same)
                ctx.add(RuleId::PER_012, Severity::Blocking, FieldPath::website(w).principalId(),
                        QCoreApplication::translate("Rules",
                                                    "The entity principal is not the legal representative, "
                                                    "so in this province the website "
                                                    "\"%1\" needs a different person as website principal.")
                            .arg(wf.website->name));
        }
        // PER-013: website-principal authorisation letter (R15)
        if (r.websitePrincipalAuthorisation && !ctx.persons[wf.principalIndex].isLegalRep &&
            !ctx.hasDocument(DocumentKind::WebsitePrincipalAuthorisation, wf.website->id))
            ctx.add(
                RuleId::PER_013, Severity::Blocking, FieldPath::website(w).principalId(),
                QCoreApplication::translate(
                    "Rules",
                    "%1 is not the legal representative: attach a website-principal authorisation letter for "
                    "\"%2\".")
                    .arg(displayPerson(*ctx.persons[wf.principalIndex].person, wf.principalIndex),
                         wf.website->name));
    }
}

} // namespace icp::rules
