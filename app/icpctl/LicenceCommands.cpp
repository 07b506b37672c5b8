#include "LicenceCommands.h"

#include "registry/CsvTable.h"
#include "registry/RegistryExport.h"
#include "registry/RegistryImport.h"
#include "store/Database.h"
#include "store/LicenceRepository.h"
#include "validation/Province.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace icp::cli {

namespace {

QString usage()
{
    return QCoreApplication::translate("icpctl",
                                       "usage: icpctl [--db PATH] licences import FILE.csv [--json]\n"
                                       "       icpctl [--db PATH] licences list [--json]\n"
                                       "       icpctl [--db PATH] licences export FILE.csv "
                                       "[--headers en|zh]");
}

QJsonObject problemJson(const ImportProblem& p)
{
    return QJsonObject{{"row"_L1, p.row},
                       {"column"_L1, p.column},
                       {"header"_L1, p.header},
                       {"code"_L1, p.code},
                       {"message"_L1, p.message}};
}

int runImportCsv(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl",
        "Imports filings and licences from a spreadsheet (CSV or tab-separated, UTF-8 or GB18030). Rows "
        "are matched by number: a new number creates a record, a changed row updates it (logged), an "
        "unchanged one is skipped. Bad rows are reported with row, column and reason; the others are "
        "imported. Exit code 0 when every row was imported, 1 when one or more were refused, 2 when the "
        "file cannot be read."));
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("icpctl", "The spreadsheet file."));
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("icpctl", "Print JSON instead of text."));
    parser.addOption(json);
    if (const int code = context.parse(parser); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << usage() << '\n';
        return ExitUsage;
    }
    const QString file = parser.positionalArguments().constFirst();
    const Result<CsvTable> table = readCsvFile(file);
    if (!table) {
        context.err << file << ": " << table.error().message << " [" << table.error().code << "]\n";
        return ExitUsage;
    }
    const ColumnMapping mapping = ColumnMapping::fromHeaders(table->headers);
    if (mapping.sourceOf(RegistryColumn::Number) < 0) {
        context.err << file << ": "
                    << QCoreApplication::translate("icpctl", "No column holds the number (a header number, "
                                                             "备案号 or 许可证号).")
                    << '\n';
        return ExitUsage;
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    LicenceRepository licences(*db);
    const Result<ImportReport> report = RegistryImporter(licences).run(*table, mapping, CliContext::actor());
    if (!report) {
        context.err << file << ": " << report.error().message << '\n';
        return ExitUsage;
    }
    using Action = ImportedRow::Action;
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const ImportedRow& row : report->rows) {
            rows.append(QJsonObject{{"row"_L1, row.row},
                                    {"action"_L1, importActionKey(row.action)},
                                    {"number"_L1, row.number},
                                    {"id"_L1, row.licenceId}});
        }
        QJsonArray problems;
        for (const ImportProblem& p : report->problems)
            problems.append(problemJson(p));
        const QJsonObject summary{{"file"_L1, file},
                                  {"encoding"_L1, textEncodingName(table->encoding)},
                                  {"created"_L1, report->count(Action::Created)},
                                  {"updated"_L1, report->count(Action::Updated)},
                                  {"skipped"_L1, report->count(Action::Skipped)},
                                  {"refused"_L1, report->count(Action::Refused)},
                                  {"rows"_L1, rows},
                                  {"problems"_L1, problems}};
        context.out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
    } else {
        for (const ImportProblem& p : report->problems)
            context.err << file << ": " << p.describe() << " [" << p.code << "]\n";
        context.out << QCoreApplication::translate(
                           "icpctl", "%1 rows: %2 created, %3 updated, %4 unchanged, %5 refused.")
                           .arg(report->rows.size())
                           .arg(report->count(Action::Created))
                           .arg(report->count(Action::Updated))
                           .arg(report->count(Action::Skipped))
                           .arg(report->count(Action::Refused))
                    << '\n';
    }
    return report->count(Action::Refused) > 0 ? ExitInvalid : ExitOk;
}

int runListLicences(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl", "Lists the filings and licences in the registry, soonest expiry first."));
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("icpctl", "Print JSON instead of text."));
    parser.addOption(json);
    if (const int code = context.parse(parser); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << usage() << '\n';
        return ExitUsage;
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    const Result<QList<Licence>> list = LicenceRepository(*db).list();
    if (!list) {
        context.err << list.error().message << '\n';
        return ExitUsage;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Licence& licence : list.value())
            array.append(licence.toJson());
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const Licence& licence : list.value()) {
        const Province* province = Provinces::byCode(licence.provinceCode);
        context.out << licence.number << '\t' << displayName(licence.kind) << '\t' << licence.entityName
                    << '\t' << (province ? province->displayName() : QString()) << '\t'
                    << (licence.expiresOn.isValid() ? licence.expiresOn.toString(Qt::ISODate) : u"-"_s)
                    << '\t' << toKey(licence.status) << '\t' << licence.owner << '\n';
    }
    return ExitOk;
}

int runExportCsv(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl", "Writes the registry as a spreadsheet: UTF-8 with a byte-order mark so that Excel opens "
                  "it, English headers unless --headers zh. The import reads it back."));
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("icpctl", "The CSV file to write."));
    const QCommandLineOption headers(u"headers"_s,
                                     QCoreApplication::translate("icpctl", "Header language: en or zh."),
                                     u"language"_s, u"en"_s);
    parser.addOption(headers);
    if (const int code = context.parse(parser); code >= 0)
        return code;
    const QString language = parser.value(headers);
    if (parser.positionalArguments().size() != 1 || (language != "en"_L1 && language != "zh"_L1)) {
        context.err << usage() << '\n';
        return ExitUsage;
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    const Result<QList<Licence>> list = LicenceRepository(*db).list();
    if (!list) {
        context.err << list.error().message << '\n';
        return ExitUsage;
    }
    const QByteArray bytes = exportRegistryCsv(list.value(), language == "zh"_L1 ? HeaderLanguage::Chinese
                                                                                 : HeaderLanguage::English);
    const QString path = parser.positionalArguments().constFirst();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        context.err
            << QCoreApplication::translate("icpctl", "Cannot write %1: %2").arg(path, file.errorString())
            << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace

int runLicences(const CliContext& context)
{
    QStringList arguments = context.arguments;
    const QString action = arguments.value(1);
    using Run = int (*)(const CliContext&);
    const QList<std::pair<QString, Run>> actions{
        {u"import"_s, runImportCsv}, {u"list"_s, runListLicences}, {u"export"_s, runExportCsv}};
    for (const auto& [name, run] : actions) {
        if (action == name) {
            arguments.removeAt(1);
            arguments[0] += u' ' + name;
            const CliContext sub{arguments, context.databasePath, context.out, context.err};
            return run(sub);
        }
    }
    if (action == "--help"_L1 || action == "-h"_L1) {
        context.out << usage() << '\n';
        return ExitOk;
    }
    context.err << usage() << '\n';
    return ExitUsage;
}

} // namespace icp::cli
