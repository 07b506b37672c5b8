#include "validation/Uscc.h"

#include "core/DataTable.h"
#include "core/Logging.h"
#include "validation/TextFold.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <array>
#include <iterator>
#include <optional>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// docs/regulations.md §4.2: the 31-character alphabet of GB 32100-2015 (no I, O, S, V, Z);
// a character's value is its index.
constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kRadix = 31;
constexpr int kLength = 18;
// W[i] = 3^i mod 31
constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
// GB 11714 organisation code weights for the eight-character body.
constexpr std::array<int, 8> kOrganisationWeights = {3, 7, 9, 10, 5, 8, 4, 2};

constexpr std::array<signed char, 128> makeAlphabetValues()
{
    std::array<signed char, 128> values{};
    for (auto& v : values)
        v = -1;
    for (int i = 0; i < kRadix; ++i)
        values[std::size_t(kAlphabet[i])] = static_cast<signed char>(i);
    return values;
}
constexpr std::array<signed char, 128> kAlphabetValues = makeAlphabetValues();

int alphabetValue(char16_t c)
{
    return c < 128 ? kAlphabetValues[c] : -1;
}

// GB 11714: digits keep their value, letters count A = 10 … Z = 35 (unlike the
// USCC alphabet, which skips I, O, S, V, Z).
int organisationValue(char16_t c)
{
    if (detail::isAsciiDigit(c))
        return c - u'0';
    if (detail::isAsciiUpper(c))
        return c - u'A' + 10;
    return -1;
}

char16_t usccCheckOf(const char16_t* c)
{
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i)
        sum += alphabetValue(c[i]) * kWeights[i];
    return kAlphabet[(kRadix - sum % kRadix) % kRadix];
}

// Returns 0 when a character has no GB 11714 value.
char16_t organisationCheckOf(const char16_t* c)
{
    int sum = 0;
    for (std::size_t i = 0; i < kOrganisationWeights.size(); ++i) {
        const int v = organisationValue(c[i]);
        if (v < 0)
            return 0;
        sum += v * kOrganisationWeights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? u'X' : check == 11 ? u'0' : char16_t(u'0' + check);
}

struct CategoryName
{
    Uscc::Category category;
    const char* key;
    const char* name; // translated in the "Uscc" context
};

// Key (used by the data tables and `icpctl validate`) and English name of every category.
constexpr CategoryName kCategoryNames[] = {
    {Uscc::Category::Government, "government", QT_TRANSLATE_NOOP("Uscc", "Government body")},
    {Uscc::Category::PublicInstitution, "public-institution",
     QT_TRANSLATE_NOOP("Uscc", "Public institution")},
    {Uscc::Category::MassOrganisation, "mass-organisation", QT_TRANSLATE_NOOP("Uscc", "Mass organisation")},
    {Uscc::Category::OtherStaffingOffice, "other-staffing-office",
     QT_TRANSLATE_NOOP("Uscc", "Other body registered by a staffing office")},
    {Uscc::Category::ForeignNewsAgency, "foreign-news-agency",
     QT_TRANSLATE_NOOP("Uscc", "Resident office of a foreign news agency")},
    {Uscc::Category::LawFirm, "law-firm", QT_TRANSLATE_NOOP("Uscc", "Law firm")},
    {Uscc::Category::NotaryOffice, "notary-office", QT_TRANSLATE_NOOP("Uscc", "Notary office")},
    {Uscc::Category::LegalServiceOffice, "legal-service-office",
     QT_TRANSLATE_NOOP("Uscc", "Grass-roots legal service office")},
    {Uscc::Category::JudicialExpertise, "judicial-expertise",
     QT_TRANSLATE_NOOP("Uscc", "Judicial expertise institution")},
    {Uscc::Category::ArbitrationCommission, "arbitration-commission",
     QT_TRANSLATE_NOOP("Uscc", "Arbitration commission")},
    {Uscc::Category::CommercialMediation, "commercial-mediation",
     QT_TRANSLATE_NOOP("Uscc", "Commercial mediation organisation")},
    {Uscc::Category::ForeignCulturalCentre, "foreign-cultural-centre",
     QT_TRANSLATE_NOOP("Uscc", "Foreign cultural centre")},
    {Uscc::Category::SocialOrganisation, "social-organisation",
     QT_TRANSLATE_NOOP("Uscc", "Social organisation")},
    {Uscc::Category::PrivateNonEnterprise, "private-non-enterprise",
     QT_TRANSLATE_NOOP("Uscc", "Private non-enterprise unit")},
    {Uscc::Category::Foundation, "foundation", QT_TRANSLATE_NOOP("Uscc", "Foundation")},
    {Uscc::Category::VillageCommittee, "village-committee",
     QT_TRANSLATE_NOOP("Uscc", "Villagers' committee")},
    {Uscc::Category::ResidentCommittee, "resident-committee",
     QT_TRANSLATE_NOOP("Uscc", "Residents' committee")},
    {Uscc::Category::OtherCivilAffairs, "other-civil-affairs",
     QT_TRANSLATE_NOOP("Uscc", "Other body registered by civil affairs")},
    {Uscc::Category::ForeignTourismOffice, "foreign-tourism-office",
     QT_TRANSLATE_NOOP("Uscc", "Resident office of a foreign tourism authority")},
    {Uscc::Category::HkMacaoTaiwanTourismOffice, "hk-macao-taiwan-tourism-office",
     QT_TRANSLATE_NOOP("Uscc", "Resident office of a Hong Kong, Macao or Taiwan tourism authority")},
    {Uscc::Category::ReligiousVenue, "religious-venue",
     QT_TRANSLATE_NOOP("Uscc", "Venue for religious activities")},
    {Uscc::Category::ReligiousCollege, "religious-college", QT_TRANSLATE_NOOP("Uscc", "Religious college")},
    {Uscc::Category::GrassRootsTradeUnion, "grass-roots-trade-union",
     QT_TRANSLATE_NOOP("Uscc", "Grass-roots trade union")},
    {Uscc::Category::NonCorporateTradeUnion, "non-corporate-trade-union",
     QT_TRANSLATE_NOOP("Uscc", "Trade union without legal personality")},
    {Uscc::Category::Enterprise, "enterprise", QT_TRANSLATE_NOOP("Uscc", "Enterprise")},
    {Uscc::Category::SoleProprietor, "sole-proprietor", QT_TRANSLATE_NOOP("Uscc", "Sole proprietorship")},
    {Uscc::Category::FarmerCooperative, "farmer-cooperative",
     QT_TRANSLATE_NOOP("Uscc", "Farmers' cooperative")},
    {Uscc::Category::MilitaryInstitution, "military-institution",
     QT_TRANSLATE_NOOP("Uscc", "Military public institution")},
    {Uscc::Category::ForeignNgoOffice, "foreign-ngo-office",
     QT_TRANSLATE_NOOP("Uscc", "Representative office of a foreign NGO")},
    {Uscc::Category::OwnersAssembly, "owners-assembly", QT_TRANSLATE_NOOP("Uscc", "Owners' assembly")},
    {Uscc::Category::GroupCollective, "group-collective",
     QT_TRANSLATE_NOOP("Uscc", "Group-level rural collective economic organisation")},
    {Uscc::Category::VillageCollective, "village-collective",
     QT_TRANSLATE_NOOP("Uscc", "Village-level rural collective economic organisation")},
    {Uscc::Category::TownshipCollective, "township-collective",
     QT_TRANSLATE_NOOP("Uscc", "Township-level rural collective economic organisation")},
    {Uscc::Category::OverseasChineseFederation, "overseas-chinese-federation",
     QT_TRANSLATE_NOOP("Uscc", "Grass-roots federation of returned overseas Chinese")},
    {Uscc::Category::Other, "other", QT_TRANSLATE_NOOP("Uscc", "Other organisation")},
    {Uscc::Category::Unlisted, "unlisted", QT_TRANSLATE_NOOP("Uscc", "Category not in GB 32100")},
};

const CategoryName& categoryName(Uscc::Category category)
{
    for (const CategoryName& c : kCategoryNames) {
        if (c.category == category)
            return c;
    }
    return kCategoryNames[std::size(kCategoryNames) - 1];
}

std::optional<Uscc::Category> categoryFromKey(QStringView key)
{
    for (const CategoryName& c : kCategoryNames) {
        if (key == QLatin1StringView(c.key) && c.category != Uscc::Category::Unlisted)
            return c.category;
    }
    return std::nullopt;
}

// The uscc-categories table, flattened to one slot per pair of alphabet values.
const std::array<Uscc::Category, kRadix * kRadix>& categoryByPair()
{
    static const std::array<Uscc::Category, kRadix* kRadix> table = [] {
        std::array<Uscc::Category, kRadix * kRadix> t;
        t.fill(Uscc::Category::Unlisted);
        const DataTable& data = DataTable::load(u"uscc-categories"_s);
        for (const QJsonValue& value : data.rows()) {
            const QJsonObject row = value.toObject();
            const QString pair = row.value("pair"_L1).toString();
            const QString key = row.value("category"_L1).toString();
            const std::optional<Uscc::Category> category = categoryFromKey(key);
            if (pair.size() != 2 || alphabetValue(pair[0].unicode()) < 0 ||
                alphabetValue(pair[1].unicode()) < 0 || !category) {
                qCCritical(lcValidation) << "uscc-categories: bad row" << pair << key;
                continue;
            }
            t[std::size_t(alphabetValue(pair[0].unicode()) * kRadix + alphabetValue(pair[1].unicode()))] =
                *category;
        }
        return t;
    }();
    return table;
}

} // namespace

QString usccCategoryKey(Uscc::Category category)
{
    return QString::fromLatin1(categoryName(category).key);
}

QString usccCategoryName(Uscc::Category category)
{
    return QCoreApplication::translate("Uscc", categoryName(category).name);
}

Result<Uscc> parseUscc(QStringView input, OrganisationCodeCheck organisationCheck)
{
    using R = Result<Uscc>;
    const QStringView text = detail::trimmedView(input);
    if (text.isEmpty())
        return R::failure(u"uscc.empty"_s,
                          QCoreApplication::translate("Uscc", "Enter the unified social credit code."));
    if (text.size() != kLength)
        return R::failure(u"uscc.length"_s,
                          QCoreApplication::translate(
                              "Uscc", "The unified social credit code must have 18 characters, not %1.")
                              .arg(text.size()));

    char16_t c[kLength];
    for (int i = 0; i < kLength; ++i) {
        c[i] = detail::toAsciiUpper(detail::foldFullWidth(text[i].unicode()));
        if (alphabetValue(c[i]) < 0)
            return R::failure(u"uscc.characters"_s,
                              QCoreApplication::translate(
                                  "Uscc", "The unified social credit code may contain only digits and the "
                                          "capital letters A–Y except I, O, S, V and Z; “%1” is not allowed.")
                                  .arg(text[i]));
    }
    // §4.2 layout: characters 3–8 are the region code of the registering authority.
    for (int i = 2; i < 8; ++i) {
        if (!detail::isAsciiDigit(c[i]))
            return R::failure(u"uscc.region"_s,
                              QCoreApplication::translate("Uscc", "Characters 3 to 8 of the unified social "
                                                                  "credit code (the region code) must be "
                                                                  "digits."));
    }
    if (usccCheckOf(c) != c[kLength - 1])
        return R::failure(u"uscc.checksum"_s,
                          QCoreApplication::translate(
                              "Uscc",
                              "The check character (the last one) does not match the rest of the unified "
                              "social credit code: one of the characters is probably mistyped."));

    // GB 32100-2015 embeds a GB 11714 organisation code whose own check must pass
    // (§4.2). Its failure behind a good MOD 31 check is not a typo but a code
    // that was never issued, so by default it is an error.
    const bool organisationValid = organisationCheckOf(c + 8) == c[16];
    if (!organisationValid && organisationCheck == OrganisationCodeCheck::Enforce)
        return R::failure(u"uscc.organisation-code"_s,
                          QCoreApplication::translate(
                              "Uscc",
                              "The organisation code inside the unified social credit code (characters "
                              "9 to 17) fails its own check, so the code cannot have been issued. "
                              "Compare it with the business licence."));

    Uscc uscc;
    uscc.code = QString::fromUtf16(c, kLength);
    uscc.authorityCategory = uscc.code.first(2);
    uscc.regionCode = uscc.code.sliced(2, 6);
    uscc.organisationCode = uscc.code.sliced(8, 9);
    uscc.category = categoryByPair()[std::size_t(alphabetValue(c[0]) * kRadix + alphabetValue(c[1]))];
    uscc.organisationCodeValid = organisationValid;
    return uscc;
}

QChar usccCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    char16_t c[17];
    for (int i = 0; i < 17; ++i) {
        c[i] = detail::toAsciiUpper(detail::foldFullWidth(first17[i].unicode()));
        if (alphabetValue(c[i]) < 0)
            return {};
    }
    return QChar(usccCheckOf(c));
}

QChar organisationCodeCheckCharacter(QStringView first8)
{
    if (first8.size() != 8)
        return {};
    char16_t c[8];
    for (int i = 0; i < 8; ++i)
        c[i] = detail::toAsciiUpper(detail::foldFullWidth(first8[i].unicode()));
    const char16_t check = organisationCheckOf(c);
    return check == 0 ? QChar() : QChar(check);
}

} // namespace icp
