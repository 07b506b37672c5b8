#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace icp {

// A domain name as typed by a user, normalised and resolved against the
// public-suffix rules and the table of TLDs that MIIT allows to be filed.
struct DomainName
{
    QString unicode;     // U-label form, e.g. 例子.中国
    QString aLabel;      // ASCII form, e.g. xn--fsqu00a.xn--fiqs8s; compare and de-duplicate on this
    QString registrable; // registrable domain (A-label), e.g. example.com.cn
    QString registrableUnicode;
    QString publicSuffix;  // e.g. com.cn (A-label)
    bool fileable = false; // the public suffix is in the fileable-TLD table
    bool isSubdomain() const { return aLabel != registrable; }
};

// Trims, lower-cases, maps full-width characters, strips a scheme, user info,
// path, query, port and trailing dot: " HTTPS://Ｗｗｗ.Example.COM:8080/a?b " → "www.example.com".
QString normaliseDomainInput(QStringView input);

// Reason codes: domain.empty, domain.idna (cannot be converted), domain.label-length,
// domain.length (> 253), domain.hyphen (leading/trailing), domain.characters,
// domain.single-label, domain.suffix (the name is itself a public suffix).
// A well-formed name whose TLD is not fileable is returned ok with fileable=false.
Result<DomainName> parseDomainName(QStringView input);

// The fileable-TLD table (data table `fileable-tlds`): its date and source are
// shown by `icpctl rules` and in the UI.
struct FileableTldTable
{
    static bool isFileable(const QString& publicSuffixALabel);
    static QDate effective();
    static QString source();
};

// True when `candidate` is the same as, or a subdomain of, `registrable` (both A-labels).
bool isCoveredBy(const QString& candidate, const QString& registrable);

} // namespace icp
