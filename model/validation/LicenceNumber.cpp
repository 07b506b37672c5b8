#include "core/DataTable.h"
#include "validation/IcpNumber.h"
#include "validation/IcpNumberDetail.h"
#include "validation/PsbAbbreviation.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

constexpr QStringView kCertificateMarker = u"ICP证";
constexpr QStringView kForeignMarker = u"合字";
constexpr QStringView kPsbMarker = u"公网安备";
constexpr QChar kHao = u'号';
constexpr int kFirstLicenceYear = 2000; // State Council Order 292 (2000) created the licence

Result<LicenceNumber> failLicence(const char* code, const QString& message)
{
    return Result<LicenceNumber>::failure(QString::fromLatin1(code), message);
}

bool startsWithCategory(QStringView s)
{
    return s.size() >= 2 && (s.at(0) == u'A' || s.at(0) == u'B') && s.at(1).unicode() >= u'1' &&
           s.at(1).unicode() <= u'9';
}

// The categories a licence number may carry (A1, A2, B1, B2): the licence-limits table.
const QStringList& licenceCategories()
{
    static const QStringList categories = [] {
        QStringList list;
        const QJsonArray array =
            DataTable::load(u"licence-limits"_s).header().value("licenceNumberCategories"_L1).toArray();
        for (const QJsonValue& v : array)
            list.append(v.toString());
        return list;
    }();
    return categories;
}

QStringView withoutHao(QStringView s)
{
    return s.endsWith(kHao) ? s.chopped(1) : s;
}

// "B2-20090059" or "A1.B1.B2-20180001" (telecom service categories, docs/regulations.md §8.2);
// fills categories, serial and year.
std::optional<Error> parseCategoriesAndSerial(QStringView s, LicenceNumber& number)
{
    const auto formatError = [] {
        return Error{u"licence.format"_s,
                     QCoreApplication::translate("IcpNumber",
                                                 "A value-added telecom licence number reads like "
                                                 "B2-20090059: the service categories, a hyphen and 8 digits "
                                                 "(year of issue and a 4-digit serial)."),
                     {}};
    };
    // Categories: A1/A2 (basic) and B1/B2 (value-added), alone or joined by dots
    // (docs/regulations.md §8.2); the list is data (licence-limits).
    const qsizetype i = s.indexOf(u'-');
    if (i <= 0)
        return formatError();
    const QStringList listed = licenceCategories();
    QStringList seen;
    for (const QStringView category : s.first(i).split(u'.')) {
        if (!startsWithCategory(category))
            return formatError();
        if (!listed.contains(category) || seen.contains(category)) {
            return Error{u"licence.category"_s,
                         QCoreApplication::translate("IcpNumber",
                                                     "“%1” is not a telecom licence category: a licence "
                                                     "number carries %2, each at most once, joined by "
                                                     "dots (B1.B2-20090059).")
                             .arg(category, listed.join(u", "_s)),
                         {}};
        }
        seen.append(category.toString());
    }
    number.categories = s.first(i).toString();
    const QStringView serial = s.sliced(i + 1);
    if (serial.size() != 8 || detail::leadingDigits(serial) != 8)
        return formatError();
    number.serial = serial.toString();
    number.year = serial.first(4).toInt();
    const int latest = QDate::currentDate().year() + 1;
    if (number.year < kFirstLicenceYear || number.year > latest) {
        return Error{u"licence.format"_s,
                     QCoreApplication::translate("IcpNumber",
                                                 "The licence serial should start with its year of issue "
                                                 "(%1 to %2), not %3.")
                         .arg(kFirstLicenceYear)
                         .arg(latest)
                         .arg(number.year),
                     {}};
    }
    return std::nullopt;
}

Result<LicenceNumber> parseProvincial(QStringView s)
{
    LicenceNumber number;
    const auto province = detail::icpProvince(s.at(0), "licence.province");
    if (!province)
        return province.error();
    number.abbreviation = s.first(1).toString();
    number.provinceCode = province.value()->code;
    QStringView rest = s.sliced(1);

    if (rest.startsWith(kCertificateMarker)) {
        rest = withoutHao(rest.sliced(kCertificateMarker.size()));
        if (startsWithCategory(rest)) {
            // Hybrid seen in footers: 京ICP证B2-20170001号.
            number.kind = LicenceNumber::Kind::ProvincialValueAdded;
            number.hybridStyle = true;
            if (auto error = parseCategoriesAndSerial(rest, number))
                return *error;
            return number;
        }
        // Beijing style: 京ICP证030173号, serial = YY + 4 digits.
        if (rest.size() != 6 || detail::leadingDigits(rest) != 6) {
            return failLicence(
                "licence.format",
                QCoreApplication::translate("IcpNumber", "An ICP licence number reads like 京ICP证030173号: "
                                                         "6 digits between “ICP证” and “号”."));
        }
        number.kind = LicenceNumber::Kind::IcpCertificate;
        number.serial = rest.toString();
        const int yy = rest.first(2).toInt();
        number.year = yy <= QDate::currentDate().year() % 100 ? 2000 + yy : 0; // 0: cannot tell
        return number;
    }
    if (rest.startsWith(u"ICP备")) {
        return failLicence("licence.format",
                           QCoreApplication::translate("IcpNumber",
                                                       "This is an ICP filing number (ICP备), not a licence "
                                                       "number."));
    }
    number.kind = LicenceNumber::Kind::ProvincialValueAdded;
    if (auto error = parseCategoriesAndSerial(withoutHao(rest), number))
        return *error;
    return number;
}

} // namespace

QString LicenceNumber::format() const
{
    const QString categorised = categories + u'-' + serial;
    switch (kind) {
    case Kind::IcpCertificate:
        return abbreviation + kCertificateMarker + serial + kHao;
    case Kind::ProvincialValueAdded:
        if (hybridStyle)
            return abbreviation + kCertificateMarker + categorised + kHao;
        return abbreviation + categorised;
    case Kind::NationalValueAdded:
        return categorised;
    case Kind::ForeignInvested:
        return kForeignMarker + categorised;
    }
    return {};
}

QString licenceKindKey(LicenceNumber::Kind kind)
{
    switch (kind) {
    case LicenceNumber::Kind::IcpCertificate:
        return u"icp-certificate"_s;
    case LicenceNumber::Kind::ProvincialValueAdded:
        return u"provincial-b2"_s;
    case LicenceNumber::Kind::NationalValueAdded:
        return u"national-b2"_s;
    case LicenceNumber::Kind::ForeignInvested:
        return u"foreign-invested"_s;
    }
    return {};
}

// docs/regulations.md §8.2: 京ICP证030173号, 粤B2-20090059, B2-20080101, 合字B2-20170010.
Result<LicenceNumber> parseLicenceNumber(QStringView input)
{
    const QString text = normaliseNumberInput(input);
    const QStringView s(text);
    if (s.isEmpty()) {
        return failLicence("licence.empty",
                           QCoreApplication::translate("IcpNumber", "Enter the licence number, for example "
                                                                    "京ICP证030173号 or 粤B2-20090059."));
    }
    if (s.startsWith(kForeignMarker) || startsWithCategory(s)) {
        LicenceNumber number;
        const bool foreign = s.startsWith(kForeignMarker);
        number.kind =
            foreign ? LicenceNumber::Kind::ForeignInvested : LicenceNumber::Kind::NationalValueAdded;
        if (auto error = parseCategoriesAndSerial(withoutHao(foreign ? s.sliced(2) : s), number))
            return *error;
        return number;
    }
    if (s.contains(u"ICP备")) {
        return failLicence("licence.format",
                           QCoreApplication::translate("IcpNumber",
                                                       "This is an ICP filing number (ICP备), not a licence "
                                                       "number."));
    }
    if (s.size() < 2 || s.at(0).unicode() < 0x80) {
        return failLicence("licence.format",
                           QCoreApplication::translate("IcpNumber",
                                                       "“%1” is not a licence number; it should read like "
                                                       "京ICP证030173号 or 粤B2-20090059.")
                               .arg(input.trimmed()));
    }
    return parseProvincial(s);
}

QString PsbNumber::format() const
{
    return abbreviation + kPsbMarker + digits + kHao;
}

QString PsbNumber::queryUrl() const
{
    // docs/regulations.md §2.5: the old beian.gov.cn recordcode link no longer works.
    return u"https://beian.mps.gov.cn/#/query/webSearch?code="_s + digits;
}

// docs/regulations.md §8.2: <abbr>公网安备<14 digits>号, e.g. 京公网安备11010502037644号.
Result<PsbNumber> parsePsbNumber(QStringView input)
{
    using R = Result<PsbNumber>;
    const QString text = normaliseNumberInput(input);
    const QStringView s(text);
    if (s.isEmpty()) {
        return R::failure(u"psb.empty"_s, QCoreApplication::translate(
                                              "IcpNumber", "Enter the public security filing number, "
                                                           "for example 京公网安备11010502037644号."));
    }
    const qsizetype at = s.indexOf(kPsbMarker);
    if (at < 0) {
        return R::failure(u"psb.format"_s, QCoreApplication::translate(
                                               "IcpNumber", "“%1” is not a public security filing number; it "
                                                            "should read like 京公网安备11010502037644号.")
                                               .arg(input.trimmed()));
    }
    if (at != 1) {
        return R::failure(
            at == 0 ? u"psb.province"_s : u"psb.format"_s,
            at == 0 ? QCoreApplication::translate("IcpNumber", "The public security filing number lacks the "
                                                               "province abbreviation (such as 京) before "
                                                               "“公网安备”.")
                    : QCoreApplication::translate("IcpNumber", "Enter only the public security filing "
                                                               "number: remove “%1” before the province "
                                                               "abbreviation.")
                          .arg(s.first(at - 1)));
    }
    const auto province = psbAbbreviation(s.at(0)); // the police's own abbreviations (贵公网安备…)
    if (!province)
        return province.error();

    const QStringView rest = withoutHao(s.sliced(at + kPsbMarker.size()));
    const qsizetype digits = detail::leadingDigits(rest);
    if (digits != rest.size() || digits != 14) {
        return R::failure(u"psb.format"_s,
                          QCoreApplication::translate("IcpNumber",
                                                      "A public security filing number has 14 digits between "
                                                      "“公网安备” and “号”; found “%1”.")
                              .arg(rest));
    }
    PsbNumber number;
    number.abbreviation = s.first(1).toString();
    number.provinceCode = province->province->code;
    number.abbreviationUncertain = province->uncertain;
    number.digits = rest.toString();
    return number;
}

} // namespace icp
