#include "documents/DocumentProfile.h"

#include "core/DataTable.h"
#include "documents/DocumentsLogging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

DocumentUploadLimit limitFrom(const QJsonObject& o, const DocumentUploadLimit& fallback)
{
    DocumentUploadLimit limit = fallback;
    if (o.contains("formats"_L1))
        limit.formats = strings(o.value("formats"_L1));
    limit.minBytes = o.value("minBytes"_L1).toInteger(limit.minBytes);
    limit.maxBytes = o.value("maxBytes"_L1).toInteger(limit.maxBytes);
    // A row that sets its own maximum says its own way of counting it.
    limit.maxExclusive =
        o.value("maxExclusive"_L1).toBool(o.contains("maxBytes"_L1) ? false : limit.maxExclusive);
    return limit;
}

DocumentQuality qualityFrom(const QJsonObject& o, const DocumentQuality& fallback)
{
    DocumentQuality q = fallback;
    q.colourRequired = o.value("colourRequired"_L1).toBool(q.colourRequired);
    q.minShortSidePx = o.value("minShortSidePx"_L1).toInt(q.minShortSidePx);
    q.maxLongSidePx = o.value("maxLongSidePx"_L1).toInt(q.maxLongSidePx);
    q.minScanDpi = o.value("minScanDpi"_L1).toInt(q.minScanDpi);
    q.maxPages = o.value("maxPages"_L1).toInt(q.maxPages);
    if (o.contains("identifiers"_L1))
        q.identifiers = strings(o.value("identifiers"_L1));
    return q;
}

std::optional<DocumentKind> kindOf(const QJsonObject& row, const QString& table)
{
    const auto kind = enumFromKey<DocumentKind>(row.value("kind"_L1).toString());
    if (!kind)
        qCCritical(lcDocuments) << "data table" << table << "has an unknown kind" << row.value("kind"_L1);
    return kind;
}

struct Profiles
{
    QMap<QString, DocumentProfile> byName;
    QString base;
};

struct Quality
{
    DocumentQuality fallback;
    QHash<DocumentKind, DocumentQuality> byKind;
    PageAnalysisSettings analysis;
};

const Quality& qualityTable()
{
    static const Quality q = [] {
        Quality result;
        const QString name = u"document-checks"_s;
        const DataTable& table = DataTable::load(name);
        result.fallback = qualityFrom(table.header().value("default"_L1).toObject(), {});
        for (const QJsonValue& v : table.rows()) {
            const QJsonObject row = v.toObject();
            if (const auto kind = kindOf(row, name))
                result.byKind.insert(*kind, qualityFrom(row, result.fallback));
        }
        const QJsonObject a = table.header().value("analysis"_L1).toObject();
        PageAnalysisSettings& s = result.analysis;
        s.inkDelta = a.value("inkDelta"_L1).toInt(s.inkDelta);
        s.blankInkFraction = a.value("blankInkFraction"_L1).toDouble(s.blankInkFraction);
        s.colourChroma = a.value("colourChroma"_L1).toInt(s.colourChroma);
        s.colourPixelFraction = a.value("colourPixelFraction"_L1).toDouble(s.colourPixelFraction);
        s.analysisLongSide = a.value("analysisLongSide"_L1).toInt(s.analysisLongSide);
        s.maxAnalysedPages = a.value("maxAnalysedPages"_L1).toInt(s.maxAnalysedPages);
        s.expiryWarningMonths = a.value("expiryWarningMonths"_L1).toInt(s.expiryWarningMonths);
        return result;
    }();
    return q;
}

} // namespace

// Friend-free construction: the profile table is built here from the data.
struct DocumentProfileBuilder
{
    static DocumentProfile make(const QString& provider, const QString& label, const QJsonObject& defaults,
                                const QJsonArray& rows, const QString& table)
    {
        DocumentProfile p;
        p.m_provider = provider;
        p.m_label = label;
        p.m_default = limitFrom(defaults, {});
        for (const QJsonValue& v : rows) {
            const QJsonObject row = v.toObject();
            if (const auto kind = kindOf(row, table))
                p.m_limits.insert(*kind, limitFrom(row, p.m_default));
        }
        return p;
    }
};

namespace {

const Profiles& profiles()
{
    static const Profiles all = [] {
        Profiles result;
        const QString name = u"document-limits"_s;
        const DataTable& table = DataTable::load(name);
        const QJsonObject header = table.header();
        result.base = header.value("provider"_L1).toString(u"tencent"_s);
        result.byName.insert(result.base, DocumentProfileBuilder::make(
                                              result.base, header.value("profileLabel"_L1).toString(),
                                              header.value("default"_L1).toObject(), table.rows(), name));
        const QJsonObject others = header.value("profiles"_L1).toObject();
        for (auto it = others.begin(); it != others.end(); ++it) {
            const QJsonObject o = it->toObject();
            result.byName.insert(it.key(),
                                 DocumentProfileBuilder::make(it.key(), o.value("label"_L1).toString(),
                                                              o.value("default"_L1).toObject(),
                                                              o.value("rows"_L1).toArray(), name));
        }
        return result;
    }();
    return all;
}

} // namespace

const DocumentProfile& DocumentProfile::forProvider(const QString& provider)
{
    const Profiles& all = profiles();
    const auto it = all.byName.constFind(provider.isEmpty() ? all.base : provider);
    return it != all.byName.constEnd() ? *it : *all.byName.constFind(all.base);
}

QStringList DocumentProfile::providers()
{
    QStringList names = profiles().byName.keys();
    names.removeAll(baseProvider());
    names.prepend(baseProvider());
    return names;
}

QString DocumentProfile::baseProvider()
{
    return profiles().base;
}

DocumentQuality DocumentProfile::quality(DocumentKind kind)
{
    const Quality& q = qualityTable();
    return q.byKind.value(kind, q.fallback);
}

const PageAnalysisSettings& DocumentProfile::analysis()
{
    return qualityTable().analysis;
}

} // namespace icp
