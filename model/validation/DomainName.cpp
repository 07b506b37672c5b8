#include "validation/DomainName.h"

#include "validation/PublicSuffixList.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

constexpr qsizetype kMaxLabelLength = 63; // RFC 1035 §2.3.4, in A-label octets (docs/regulations.md §5.3)
constexpr qsizetype kMaxNameLength = 253; // without the trailing dot

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool isLdh(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
}

Result<DomainName> fail(const char* code, const QString& message)
{
    return Result<DomainName>::failure(QString::fromLatin1(code), message);
}

QString toUnicode(const QString& aLabel)
{
    if (!aLabel.contains("xn--"_L1))
        return aLabel;
    return QUrl::fromAce(aLabel.toLatin1(), QUrl::IgnoreIDNWhitelist);
}

// Checks one label in its A-label form; `shown` is the label as the user wrote it.
std::optional<Error> checkLabel(const QString& ace, const QString& shown)
{
    if (ace.size() > kMaxLabelLength) {
        return Error{u"domain.label-length"_s,
                     QCoreApplication::translate("DomainName",
                                                 "The label “%1” is %2 characters long in its ASCII form; "
                                                 "a label may have at most 63.")
                         .arg(shown)
                         .arg(ace.size()),
                     {}};
    }
    for (QChar c : ace) {
        if (!isLdh(c)) {
            return Error{u"domain.characters"_s,
                         QCoreApplication::translate("DomainName",
                                                     "The label “%1” contains “%2”; only letters, digits and "
                                                     "hyphens are allowed in a domain name.")
                             .arg(shown, QString(c)),
                         {}};
        }
    }
    if (ace.startsWith(u'-') || ace.endsWith(u'-')) {
        return Error{u"domain.hyphen"_s,
                     QCoreApplication::translate("DomainName",
                                                 "The label “%1” starts or ends with a hyphen, which is not "
                                                 "allowed.")
                         .arg(shown),
                     {}};
    }
    const bool reservedHyphens = ace.size() >= 4 && ace.at(2) == u'-' && ace.at(3) == u'-';
    if (reservedHyphens && !ace.startsWith("xn--"_L1)) {
        // RFC 5891 §4.2.3.1: "??--" labels are reserved for encodings such as IDNA's "xn--".
        return Error{u"domain.hyphen"_s,
                     QCoreApplication::translate("DomainName",
                                                 "The label “%1” has hyphens in its third and fourth "
                                                 "positions, which only internationalised (xn--) labels "
                                                 "may have.")
                         .arg(shown),
                     {}};
    }
    if (reservedHyphens) {
        // An A-label must decode and re-encode to itself, or it is not a real IDN.
        const QString decoded = QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
        if (decoded == ace || QString::fromLatin1(QUrl::toAce(decoded)) != ace) {
            return Error{u"domain.idna"_s,
                         QCoreApplication::translate("DomainName",
                                                     "“%1” is not a valid internationalised (xn--) label.")
                             .arg(shown),
                         {}};
        }
    }
    return std::nullopt;
}

} // namespace

QString normaliseDomainInput(QStringView input)
{
    // NFKC folds full-width forms (Ｗ → W, ． → .) and the ideographic space; the
    // ideographic full stops 。 and ｡ act as dots in IDNA (UTS #46 §2.3) but NFKC keeps 。.
    QString text = input.toString().normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x3002), u'.');
    text.replace(QChar(0xFF61), u'.');
    text = text.trimmed().toLower();

    // Scheme: "https://", "ftp://" … and scheme-relative "//".
    if (const qsizetype sep = text.indexOf("://"_L1); sep > 0) {
        bool scheme = text.at(0).isLetter();
        for (qsizetype i = 1; scheme && i < sep; ++i) {
            const QChar c = text.at(i);
            scheme = (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == u'+' || c == u'-' || c == u'.';
        }
        if (scheme)
            text.remove(0, sep + 3);
    } else if (text.startsWith("//"_L1)) {
        text.remove(0, 2);
    }

    // Path, query and fragment (a backslash is treated as a path separator, as browsers do).
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'/' || c == u'?' || c == u'#' || c == u'\\') {
            text.truncate(i);
            break;
        }
    }
    // User info ("user:password@host").
    if (const qsizetype at = text.lastIndexOf(u'@'); at >= 0)
        text.remove(0, at + 1);
    // Port: a trailing ":digits" (or a bare ":"); a name with several colons is left for the checks.
    if (const qsizetype colon = text.lastIndexOf(u':'); colon >= 0 && text.indexOf(u':') == colon) {
        bool digits = true;
        for (qsizetype i = colon + 1; digits && i < text.size(); ++i)
            digits = text.at(i).unicode() >= u'0' && text.at(i).unicode() <= u'9';
        if (digits)
            text.truncate(colon);
    }
    text = text.trimmed();
    // One trailing dot is the fully-qualified form of the same name.
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

Result<DomainName> parseDomainName(QStringView input)
{
    const QString name = normaliseDomainInput(input);
    if (name.isEmpty())
        return fail("domain.empty", QCoreApplication::translate(
                                        "DomainName", "Enter a domain name, for example example.com."));

    const QStringList labels = name.split(u'.');
    QStringList aLabels;
    aLabels.reserve(labels.size());
    for (const QString& label : labels) {
        if (label.isEmpty()) {
            return fail("domain.label-length",
                        QCoreApplication::translate("DomainName",
                                                    "“%1” contains an empty label (two dots in a row or a "
                                                    "leading dot).")
                            .arg(name));
        }
        QString ace = label;
        if (!isAscii(label)) {
            if (label.size() > kMaxLabelLength) {
                return fail("domain.label-length",
                            QCoreApplication::translate("DomainName",
                                                        "The label “%1” is too long; a label may have at "
                                                        "most 63 characters in its ASCII form.")
                                .arg(label));
            }
            // Qt implements UTS #46 non-transitional processing but does not apply the IDNA2008
            // rules against a leading combining mark (RFC 5891 §4.2.3.2) or joiners outside their
            // contexts (CONTEXTJ, RFC 5892); registries refuse both, so we do too.
            const bool badStart = label.at(0).isMark();
            const bool joiner = label.contains(QChar(0x200C)) || label.contains(QChar(0x200D));
            ace = badStart || joiner ? QString() : QString::fromLatin1(QUrl::toAce(label));
            if (ace.isEmpty()) {
                return fail("domain.idna",
                            QCoreApplication::translate("DomainName",
                                                        "The label “%1” cannot be converted to an "
                                                        "internationalised domain name (IDNA): it contains "
                                                        "characters that are not allowed.")
                                .arg(label));
            }
        }
        if (const auto error = checkLabel(ace, label))
            return *error;
        aLabels.append(ace);
    }

    DomainName domain;
    domain.aLabel = aLabels.join(u'.');
    if (domain.aLabel.size() > kMaxNameLength) {
        return fail("domain.length",
                    QCoreApplication::translate("DomainName",
                                                "The domain name is %1 characters long in its ASCII form; "
                                                "at most 253 are allowed.")
                        .arg(domain.aLabel.size()));
    }
    if (aLabels.size() == 1) {
        return fail("domain.single-label",
                    QCoreApplication::translate("DomainName",
                                                "“%1” has no suffix; enter the full domain name, for "
                                                "example %1.com or %1.cn.")
                        .arg(name));
    }
    if (const QString& tld = aLabels.constLast(); std::all_of(
            tld.cbegin(), tld.cend(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; })) {
        // RFC 3696 §2: a TLD is never all-numeric, so this is an IP address or a typo.
        return fail("domain.characters",
                    QCoreApplication::translate("DomainName",
                                                "“%1” looks like an IP address; enter a domain name such as "
                                                "example.com.")
                        .arg(name));
    }
    domain.unicode = toUnicode(domain.aLabel);

    // docs/regulations.md §5.3: the registrable domain ("一级域名") is what is filed; abc.edu.cn is one
    // because edu.cn is a public suffix.
    const QByteArray ascii = domain.aLabel.toLatin1();
    const detail::SuffixSplit split = detail::PublicSuffixList::instance().split(ascii);
    if (split.icann <= 0) {
        return fail("domain.suffix",
                    QCoreApplication::translate("DomainName",
                                                "“%1” is a public suffix under which names are registered; "
                                                "enter a domain registered under it, for example "
                                                "example.%1.")
                        .arg(domain.unicode));
    }
    domain.publicSuffix = domain.aLabel.mid(split.icann);
    const qsizetype registrableStart = domain.aLabel.lastIndexOf(u'.', split.icann - 2) + 1;
    domain.registrable = domain.aLabel.mid(registrableStart);
    domain.registrableUnicode = toUnicode(domain.registrable);
    if (split.platform > 0)
        domain.platformSuffix = domain.aLabel.mid(split.platform);
    domain.fileable = FileableTldTable::isFileable(domain.publicSuffix);
    return domain;
}

QString publicSuffixOf(const QString& aLabelName)
{
    const QByteArray ascii = aLabelName.toLatin1();
    const detail::SuffixSplit split = detail::PublicSuffixList::instance().split(ascii);
    return split.icann < 0 ? QString() : aLabelName.mid(split.icann);
}

bool isCoveredBy(const QString& candidate, const QString& registrable)
{
    if (registrable.isEmpty() || candidate.size() < registrable.size())
        return false;
    if (candidate.size() == registrable.size())
        return candidate.compare(registrable, Qt::CaseInsensitive) == 0;
    // docs/regulations.md §5.3: subdomains are covered by the filing of their registrable domain.
    const qsizetype dot = candidate.size() - registrable.size() - 1;
    return candidate.at(dot) == u'.' && candidate.endsWith(registrable, Qt::CaseInsensitive);
}

} // namespace icp
