// Re-check on open (issue 4): check results survive closing the application through the
// analysis cache in its database; a reopened checklist verifies every stored copy again
// (a changed file fails with DOC-113 and is never shown), makes its reports from the cache
// without reading the files again, can be cancelled, and lets the user attach meanwhile.
#include "DialogProvider.h"
#include "DocumentFixtures.h"
#include "documents/DocumentAnalysisCache.h"
#include "documents/DocumentChecklistModel.h"
#include "documents/DocumentChecklistView.h"
#include "documents/DocumentWorkspace.h"
#include "store/Database.h"
#include "store/Dossier.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

namespace {

const QDate asOf(2026, 11, 29);
const QString kLicenceLine = u"entity-certificate"_s;

} // namespace

class TestDocumentRecheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
    ScriptedDialogProvider m_dialogs; // messages are recorded, never shown

    QString idLine() const { return u"id-front:"_s + fx::exampleWithoutDocuments().persons.constFirst().id; }
    QString writeLicence(const QString& name, bool colour = true, int width = 2000)
    {
        return fx::writeExampleLicence(m_dir.filePath(name), colour, width);
    }
    QString writeBlank(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        fx::writeFile(path, fx::jpeg(fx::blankPage(1240, 1754), 90));
        return path;
    }
    static QString state(DocumentChecklistView& view, const QString& key)
    {
        return view.model()
            ->index(view.model()->rowOf(key), 0)
            .data(DocumentChecklistModel::ItemStateRole)
            .toString();
    }
    static QStringList rules(DocumentChecklistView& view, const QString& key)
    {
        QStringList ids;
        if (const ChecklistItem* item = view.workspace().checklist().item(key)) {
            for (const Finding& f : item->findings)
                ids.append(f.ruleId);
        }
        return ids;
    }
    // An application with documents attached by hand (stored, never analysed).
    Application withStoredDocuments(const QList<std::pair<QString, QString>>& lineAndFile)
    {
        return fx::withStoredDocuments(*m_store, lineAndFile, asOf);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::openSqlite(m_dir.filePath(u"icp.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(db.value());
        m_store = std::make_unique<DocumentStore>(DocumentStore::rootFor(*m_db));
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    void reopeningUsesTheCacheAndReportsAChangedFile()
    {
        Application saved;
        QString goodSha, badSha;
        {
            DocumentWorkspace workspace(*m_store, fx::exampleWithoutDocuments(), asOf);
            workspace.setDatabase(m_db.get());
            DocumentChecklistView view(workspace, m_dialogs);
            QVERIFY(!view.isRechecking()); // nothing attached yet
            QSignalSpy finished(&view, &DocumentChecklistView::attachFinished);
            QVERIFY(view.attachFile(kLicenceLine, writeLicence(u"licence.jpg"_s)));
            QVERIFY(finished.wait(60000));
            QVERIFY(view.attachFile(idLine(), writeBlank(u"id-front.jpg"_s)));
            QVERIFY(finished.wait(60000));
            QCOMPARE(state(view, kLicenceLine), u"ok"_s);
            QCOMPARE(state(view, idLine()), u"failed"_s);
            QVERIFY(rules(view, idLine()).contains(u"DOC-108"_s)); // a blank page
            QCOMPARE(workspace.analysisCache()->stores(), 2);
            saved = workspace.application();
            goodSha = saved.documents.value(0).sha256;
            badSha = saved.documents.value(1).sha256;
            QVERIFY(workspace.report(goodSha) && !workspace.report(goodSha)->fromCache);
        } // the view and the workspace are gone: only the database and the store remain

        {
            DocumentWorkspace workspace(*m_store, saved, asOf);
            workspace.setDatabase(m_db.get());
            DocumentChecklistView view(workspace, m_dialogs);
            QSignalSpy done(&view, &DocumentChecklistView::recheckFinished);
            QVERIFY(view.isRechecking());
            QCOMPARE(state(view, kLicenceLine), u"attached"_s); // not checked yet
            QVERIFY(done.wait(30000));
            QCOMPARE(done.constFirst().at(0).toInt(), 2);
            QCOMPARE(done.constFirst().at(1).toBool(), false);
            QCOMPARE(state(view, kLicenceLine), u"ok"_s);
            QCOMPARE(state(view, idLine()), u"failed"_s);
            QVERIFY(rules(view, idLine()).contains(u"DOC-108"_s));
            // From the cache: both hits, nothing analysed or stored again, and the reports say so.
            DocumentAnalysisCache* cache = workspace.analysisCache();
            QCOMPARE(cache->hits(), 2);
            QCOMPARE(cache->misses(), 0);
            QCOMPARE(cache->stores(), 0);
            QVERIFY(workspace.report(goodSha)->fromCache);
            QVERIFY(workspace.report(badSha)->fromCache);
            QCOMPARE(workspace.report(goodSha)->reading.source, TextSource::Ocr); // what OCR read then
            QVERIFY(!workspace.report(goodSha)->identifiers.usccs.isEmpty());
            QVERIFY(!view.findChild<QProgressBar*>(u"attachProgress"_s)->isVisible());
        }

        // Someone changes the stored licence on disk.
        const QString storedPath = m_store->pathFor(goodSha);
        QFile file(storedPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(fx::jpeg(fx::blankPage(400, 300), 80));
        file.close();

        {
            DocumentWorkspace workspace(*m_store, saved, asOf);
            workspace.setDatabase(m_db.get());
            DocumentChecklistView view(workspace, m_dialogs);
            QSignalSpy done(&view, &DocumentChecklistView::recheckFinished);
            QVERIFY(done.wait(30000));
            QCOMPARE(state(view, kLicenceLine), u"failed"_s);
            QVERIFY(rules(view, kLicenceLine).contains(u"DOC-113"_s));
            QVERIFY(!workspace.report(goodSha)); // the changed file was not analysed
            QCOMPARE(state(view, idLine()), u"failed"_s);
            QVERIFY(workspace.report(badSha)->fromCache); // the intact one came from the cache
            QCOMPARE(workspace.analysisCache()->stores(), 0);

            // View refuses it: its path never reaches the viewer.
            QSignalSpy viewed(&view, &DocumentChecklistView::viewRequested);
            QVERIFY(view.selectItem(kLicenceLine));
            QTest::mouseClick(view.findChild<QPushButton*>(u"viewButton"_s), Qt::LeftButton);
            QCOMPARE(viewed.size(), 0);
            QVERIFY(!m_dialogs.warnings.isEmpty());
            QVERIFY2(m_dialogs.warnings.constLast().contains(u"changed"_s),
                     qPrintable(m_dialogs.warnings.constLast()));
            QVERIFY(rules(view, kLicenceLine).contains(u"DOC-113"_s));
            // The intact one still opens.
            QVERIFY(view.selectItem(idLine()));
            QTest::mouseClick(view.findChild<QPushButton*>(u"viewButton"_s), Qt::LeftButton);
            QCOMPARE(viewed.size(), 1);
            QCOMPARE(viewed.constFirst().at(0).toString(), m_store->pathFor(badSha));
        }
    }

    void aMissingStoredFileFailsWithDoc113()
    {
        const Application app = withStoredDocuments({{kLicenceLine, writeBlank(u"gone.jpg"_s)}});
        QVERIFY(QFile::remove(m_store->pathFor(app.documents.constFirst().sha256)));
        DocumentWorkspace workspace(*m_store, app, asOf); // without a database: no cache
        DocumentChecklistView view(workspace, m_dialogs);
        QSignalSpy done(&view, &DocumentChecklistView::recheckFinished);
        QVERIFY(done.wait(30000));
        QCOMPARE(state(view, kLicenceLine), u"failed"_s);
        QVERIFY(rules(view, kLicenceLine).contains(u"DOC-113"_s));
    }

    void cancellingThePassLeavesTheRestNotCheckedYet()
    {
        const Application app = withStoredDocuments({{kLicenceLine, writeLicence(u"c1.jpg"_s, true, 2100)},
                                                     {idLine(), writeLicence(u"c2.jpg"_s, false, 1900)}});
        DocumentWorkspace workspace(*m_store, app, asOf);
        workspace.setDatabase(m_db.get());
        DocumentChecklistView view(workspace, m_dialogs);
        QVERIFY(view.isRechecking());
        QCOMPARE(view.recheckRemaining(), 2);
        auto* cancel = view.findChild<QPushButton*>(u"cancelAttachButton"_s);
        QVERIFY(!cancel->isHidden());
        QSignalSpy done(&view, &DocumentChecklistView::recheckFinished);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.constFirst().at(1).toBool(), true);
        QVERIFY(!view.isRechecking());
        QTest::qWait(300); // a worker that was running must not record anything
        QCOMPARE(state(view, kLicenceLine), u"attached"_s);
        QCOMPARE(state(view, idLine()), u"attached"_s);
        QVERIFY(view.findChild<QLabel*>(u"checklistSummary"_s)->text().contains(u"Not checked yet: 2"_s));
        QVERIFY(cancel->isHidden());
        // A refresh does not start them again behind the user's back; recheck() does.
        view.refresh();
        QVERIFY(!view.isRechecking());
        QVERIFY(view.recheck());
        QVERIFY(done.wait(60000));
        QCOMPARE(done.constLast().at(1).toBool(), false);
        QCOMPARE(state(view, kLicenceLine), u"ok"_s);
        QCOMPARE(state(view, idLine()), u"failed"_s); // a licence is not an ID card
    }

    void attachingDuringThePassIsQueued()
    {
        const Application app = withStoredDocuments({{idLine(), writeLicence(u"q1.jpg"_s, false, 1800)}});
        DocumentWorkspace workspace(*m_store, app, asOf); // no cache: the pass reads with OCR
        DocumentChecklistView view(workspace, m_dialogs);
        QVERIFY(view.isRechecking());
        QSignalSpy attached(&view, &DocumentChecklistView::attachFinished);
        QSignalSpy done(&view, &DocumentChecklistView::recheckFinished);
        QVERIFY(view.attachFile(kLicenceLine, writeLicence(u"q2.jpg"_s)));
        QVERIFY(view.isBusy());
        QVERIFY(!view.attachFile(kLicenceLine, writeLicence(u"q3.jpg"_s))); // one attachment at a time
        QTRY_VERIFY_WITH_TIMEOUT(attached.size() == 1 && done.size() == 1, 90000);
        QVERIFY(attached.constFirst().at(1).toBool());
        QCOMPARE(done.constFirst().at(0).toInt(), 1);
        QCOMPARE(workspace.application().documents.size(), 2);
        QCOMPARE(state(view, kLicenceLine), u"ok"_s);
        QVERIFY(state(view, idLine()) != "attached"_L1);
        QVERIFY(!view.isBusy());
        QVERIFY(!view.isRechecking());
    }
};

QTEST_MAIN(TestDocumentRecheck)
#include "tst_documentrecheck.moc"
