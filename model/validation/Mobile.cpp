#include "core/DataTable.h"
#include "core/Logging.h"
#include "validation/Contact.h"
#include "validation/MobileGeocoder.h"
#include "validation/TextFold.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

constexpr int kNationalLength = 11;
constexpr int kIotLength = 13; // docs/regulations.md §4.3: IoT numbers have 13 digits
constexpr int kMaxDigits = 20;
constexpr int kMinPrefix = 3;
constexpr int kMaxPrefix = 5;

struct Segment
{
    QString prefix;
    QString carrierKey;
    MobileNumber::SegmentKind kind = MobileNumber::SegmentKind::Standard;
    bool iot = false;
    int length = kNationalLength;
};

// The mobile-segments table (§4.3), indexed by prefix length and value so a
// lookup needs no allocation: key = length * 100000 + value.
class SegmentTable
{
public:
    static const SegmentTable& instance()
    {
        static const SegmentTable table;
        return table;
    }

    // Longest prefix of `digits` that names a segment, or nullptr.
    const Segment* find(const char16_t* digits, int count) const
    {
        for (int length = std::min(kMaxPrefix, count); length >= kMinPrefix; --length) {
            int value = 0;
            for (int i = 0; i < length; ++i)
                value = value * 10 + (digits[i] - u'0');
            const auto it = m_index.constFind(length * 100000 + value);
            if (it != m_index.constEnd())
                return &m_segments[*it];
        }
        return nullptr;
    }

private:
    SegmentTable()
    {
        const DataTable& data = DataTable::load(u"mobile-segments"_s);
        for (const QJsonValue& value : data.rows()) {
            const QJsonObject row = value.toObject();
            const QString kind = row.value("kind"_L1).toString();
            Segment base;
            base.carrierKey = row.value("carrier"_L1).toString();
            base.length = row.value("length"_L1).toInt(kNationalLength);
            base.iot = kind == "iot"_L1;
            base.kind = kind == "data-card"_L1          ? MobileNumber::SegmentKind::DataCard
                        : kind == "virtual-operator"_L1 ? MobileNumber::SegmentKind::VirtualOperator
                                                        : MobileNumber::SegmentKind::Standard;
            for (const QJsonValue& p : row.value("prefixes"_L1).toArray())
                addRange(base, p.toString());
        }
    }

    void addRange(const Segment& base, const QString& range)
    {
        const QStringList ends = range.split(u'-');
        const QString& first = ends.first();
        const QString& last = ends.last();
        bool okFirst = false;
        bool okLast = false;
        const int from = first.toInt(&okFirst);
        const int to = last.toInt(&okLast);
        if (!okFirst || !okLast || ends.size() > 2 || first.size() != last.size() || from > to ||
            first.size() < kMinPrefix || first.size() > kMaxPrefix) {
            qCCritical(lcValidation) << "mobile-segments: bad prefix range" << range;
            return;
        }
        for (int v = from; v <= to; ++v) {
            Segment s = base;
            s.prefix = QString::number(v).rightJustified(first.size(), u'0');
            m_index.insert(int(first.size()) * 100000 + v, int(m_segments.size()));
            m_segments.append(s);
        }
    }

    QList<Segment> m_segments;
    QHash<int, int> m_index;
};

} // namespace

Result<MobileNumber> parseMobile(QStringView input)
{
    using R = Result<MobileNumber>;
    const QStringView text = detail::trimmedView(input);
    if (text.isEmpty())
        return R::failure(u"mobile.empty"_s,
                          QCoreApplication::translate("Mobile", "Enter the mobile number."));

    // Collect the digits; spaces and hyphens are grouping, '+' may only lead.
    char16_t buffer[kMaxDigits];
    int count = 0;
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t ch = detail::foldFullWidth(text[i].unicode());
        if (detail::isAsciiDigit(ch)) {
            if (count == kMaxDigits)
                return R::failure(u"mobile.length"_s,
                                  QCoreApplication::translate("Mobile", "The mobile number is too long."));
            buffer[count++] = ch;
        } else if (ch == u'+' && i == 0) {
            plus = true;
        } else if (!detail::isBlank(ch) && ch != u'-') {
            return R::failure(u"mobile.characters"_s,
                              QCoreApplication::translate("Mobile",
                                                          "The mobile number may contain only digits, "
                                                          "spaces, hyphens and a leading +86."));
        }
    }
    const char16_t* digits = buffer;
    auto startsWith = [&](std::u16string_view prefix) {
        return std::u16string_view(digits, std::size_t(count)).starts_with(prefix);
    };
    // Optional country prefix +86 / 86 / 0086 (§4.3). National numbers start with 1,
    // so a leading 86 cannot be part of one.
    if (startsWith(u"0086")) {
        digits += 4;
        count -= 4;
    } else if (startsWith(u"86")) {
        digits += 2;
        count -= 2;
    } else if (plus) {
        return R::failure(u"mobile.prefix"_s,
                          QCoreApplication::translate(
                              "Mobile",
                              "Only mainland China mobile numbers (+86) can receive the verification "
                              "SMS."));
    }
    if (count == 0)
        return R::failure(u"mobile.length"_s,
                          QCoreApplication::translate("Mobile", "A mainland mobile number has 11 digits."));
    if (digits[0] != u'1')
        return R::failure(u"mobile.prefix"_s,
                          QCoreApplication::translate("Mobile", "A mainland mobile number starts with 1."));

    const Segment* segment = SegmentTable::instance().find(digits, count);
    if (segment && segment->iot && (count == kIotLength || count == kNationalLength))
        return R::failure(u"mobile.iot"_s, QCoreApplication::translate(
                                               "Mobile", "Numbers starting with %1 belong to IoT cards, "
                                                         "which cannot receive the verification SMS.")
                                               .arg(segment->prefix));
    if (count != kNationalLength)
        return R::failure(u"mobile.length"_s, QCoreApplication::translate(
                                                  "Mobile", "A mainland mobile number has 11 digits, not %1.")
                                                  .arg(count));
    if (!segment || segment->iot)
        return R::failure(u"mobile.segment"_s,
                          QCoreApplication::translate(
                              "Mobile", "Mobile numbers starting with %1 are not issued; check the number.")
                              .arg(QString::fromUtf16(digits, 3)));

    MobileNumber mobile;
    mobile.number = QString::fromUtf16(digits, kNationalLength);
    mobile.segmentKind = segment->kind;
    mobile.segment = segment->prefix;
    mobile.carrierKey = segment->carrierKey;
    quint64 national = 0;
    for (int i = 0; i < kNationalLength; ++i)
        national = national * 10 + quint64(digits[i] - u'0');
    mobile.homeProvinceCode = detail::mobileHomeProvinceCode(national);
    return mobile;
}

} // namespace icp
