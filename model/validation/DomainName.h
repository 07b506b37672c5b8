#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
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
    // Set when the name sits under a suffix from the private section of the Public
    // Suffix List (e.g. github.io, appspot.com): the registrable domain then belongs to a
    // hosting platform, not to the applicant. Registrable/publicSuffix use ICANN rules only.
    QString platformSuffix;
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

// One row of the fileable-TLD table (docs/regulations.md §5.5).
struct FileableTld
{
    QString suffix;  // A-label, no leading dot: "com", "com.cn", "xn--fiqs8s"
    QString unicode; // U-label for internationalised suffixes ("中国"), else empty
    QString kind;    // gtld, cctld, brand, cn, cn-second-level, cn-provincial, idn
    bool fileable = false;
    QString note; // why a row is doubtful or restricted (untranslated source note)
};

// The fileable-TLD table (data table `fileable-tlds`): its date and source are
// shown by `icpctl rules` and in the UI.
struct FileableTldTable
{
    static bool isFileable(const QString& publicSuffixALabel);
    static const FileableTld* find(const QString& publicSuffixALabel); // nullptr when not listed
    static const QList<FileableTld>& all();
    static QDate effective();
    static QString source();
};

// The public suffix of an A-label name under ICANN rules ("www.example.com.cn" → "com.cn").
// Empty for an empty name. Backed by libpsl (system list, else the built-in one).
QString publicSuffixOf(const QString& aLabelName);

// True when `candidate` is the same as, or a subdomain of, `registrable` (both A-labels).
bool isCoveredBy(const QString& candidate, const QString& registrable);

} // namespace icp
