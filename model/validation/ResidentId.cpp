#include "validation/ResidentId.h"

#include "validation/Province.h"
#include "validation/TextFold.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// docs/regulations.md §4.1: ISO 7064 MOD 11-2, W[i] = 2^(17-i) mod 11.
constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t kCheckCharacters[] = u"10X98765432";

constexpr int kLength = 18;
constexpr int kFirstGenerationLength = 15;
constexpr int kEarliestBirthYear = 1900; // §4.1 "year ≥ 1900 in practice"

// Province codes that may start a resident card number (§8.3), looked up in a
// flat table because this sits in the hot path (≥ 5 M checks/s).
const std::array<bool, 100>& knownProvinceCodes()
{
    static const std::array<bool, 100> table = [] {
        std::array<bool, 100> t{};
        for (const Province& p : Provinces::all()) {
            if (p.code > 0 && p.code < 100)
                t[std::size_t(p.code)] = true;
        }
        return t;
    }();
    return table;
}

int digitsValue(const char16_t* c, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i)
        value = value * 10 + (c[i] - u'0');
    return value;
}

char16_t checkCharacterOf(const char16_t* digits17)
{
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i)
        sum += (digits17[i] - u'0') * kWeights[i];
    return kCheckCharacters[sum % 11];
}

QString birthDateText(const char16_t* c)
{
    return QString::fromUtf16(c + 6, 8);
}

} // namespace

int ResidentId::ageOn(QDate date) const
{
    return ageInYears(birthDate, date);
}

Result<ResidentId> parseResidentId(QStringView input, QDate today)
{
    using R = Result<ResidentId>;
    const QStringView text = detail::trimmedView(input);
    if (text.isEmpty())
        return R::failure(u"id.empty"_s, QCoreApplication::translate("ResidentId", "Enter the ID number."));

    const qsizetype length = text.size();
    if (length == kFirstGenerationLength) {
        bool allDigits = true;
        for (QChar ch : text)
            allDigits = allDigits && detail::isAsciiDigit(detail::foldFullWidth(ch.unicode()));
        if (allDigits)
            return R::failure(u"id.first-generation"_s,
                              QCoreApplication::translate(
                                  "ResidentId",
                                  "This is a 15-digit first-generation ID number, which is no longer valid. "
                                  "Enter the 18-character number of the current ID card."));
    }
    if (length != kLength)
        return R::failure(u"id.length"_s, QCoreApplication::translate(
                                              "ResidentId", "The ID number must have 18 characters, not %1.")
                                              .arg(length));

    // Validate on a local copy: no allocation until the number is known to be good.
    char16_t c[kLength];
    for (int i = 0; i < kLength; ++i) {
        char16_t ch = detail::foldFullWidth(text[i].unicode());
        if (i == kLength - 1)
            ch = detail::toAsciiUpper(ch); // §4.1: a lower-case x is normalised to X
        if (!detail::isAsciiDigit(ch) && !(i == kLength - 1 && ch == u'X'))
            return R::failure(u"id.characters"_s,
                              QCoreApplication::translate(
                                  "ResidentId", "The ID number may contain only digits, and an X as the "
                                                "last character."));
        c[i] = ch;
    }

    ResidentId::Kind kind = ResidentId::Kind::ResidentCard;
    const int province = digitsValue(c, 0, 2);
    const int region = digitsValue(c, 0, 6);
    // §4.1 variants: residence permits for Hong Kong, Macao and Taiwan residents
    // carry the whole six-digit prefix 810000/820000/830000.
    if (province == 81 || province == 82 || province == 83) {
        if (region % 10000 != 0)
            return R::failure(
                u"id.region"_s,
                QCoreApplication::translate("ResidentId",
                                            "The ID number starts with %1, which is not a known region code.")
                    .arg(QString::fromUtf16(c, 6)));
        kind = province == 81   ? ResidentId::Kind::ResidencePermitHongKong
               : province == 82 ? ResidentId::Kind::ResidencePermitMacao
                                : ResidentId::Kind::ResidencePermitTaiwan;
    } else if (!knownProvinceCodes()[std::size_t(province)]) {
        return R::failure(
            u"id.region"_s,
            QCoreApplication::translate("ResidentId",
                                        "The ID number starts with %1, which is not a known province code.")
                .arg(QString::fromUtf16(c, 2)));
    }

    const int year = digitsValue(c, 6, 4);
    const int month = digitsValue(c, 10, 2);
    const int day = digitsValue(c, 12, 2);
    if (!QDate::isValid(year, month, day))
        return R::failure(u"id.birth-date"_s,
                          QCoreApplication::translate(
                              "ResidentId", "The birth date %1 in the ID number is not a real date.")
                              .arg(birthDateText(c)));
    if (year < kEarliestBirthYear)
        return R::failure(
            u"id.too-old"_s,
            QCoreApplication::translate("ResidentId", "The birth date %1 in the ID number is before 1900.")
                .arg(birthDateText(c)));
    const QDate birth(year, month, day);
    if (today.isValid() && birth > today)
        return R::failure(u"id.future-birth"_s,
                          QCoreApplication::translate(
                              "ResidentId", "The birth date %1 in the ID number lies in the future.")
                              .arg(birthDateText(c)));

    const char16_t expected = checkCharacterOf(c);
    if (c[kLength - 1] != expected)
        return R::failure(
            u"id.checksum"_s,
            QCoreApplication::translate("ResidentId",
                                        "The check character (the last one) does not match the rest of the "
                                        "ID number: one of the characters is probably mistyped."));

    ResidentId id;
    id.number = QString::fromUtf16(c, kLength);
    id.kind = kind;
    id.regionCode = region;
    id.provinceCode = province;
    id.birthDate = birth;
    // §4.1: the last digit of the sequence number is odd for men, even for women.
    id.sex = (c[16] - u'0') % 2 == 1 ? ResidentId::Sex::Male : ResidentId::Sex::Female;
    return id;
}

QChar residentIdCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    char16_t digits[17];
    for (int i = 0; i < 17; ++i) {
        digits[i] = detail::foldFullWidth(first17[i].unicode());
        if (!detail::isAsciiDigit(digits[i]))
            return {};
    }
    return QChar(checkCharacterOf(digits));
}

int ageInYears(QDate birth, QDate on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return -1;
    int years = on.year() - birth.year();
    // Comparing (month, day) pairs makes a 29 February birthday count on 1 March
    // in common years: 28 Feb < 29 Feb < 1 Mar.
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

} // namespace icp
