#include "ValidateCommand.h"

#include "validation/Contact.h"
#include "validation/DomainName.h"
#include "validation/IcpNumber.h"
#include "validation/Province.h"
#include "validation/ResidentId.h"
#include "validation/Uscc.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

using namespace Qt::StringLiterals;

namespace icp::cli {

namespace {

// One validated value: `details` are the parsed parts, printed after `valid`
// (or after the reason, for a well-formed domain that cannot be filed).
struct Outcome
{
    bool valid = false;
    QString code;
    QString message;
    QJsonObject details;
};

template <typename T> Outcome failed(const Result<T>& result)
{
    return {false, result.error().code, result.error().message, {}};
}

QString provinceAbbreviation(int code)
{
    const Province* p = Provinces::byCode(code);
    return p ? p->abbreviation : QString();
}

Outcome validateId(const QString& value)
{
    const auto id = parseResidentId(value);
    if (!id)
        return failed(id);
    return {true,
            {},
            {},
            {{"number"_L1, id->number},
             {"birthDate"_L1, id->birthDate.toString(Qt::ISODate)},
             {"regionCode"_L1, id->regionCode},
             {"sex"_L1, id->sex == ResidentId::Sex::Male ? u"male"_s : u"female"_s}}};
}

Outcome validateUscc(const QString& value)
{
    const auto uscc = parseUscc(value);
    if (!uscc)
        return failed(uscc);
    return {true,
            {},
            {},
            {{"code"_L1, uscc->code},
             {"category"_L1, usccCategoryKey(uscc->category)},
             {"regionCode"_L1, uscc->regionCode},
             {"organisationCode"_L1, uscc->organisationCode}}};
}

Outcome validateMobile(const QString& value)
{
    const auto mobile = parseMobile(value);
    if (!mobile)
        return failed(mobile);
    QJsonObject details{{"number"_L1, mobile->number}, {"carrier"_L1, mobile->carrierKey}};
    if (mobile->homeProvinceCode != 0)
        details.insert("province"_L1, provinceAbbreviation(mobile->homeProvinceCode));
    if (mobile->segmentKind == MobileNumber::SegmentKind::VirtualOperator)
        details.insert("note"_L1, QCoreApplication::translate(
                                      "icpctl", "virtual-operator segment: the MIIT SMS may not arrive"));
    // Shown in text output too: a number that may not receive the SMS deserves a word.
    return {true, {}, {}, details};
}

Outcome validateEmail(const QString& value)
{
    const auto email = parseEmail(value);
    if (!email)
        return failed(email);
    return {true, {}, {}, {{"address"_L1, email.value()}}};
}

Outcome validateDomain(const QString& value)
{
    const auto domain = parseDomainName(value);
    if (!domain)
        return failed(domain);
    QJsonObject details{{"aLabel"_L1, domain->aLabel},
                        {"registrable"_L1, domain->registrable},
                        {"suffix"_L1, domain->publicSuffix}};
    if (domain->unicode != domain->aLabel)
        details.insert("unicode"_L1, domain->unicode);
    if (!domain->fileable) {
        return {false, u"domain.not-fileable"_s,
                QCoreApplication::translate("icpctl", "the suffix .%1 is not in the table of fileable TLDs")
                    .arg(domain->publicSuffix),
                details};
    }
    return {true, {}, {}, details};
}

Outcome validateFilingNumber(const QString& value)
{
    const auto number = parseFilingNumber(value);
    if (!number)
        return failed(number);
    QJsonObject details{{"number"_L1, number->format()},
                        {"province"_L1, number->abbreviation},
                        {"provinceCode"_L1, number->provinceCode},
                        {"serial"_L1, number->serial}};
    if (number->site > 0)
        details.insert("site"_L1, number->site);
    return {true, {}, {}, details};
}

Outcome validateLicenceNumber(const QString& value)
{
    const auto number = parseLicenceNumber(value);
    if (!number)
        return failed(number);
    QJsonObject details{{"number"_L1, number->format()},
                        {"kind"_L1, licenceKindKey(number->kind)},
                        {"serial"_L1, number->serial}};
    if (!number->abbreviation.isEmpty())
        details.insert("province"_L1, number->abbreviation);
    if (!number->categories.isEmpty())
        details.insert("categories"_L1, number->categories);
    if (number->year > 0)
        details.insert("year"_L1, number->year);
    return {true, {}, {}, details};
}

Outcome validatePsbNumber(const QString& value)
{
    const auto number = parsePsbNumber(value);
    if (!number)
        return failed(number);
    QJsonObject details{{"number"_L1, number->format()},
                        {"province"_L1, number->abbreviation},
                        {"provinceCode"_L1, number->provinceCode},
                        {"queryUrl"_L1, number->queryUrl()}};
    if (number->abbreviationUncertain)
        details.insert("note"_L1, QCoreApplication::translate(
                                      "icpctl", "the police abbreviation %1 is unverified; compare "
                                                "the number with beian.mps.gov.cn")
                                      .arg(number->abbreviation));
    return {true, {}, {}, details};
}

Outcome validateLandline(const QString& value)
{
    const auto landline = parseLandline(value);
    if (!landline)
        return failed(landline);
    QJsonObject details{{"number"_L1, landline->formatted()},
                        {"areaCode"_L1, landline->areaCode},
                        {"localNumber"_L1, landline->number}};
    if (!landline->extension.isEmpty())
        details.insert("extension"_L1, landline->extension);
    return {true, {}, {}, details};
}

// Validators whose answer is the normalised text (postcode and travel documents).
std::function<Outcome(const QString&)> normalised(Result<QString> (*parse)(QStringView))
{
    return [parse](const QString& value) {
        const auto parsed = parse(value);
        if (!parsed)
            return failed(parsed);
        return Outcome{true, {}, {}, {{"number"_L1, parsed.value()}}};
    };
}

QString detailsText(const QJsonObject& details)
{
    QStringList parts;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QJsonValue v = it.value();
        parts << it.key() + u'=' + (v.isDouble() ? QString::number(v.toInteger()) : v.toString());
    }
    return parts.join(u' ');
}

} // namespace

int runValidate(const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption chinese(
        u"chinese"_s, QCoreApplication::translate(
                          "icpctl", "passport: check the stricter form of a Chinese (PRC) passport."));
    bool chinesePassport = false;
    const QHash<QString, std::function<Outcome(const QString&)>> validators{
        {u"id"_s, validateId},
        {u"uscc"_s, validateUscc},
        {u"mobile"_s, validateMobile},
        {u"email"_s, validateEmail},
        {u"domain"_s, validateDomain},
        {u"icp-number"_s, validateFilingNumber},
        {u"licence-number"_s, validateLicenceNumber},
        {u"psb-number"_s, validatePsbNumber},
        {u"landline"_s, validateLandline},
        {u"postcode"_s, normalised(parsePostcode)},
        {u"passport"_s,
         [&chinesePassport](const QString& value) {
             const auto parsed = parsePassport(value, chinesePassport);
             if (!parsed)
                 return failed(parsed);
             return Outcome{true, {}, {}, {{"number"_L1, parsed.value()}}};
         }},
        {u"hkm-permit"_s, normalised(parseHomeReturnPermit)},
        {u"tw-permit"_s, normalised(parseTaiwanPermit)},
        {u"foreign-permanent-resident-id"_s, normalised(parseForeignPermanentResidentId)},
    };

    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl",
        "Validates values and prints one line per value: 'valid' (with the parsed parts) or "
        "'invalid: <reason>'. Exit code 0 when all are valid, 1 when one is not, 2 on usage errors."));
    parser.addPositionalArgument(
        u"kind"_s, QCoreApplication::translate(
                       "icpctl", "id, uscc, mobile, email, domain, icp-number, licence-number, psb-number, "
                                 "landline, postcode, passport, hkm-permit, tw-permit or "
                                 "foreign-permanent-resident-id"));
    parser.addPositionalArgument(u"value"_s, QCoreApplication::translate("icpctl", "Values to validate."),
                                 u"value..."_s);
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("icpctl", "Print JSON instead of text."));
    parser.addOption(json);
    parser.addOption(chinese);
    if (const int code = context.parse(parser); code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    chinesePassport = parser.isSet(chinese);
    if (positional.size() < 2 || !validators.contains(positional.first()) ||
        (chinesePassport && positional.first() != "passport"_L1)) {
        context.err << QCoreApplication::translate(
                           "icpctl",
                           "usage: icpctl validate KIND VALUE... (KIND is one of: id, uscc, mobile, "
                           "email, domain, icp-number, licence-number, psb-number, landline, "
                           "postcode, passport [--chinese], hkm-permit, tw-permit, "
                           "foreign-permanent-resident-id)")
                    << '\n';
        return ExitUsage;
    }

    const auto& validate = validators.value(positional.first());
    bool allValid = true;
    QJsonArray results;
    for (qsizetype i = 1; i < positional.size(); ++i) {
        const QString& value = positional.at(i);
        const Outcome outcome = validate(value);
        allValid = allValid && outcome.valid;
        if (parser.isSet(json)) {
            QJsonObject o{{"input"_L1, value}, {"valid"_L1, outcome.valid}};
            if (!outcome.valid) {
                o.insert("code"_L1, outcome.code);
                o.insert("message"_L1, outcome.message);
            }
            if (!outcome.details.isEmpty())
                o.insert("parsed"_L1, outcome.details);
            results.append(o);
            continue;
        }
        // `valid`/`invalid` stay untranslated: scripts match on them.
        QString line = outcome.valid ? u"valid"_s : u"invalid: "_s + outcome.message;
        // The parsed parts are part of the text answer for domains and numbers (the
        // issue's contract); for people's identifiers `valid` alone is the answer.
        const bool showParts = positional.first() == "domain"_L1 || positional.first().endsWith("-number"_L1);
        if (showParts && !outcome.details.isEmpty())
            line += (outcome.valid ? u" "_s : u" — "_s) + detailsText(outcome.details);
        if (positional.size() > 2)
            line = value + u": "_s + line;
        context.out << line << '\n';
    }
    if (parser.isSet(json))
        context.out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    return allValid ? ExitOk : ExitInvalid;
}

} // namespace icp::cli
