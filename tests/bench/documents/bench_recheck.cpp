// Re-check on open (issue 4): ten attachments (five text-layer PDFs, five photographed
// licences that need OCR) checked again the way a reopened checklist does it, through
// DocumentChecklistView, with the analysis cache filled (a database that analysed them
// before) and without it (a fresh database), in the same run. Prints figures and the ratio;
// asserts nothing about time.
#include "DialogProvider.h"
#include "DocumentFixtures.h"
#include "documents/DocumentAnalysisCache.h"
#include "documents/DocumentChecklistView.h"
#include "documents/DocumentWorkspace.h"
#include "store/Database.h"
#include "store/Dossier.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

namespace {

const QDate asOf(2026, 11, 29);

// Opens a checklist view on the application and waits for its re-check pass.
double recheckMs(DocumentStore& store, const Application& app, Database* db, int* hits)
{
    QElapsedTimer timer;
    timer.start();
    DocumentWorkspace workspace(store, app, asOf);
    workspace.setDatabase(db);
    ScriptedDialogProvider dialogs; // a benchmark never waits for a click
    DocumentChecklistView view(workspace, dialogs);
    QEventLoop loop;
    QObject::connect(&view, &DocumentChecklistView::recheckFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    if (view.isRechecking())
        loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (hits)
        *hits = db ? workspace.analysisCache()->hits() : 0;
    return ms;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("OMP_THREAD_LIMIT", "1");
    QApplication qapp(argc, argv);
    QLoggingCategory::setFilterRules(u"icp.*.info=false"_s); // the figures, not the migrations
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(u"bench.sqlite"_s));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    DocumentStore store(DocumentStore::rootFor(*db.value()));

    // Ten attachments on ten lines (the checklist has more than ten lines for the sample).
    Application app = fx::exampleWithoutDocuments();
    const DocumentChecklist list = DocumentChecklist::build(app, asOf);
    const QList<ChecklistItem>& items = list.items();
    for (int i = 0; i < 10 && i < items.size(); ++i) {
        QByteArray bytes;
        QString name;
        if (i % 2 == 0) {
            bytes =
                fx::pdf({u"营业执照 第%1份\n统一社会信用代码 %2\n名称 北京云栈示例科技有限公司"_s.arg(i).arg(
                    app.entity.certificateNumber)});
            name = u"doc%1.pdf"_s.arg(i);
        } else {
            fx::CardText text;
            text.uscc = app.entity.certificateNumber;
            text.entityName = u"北京云栈示例科技有限公司"_s;
            text.validity = u"2015年03月01日 至 长期"_s;
            bytes = fx::jpeg(fx::businessLicence(text, true, 1600 + 20 * i), 90);
            name = u"doc%1.jpg"_s.arg(i);
        }
        const auto stored = store.addData(bytes);
        if (!stored)
            return 1;
        app.documents.append(
            DocumentChecklist::documentFor(items[i], stored->sha256, stored->byteSize, name,
                                           i % 2 == 0 ? u"application/pdf"_s : u"image/jpeg"_s));
    }

    // Uncached: a database that never saw these files (the first run fills the cache).
    int hits = 0;
    const double uncached = recheckMs(store, app, db.value().get(), &hits);
    const int uncachedHits = hits;
    // Cached: the same database, reopened, three times (median).
    QList<double> cachedRuns;
    for (int i = 0; i < 3; ++i)
        cachedRuns.append(recheckMs(store, app, db.value().get(), &hits));
    std::sort(cachedRuns.begin(), cachedRuns.end());
    const double cached = cachedRuns[1];
    std::printf("re-check on open, %lld attachments (5 text PDFs, 5 photographed licences by OCR):\n",
                qlonglong(app.documents.size()));
    std::printf("  uncached %.1f ms (cache hits %d), cached %.1f ms median of 3 (cache hits %d)\n", uncached,
                uncachedHits, cached, hits);
    std::printf("  ratio cached/uncached %.4f (%.0fx faster)\n", cached / uncached, uncached / cached);
    return 0;
}
