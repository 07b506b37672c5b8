#include "validation/Contact.h"
#include "validation/ResidentId.h"
#include "validation/TextFold.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// Document numbers are printed in groups and typed in any case: drop blanks,
// fold full-width characters and upper-case letters. Returns an empty string when
// something other than an ASCII letter or digit remains.
QString normaliseDocumentNumber(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        const char16_t ch = detail::toAsciiUpper(detail::foldFullWidth(c.unicode()));
        if (detail::isBlank(ch))
            continue;
        if (!detail::isAsciiDigit(ch) && !detail::isAsciiUpper(ch))
            return {};
        out.append(QChar(ch));
    }
    return out;
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return detail::isAsciiDigit(c.unicode()); });
}

} // namespace

Result<QString> parseHomeReturnPermit(QStringView input)
{
    using R = Result<QString>;
    if (detail::trimmedView(input).isEmpty())
        return R::failure(
            u"home-return-permit.empty"_s,
            QCoreApplication::translate("TravelDocument", "Enter the Home Return Permit number."));
    // docs/regulations.md §4.4: card since 2013 is H (Hong Kong) or M (Macao) + 8 digits,
    // sometimes written with the 2 issue digits (+ 10 digits).
    const QString number = normaliseDocumentNumber(input);
    const bool ok = (number.size() == 9 || number.size() == 11) &&
                    (number.startsWith(u'H') || number.startsWith(u'M')) &&
                    allDigits(QStringView(number).sliced(1));
    if (!ok)
        return R::failure(u"home-return-permit.format"_s,
                          QCoreApplication::translate("TravelDocument",
                                                      "A Home Return Permit number is H or M followed by 8 "
                                                      "digits (or 10 digits with the issue number)."));
    return number;
}

Result<QString> parseTaiwanPermit(QStringView input)
{
    using R = Result<QString>;
    if (detail::trimmedView(input).isEmpty())
        return R::failure(u"taiwan-permit.empty"_s,
                          QCoreApplication::translate("TravelDocument",
                                                      "Enter the Mainland Travel Permit for Taiwan Residents "
                                                      "number."));
    // §4.4: card since 2015 has 8 digits; older permits 10 digits and an optional letter.
    const QString number = normaliseDocumentNumber(input);
    const QStringView view(number);
    const bool card = number.size() == 8 && allDigits(view);
    const bool booklet =
        (number.size() == 10 && allDigits(view)) ||
        (number.size() == 11 && allDigits(view.first(10)) && detail::isAsciiUpper(view[10].unicode()));
    if (!card && !booklet)
        return R::failure(u"taiwan-permit.format"_s,
                          QCoreApplication::translate(
                              "TravelDocument", "A Mainland Travel Permit for Taiwan Residents number has "
                                                "8 digits (or 10 digits and an optional letter on older "
                                                "permits)."));
    return number;
}

Result<QString> parsePassport(QStringView input, bool chinese)
{
    using R = Result<QString>;
    if (detail::trimmedView(input).isEmpty())
        return R::failure(u"passport.empty"_s,
                          QCoreApplication::translate("TravelDocument", "Enter the passport number."));
    const QString number = normaliseDocumentNumber(input);
    if (chinese) {
        // §4.4: ordinary PRC passports of the E series: E + 8 digits, or E + a letter
        // other than I and O + 7 digits.
        const QStringView view(number);
        const bool ok =
            number.size() == 9 && number.startsWith(u'E') &&
            (allDigits(view.sliced(1)) || (detail::isAsciiUpper(view[1].unicode()) && view[1] != u'I' &&
                                           view[1] != u'O' && allDigits(view.sliced(2))));
        if (!ok)
            return R::failure(u"passport.format"_s,
                              QCoreApplication::translate(
                                  "TravelDocument", "A Chinese passport number is E followed by 8 digits, "
                                                    "or E, a letter and 7 digits."));
        return number;
    }
    // Foreign passports: 5–17 letters and digits (§4.4).
    if (number.size() < 5 || number.size() > 17)
        return R::failure(u"passport.format"_s,
                          QCoreApplication::translate("TravelDocument",
                                                      "A passport number has 5 to 17 letters and digits."));
    return number;
}

Result<QString> parseForeignPermanentResidentId(QStringView input)
{
    using R = Result<QString>;
    if (detail::trimmedView(input).isEmpty())
        return R::failure(u"foreign-permanent-resident-id.empty"_s,
                          QCoreApplication::translate(
                              "TravelDocument", "Enter the Foreign Permanent Resident ID Card number."));
    // docs/regulations.md §4.4. Verified (National Immigration Administration, machine-readable rules of
    // the card issued from 2023-12-01, as republished by card-reader vendors): 17 digits and a check
    // character computed as for the resident identity card (GB 11643, MOD 11-2), first digit 9, where
    // a citizen's number starts 1–8; the 2017 card had 3 Latin letters (the nationality) and 12 digits.
    // Unverified, so not checked: what digits 2–17 of the 2023 number encode (reported as the
    // accepting province, a numeric nationality code, the birth date and a sequence number) and
    // whether the 2017 number carries a check digit.
    const QString number = normaliseDocumentNumber(input);
    const QStringView view(number);
    if (number.size() == 15 &&
        std::all_of(view.begin(), view.begin() + 3,
                    [](QChar c) { return detail::isAsciiUpper(c.unicode()); }) &&
        allDigits(view.sliced(3)))
        return number;
    const bool form = number.size() == 18 && number.startsWith(u'9') && allDigits(view.first(17)) &&
                      (detail::isAsciiDigit(view[17].unicode()) || view[17] == u'X');
    if (!form)
        return R::failure(
            u"foreign-permanent-resident-id.format"_s,
            QCoreApplication::translate("TravelDocument",
                                        "A Foreign Permanent Resident ID Card number has 18 characters "
                                        "starting with 9 (cards since 2023), or 3 letters and 12 digits "
                                        "(2017 cards)."));
    if (residentIdCheckCharacter(view.first(17)) != view[17])
        return R::failure(u"foreign-permanent-resident-id.checksum"_s,
                          QCoreApplication::translate(
                              "TravelDocument", "The check character of the Foreign Permanent Resident ID "
                                                "Card number %1 is wrong: check for a mistyped digit.")
                              .arg(number));
    return number;
}

} // namespace icp
