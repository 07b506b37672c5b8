#include "rules/RuleContext.h"
#include "validation/AddressProvince.h"
#include "validation/IcpNumber.h"
#include "validation/Province.h"

using namespace Qt::StringLiterals;

namespace icp::rules {

namespace {

bool isBirthDateError(const QString& code)
{
    return code == "id.birth-date"_L1 || code == "id.future-birth"_L1 || code == "id.too-old"_L1;
}

QString provinceName(int code)
{
    const Province* p = Provinces::byCode(code);
    return p ? p->displayName() : QString::number(code);
}

void checkIndividualCertificate(RuleContext& ctx)
{
    const Entity& e = ctx.app.entity;
    const QString number = e.certificateNumber.trimmed();
    if (number.isEmpty())
        return; // ENT-010
    const QString path = FieldPath::entity().certificateNumber();
    if (ctx.entityResidentId) {
        const Result<ResidentId>& id = *ctx.entityResidentId;
        if (!id.ok()) {
            // ENT-001 / ENT-002: GB 11643-1999 checksum and birth date (R01, R02)
            const bool birth = isBirthDateError(id.error().code);
            ctx.add(birth ? RuleId::ENT_002 : RuleId::ENT_001, Severity::Blocking, path,
                    QCoreApplication::translate(
                        "Rules", "The ID number %1 is not valid: %2 Check it against the ID card.")
                        .arg(number, id.error().message));
            return;
        }
        const bool permit = id->kind != ResidentId::Kind::ResidentCard;
        if (permit != (e.certificateType == CertificateType::ResidencePermit)) {
            ctx.add(
                RuleId::ENT_001, Severity::Blocking, path,
                permit
                    ? QCoreApplication::translate(
                          "Rules",
                          "%1 is a residence permit number for Hong Kong, Macao or Taiwan residents. Choose "
                          "the certificate type \"residence permit\".")
                          .arg(number)
                    : QCoreApplication::translate(
                          "Rules",
                          "%1 is a resident identity card number. Choose the certificate type \"resident "
                          "identity card\".")
                          .arg(number));
        }
        return;
    }
    // ENT-001: travel permits and passports (§4.4)
    std::optional<Result<QString>> other;
    switch (e.certificateType) {
    case CertificateType::HomeReturnPermit:
        other = parseHomeReturnPermit(number);
        break;
    case CertificateType::TaiwanPermit:
        other = parseTaiwanPermit(number);
        break;
    case CertificateType::Passport:
        other = parsePassport(number, false);
        break;
    case CertificateType::ForeignPermanentResidentId:
        other = parseForeignPermanentResidentId(number);
        break;
    default:
        break;
    }
    if (other && !other->ok())
        ctx.add(RuleId::ENT_001, Severity::Blocking, path,
                QCoreApplication::translate("Rules", "The document number %1 is not valid: %2")
                    .arg(number, other->error().message));
}

void checkUscc(RuleContext& ctx)
{
    const Entity& e = ctx.app.entity;
    if (!ctx.uscc)
        return;
    const QString path = FieldPath::entity().certificateNumber();
    const Result<Uscc>& uscc = *ctx.uscc;
    if (!uscc.ok()) {
        // ENT-003: GB 32100-2015 (R04). Only certificates that are USCCs by definition block.
        const Severity severity =
            ctx.tables.isUsccCertificate(e.certificateType) ? Severity::Blocking : Severity::Warning;
        ctx.add(RuleId::ENT_003, severity, path,
                QCoreApplication::translate(
                    "Rules",
                    "The Unified Social Credit Code %1 is not valid: %2 Copy it again from the certificate.")
                    .arg(e.certificateNumber.trimmed(), uscc.error().message));
        return;
    }
    // ENT-004: a pair outside the GB 32100 table is reported, not taken as "other"
    // (docs/regulations.md §4.2): the code may be mistyped in a way the check character misses.
    if (uscc->category == Uscc::Category::Unlisted) {
        ctx.add(RuleId::ENT_004, Severity::Warning, path,
                QCoreApplication::translate("Rules",
                                            "The code %1 starts with %2, which is not a registration "
                                            "authority and category of GB 32100. Check the code "
                                            "against the certificate.")
                    .arg(uscc->code, uscc->authorityCategory));
    }
    // ENT-004: the registration authority + category pair must fit the entity type (R05)
    const QList<EntityType> fits = ctx.tables.entityTypesForUsccPrefix(uscc->authorityCategory);
    if (uscc->category != Uscc::Category::Unlisted && !fits.isEmpty() && !fits.contains(e.type)) {
        ctx.add(RuleId::ENT_004, Severity::Warning, FieldPath::entity().type(),
                QCoreApplication::translate("Rules", "The code %1 starts with %2 (%3), which does not fit "
                                                     "the entity type \"%4\". Check the entity "
                                                     "type or the code.")
                    .arg(uscc->code, uscc->authorityCategory, usccCategoryName(uscc->category),
                         displayName(e.type)));
    }
    // ENT-006: a USCC never changes when its holder moves (GB 32100, 一照一码), so a region other
    // than the filing province is only a question; the certificate address decides
    // (docs/regulations.md §3.4, R16). Central registrations (10xxxx) say nothing.
    const int region = uscc->regionCode.left(2).toInt();
    if (e.provinceCode != 0 && region != 0 && region != 10 && Provinces::byCode(region) &&
        region != e.provinceCode) {
        ctx.add(RuleId::ENT_006, Severity::Warning, FieldPath::entity().certificateAddress(),
                QCoreApplication::translate(
                    "Rules", "The code %1 was issued in %2, but the filing province is %3. A code stays the "
                             "same when an organisation moves, so this can be right: check that the "
                             "certificate address is in %3, since the certificate address decides where the "
                             "organisation files.")
                    .arg(uscc->code, provinceName(region), provinceName(e.provinceCode)));
    }
}

} // namespace

void evaluateEntityRules(RuleContext& ctx)
{
    const Entity& e = ctx.app.entity;

    // ENT-010: the basic fields (§3.1)
    if (e.name.trimmed().isEmpty())
        ctx.add(RuleId::ENT_010, Severity::Blocking, FieldPath::entity().name(),
                QCoreApplication::translate(
                    "Rules", "Enter the entity's name exactly as on its certificate (the person's "
                             "name for a personal filing)."));
    if (e.certificateNumber.trimmed().isEmpty())
        ctx.add(RuleId::ENT_010, Severity::Blocking, FieldPath::entity().certificateNumber(),
                QCoreApplication::translate(
                    "Rules", "Enter the certificate number (the Unified Social Credit Code for "
                             "organisations, the ID number for individuals)."));
    if (e.certificateAddress.trimmed().isEmpty())
        ctx.add(RuleId::ENT_010, Severity::Blocking, FieldPath::entity().certificateAddress(),
                QCoreApplication::translate("Rules", "Enter the address printed on the certificate."));
    if (e.communicationAddress.trimmed().isEmpty())
        ctx.add(RuleId::ENT_010, Severity::Blocking, FieldPath::entity().communicationAddress(),
                QCoreApplication::translate("Rules",
                                            "Enter the communication address, to house-number precision and "
                                            "written in words (for example 1单元2层3号)."));

    // ENT-008: a mainland province (O33 Art. 3; §8.3)
    const Province* province = Provinces::byCode(e.provinceCode);
    if (!province || Provinces::isNonMainlandRegion(e.provinceCode)) {
        ctx.add(RuleId::ENT_008, Severity::Blocking, FieldPath::entity().provinceCode(),
                e.provinceCode == 0
                    ? QCoreApplication::translate(
                          "Rules", "Choose the filing province: the province where the entity is domiciled.")
                    : QCoreApplication::translate(
                          "Rules", "%1 is not a mainland province; ICP filings are made only in the 31 "
                                   "mainland provinces.")
                          .arg(e.provinceCode));
    }

    // ENT-005: certificate type per entity type (R06, certificate-types table)
    const QList<CertificateType> allowed = ctx.tables.certificatesFor(e.type);
    if (!allowed.isEmpty() && !allowed.contains(e.certificateType)) {
        QStringList names;
        for (CertificateType t : allowed)
            names.append(displayName(t));
        ctx.add(RuleId::ENT_005, Severity::Blocking, FieldPath::entity().certificateType(),
                QCoreApplication::translate("Rules",
                                            "An entity of type \"%1\" cannot be identified by a %2. Use: %3.")
                    .arg(displayName(e.type), displayName(e.certificateType), names.join(u", "_s)));
    }

    if (ctx.individual) {
        checkIndividualCertificate(ctx);
        // ENT-007: individuals outside their ID province (R16, §3.4)
        if (ctx.entityResidentId && ctx.entityResidentId->ok() &&
            (*ctx.entityResidentId)->kind == ResidentId::Kind::ResidentCard && province &&
            (*ctx.entityResidentId)->provinceCode != e.provinceCode) {
            const int idProvince = (*ctx.entityResidentId)->provinceCode;
            const bool proof = ctx.hasDocument(DocumentKind::ResidenceProof);
            switch (ctx.province.personalId) {
            case ProvinceRules::PersonalId::Local:
                ctx.add(RuleId::ENT_007, Severity::Blocking, FieldPath::entity().provinceCode(),
                        QCoreApplication::translate("Rules", "The ID card was issued in %1, but %2 accepts "
                                                             "personal filings only from holders of a "
                                                             "local ID card. File in %1 instead.")
                            .arg(provinceName(idProvince), province->displayName()));
                break;
            case ProvinceRules::PersonalId::ResidenceProof:
                if (!proof)
                    ctx.add(
                        RuleId::ENT_007, Severity::Blocking, FieldPath::documents(),
                        QCoreApplication::translate(
                            "Rules",
                            "The ID card was issued in %1. To file in %2, attach a local residence permit or "
                            "other residence proof.")
                            .arg(provinceName(idProvince), province->displayName()));
                break;
            case ProvinceRules::PersonalId::Unstated:
                if (!proof)
                    ctx.add(RuleId::ENT_007, Severity::Warning, FieldPath::documents(),
                            QCoreApplication::translate("Rules", "The ID card was issued in %1. %2 may ask "
                                                                 "for a local residence permit; attach one "
                                                                 "or confirm with the provider.")
                                .arg(provinceName(idProvince), province->displayName()));
                break;
            }
        }
        // ENT-012: foreign individuals (§3.3)
        if (e.certificateType == CertificateType::Passport && !ctx.province.acceptsForeignIndividuals &&
            province)
            ctx.add(RuleId::ENT_012, Severity::Blocking, FieldPath::entity().certificateType(),
                    QCoreApplication::translate(
                        "Rules", "%1 does not accept personal filings by foreign passport holders.")
                        .arg(province->displayName()));
    } else {
        checkUscc(ctx);
        // ENT-006: certificate address in another province (R16)
        const int addressCode = provinceOfAddress(e.certificateAddress);
        if (addressCode != 0 && e.provinceCode != 0 && addressCode != e.provinceCode)
            ctx.add(
                RuleId::ENT_006, Severity::Blocking, FieldPath::entity().certificateAddress(),
                QCoreApplication::translate(
                    "Rules",
                    "The certificate address \"%1\" is in %2, but the filing province is %3. An organisation "
                    "files in the province of its certificate address.")
                    .arg(e.certificateAddress.trimmed(), provinceName(addressCode),
                         provinceName(e.provinceCode)));
    }

    // ENT-009: the entity's filing number (R38)
    if (!e.filingNumber.trimmed().isEmpty()) {
        const Result<FilingNumber> number = parseFilingNumber(e.filingNumber);
        const QString path = FieldPath::entity().filingNumber();
        if (!number.ok()) {
            ctx.add(RuleId::ENT_009, Severity::Blocking, path,
                    QCoreApplication::translate("Rules", "The ICP filing number %1 is not valid: %2")
                        .arg(e.filingNumber.trimmed(), number.error().message));
        } else if (province && number->provinceCode != e.provinceCode) {
            ctx.add(RuleId::ENT_009, Severity::Blocking, path,
                    QCoreApplication::translate(
                        "Rules", "The ICP filing number %1 was issued in %2, but the filing province is %3.")
                        .arg(number->format(), provinceName(number->provinceCode), province->displayName()));
        } else if (number->site != 0) {
            ctx.add(RuleId::ENT_009, Severity::Warning, path,
                    QCoreApplication::translate("Rules",
                                                "%1 is a website number. Enter the entity number %2 here.")
                        .arg(number->format(), number->entityNumber()));
        } else if (province && number->abbreviation != province->abbreviation) {
            ctx.add(
                RuleId::ENT_009, Severity::Info, path,
                QCoreApplication::translate(
                    "Rules",
                    "%1 uses the abbreviation %2; the MIIT record may use %3. Check the number in the MIIT "
                    "public lookup.")
                    .arg(number->format(), number->abbreviation, province->abbreviation));
        }
    }

    // ENT-011: postcode (§4.5)
    if (!e.postcode.trimmed().isEmpty()) {
        const Result<QString> postcode = parsePostcode(e.postcode);
        if (!postcode.ok())
            ctx.add(RuleId::ENT_011, Severity::Blocking, FieldPath::entity().postcode(),
                    QCoreApplication::translate("Rules", "The postcode %1 is not valid: %2")
                        .arg(e.postcode.trimmed(), postcode.error().message));
    }
}

} // namespace icp::rules
