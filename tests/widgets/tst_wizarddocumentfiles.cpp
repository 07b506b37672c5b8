// What the wizard does with the stored files of attachments: a removed attachment's
// file leaves the store after the save unless another application of the database still
// uses it, and a deleted application's files leave it once Undo is no longer offered.
#include "ApplicationsPage.h"
#include "DocumentFixtures.h"
#include "WizardDocumentsSupport.h"
#include "WizardTestSupport.h"
#include "core/Language.h"
#include "documents/DocumentStore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;
namespace fx = icp::fixtures;

class TestWizardDocumentFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    QString write(const QString& name, const QByteArray& bytes)
    {
        return fx::writeFileIn(m_files, name, bytes);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        setLanguage(u"en"_s);
    }

    void aFileAnotherApplicationUsesStaysAfterRemoval()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        DocumentStore store(DocumentStore::rootFor(*f.db));
        // Another application of the same database already has this letter.
        const QString letter =
            write(u"备案承诺书.pdf"_s, fx::pdf({u"备案承诺书\n主办单位名称：北京云栈示例科技有限公司\n"
                                                "统一社会信用代码：91110108MA01R7Q34Q"_s}));
        const auto stored = store.addFile(letter);
        QVERIFY(stored);
        Application other = newApplication(QUuid::createUuid().toString(QUuid::WithoutBraces));
        other.documents = {documentOf(stored->sha256, DocumentKind::CommitmentLetter, u"备案承诺书.pdf"_s)};
        QVERIFY(f.repository->save(other, u"test"_s).ok());

        const auto [wizard, page] = openSampleOnDocuments(f);
        QVERIFY(page);
        DocumentsPageDriver driver(page, f.dialogs);
        QVERIFY(driver.ok());
        // The same letter on the sample, and a file only the sample has (Other line).
        QCOMPARE(driver.attachByKeyboard(u"authenticity-sheet"_s, letter), std::optional<bool>(true));
        const QString notes = write(u"notes.pdf"_s, fx::pdf({u"Notes for the filing"_s}));
        QCOMPARE(driver.attachByKeyboard(DocumentChecklist::otherItemKey(), notes),
                 std::optional<bool>(true));
        QTRY_COMPARE_WITH_TIMEOUT(DocumentStore::referenceCount(*f.db, stored->sha256).value(), 2,
                                  kSaveTimeoutMs);

        QCOMPARE(driver.removeByKeyboard(u"authenticity-sheet"_s), stored->sha256);
        const QString notesSha = driver.removeByKeyboard(DocumentChecklist::otherItemKey());
        QVERIFY(!notesSha.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!store.contains(notesSha), kSaveTimeoutMs);
        QVERIFY(page->pendingReleases().isEmpty());
        QVERIFY(store.contains(stored->sha256));
        QCOMPARE(DocumentStore::referenceCount(*f.db, stored->sha256).value(), 1);
        QVERIFY(store.open(stored->sha256).ok()); // unchanged
    }

    void deletingAnApplicationReleasesItsFilesAfterUndo()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        DocumentStore store(DocumentStore::rootFor(*f.db));
        const auto own = store.addFile(write(u"own.pdf"_s, fx::pdf({u"Only in the deleted application"_s})));
        const auto shared = store.addFile(write(u"shared.pdf"_s, fx::pdf({u"In both applications"_s})));
        QVERIFY(own && shared);
        Application deleted = newApplication(QUuid::createUuid().toString(QUuid::WithoutBraces));
        deleted.entity.name = u"北京删除示例科技有限公司"_s;
        deleted.documents = {documentOf(own->sha256, DocumentKind::Other, u"own.pdf"_s),
                             documentOf(shared->sha256, DocumentKind::Other, u"shared.pdf"_s)};
        Application kept = newApplication(QUuid::createUuid().toString(QUuid::WithoutBraces));
        kept.documents = {documentOf(shared->sha256, DocumentKind::Other, u"shared.pdf"_s)};
        QVERIFY(f.repository->save(deleted, u"test"_s).ok());
        QVERIFY(f.repository->save(kept, u"test"_s).ok());
        f.window->reload();

        // While Undo is offered the files stay, and Undo brings the application back whole.
        QVERIFY(f.window->applicationsPage()->select(deleted.id));
        QCOMPARE(f.window->deleteSelected(), deleted.id);
        QVERIFY(f.window->isUndoOffered());
        QVERIFY(store.contains(own->sha256));
        QCOMPARE(f.window->undoDelete(), deleted.id);
        QCOMPARE(f.repository->load(deleted.id)->documents.size(), 2);
        QVERIFY(store.open(own->sha256).ok());

        // A second deletion makes the first final: its own file goes, but not the file
        // the application still offered for undo needs.
        QVERIFY(f.window->applicationsPage()->select(deleted.id));
        QCOMPARE(f.window->deleteSelected(), deleted.id);
        QVERIFY(f.window->applicationsPage()->select(kept.id));
        QCOMPARE(f.window->deleteSelected(), kept.id);
        QVERIFY(!store.contains(own->sha256));
        QVERIFY(store.contains(shared->sha256));
        QCOMPARE(f.window->undoDelete(), kept.id);
        QVERIFY(store.open(shared->sha256).ok());

        // Once the offer expires the deletion is final and the last user of a file is gone.
        f.window->setUndoTimeout(100);
        QVERIFY(f.window->applicationsPage()->select(kept.id));
        QCOMPARE(f.window->deleteSelected(), kept.id);
        QVERIFY(store.contains(shared->sha256));
        QTRY_VERIFY_WITH_TIMEOUT(!f.window->isUndoOffered(), 5000);
        QVERIFY(!store.contains(shared->sha256));
    }
};

QTEST_MAIN(TestWizardDocumentFiles)
#include "tst_wizarddocumentfiles.moc"
