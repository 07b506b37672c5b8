// The checklist view (offscreen): rows and states, attaching by the dialog seam and by
// dropping a file on a row, refusing a non-document, removing, filling a field from a
// document, writing a letter, accessibility names.
#include "DialogProvider.h"
#include "DocumentFixtures.h"
#include "documents/DocumentChecklistModel.h"
#include "documents/DocumentChecklistView.h"
#include "documents/DocumentWorkspace.h"
#include "documents/ScannerDialog.h"
#include "store/Dossier.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

namespace {

const QDate asOf(2026, 11, 29);

} // namespace

class TestDocumentChecklistView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<DocumentWorkspace> m_workspace;
    ScriptedDialogProvider m_dialogs; // answers the file choosers; messages are recorded
    std::unique_ptr<DocumentChecklistView> m_view;

    QString writeLicence(const QString& name, const QString& uscc, bool colour = true)
    {
        fx::CardText text;
        text.uscc = uscc;
        text.entityName = u"北京云栈示例科技有限公司"_s;
        text.validity = u"2015年03月01日 至 长期"_s;
        const QString path = m_dir.filePath(name);
        fx::writeFile(path, fx::jpeg(fx::businessLicence(text, colour, 2000), 92));
        return path;
    }
    int rowOf(const QString& key) const { return m_view->model()->rowOf(key); }
    QString state(const QString& key) const
    {
        return m_view->model()->index(rowOf(key), 0).data(DocumentChecklistModel::ItemStateRole).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_dialogs.fileNames.clear();
        m_dialogs.warnings.clear();
        m_store = std::make_unique<DocumentStore>(m_dir.filePath(u"store"_s));
        m_workspace = std::make_unique<DocumentWorkspace>(*m_store, fx::exampleWithoutDocuments(), asOf);
        m_view = std::make_unique<DocumentChecklistView>(*m_workspace, m_dialogs);
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void everyRowIsListedAndTheModelIsSound()
    {
        QAbstractItemModelTester tester(m_view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_view->model()->rowCount() >= 8);
        QCOMPARE(state(u"entity-certificate"_s), u"missing"_s);
        auto* summary = m_view->findChild<QLabel*>(u"checklistSummary"_s);
        QVERIFY(summary->text().contains(u"Missing: "_s));
        for (const char* name : {"attachButton", "scanButton", "letterButton", "viewButton", "removeButton",
                                 "checklistTree", "fillSuggestionButton", "cancelAttachButton"}) {
            auto* w = m_view->findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(w, name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
        }
    }

    void attachThroughTheDialogSeamReadsTheLicence()
    {
        QVERIFY(m_view->selectItem(u"entity-certificate"_s));
        const QString uscc = m_workspace->application().entity.certificateNumber;
        m_dialogs.fileNames = {writeLicence(u"licence.jpg"_s, uscc)};
        QSignalSpy finished(m_view.get(), &DocumentChecklistView::attachFinished);
        QSignalSpy changed(m_view.get(), &DocumentChecklistView::documentsChanged);
        QTest::mouseClick(m_view->findChild<QPushButton*>(u"attachButton"_s), Qt::LeftButton);
        QVERIFY(m_view->isBusy());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(1).toBool(), true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_workspace->application().documents.size(), 1);
        QCOMPARE(state(u"entity-certificate"_s), u"ok"_s);
        QVERIFY(!m_view->findChild<QProgressBar*>(u"attachProgress"_s)->isVisible());
    }

    void droppingAFileOnARowAttachesIt()
    {
        QTreeView* tree = m_view->findChild<QTreeView*>(u"checklistTree"_s);
        const QModelIndex index = m_view->model()->index(rowOf(u"entity-certificate"_s), 0);
        const QPoint pos = tree->visualRect(index).center();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(
            writeLicence(u"grey.jpg"_s, m_workspace->application().entity.certificateNumber, false))});
        QSignalSpy finished(m_view.get(), &DocumentChecklistView::attachFinished);
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.constFirst().at(1).toBool());
        // A black-and-white copy of a licence fails DOC-107.
        QCOMPARE(state(u"entity-certificate"_s), u"failed"_s);
        QVERIFY(m_view->findChild<QLabel*>(u"checklistDetails"_s)->text().contains(u"DOC-107"_s));
    }

    void aNonDocumentIsRefusedWithTheReason()
    {
        const QString path = m_dir.filePath(u"notes.pdf"_s);
        fx::writeFile(path, "just some notes");
        QSignalSpy finished(m_view.get(), &DocumentChecklistView::attachFinished);
        QVERIFY(m_view->attachFile(u"entity-certificate"_s, path));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        QVERIFY(!m_dialogs.warnings.isEmpty());
        QVERIFY(m_dialogs.warnings.constLast().contains(u"notes.pdf"_s));
        QVERIFY(m_dialogs.warnings.constLast().contains(u"PDF, JPEG or PNG"_s));
        QCOMPARE(state(u"entity-certificate"_s), u"missing"_s);
        QVERIFY(m_workspace->application().documents.isEmpty());
    }

    void cancelStopsAnAttachment()
    {
        QSignalSpy finished(m_view.get(), &DocumentChecklistView::attachFinished);
        QVERIFY(m_view->attachFile(u"entity-certificate"_s, writeLicence(u"slow.jpg"_s, QString())));
        QTest::mouseClick(m_view->findChild<QPushButton*>(u"cancelAttachButton"_s), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        QVERIFY(!m_view->isBusy());
        QTest::qWait(100);
        QVERIFY(m_workspace->application().documents.isEmpty());
    }

    void removeAndFillFromTheDocument()
    {
        Application app = m_workspace->application();
        const QString uscc = app.entity.certificateNumber;
        app.entity.certificateNumber.clear();
        m_workspace->setApplication(app);
        m_view->refresh();
        QSignalSpy finished(m_view.get(), &DocumentChecklistView::attachFinished);
        QVERIFY(m_view->attachFile(u"entity-certificate"_s, writeLicence(u"fill.jpg"_s, uscc)));
        QVERIFY(finished.wait(60000));
        m_view->selectItem(u"entity-certificate"_s);
        auto* suggestions = m_view->findChild<QListWidget*>(u"suggestionList"_s);
        QVERIFY2(suggestions->count() >= 1, "the credit code read is offered");
        QSignalSpy changed(m_view.get(), &DocumentChecklistView::applicationChanged);
        for (int i = 0; i < suggestions->count(); ++i) {
            if (suggestions->item(i)->data(Qt::UserRole).toString() == "entity.certificateNumber"_L1)
                suggestions->setCurrentRow(i);
        }
        QTest::mouseClick(m_view->findChild<QPushButton*>(u"fillSuggestionButton"_s), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_workspace->application().entity.certificateNumber, uscc);

        QSignalSpy removed(m_view.get(), &DocumentChecklistView::documentRemoved);
        const QString sha = m_workspace->application().documents.constFirst().sha256;
        QTest::mouseClick(m_view->findChild<QPushButton*>(u"removeButton"_s), Qt::LeftButton);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().at(0).toString(), sha);
        QVERIFY(m_store->contains(sha)); // released by the owner after saving, not here
        QVERIFY(m_workspace->application().documents.isEmpty());
        QCOMPARE(state(u"entity-certificate"_s), u"missing"_s);
    }

    void writesTheCommitmentLetter()
    {
        QVERIFY(m_view->selectItem(u"authenticity-sheet"_s));
        auto* letter = m_view->findChild<QPushButton*>(u"letterButton"_s);
        QVERIFY(letter->isEnabled());
        const QString path = m_dir.filePath(u"commitment.pdf"_s);
        m_dialogs.fileNames = {path};
        QSignalSpy view(m_view.get(), &DocumentChecklistView::viewRequested);
        QTest::mouseClick(letter, Qt::LeftButton);
        QCOMPARE(view.size(), 1);
        QCOMPARE(view.constFirst().at(0).toString(), path);
        QVERIFY(QFileInfo(path).size() > 1000);
        QVERIFY(m_view->selectItem(u"entity-certificate"_s));
        QVERIFY(!letter->isEnabled());
    }

    void scannerOpensWithoutBlocking()
    {
        QVERIFY(m_view->selectItem(u"entity-certificate"_s));
        ScannerDialog* dialog = m_view->openScanner();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->close();
    }

    void screenshot()
    {
        // For people looking at the result (not asserted beyond being written).
        const QString out = qEnvironmentVariable("ICP_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set ICP_SCREENSHOT_DIR to write screenshots");
        QVERIFY(m_view->grab().save(out + u"/documents-checklist.png"_s));
    }
};

QTEST_MAIN(TestDocumentChecklistView)
#include "tst_documentchecklistview.moc"
