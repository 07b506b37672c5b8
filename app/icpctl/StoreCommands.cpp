#include "StoreCommands.h"

#include "domain/Enums.h"
#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "store/Dossier.h"
#include "store/LicenceRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace icp::cli {

namespace {

void printProblems(const CliContext& context, const QString& file, const QList<DossierProblem>& problems)
{
    for (const DossierProblem& p : problems) {
        context.err << file << ':' << p.line << ':' << p.column << ": " << p.path << ": " << p.message << " ["
                    << p.code << "]\n";
    }
}

} // namespace

int runImport(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl",
        "Imports dossiers into the database (an application with the same id is replaced, and the change "
        "is logged). Every problem of a dossier is reported with its line; a dossier with problems is not "
        "imported. Exit code 0 when all were imported, 2 when one could not be read."));
    parser.addPositionalArgument(u"dossier"_s, QCoreApplication::translate("icpctl", "Dossier files (JSON)."),
                                 u"dossier..."_s);
    if (const int code = context.parse(parser); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        context.err << QCoreApplication::translate("icpctl",
                                                   "usage: icpctl [--db PATH] import DOSSIER.json...")
                    << '\n';
        return ExitUsage;
    }

    // Read everything first: a broken file among several imports nothing.
    QList<Dossier> dossiers;
    bool readable = true;
    for (const QString& file : files) {
        QList<DossierProblem> problems;
        auto dossier = readDossierFile(file, &problems);
        if (!dossier) {
            readable = false;
            if (problems.isEmpty())
                context.err << dossier.error().message << '\n';
            printProblems(context, file, problems);
            continue;
        }
        dossiers.append(std::move(dossier).value());
    }
    if (!readable)
        return ExitUsage;

    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    ApplicationRepository applications(*db);
    LicenceRepository licences(*db);
    QList<Application> list;
    for (const Dossier& d : dossiers)
        list.append(d.application);
    const auto saved = applications.saveMany(list, CliContext::actor());
    if (!saved) {
        context.err << QCoreApplication::translate("icpctl", "Import failed for application %1: %2")
                           .arg(saved.error().path, saved.error().message)
                    << '\n';
        return ExitUsage;
    }
    for (const Dossier& d : dossiers) {
        for (const Licence& licence : d.licences) {
            if (const Status s = licences.save(licence, CliContext::actor()); !s) {
                context.err << QCoreApplication::translate("icpctl", "Import failed for licence %1: %2")
                                   .arg(licence.number, s.error().message)
                            << '\n';
                return ExitUsage;
            }
        }
        context.out << d.application.id << '\n';
    }
    return ExitOk;
}

int runExport(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl",
        "Writes one application and the licences it produced as a dossier (to standard output, or to "
        "FILE with -o). Exit code 0 on success, 1 when there is no such application, 2 on errors."));
    parser.addPositionalArgument(u"id"_s, QCoreApplication::translate("icpctl", "The application's id."));
    const QCommandLineOption output({u"o"_s, u"output"_s},
                                    QCoreApplication::translate("icpctl", "Write the dossier to FILE."),
                                    u"file"_s);
    parser.addOption(output);
    if (const int code = context.parse(parser); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << QCoreApplication::translate("icpctl", "usage: icpctl [--db PATH] export ID [-o FILE]")
                    << '\n';
        return ExitUsage;
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    const QString id = parser.positionalArguments().constFirst();
    ApplicationRepository applications(*db);
    const auto application = applications.load(id);
    if (!application) {
        context.err << application.error().message << '\n';
        return application.error().code == "store.not-found"_L1 ? ExitInvalid : ExitUsage;
    }
    const auto allLicences = LicenceRepository(*db).list();
    if (!allLicences) {
        context.err << allLicences.error().message << '\n';
        return ExitUsage;
    }
    const QList<Licence> licences = licencesOfApplication(application.value(), allLicences.value());
    const QByteArray text = writeDossier(application.value(), licences);
    if (!parser.isSet(output)) {
        // Bytes, not text: the dossier is canonical UTF-8 and must reach the pipe unchanged.
        context.out.flush();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        context.err << QCoreApplication::translate("icpctl", "Cannot write %1: %2")
                           .arg(parser.value(output), file.errorString())
                    << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

int runList(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("icpctl", "Lists the applications in the database, most recent first."));
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("icpctl", "Print JSON instead of text."));
    parser.addOption(json);
    if (const int code = context.parse(parser); code >= 0)
        return code;
    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    const auto rows = ApplicationRepository(*db).list();
    if (!rows) {
        context.err << rows.error().message << '\n';
        return ExitUsage;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ApplicationSummary& s : rows.value()) {
            array.append(QJsonObject{{"id"_L1, s.id},
                                     {"entity"_L1, s.entityName},
                                     {"websites"_L1, QJsonArray::fromStringList(s.websiteNames)},
                                     {"kind"_L1, toKey(s.kind)},
                                     {"operation"_L1, toKey(s.operation)},
                                     {"status"_L1, toKey(s.status)},
                                     {"step"_L1, s.wizardStep},
                                     {"updatedAt"_L1, s.updatedAt.toString(Qt::ISODateWithMs)}});
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QLocale locale;
    for (const ApplicationSummary& s : rows.value()) {
        context.out << s.id << '\t' << s.entityName << '\t' << locale.createSeparatedList(s.websiteNames)
                    << '\t' << displayName(s.kind) << '\t' << displayName(s.operation) << '\t'
                    << displayName(s.status) << '\t'
                    << locale.toString(s.updatedAt.toLocalTime(), QLocale::ShortFormat) << '\n';
    }
    return ExitOk;
}

} // namespace icp::cli
