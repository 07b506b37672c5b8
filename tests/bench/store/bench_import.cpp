// Imports 10,000 realistic applications into a fresh SQLite file: the example
// dossiers of tests/data/dossiers/ and a fully populated application built in code
// (2 persons, 2 websites, 3 domains, 3 access records, 2 documents, 3 status changes:
// ~25 rows), taken in turn with fresh ids,
// through ApplicationRepository::saveMany, the API the CLI's import uses, and prints
// the time. Target: under 5 s. Optional argument: the number of applications.
#include "StoreTestSupport.h"
#include "store/ApplicationRepository.h"
#include "store/Dossier.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace icp;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"icp.*.info=false"_s);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;

    QList<Application> templates{test::fullApplication(0)};
    const QDir dossiers(QString::fromUtf8(ICP_TEST_DATA_DIR "/dossiers"));
    for (const QString& name : dossiers.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        const Result<Dossier> dossier = readDossierFile(dossiers.filePath(name));
        if (dossier)
            templates.append(dossier->application);
    }
    QList<Application> apps;
    apps.reserve(count);
    for (int i = 0; i < count; ++i) {
        Application a = templates.at(i % templates.size());
        a.id = u"bench-%1"_s.arg(i, 8, 10, QLatin1Char('0'));
        a.entity.name += QString::number(i);
        apps.append(a);
    }
    std::printf("bench_import: %lld kinds of application (%lld example dossiers)\n",
                qlonglong(templates.size()), qlonglong(templates.size() - 1));

    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::openSqlite(dir.filePath(u"bench.sqlite"_s));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    ApplicationRepository repo(*db.value());

    QElapsedTimer timer;
    timer.start();
    const Result<int> saved = repo.saveMany(apps, u"bench"_s);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!saved) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(saved.error().message));
        return 1;
    }
    std::printf("bench_import: %d applications in %.3f s (%.0f imports/s)\n", saved.value(), seconds,
                saved.value() / seconds);

    // Re-importing the same set exercises the update path (load, diff, replace rows).
    timer.restart();
    for (Application& a : apps)
        a.entity.postcode = u"100081"_s;
    const Result<int> updated = repo.saveMany(apps, u"bench"_s);
    const double updateSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!updated) {
        std::fprintf(stderr, "re-import failed: %s\n", qPrintable(updated.error().message));
        return 1;
    }
    std::printf("bench_import: re-import with one changed field each: %.3f s (%.0f updates/s)\n",
                updateSeconds, updated.value() / updateSeconds);

    // The whole import path: 10,000 dossier texts parsed (with their position index
    // for error lines) and saved into another fresh database.
    QList<QByteArray> texts;
    texts.reserve(apps.size());
    for (const Application& a : std::as_const(apps))
        texts.append(writeDossier(a));
    Result<std::unique_ptr<Database>> db2 = Database::openSqlite(dir.filePath(u"bench-dossiers.sqlite"_s));
    if (!db2) {
        std::fprintf(stderr, "%s\n", qPrintable(db2.error().message));
        return 1;
    }
    ApplicationRepository repo2(*db2.value());
    timer.restart();
    QList<Application> parsed;
    parsed.reserve(texts.size());
    for (const QByteArray& text : std::as_const(texts)) {
        Result<Dossier> dossier = readDossier(text, u"bench.json"_s);
        if (!dossier) {
            std::fprintf(stderr, "dossier read failed: %s\n", qPrintable(dossier.error().message));
            return 1;
        }
        parsed.append(std::move(dossier).value().application);
    }
    const double parseSeconds = double(timer.nsecsElapsed()) / 1e9;
    const Result<int> fromDossiers = repo2.saveMany(parsed, u"bench"_s);
    const double dossierSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!fromDossiers) {
        std::fprintf(stderr, "dossier import failed: %s\n", qPrintable(fromDossiers.error().message));
        return 1;
    }
    std::printf(
        "bench_import: %d dossier files read and imported in %.3f s (parsing %.3f s; %.0f dossiers/s); "
        "target < 5 s\n",
        fromDossiers.value(), dossierSeconds, parseSeconds, fromDossiers.value() / dossierSeconds);

    timer.restart();
    const Result<QList<ApplicationSummary>> list = repo.list();
    std::printf("bench_import: list of %lld summaries in %.3f s\n", list ? qlonglong(list->size()) : -1LL,
                double(timer.nsecsElapsed()) / 1e9);
    return 0;
}
