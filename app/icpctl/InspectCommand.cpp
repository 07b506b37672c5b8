#include "InspectCommand.h"

#include "documents/DocumentAnalysis.h"
#include "documents/DocumentProfile.h"
#include "store/Dossier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace icp::cli {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

// 2: the file could not be read at all; 1: it was read and a check blocks; 0: fine.
int exitCodeOf(const DocumentReport& report)
{
    using P = Inspection::Problem;
    switch (report.inspection.problem) {
    case P::Io:
    case P::Empty:
    case P::Truncated:
    case P::Damaged:
    case P::Encrypted:
    case P::TooLarge:
    case P::Cancelled:
        return ExitUsage;
    case P::Format:
        return ExitInvalid;
    case P::None:
        break;
    }
    return report.checks.ok() ? ExitOk : ExitInvalid;
}

QString textSourceKey(TextSource source)
{
    switch (source) {
    case TextSource::TextLayer:
        return u"text-layer"_s;
    case TextSource::Ocr:
        return u"ocr"_s;
    case TextSource::None:
        break;
    }
    return u"none"_s;
}

QJsonObject toJson(const DocumentReport& r, const QString& file, bool withText)
{
    const Inspection& in = r.inspection;
    QJsonArray pages;
    for (const PageInfo& p : in.pages) {
        QJsonObject page;
        if (!p.sizePoints.isEmpty())
            page.insert("sizeMm"_L1, QJsonArray{qRound(p.sizePoints.width() * 25.4 / 72.0),
                                                qRound(p.sizePoints.height() * 25.4 / 72.0)});
        if (!p.pixelSize.isEmpty())
            page.insert("pixels"_L1, QJsonArray{p.pixelSize.width(), p.pixelSize.height()});
        if (p.analysed) {
            page.insert("blank"_L1, p.look.blank);
            page.insert("colour"_L1, p.look.colour);
        }
        pages.append(page);
        if (pages.size() >= 50)
            break; // enough to see the pattern; pageCount says how many there are
    }
    QJsonArray findings;
    for (const Finding& f : r.checks.findings)
        findings.append(QJsonObject{{"ruleId"_L1, f.ruleId},
                                    {"severity"_L1, severityKey(f.severity)},
                                    {"fieldPath"_L1, f.fieldPath},
                                    {"message"_L1, f.message}});
    const ReadIdentifiers& id = r.identifiers;
    QJsonObject identifiers{{"uscc"_L1, toArray(id.usccs)},
                            {"residentIds"_L1, toArray(id.residentIds)},
                            {"entityNames"_L1, toArray(id.entityNames)},
                            {"personNames"_L1, toArray(id.personNames)},
                            {"longTerm"_L1, id.longTerm}};
    if (id.validFrom.isValid())
        identifiers.insert("validFrom"_L1, id.validFrom.toString(Qt::ISODate));
    if (id.validUntil.isValid())
        identifiers.insert("validUntil"_L1, id.validUntil.toString(Qt::ISODate));
    QJsonArray suggestions;
    for (const FieldSuggestion& s : r.suggestions)
        suggestions.append(
            QJsonObject{{"fieldPath"_L1, s.fieldPath}, {"value"_L1, s.value}, {"label"_L1, s.label}});
    QJsonObject result{
        {"file"_L1, file},
        {"format"_L1, formatKey(in.format)},
        {"byteSize"_L1, in.byteSize},
        {"problem"_L1, Inspection::problemKey(in.problem)},
        {"message"_L1, in.message},
        {"encrypted"_L1, in.encrypted},
        {"pageCount"_L1, in.pageCount},
        {"pages"_L1, pages},
        {"scanPixels"_L1, in.scanPixelSize.isEmpty()
                              ? QJsonValue()
                              : QJsonValue(QJsonArray{in.scanPixelSize.width(), in.scanPixelSize.height()})},
        {"passed"_L1, toArray(r.checks.passed)},
        {"findings"_L1, findings},
        {"ok"_L1, exitCodeOf(r) == ExitOk},
        {"textSource"_L1, textSourceKey(r.reading.source)},
        {"identifiers"_L1, identifiers},
        {"suggestions"_L1, suggestions}};
    if (withText)
        result.insert("text"_L1, r.reading.text);
    return result;
}

void printText(QTextStream& out, const DocumentReport& r, const QString& file, bool withText)
{
    const Inspection& in = r.inspection;
    const QLocale locale;
    out << file << ": " << formatName(in.format);
    if (in.byteSize > 0)
        out << ", " << locale.formattedDataSize(in.byteSize);
    if (in.pageCount > 0)
        out << ", " << QCoreApplication::translate("icpctl", "%n page(s)", nullptr, in.pageCount);
    if (!in.pages.isEmpty() && !in.pages.constFirst().pixelSize.isEmpty())
        out << ", " << in.pages.constFirst().pixelSize.width() << " × "
            << in.pages.constFirst().pixelSize.height() << " px";
    else if (!in.pages.isEmpty() && !in.pages.constFirst().sizePoints.isEmpty())
        out << ", " << qRound(in.pages.constFirst().sizePoints.width() * 25.4 / 72.0) << " × "
            << qRound(in.pages.constFirst().sizePoints.height() * 25.4 / 72.0) << " mm";
    out << '\n';
    if (!r.checks.passed.isEmpty())
        out << "  " << QCoreApplication::translate("icpctl", "passed:") << ' ' << r.checks.passed.join(u' ')
            << '\n';
    for (const Finding& f : r.checks.findings)
        out << "  " << severityName(f.severity) << ' ' << f.ruleId << ": " << f.message << '\n';
    const ReadIdentifiers& id = r.identifiers;
    QStringList read;
    for (const QString& v : id.usccs)
        read.append(QCoreApplication::translate("icpctl", "credit code %1").arg(v));
    for (const QString& v : id.residentIds)
        read.append(QCoreApplication::translate("icpctl", "ID number %1").arg(v));
    for (const QString& v : id.entityNames)
        read.append(QCoreApplication::translate("icpctl", "entity %1").arg(v));
    for (const QString& v : id.personNames)
        read.append(QCoreApplication::translate("icpctl", "name %1").arg(v));
    if (id.validUntil.isValid())
        read.append(
            QCoreApplication::translate("icpctl", "valid until %1").arg(id.validUntil.toString(Qt::ISODate)));
    if (id.longTerm)
        read.append(QCoreApplication::translate("icpctl", "valid long-term"));
    if (!read.isEmpty())
        out << "  " << QCoreApplication::translate("icpctl", "read:") << ' ' << read.join(u"; "_s) << '\n';
    if (withText && !r.reading.text.isEmpty())
        out << r.reading.text.trimmed() << '\n';
    for (const FieldSuggestion& s : r.suggestions)
        out << "  "
            << QCoreApplication::translate("icpctl", "suggest %1 = %2 (%3)")
                   .arg(s.fieldPath, s.value, s.label)
            << '\n';
}

} // namespace

int runInspect(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl", "Inspects document files: format (by content), pages, pixel size, the document checks "
                  "passed and failed (rule ids) and the identifiers read (credit codes, ID numbers, names, "
                  "dates). Exit code 0 when every file passes, 1 when a check fails, 2 when a file cannot be "
                  "read."));
    parser.addPositionalArgument(
        u"files"_s, QCoreApplication::translate("icpctl", "The files (PDF, JPEG, PNG)."), u"FILE..."_s);
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("icpctl", "Print JSON instead of text."));
    const QCommandLineOption kind(u"kind"_s,
                                  QCoreApplication::translate("icpctl",
                                                              "Document kind (id-front, "
                                                              "entity-certificate, …; default: other)."),
                                  u"KIND"_s);
    const QCommandLineOption provider(
        u"provider"_s,
        QCoreApplication::translate("icpctl", "Provider profile for format and size limits (%1).")
            .arg(DocumentProfile::providers().join(u", "_s)),
        u"NAME"_s);
    const QCommandLineOption noOcr(
        u"no-ocr"_s, QCoreApplication::translate("icpctl", "Do not run text recognition on images."));
    const QCommandLineOption asOf(
        u"as-of"_s, QCoreApplication::translate("icpctl", "Judge validity as on this date (default: today)."),
        u"YYYY-MM-DD"_s);
    const QCommandLineOption dossier(
        u"dossier"_s,
        QCoreApplication::translate("icpctl", "Compare what is read with this dossier's application."),
        u"FILE"_s);
    const QCommandLineOption subject(
        u"subject"_s,
        QCoreApplication::translate("icpctl",
                                    "With --dossier: the person id an identity document belongs to."),
        u"ID"_s);
    const QCommandLineOption text(
        u"text"_s, QCoreApplication::translate("icpctl", "Also print the text read (text layer or OCR)."));
    for (const QCommandLineOption& o : {json, kind, provider, noOcr, text, asOf, dossier, subject})
        parser.addOption(o);
    if (const int code = context.parse(parser); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        context.err << QCoreApplication::translate("icpctl",
                                                   "usage: icpctl inspect FILE... [--json] [--kind KIND]")
                    << '\n';
        return ExitUsage;
    }
    AnalysisRequest request;
    if (parser.isSet(kind)) {
        const auto k = enumFromKey<DocumentKind>(parser.value(kind));
        if (!k) {
            QStringList keys;
            for (DocumentKind v : enumValues<DocumentKind>())
                keys.append(toKey(v));
            context.err << QCoreApplication::translate("icpctl",
                                                       "--kind: '%1' is not a document kind. Use one of: %2.")
                               .arg(parser.value(kind), keys.join(u", "_s))
                        << '\n';
            return ExitUsage;
        }
        request.kind = *k;
    }
    if (parser.isSet(provider)) {
        if (!DocumentProfile::providers().contains(parser.value(provider))) {
            context.err << QCoreApplication::translate(
                               "icpctl", "--provider: '%1' is not a known profile. Use one of: %2.")
                               .arg(parser.value(provider), DocumentProfile::providers().join(u", "_s))
                        << '\n';
            return ExitUsage;
        }
        request.provider = parser.value(provider);
    }
    if (parser.isSet(asOf)) {
        request.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!request.asOf.isValid()) {
            context.err << QCoreApplication::translate("icpctl",
                                                       "--as-of: '%1' is not a date in the form YYYY-MM-DD.")
                               .arg(parser.value(asOf))
                        << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(dossier)) {
        const auto read = readDossierFile(parser.value(dossier));
        if (!read) {
            context.err << read.error().message << '\n';
            return ExitUsage;
        }
        request.application = read->application;
        request.subjectId = parser.value(subject);
    }
    request.ocr = !parser.isSet(noOcr);

    int exitCode = ExitOk;
    QJsonArray array;
    for (const QString& file : files) {
        request.path = file;
        const DocumentReport report = analyseDocument(request);
        exitCode = std::max(exitCode, exitCodeOf(report));
        if (parser.isSet(json))
            array.append(toJson(report, file, parser.isSet(text)));
        else
            printText(context.out, report, file, parser.isSet(text));
    }
    if (parser.isSet(json))
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return exitCode;
}

} // namespace icp::cli
