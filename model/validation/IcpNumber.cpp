#include "validation/IcpNumber.h"

#include "validation/IcpNumberDetail.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace icp {

namespace detail {

Result<const Province*> icpProvince(QChar abbreviation, const char* code)
{
    const QString errorCode = QString::fromLatin1(code);
    // docs/regulations.md §8.1: 贵/云 appear only in fakes; the real abbreviations are 黔 and 滇.
    if (abbreviation == u'贵') {
        return Error{errorCode,
                     QCoreApplication::translate("IcpNumber",
                                                 "“贵” is not used in these numbers: Guizhou's abbreviation "
                                                 "is 黔."),
                     {}};
    }
    if (abbreviation == u'云') {
        return Error{errorCode,
                     QCoreApplication::translate("IcpNumber",
                                                 "“云” is not used in these numbers: Yunnan's abbreviation "
                                                 "is 滇."),
                     {}};
    }
    if (const Province* province = Provinces::byAbbreviation(QStringView(&abbreviation, 1)))
        return province;
    return Error{errorCode,
                 QCoreApplication::translate(
                     "IcpNumber", "“%1” is not the abbreviation of a mainland province (such as 京, "
                                  "沪 or 粤).")
                     .arg(abbreviation),
                 {}};
}

qsizetype leadingDigits(QStringView text)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(n).unicode() >= u'0' && text.at(n).unicode() <= u'9')
        ++n;
    return n;
}

} // namespace detail

namespace {

constexpr QStringView kFilingMarker = u"ICP备";
constexpr QChar kHao = u'号';

Result<FilingNumber> fail(const char* code, const QString& message)
{
    return Result<FilingNumber>::failure(QString::fromLatin1(code), message);
}

bool isDash(char16_t u)
{
    // Hyphen, non-breaking hyphen, figure/en/em dashes, horizontal bar, minus sign, small and
    // full-width hyphen-minus: all seen in numbers copied from web pages and documents.
    return (u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFE58 || u == 0xFE63 || u == 0xFF0D;
}

} // namespace

QString normaliseNumberInput(QStringView input)
{
    // NFKC maps full-width digits and letters (２０２１, ＩＣＰ) to ASCII.
    const QString folded = input.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        const char16_t u = c.unicode();
        if (c.isSpace() || c.category() == QChar::Other_Format) // also zero-width spaces from web pages
            continue;
        if (isDash(u))
            out.append(u'-');
        else if (u >= u'a' && u <= u'z') // "京icp备" → "京ICP备": the letters are always capitals
            out.append(QChar(u - u'a' + u'A'));
        else
            out.append(c);
    }
    return out;
}

QString FilingNumber::entityNumber() const
{
    return abbreviation + kFilingMarker + serial + kHao;
}

QString FilingNumber::format() const
{
    return site > 0 ? entityNumber() + u'-' + QString::number(site) : entityNumber();
}

// docs/regulations.md §8.1: <abbr>ICP备<8 or 10 digits>号[-<site>], also the legacy "…-5号" order.
Result<FilingNumber> parseFilingNumber(QStringView input)
{
    const QString text = normaliseNumberInput(input);
    const QStringView s(text);
    if (s.isEmpty()) {
        return fail("icp.empty",
                    QCoreApplication::translate(
                        "IcpNumber", "Enter the ICP filing number, for example 京ICP备2021034286号-1."));
    }
    const qsizetype at = s.indexOf(kFilingMarker);
    if (at < 0) {
        if (s.contains(u"ICP证") || s.contains(u"B2-")) {
            return fail("icp.format",
                        QCoreApplication::translate("IcpNumber",
                                                    "“%1” is an ICP licence number, not a filing number; a "
                                                    "filing number reads like 京ICP备2021034286号-1.")
                            .arg(input.trimmed()));
        }
        if (s.contains(u"公网安备")) {
            return fail("icp.format", QCoreApplication::translate(
                                          "IcpNumber", "“%1” is a public security filing number, not an ICP "
                                                       "filing number; an ICP filing number reads like "
                                                       "京ICP备2021034286号-1.")
                                          .arg(input.trimmed()));
        }
        return fail("icp.format",
                    QCoreApplication::translate("IcpNumber", "“%1” is not an ICP filing number; it should "
                                                             "read like 京ICP备2021034286号-1.")
                        .arg(input.trimmed()));
    }
    if (at == 0) {
        return fail("icp.province",
                    QCoreApplication::translate("IcpNumber", "The ICP filing number lacks the province "
                                                             "abbreviation (such as 京) before “ICP备”."));
    }
    if (at > 1) {
        return fail("icp.format", QCoreApplication::translate(
                                      "IcpNumber", "Enter only the filing number: remove “%1” before the "
                                                   "province abbreviation.")
                                      .arg(s.first(at - 1)));
    }
    const auto province = detail::icpProvince(s.at(0), "icp.province");
    if (!province)
        return province.error();

    FilingNumber number;
    number.abbreviation = s.first(1).toString();
    number.provinceCode = province.value()->code;

    QStringView rest = s.sliced(at + kFilingMarker.size());
    const qsizetype digits = detail::leadingDigits(rest);
    if (digits == 0) {
        return fail("icp.format",
                    QCoreApplication::translate("IcpNumber", "The serial number is missing after “ICP备”."));
    }
    if (digits != 8 && digits != 10) {
        // 8 digits (YY + 6) for older numbers, 10 (YYYY + 6) since about 2020.
        return fail("icp.serial",
                    QCoreApplication::translate("IcpNumber",
                                                "The serial number has %n digit(s); ICP filing numbers "
                                                "have 8 (older numbers) or 10 digits.",
                                                nullptr, int(digits)));
    }
    number.serial = rest.first(digits).toString();
    rest = rest.sliced(digits);

    bool hao = false;
    if (rest.startsWith(kHao)) {
        hao = true;
        rest = rest.sliced(1);
    }
    if (rest.startsWith(u'-')) {
        rest = rest.sliced(1);
        const qsizetype siteDigits = detail::leadingDigits(rest);
        const QStringView site = rest.first(siteDigits);
        const int value = site.toInt();
        if (siteDigits == 0 || siteDigits > 4 || site.startsWith(u'0') || value < 1) {
            return fail("icp.site",
                        QCoreApplication::translate("IcpNumber",
                                                    "The website number after “-” must be a number from 1 "
                                                    "to 9999 without leading zeros (found “%1”).")
                            .arg(site.isEmpty() ? rest.first(qMin<qsizetype>(rest.size(), 8)) : site));
        }
        number.site = value;
        rest = rest.sliced(siteDigits);
        if (!hao && rest.startsWith(kHao)) // legacy order seen in the wild: 滇ICP备09010050-5号
            rest = rest.sliced(1);
    }
    if (!rest.isEmpty()) {
        return fail("icp.format",
                    QCoreApplication::translate("IcpNumber", "Unexpected “%1” at the end of the ICP filing "
                                                             "number.")
                        .arg(rest));
    }
    return number;
}

} // namespace icp
