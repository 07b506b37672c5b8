#include "validation/MobileGeocoder.h"

#include "core/Logging.h"
#include "validation/Province.h"

#include <QList>
#include <QString>
#include <algorithm>
#include <memory>
#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumber.pb.h>
#include <unicode/locid.h>

using namespace Qt::StringLiterals;

namespace icp::detail {

namespace {

constexpr int kChinaCallingCode = 86;

struct ProvincePrefix
{
    QString name; // 广西, 内蒙古, 北京 …
    int code = 0;
};

// The geocoder writes "广西南宁市" where the province table says "广西壮族自治区",
// and "云南省昭通市" where it says "云南省": compare on the name without its
// administrative suffix (the table's shortNameZh). The geocoder's descriptions always
// start with the province, so a prefix is safe here, unlike in a free-form address.
// Longest names first so no short name shadows a longer one.
const QList<ProvincePrefix>& provincePrefixes()
{
    static const QList<ProvincePrefix> prefixes = [] {
        QList<ProvincePrefix> list;
        for (const Province& p : Provinces::all()) {
            if (p.shortNameZh.size() < 2) {
                qCWarning(lcValidation) << "province name too short to match geocoder output:" << p.nameZh;
                continue;
            }
            list.append({p.shortNameZh, p.code});
        }
        std::sort(list.begin(), list.end(), [](const ProvincePrefix& a, const ProvincePrefix& b) {
            return a.name.size() > b.name.size();
        });
        return list;
    }();
    return prefixes;
}

const i18n::phonenumbers::PhoneNumberOfflineGeocoder& geocoder()
{
    // Magic static: created once, on first use, thread-safe. The geocoder guards
    // its lazily loaded prefix maps with its own mutex, so lookups may run
    // concurrently. It lives until exit (destroyed after main).
    static const auto instance = std::make_unique<i18n::phonenumbers::PhoneNumberOfflineGeocoder>();
    return *instance;
}

} // namespace

int provinceCodeFromGeocoderDescription(QStringView description)
{
    for (const ProvincePrefix& prefix : provincePrefixes()) {
        if (description.startsWith(prefix.name))
            return prefix.code;
    }
    return 0;
}

int mobileHomeProvinceCode(quint64 nationalNumber)
{
    i18n::phonenumbers::PhoneNumber number;
    number.set_country_code(kChinaCallingCode);
    number.set_national_number(nationalNumber);
    static const icu::Locale chinese("zh", "CN");
    // GetDescriptionForNumber checks validity itself and returns "" (or the
    // country name "中国" when only the country is known).
    const std::string description = geocoder().GetDescriptionForNumber(number, chinese);
    if (description.empty())
        return 0;
    return provinceCodeFromGeocoderDescription(QString::fromStdString(description));
}

} // namespace icp::detail
