#include "documents/DocumentAnalysisJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <utility>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// Stable keys of the enums stored in the JSON (their numeric values are not stable).
const std::pair<FileFormat, const char*> kFormats[] = {
    {FileFormat::Empty, "empty"}, {FileFormat::Unknown, "unknown"}, {FileFormat::Pdf, "pdf"},
    {FileFormat::Jpeg, "jpeg"},   {FileFormat::Png, "png"},         {FileFormat::Gif, "gif"},
    {FileFormat::Bmp, "bmp"},     {FileFormat::Tiff, "tiff"},       {FileFormat::Webp, "webp"},
    {FileFormat::Heic, "heic"},   {FileFormat::Zip, "zip"},         {FileFormat::Text, "text"},
};
const std::pair<TextSource, const char*> kSources[] = {
    {TextSource::None, "none"}, {TextSource::TextLayer, "text-layer"}, {TextSource::Ocr, "ocr"}};
constexpr Inspection::Problem kProblems[] = {
    Inspection::Problem::None,      Inspection::Problem::Io,        Inspection::Problem::Empty,
    Inspection::Problem::Format,    Inspection::Problem::Truncated, Inspection::Problem::Damaged,
    Inspection::Problem::Encrypted, Inspection::Problem::TooLarge,  Inspection::Problem::Cancelled};

template <typename E, std::size_t N> QString keyOf(const std::pair<E, const char*> (&table)[N], E value)
{
    for (const auto& [e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// `why` is a short English reason for the log, never the content (it may hold personal
// data read from a document).
Error unusable(const QString& why)
{
    return Error{u"documents.analysis-unusable"_s, why, {}};
}

// Reads members, remembering the first one that is missing or of the wrong type: the
// readers below fill a whole analysis and the caller turns the first reason into its Error.
class Reader
{
public:
    bool ok() const { return m_ok; }
    const QString& why() const { return m_why; }
    bool fail(const QString& what)
    {
        if (m_ok)
            m_why = what;
        m_ok = false;
        return false;
    }

    QJsonObject object(const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject())
            fail(key + u" is not an object"_s);
        return v.toObject();
    }
    QJsonArray array(const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            fail(key + u" is not an array"_s);
        return v.toArray();
    }
    QString string(const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            fail(key + u" is not a string"_s);
        return v.toString();
    }
    double number(const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble())
            fail(key + u" is not a number"_s);
        return v.toDouble();
    }
    int integer(const QJsonObject& o, const QString& key) { return int(number(o, key)); }
    qint64 integer64(const QJsonObject& o, const QString& key) { return qint64(number(o, key)); }
    bool boolean(const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isBool())
            fail(key + u" is not a boolean"_s);
        return v.toBool();
    }
    QStringList strings(const QJsonObject& o, const QString& key)
    {
        QStringList out;
        for (const QJsonValue& v : array(o, key)) {
            if (!v.isString())
                fail(key + u" holds a non-string"_s);
            out.append(v.toString());
        }
        return out;
    }
    QDate date(const QJsonObject& o, const QString& key)
    {
        const QString text = string(o, key);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            fail(key + u" is not a date"_s);
        return d;
    }
    template <typename E, std::size_t N>
    E key(const QJsonObject& o, const QString& member, const std::pair<E, const char*> (&table)[N])
    {
        const QString text = string(o, member);
        for (const auto& [e, k] : table) {
            if (text == QLatin1String(k))
                return e;
        }
        fail(member + u" has an unknown key"_s);
        return table[0].first;
    }

private:
    QString m_why;
    bool m_ok = true;
};

QJsonObject pageToJson(const PageInfo& p)
{
    return QJsonObject{
        {u"widthPt"_s, p.sizePoints.width()},
        {u"heightPt"_s, p.sizePoints.height()},
        {u"widthPx"_s, p.pixelSize.width()},
        {u"heightPx"_s, p.pixelSize.height()},
        {u"analysed"_s, p.analysed},
        {u"look"_s, QJsonObject{{u"ink"_s, p.look.inkFraction},
                                {u"colourShare"_s, p.look.colourFraction},
                                {u"paper"_s, p.look.paperLuminance},
                                {u"blank"_s, p.look.blank},
                                {u"colour"_s, p.look.colour}}},
    };
}

PageInfo pageFromJson(const QJsonObject& o, Reader& r)
{
    PageInfo p;
    p.sizePoints = QSizeF(r.number(o, u"widthPt"_s), r.number(o, u"heightPt"_s));
    p.pixelSize = QSize(r.integer(o, u"widthPx"_s), r.integer(o, u"heightPx"_s));
    p.analysed = r.boolean(o, u"analysed"_s);
    const QJsonObject look = r.object(o, u"look"_s);
    p.look.inkFraction = r.number(look, u"ink"_s);
    p.look.colourFraction = r.number(look, u"colourShare"_s);
    p.look.paperLuminance = r.integer(look, u"paper"_s);
    p.look.blank = r.boolean(look, u"blank"_s);
    p.look.colour = r.boolean(look, u"colour"_s);
    return p;
}

QJsonObject inspectionToJson(const Inspection& in)
{
    QJsonArray pages;
    for (const PageInfo& p : in.pages)
        pages.append(pageToJson(p));
    return QJsonObject{
        {u"fileName"_s, in.fileName},
        {u"byteSize"_s, double(in.byteSize)},
        {u"format"_s, keyOf(kFormats, in.format)},
        {u"extension"_s, in.extension},
        {u"problem"_s, Inspection::problemKey(in.problem)},
        {u"message"_s, in.message},
        {u"encrypted"_s, in.encrypted},
        {u"pageCount"_s, in.pageCount},
        {u"pages"_s, pages},
        {u"exifTransformation"_s, in.exifTransformation},
        {u"text"_s, in.text},
        {u"textLayer"_s, in.textLayer},
        {u"truncatedButReadable"_s, in.truncatedButReadable},
        {u"scanWidthPx"_s, in.scanPixelSize.width()},
        {u"scanHeightPx"_s, in.scanPixelSize.height()},
    };
}

Inspection inspectionFromJson(const QJsonObject& o, Reader& r)
{
    Inspection in;
    in.fileName = r.string(o, u"fileName"_s);
    in.byteSize = r.integer64(o, u"byteSize"_s);
    in.format = r.key(o, u"format"_s, kFormats);
    in.extension = r.string(o, u"extension"_s);
    const QString problem = r.string(o, u"problem"_s);
    bool known = false;
    for (Inspection::Problem p : kProblems) {
        if (Inspection::problemKey(p) == problem) {
            in.problem = p;
            known = true;
        }
    }
    if (!known)
        r.fail(u"problem has an unknown key"_s);
    in.message = r.string(o, u"message"_s);
    in.encrypted = r.boolean(o, u"encrypted"_s);
    in.pageCount = r.integer(o, u"pageCount"_s);
    for (const QJsonValue& v : r.array(o, u"pages"_s)) {
        if (!v.isObject()) {
            r.fail(u"pages holds a non-object"_s);
            break;
        }
        in.pages.append(pageFromJson(v.toObject(), r));
    }
    in.exifTransformation = r.integer(o, u"exifTransformation"_s);
    in.text = r.string(o, u"text"_s);
    in.textLayer = r.boolean(o, u"textLayer"_s);
    in.truncatedButReadable = r.boolean(o, u"truncatedButReadable"_s);
    in.scanPixelSize = QSize(r.integer(o, u"scanWidthPx"_s), r.integer(o, u"scanHeightPx"_s));
    if (!in.scanPixelSize.isValid())
        in.scanPixelSize = QSize();
    return in;
}

} // namespace

QJsonObject contentAnalysisToJson(const ContentAnalysis& c, int analyser)
{
    const ReadIdentifiers& ids = c.identifiers;
    return QJsonObject{
        {u"analyser"_s, analyser},
        {u"options"_s, QJsonObject{{u"read"_s, c.read},
                                   {u"ocr"_s, c.ocr},
                                   {u"maxOcrPages"_s, c.maxOcrPages},
                                   {u"ocrDpi"_s, c.ocrDpi}}},
        {u"cancelled"_s, c.cancelled},
        {u"inspection"_s, inspectionToJson(c.inspection)},
        {u"reading"_s, QJsonObject{{u"source"_s, keyOf(kSources, c.reading.source)},
                                   {u"text"_s, c.reading.text},
                                   {u"ocrPages"_s, c.reading.ocrPages},
                                   {u"ocrConfidence"_s, c.reading.ocrConfidence},
                                   {u"error"_s, c.reading.error}}},
        {u"identifiers"_s, QJsonObject{{u"usccs"_s, QJsonArray::fromStringList(ids.usccs)},
                                       {u"residentIds"_s, QJsonArray::fromStringList(ids.residentIds)},
                                       {u"entityNames"_s, QJsonArray::fromStringList(ids.entityNames)},
                                       {u"personNames"_s, QJsonArray::fromStringList(ids.personNames)},
                                       {u"validFrom"_s, dateText(ids.validFrom)},
                                       {u"validUntil"_s, dateText(ids.validUntil)},
                                       {u"longTerm"_s, ids.longTerm}}},
    };
}

QByteArray contentAnalysisToBytes(const ContentAnalysis& content, int analyser)
{
    return QJsonDocument(contentAnalysisToJson(content, analyser)).toJson(QJsonDocument::Compact);
}

Result<ContentAnalysis> contentAnalysisFromJson(const QJsonObject& json, int analyser)
{
    Reader r;
    const int version = r.integer(json, u"analyser"_s);
    if (!r.ok())
        return unusable(r.why());
    if (version != analyser)
        return unusable(u"made by analyser %1, not %2"_s.arg(version).arg(analyser));
    ContentAnalysis c;
    const QJsonObject options = r.object(json, u"options"_s);
    c.read = r.boolean(options, u"read"_s);
    c.ocr = r.boolean(options, u"ocr"_s);
    c.maxOcrPages = r.integer(options, u"maxOcrPages"_s);
    c.ocrDpi = r.integer(options, u"ocrDpi"_s);
    c.cancelled = r.boolean(json, u"cancelled"_s);
    c.inspection = inspectionFromJson(r.object(json, u"inspection"_s), r);
    const QJsonObject reading = r.object(json, u"reading"_s);
    c.reading.source = r.key(reading, u"source"_s, kSources);
    c.reading.text = r.string(reading, u"text"_s);
    c.reading.ocrPages = r.integer(reading, u"ocrPages"_s);
    c.reading.ocrConfidence = r.integer(reading, u"ocrConfidence"_s);
    c.reading.error = r.string(reading, u"error"_s);
    const QJsonObject ids = r.object(json, u"identifiers"_s);
    c.identifiers.usccs = r.strings(ids, u"usccs"_s);
    c.identifiers.residentIds = r.strings(ids, u"residentIds"_s);
    c.identifiers.entityNames = r.strings(ids, u"entityNames"_s);
    c.identifiers.personNames = r.strings(ids, u"personNames"_s);
    c.identifiers.validFrom = r.date(ids, u"validFrom"_s);
    c.identifiers.validUntil = r.date(ids, u"validUntil"_s);
    c.identifiers.longTerm = r.boolean(ids, u"longTerm"_s);
    if (!r.ok())
        return unusable(r.why());
    return c;
}

Result<ContentAnalysis> contentAnalysisFromBytes(const QByteArray& bytes, int analyser)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return unusable(u"not JSON: "_s + error.errorString());
    if (!doc.isObject())
        return unusable(u"not a JSON object"_s);
    return contentAnalysisFromJson(doc.object(), analyser);
}

} // namespace icp
