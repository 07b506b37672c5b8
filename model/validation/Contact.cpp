#include "validation/Contact.h"

#include "validation/TextFold.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace icp {

// ---------------------------------------------------------------- landline

QString Landline::formatted() const
{
    QString text = areaCode + u'-' + number;
    if (!extension.isEmpty())
        text += u'-' + extension;
    return text;
}

namespace {

constexpr qsizetype kMinLocalDigits = 7;
constexpr qsizetype kMaxLocalDigits = 8;
constexpr qsizetype kMaxExtensionDigits = 6;

// docs/regulations.md §4.5: 010 and 020–029 are three-digit area codes (with the 0),
// every other area code has four digits starting 03–09. Returns 0 when the
// digits cannot start an area code.
int areaCodeLength(QStringView digits)
{
    if (digits.size() < 3 || digits[0] != u'0')
        return 0;
    if (digits[1] == u'1')
        return digits[2] == u'0' ? 3 : 0;
    if (digits[1] == u'2')
        return 3;
    if (digits[1] >= u'3' && digits[1] <= u'9')
        return digits.size() >= 4 ? 4 : 0;
    return 0;
}

struct LandlineSplit
{
    QString areaCode;
    QString number;
    bool areaCodeKnown = false;
};

LandlineSplit splitAreaCode(const QString& digits)
{
    LandlineSplit split;
    const int length = areaCodeLength(digits);
    split.areaCodeKnown = length > 0;
    if (length > 0) {
        split.areaCode = digits.first(length);
        split.number = digits.sliced(length);
    }
    return split;
}

bool isLocalNumber(const QString& number)
{
    return number.size() >= kMinLocalDigits && number.size() <= kMaxLocalDigits && !number.startsWith(u'0');
}

Result<Landline> landlineFormatError()
{
    return Result<Landline>::failure(
        u"landline.format"_s,
        QCoreApplication::translate("Landline", "Enter the landline as area code and number, for example "
                                                "010-12345678 or 0755-1234567-123 with an extension."));
}

} // namespace

Result<Landline> parseLandline(QStringView input)
{
    using R = Result<Landline>;
    const QStringView text = detail::trimmedView(input);
    if (text.isEmpty())
        return R::failure(u"landline.empty"_s,
                          QCoreApplication::translate("Landline", "Enter the landline number."));

    // Hyphens separate groups; spaces and brackets are only visual grouping;
    // 转 / ext / x / # start the extension.
    QStringList groups{QString()};
    QString extension;
    bool inExtension = false;
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t ch = detail::toAsciiUpper(detail::foldFullWidth(text[i].unicode()));
        if (detail::isAsciiDigit(ch)) {
            (inExtension ? extension : groups.last()).append(QChar(ch));
        } else if (ch == u'+' && i == 0) {
            plus = true;
        } else if (ch == u'-' && !inExtension) {
            if (!groups.last().isEmpty())
                groups.append(QString());
        } else if (detail::isBlank(ch) || ch == u'(' || ch == u')' || ch == u'.') {
            continue;
        } else if (!inExtension && (ch == u'转' || ch == u'#' || ch == u'X' || ch == u'E')) {
            if (ch == u'E') { // "ext"
                if (text.sliced(i).size() < 3 ||
                    text.sliced(i, 3).compare("ext"_L1, Qt::CaseInsensitive) != 0)
                    return landlineFormatError();
                i += 2;
            }
            inExtension = true;
        } else {
            return landlineFormatError();
        }
    }
    if (groups.last().isEmpty())
        groups.removeLast();
    if (groups.isEmpty())
        return landlineFormatError();

    // A third hyphen group is the extension when the groups before it already
    // make a complete number: 0755-1234567-123, but 010-1234-5678.
    if (extension.isEmpty() && !inExtension && groups.size() >= 3 &&
        groups.last().size() <= kMaxExtensionDigits) {
        const LandlineSplit withoutLast = splitAreaCode(groups.sliced(0, groups.size() - 1).join(QString()));
        if (withoutLast.areaCodeKnown && isLocalNumber(withoutLast.number))
            extension = groups.takeLast();
    }
    if (inExtension && (extension.isEmpty() || extension.size() > kMaxExtensionDigits))
        return landlineFormatError();
    if (extension.size() > kMaxExtensionDigits)
        return landlineFormatError();

    QString digits = groups.join(QString());
    // Optional country code +86 / 0086; the area code then loses its leading 0.
    if (digits.startsWith("0086"_L1) || (plus && digits.startsWith("86"_L1))) {
        digits.remove(0, digits.startsWith("0086"_L1) ? 4 : 2);
        if (!digits.startsWith(u'0'))
            digits.prepend(u'0');
    } else if (plus) {
        return landlineFormatError();
    }
    if (!digits.startsWith(u'0'))
        return landlineFormatError();

    const LandlineSplit split = splitAreaCode(digits);
    if (!split.areaCodeKnown)
        return R::failure(u"landline.area-code"_s,
                          QCoreApplication::translate("Landline", "The area code must be 010, 020 to 029, or "
                                                                  "four digits starting with 03 to 09."));
    if (!isLocalNumber(split.number))
        return landlineFormatError();

    Landline landline;
    landline.areaCode = split.areaCode;
    landline.number = split.number;
    landline.extension = extension;
    return landline;
}

// ---------------------------------------------------------------- e-mail

namespace {

constexpr qsizetype kMaxLocalPart = 64;
constexpr qsizetype kMaxAddress = 254;
constexpr qsizetype kMaxLabel = 63;

// RFC 5322 dot-atom characters (quoted local parts are not accepted: MIIT
// forms and mail relays in practice reject them).
bool isAtomCharacter(char16_t c)
{
    if (detail::isAsciiDigit(c) || (c >= u'a' && c <= u'z') || detail::isAsciiUpper(c))
        return true;
    return QStringView(u"!#$%&'*+/=?^_`{|}~-").contains(QChar(c));
}

bool isDotAtom(QStringView text)
{
    if (text.isEmpty() || text.startsWith(u'.') || text.endsWith(u'.') || text.contains(u".."_s))
        return false;
    for (QChar c : text) {
        if (c != u'.' && !isAtomCharacter(c.unicode()))
            return false;
    }
    return true;
}

bool isHostname(const QString& ace)
{
    const QStringList labels = ace.split(u'.');
    if (labels.size() < 2 || ace.size() > 253)
        return false;
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > kMaxLabel || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (QChar c : label) {
            const char16_t u = c.unicode();
            if (!detail::isAsciiDigit(u) && !(u >= u'a' && u <= u'z') && u != u'-')
                return false;
        }
    }
    // A top-level domain is never numeric (rules out 1.2.3.4).
    const QString& tld = labels.last();
    return std::any_of(tld.cbegin(), tld.cend(), [](QChar c) { return !c.isDigit(); });
}

} // namespace

Result<QString> parseEmail(QStringView input)
{
    using R = Result<QString>;
    const QStringView trimmed = detail::trimmedView(input);
    if (trimmed.isEmpty())
        return R::failure(u"email.empty"_s,
                          QCoreApplication::translate("Email", "Enter the e-mail address."));

    QString text;
    text.reserve(trimmed.size());
    for (QChar c : trimmed)
        text.append(QChar(detail::foldFullWidth(c.unicode())));

    const auto formatError = [] {
        return R::failure(u"email.format"_s,
                          QCoreApplication::translate("Email", "Enter one e-mail address in the form "
                                                               "name@example.com, without spaces."));
    };
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at != text.lastIndexOf(u'@') || at == text.size() - 1 || text.size() > kMaxAddress)
        return formatError();
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return detail::isBlank(c.unicode()); }))
        return formatError();
    const QStringView local = QStringView(text).first(at);
    if (local.size() > kMaxLocalPart || !isDotAtom(local))
        return formatError();

    const QString domain = text.sliced(at + 1);
    const QString ace = QString::fromLatin1(QUrl::toAce(domain)).toLower();
    if (ace.isEmpty() || !isHostname(ace))
        return R::failure(u"email.domain"_s,
                          QCoreApplication::translate(
                              "Email", "The part after @ must be a domain name such as example.com."));
    return QString(local + u'@' + ace);
}

// ---------------------------------------------------------------- postcode

Result<QString> parsePostcode(QStringView input)
{
    using R = Result<QString>;
    const QStringView text = detail::trimmedView(input);
    if (text.isEmpty())
        return R::failure(u"postcode.empty"_s,
                          QCoreApplication::translate("Postcode", "Enter the postcode."));
    // docs/regulations.md §4.5: six digits.
    QString code(6, Qt::Uninitialized);
    bool ok = text.size() == 6;
    for (qsizetype i = 0; ok && i < 6; ++i) {
        const char16_t c = detail::foldFullWidth(text[i].unicode());
        ok = detail::isAsciiDigit(c);
        code[i] = QChar(c);
    }
    if (!ok)
        return R::failure(u"postcode.format"_s,
                          QCoreApplication::translate("Postcode", "A postcode has exactly six digits."));
    return code;
}

} // namespace icp
