#pragma once

#include "domain/Enums.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace icp {

// What one provider accepts for one kind of document (docs/regulations.md §7.2): the
// `document-limits` table. Its own default and rows are the base provider's profile
// ("provider": "tencent", the one the rules engine's DOC-001/DOC-002 read); the
// "profiles" object adds the other providers.
struct DocumentUploadLimit
{
    QStringList formats; // lower-case extensions ("jpg", "jpeg", "png", "pdf")
    qint64 minBytes = 0;
    qint64 maxBytes = 0;       // 0 = no limit
    bool maxExclusive = false; // "< 2 MB": maxBytes itself is refused (core/SizeLimit.h)
};

// What the pages must look like, per kind: the `document-checks` table.
struct DocumentQuality
{
    bool colourRequired = false; // §7.2: colour scan or photo of the original
    int minShortSidePx = 0;      // 0 = no floor
    int maxLongSidePx = 0;       // 0 = no ceiling
    int minScanDpi = 0;          // PDFs with a page scan: its resolution on the page; 0 = no floor
    int maxPages = 0;            // 0 = any number
    QStringList identifiers; // what can be read from it: uscc, resident-id, entity-name, person-name, expiry
};

// Thresholds of the page-image heuristics (the table's "analysis" object).
struct PageAnalysisSettings
{
    int inkDelta = 64;
    double blankInkFraction = 0.002;
    int colourChroma = 40;
    double colourPixelFraction = 0.004;
    int analysisLongSide = 800;
    int maxAnalysedPages = 20;
    int expiryWarningMonths = 3;
};

class DocumentProfile
{
public:
    // The named provider profile; the base profile for an empty or unknown name.
    static const DocumentProfile& forProvider(const QString& provider = {});
    static QStringList providers(); // base first
    static QString baseProvider();

    QString provider() const { return m_provider; }
    QString label() const { return m_label; }
    DocumentUploadLimit limit(DocumentKind kind) const { return m_limits.value(kind, m_default); }
    static DocumentQuality quality(DocumentKind kind);
    static const PageAnalysisSettings& analysis();

private:
    friend struct DocumentProfileBuilder;

    QString m_provider;
    QString m_label;
    DocumentUploadLimit m_default;
    QHash<DocumentKind, DocumentUploadLimit> m_limits;
};

} // namespace icp
