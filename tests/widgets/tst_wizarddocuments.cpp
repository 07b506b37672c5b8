// The wizard's Documents page on the bundled sample application (which ships without
// documents), as a user meets it (issue 4 "Done when"): attach a document, see what its
// checks found on its line and
// on the Review page, fix it (by the Attach button and by dropping a file on the line),
// fill an empty field from what a document says, scan into a line, wait for the checks
// before submitting. What happens to the stored files: tst_wizarddocumentfiles.
#include "ApplicationCommands.h"
#include "DocumentFixtures.h"
#include "DocumentsPageDriver.h"
#include "WindowFixture.h"
#include "WizardDocumentsSupport.h"
#include "WizardTestSupport.h"
#include "core/Language.h"
#include "documents/DocumentStore.h"
#include "documents/ScannerDialog.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/ApplicationWizard.h"
#include "wizard/FindingsModel.h"
#include "wizard/ReviewPage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;
namespace fx = icp::fixtures;

namespace {

// A colour scan of a business licence (JPEG: the provider profile takes no PDF for it,
// so it is read by OCR).
QByteArray licenceScan(const QString& uscc, const QString& entityName)
{
    fx::CardText text;
    text.uscc = uscc;
    text.entityName = entityName;
    text.validity = u"2015年03月01日 至 长期"_s;
    return fx::jpeg(fx::businessLicence(text, true, 2000), 92);
}

// Findings the Review page lists: (rule id, field path, message).
struct Listed
{
    QString ruleId, fieldPath, message;
    QModelIndex index;
};

QList<Listed> reviewFindings(ReviewPage* review)
{
    QList<Listed> list;
    FindingsModel* model = review->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex i = model->index(r, FindingsModel::MessageColumn, group);
            list.append({model->index(r, FindingsModel::RuleColumn, group).data().toString(),
                         i.data(FindingsModel::FieldPathRole).toString(), i.data().toString(), i});
        }
    }
    return list;
}

} // namespace

class TestWizardDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    QString write(const QString& name, const QByteArray& bytes)
    {
        return fx::writeFileIn(m_files, name, bytes);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    // English as the application starts it: with its catalogue (the plural forms).
    void init()
    {
        QSettings().clear();
        setLanguage(u"en"_s);
    }
    void cleanup() { setLanguage(u"en"_s); }

    void attachCheckAndFixOnTheSampleApplication()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        const auto [wizard, page] = openSampleOnDocuments(f);
        QVERIFY(page);
        DocumentsPageDriver driver(page, f.dialogs);
        QVERIFY(driver.ok());
        const DocumentStore store(DocumentStore::rootFor(*f.db));
        const Application sample = wizard->draft()->application();
        const QString wang = personId(sample, u"王建国"_s);
        QVERIFY(!wang.isEmpty());
        const QString idFront = u"id-front:"_s + wang, licence = u"entity-certificate"_s;
        const QString uscc = sample.entity.certificateNumber, entityName = sample.entity.name;
        fx::CardText card;
        card.name = u"王建国"_s;
        card.idNumber = sample.persons.at(0).documentNumber;

        // The sample ships without documents: every line starts missing.
        QVERIFY(driver.waitIdle());
        QVERIFY(wizard->draft()->application().documents.isEmpty());
        QCOMPARE(driver.state(idFront), u"missing"_s);
        QCOMPARE(driver.state(licence), u"missing"_s);

        // (i) A black-and-white photocopy of the ID card is attached but fails DOC-107.
        const QString grey =
            write(u"王建国-身份证正面-复印件.jpg"_s, fx::jpeg(fx::greyCopy(fx::idCardFront(card))));
        QCOMPARE(driver.attachByKeyboard(idFront, grey), std::optional<bool>(true));
        QCOMPARE(driver.state(idFront), u"failed"_s);
        QVERIFY2(driver.details().contains(u"DOC-107"_s), qPrintable(driver.details()));

        // (ii) A licence of another company: DOC-111 names both credit codes.
        const QString otherUscc = fx::uscc(u"110108"_s, u"MA05X8T1"_s);
        QVERIFY(otherUscc != uscc);
        const QString wrong = write(u"营业执照-别家.jpg"_s, licenceScan(otherUscc, entityName));
        QCOMPARE(driver.attachByKeyboard(licence, wrong), std::optional<bool>(true));
        QCOMPARE(driver.state(licence), u"failed"_s);
        QVERIFY2(driver.details().contains(u"DOC-111"_s) && driver.details().contains(otherUscc) &&
                     driver.details().contains(uscc),
                 qPrintable(driver.details()));

        // Before submitting, the Review page lists both, on the documents they concern.
        const Application withBoth = wizard->draft()->application();
        const auto indexOf = [&](const QString& fileName) {
            for (int i = 0; i < withBoth.documents.size(); ++i) {
                if (withBoth.documents.at(i).fileName == fileName)
                    return i;
            }
            return -1;
        };
        const QString greyPath = u"documents[%1]"_s.arg(indexOf(u"王建国-身份证正面-复印件.jpg"_s));
        const QString wrongPath = u"documents[%1]"_s.arg(indexOf(u"营业执照-别家.jpg"_s));
        QVERIFY(wizard->showPage(u"review"_s));
        auto* review = qobject_cast<ReviewPage*>(wizard->page(u"review"_s));
        QModelIndex wrongFinding;
        bool greyListed = false;
        for (const Listed& l : reviewFindings(review)) {
            greyListed = greyListed || (l.ruleId == "DOC-107"_L1 && l.fieldPath == greyPath);
            if (l.ruleId == "DOC-111"_L1 && l.fieldPath == wrongPath && l.message.contains(otherUscc))
                wrongFinding = l.index;
        }
        QVERIFY(greyListed);
        QVERIFY(wrongFinding.isValid());
        // Enter on it goes to the licence's line.
        review->view()->setCurrentIndex(wrongFinding);
        press(review->view(), Qt::Key_Return);
        QCOMPARE(wizard->currentPageKey(), u"documents"_s);
        QCOMPARE(driver.view()->currentItemKey(), licence);
        QCOMPARE(wizard->focusWidget(), driver.tree());

        // (iii, iv) The right licence, with the entity name emptied first: it is read from
        // the licence and offered; Fill in puts it back into the form.
        const QString wrongSha = driver.removeByKeyboard(licence);
        QVERIFY(store.contains(wrongSha)); // released after the save, not before
        QVERIFY(wizard->focusField(u"entity.name"_s));
        auto* name = wizard->findChild<QLineEdit*>(u"entityNameLineEdit"_s);
        QCOMPARE(name->text(), entityName);
        name->selectAll();
        press(name, Qt::Key_Delete);
        QVERIFY(name->text().isEmpty());
        QVERIFY(wizard->draft()->application().entity.name.isEmpty());
        QVERIFY(wizard->showPage(u"documents"_s));
        const QString right = write(u"营业执照.jpg"_s, licenceScan(uscc, entityName));
        QCOMPARE(driver.attachByKeyboard(licence, right), std::optional<bool>(true));
        QVERIFY2(driver.state(licence) == "ok"_L1, qPrintable(driver.details()));
        auto* suggestions = driver.view()->findChild<QListWidget*>(u"suggestionList"_s);
        QVERIFY(suggestions->isVisible());
        press(suggestions, Qt::Key_Home);
        for (int i = 0; i < suggestions->count() &&
                        suggestions->currentItem()->data(Qt::UserRole).toString() != "entity.name"_L1;
             ++i)
            press(suggestions, Qt::Key_Down);
        QCOMPARE(suggestions->currentItem()->data(Qt::UserRole).toString(), u"entity.name"_s);
        QVERIFY(suggestions->currentItem()->text().contains(entityName));
        press(driver.button("fillSuggestionButton"), Qt::Key_Space);
        QCOMPARE(wizard->draft()->application().entity.name, entityName);
        QVERIFY(wizard->focusField(u"entity.name"_s));
        QCOMPARE(name->text(), entityName);

        // The ID card: the photocopy goes, the colour scan is dropped on the line.
        QVERIFY(wizard->showPage(u"documents"_s));
        const QString greySha = driver.removeByKeyboard(idFront);
        QVERIFY(!greySha.isEmpty());
        const QString colour = write(u"王建国-身份证正面.jpg"_s, fx::jpeg(fx::idCardFront(card)));
        QCOMPARE(driver.attachByDrop(idFront, colour), std::optional<bool>(true));
        QVERIFY2(driver.state(idFront) == "ok"_L1, qPrintable(driver.details()));
        QCOMPARE(driver.state(licence), u"ok"_s);

        // Fixed: the Review page lists no finding of these two documents and no DOC-107
        // or DOC-111 at all (the other lines are still missing: DOC-003).
        QStringList fixedPaths;
        for (const QString& key : {idFront, licence}) {
            for (int i : driver.item(key)->documents)
                fixedPaths.append(u"documents[%1]"_s.arg(i));
        }
        QCOMPARE(fixedPaths.size(), 2);
        QVERIFY(wizard->showPage(u"review"_s));
        for (const Listed& l : reviewFindings(review)) {
            QVERIFY2(!fixedPaths.contains(l.fieldPath) && l.ruleId != "DOC-107"_L1 &&
                         l.ruleId != "DOC-111"_L1,
                     qPrintable(l.ruleId + u' ' + l.fieldPath + u' ' + l.message));
        }

        // (v) After the autosave the removed files are gone from the store; the ones in
        // use stay.
        QTRY_VERIFY_WITH_TIMEOUT(!store.contains(wrongSha) && !store.contains(greySha), kSaveTimeoutMs);
        QVERIFY(page->pendingReleases().isEmpty());
        for (const Document& d : wizard->draft()->application().documents) {
            if (d.fileName == "营业执照.jpg"_L1 || d.fileName == "王建国-身份证正面.jpg"_L1)
                QVERIFY2(store.contains(d.sha256), qPrintable(d.fileName));
        }
    }

    void focusingADocumentPathSelectsItsLine()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        // The application lists an attachment whose file is not in the store (an
        // invented hash): the re-check on opening says so on its line (DOC-113), and the
        // Review page lists it on the document.
        const QString lost = QString::fromLatin1(QByteArray(32, '\x5a').toHex());
        const auto [wizard, page] = openSampleOnDocuments(f, [&lost](Application& app) {
            Document back = documentOf(lost, DocumentKind::IdBack, u"陈晓梅-身份证反面.jpg"_s);
            back.subjectId = personId(app, u"陈晓梅"_s);
            back.mimeType = u"image/jpeg"_s;
            app.documents.append(back);
        });
        QVERIFY(page);
        DocumentsPageDriver driver(page, f.dialogs);
        QVERIFY(driver.waitIdle());
        const Application& app = wizard->draft()->application();
        const QString chen = personId(app, u"陈晓梅"_s), line = u"id-back:"_s + chen;
        int chenBack = -1;
        for (int i = 0; i < app.documents.size(); ++i) {
            if (app.documents.at(i).sha256 == lost && app.documents.at(i).subjectId == chen)
                chenBack = i;
        }
        QVERIFY(chenBack >= 0);
        QVERIFY(!DocumentStore(DocumentStore::rootFor(*f.db)).contains(lost));
        QCOMPARE(driver.state(line), u"failed"_s);
        QVERIFY2(driver.selectByKeyboard(line) && driver.details().contains(u"DOC-113"_s),
                 qPrintable(driver.details()));
        QVERIFY(wizard->showPage(u"review"_s));
        auto* review = qobject_cast<ReviewPage*>(wizard->page(u"review"_s));
        QModelIndex missingFile;
        for (const Listed& l : reviewFindings(review)) {
            if (l.ruleId == "DOC-113"_L1 && l.fieldPath == u"documents[%1]"_s.arg(chenBack))
                missingFile = l.index;
        }
        QVERIFY(missingFile.isValid());
        review->view()->setCurrentIndex(missingFile);
        press(review->view(), Qt::Key_Return);
        QCOMPARE(wizard->currentPageKey(), u"documents"_s);
        QCOMPARE(driver.view()->currentItemKey(), line);
        QCOMPARE(wizard->focusWidget(), driver.tree());

        // A finding about the documents as a whole (DOC-003: one is missing) selects the
        // first line that needs work.
        QVERIFY(!driver.removeByKeyboard(line).isEmpty());
        QCOMPARE(driver.state(line), u"missing"_s);
        QVERIFY(driver.view()->selectItem(DocumentChecklist::otherItemKey()));
        QVERIFY(wizard->showPage(u"review"_s));
        QModelIndex missing;
        for (const Listed& l : reviewFindings(review)) {
            if (l.ruleId == "DOC-003"_L1 && l.fieldPath == "documents"_L1)
                missing = l.index;
        }
        QVERIFY(missing.isValid());
        review->view()->setCurrentIndex(missing);
        press(review->view(), Qt::Key_Return);
        QCOMPARE(wizard->currentPageKey(), u"documents"_s);
        const ChecklistItem* current = driver.item(driver.view()->currentItemKey());
        QVERIFY(current);
        QVERIFY(current->need != Severity::Info);
        QVERIFY(current->state == ChecklistItem::State::Missing ||
                current->state == ChecklistItem::State::Failed);
        for (int row = 0; row < driver.view()->model()->rowCount(); ++row) {
            const ChecklistItem* before = driver.view()->model()->itemAt(row);
            if (before->key == current->key)
                break;
            QVERIFY2(before->state == ChecklistItem::State::Ok || before->need == Severity::Info,
                     qPrintable(before->key));
        }
    }

    // Submit waits for the checks of the attached documents: the re-check on opening and
    // an attachment still being checked keep it disabled with the reason, and it enables
    // itself (no page change, no click) when they have finished.
    void submitWaitsForTheDocumentChecks()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        Result<Dossier> sample = ApplicationCommands::sampleDossier();
        QVERIFY(sample);
        Application app = sample->application;
        app.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        app.wizardPage = u"submit"_s;
        // The sample's three mistakes fixed (PER-015, DOM-004, WEB-003).
        app.persons[1].email = u"chen.xiaomei@yunzhan-example.cn"_s;
        app.websites[1].domains[0].name = u"yzdocs-example.cn"_s;
        app.websites[2].name = u"云栈人才招聘"_s;
        // Every document its checklist asks for, stored but never analysed: opening the
        // application re-checks each in the background (OCR for the scans).
        DocumentStore store(DocumentStore::rootFor(*f.db));
        const DocumentChecklist wanted = DocumentChecklist::build(app);
        for (const ChecklistItem& item : wanted.items()) {
            if (item.need == Severity::Info)
                continue;
            const QString path = writeDocumentFor(item, app, QDir(m_files.path()));
            QVERIFY2(!path.isEmpty(), qPrintable(item.key));
            const Result<StoredFile> stored = store.addFile(path);
            QVERIFY(stored);
            app.documents.append(DocumentChecklist::documentFor(item, stored->sha256, stored->byteSize,
                                                                QFileInfo(path).fileName(), u"image/jpeg"_s));
        }
        const int attached = int(app.documents.size());
        QVERIFY(attached >= 10);
        QVERIFY(f.repository->save(app, u"test"_s).ok());

        ApplicationWizard wizard(*f.db, app.id, f.dialogs);
        wizard.resize(1280, 800);
        wizard.show();
        QCOMPARE(wizard.currentPageKey(), u"submit"_s);
        auto* submit = wizard.findChild<QPushButton*>(u"submitButton"_s);
        auto* reason = wizard.findChild<QLabel*>(u"submitBlockedReason"_s);
        QVERIFY(submit && reason);
        // No event was processed yet, so no result has come back: all are being checked.
        QVERIFY(!submit->isEnabled());
        QVERIFY2(reason->text().contains(u"%1 documents are still being checked"_s.arg(attached)),
                 qPrintable(reason->text()));
        const Status refused = wizard.draft()->submit();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"wizard.checking"_s);
        // Live: the count goes down as results arrive, then Submit is enabled.
        QTRY_VERIFY_WITH_TIMEOUT(!reason->text().contains(u"%1 documents"_s.arg(attached)),
                                 DocumentsPageDriver::kAttachTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), DocumentsPageDriver::kAttachTimeoutMs);
        QCOMPARE(wizard.currentPageKey(), u"submit"_s);
        QCOMPARE(reason->text(), u"Nothing blocks the submission."_s);

        // An attachment still being checked when the user goes on to Submit.
        QVERIFY(wizard.showPage(u"documents"_s));
        auto* page = qobject_cast<DocumentsPage*>(wizard.page(u"documents"_s));
        DocumentsPageDriver driver(page, f.dialogs);
        QVERIFY(driver.ok() && driver.waitIdle());
        const QString licence = u"entity-certificate"_s;
        QVERIFY(!driver.removeByKeyboard(licence).isEmpty());
        QVERIFY(QDir(m_files.path()).mkpath(u"again"_s));
        const DocumentChecklist now = page->workspace().checklist();
        QVERIFY(now.item(licence));
        const QString again = writeDocumentFor(*now.item(licence), wizard.draft()->application(),
                                               QDir(m_files.filePath(u"again"_s)));
        QVERIFY(driver.selectByKeyboard(licence));
        f.dialogs.fileNames = {again};
        press(driver.button("attachButton"), Qt::Key_Space);
        QVERIFY(driver.view()->isBusy());
        QVERIFY(wizard.showPage(u"submit"_s));
        QVERIFY(!submit->isEnabled());
        QVERIFY2(reason->text().contains(u"1 document is still being checked"_s), qPrintable(reason->text()));
        QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), DocumentsPageDriver::kAttachTimeoutMs);
        QCOMPARE(wizard.currentPageKey(), u"submit"_s);
        press(submit, Qt::Key_Space);
        QCOMPARE(wizard.currentPageKey(), u"audit"_s);
        QCOMPARE(f.repository->load(app.id)->status, ApplicationStatus::Queued);
    }

    // Scan… on a line opens the scanner (SANE's test backend here); the saved scan is
    // attached to that line and checked like a chosen file.
    void aScanIsAttachedToItsLineAndChecked()
    {
        std::signal(SIGPIPE, SIG_IGN); // a cancelled SANE reader may write into a closed pipe
        WindowFixture f;
        QVERIFY(f.ok());
        const auto [wizard, page] = openSampleOnDocuments(f);
        QVERIFY(page);
        DocumentsPageDriver driver(page, f.dialogs);
        QVERIFY(driver.ok() && driver.waitIdle());
        const QString line = u"id-front:"_s + personId(wizard->draft()->application(), u"王建国"_s);
        QCOMPARE(driver.state(line), u"missing"_s);
        QVERIFY(driver.selectByKeyboard(line));
        press(driver.button("scanButton"), Qt::Key_Space);
        auto* dialog = driver.view()->findChild<ScannerDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == ScannerDialog::State::Ready, 30000);
        auto* device = dialog->findChild<QComboBox*>(u"scannerDeviceCombo"_s);
        device->setCurrentIndex(device->findData(u"test:0"_s));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == ScannerDialog::State::Ready, 30000);
        auto* resolution = dialog->findChild<QComboBox*>(u"scannerResolutionCombo"_s);
        resolution->setCurrentIndex(resolution->findData(75));
        press(dialog->findChild<QPushButton*>(u"scanPageButton"_s), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == ScannerDialog::State::Scanned, 30000);
        QSignalSpy finished(driver.view(), &DocumentChecklistView::attachFinished);
        press(dialog->findChild<QPushButton*>(u"saveScanButton"_s), Qt::Key_Space);
        QVERIFY(finished.wait(DocumentsPageDriver::kAttachTimeoutMs));
        QCOMPARE(finished.constFirst().at(0).toString(), line);
        QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(finished.constFirst().at(2).toString()));

        // On its line, of the line's kind, in the database's store, and checked.
        const ChecklistItem* item = driver.item(line);
        QVERIFY(item);
        QCOMPARE(item->documents.size(), 1);
        const Document d = wizard->draft()->application().documents.at(item->documents.constFirst());
        QCOMPARE(d.kind, DocumentKind::IdFront);
        QVERIFY(DocumentStore(DocumentStore::rootFor(*f.db)).contains(d.sha256));
        const DocumentReport* report = driver.view()->workspace().report(d.sha256);
        QVERIFY(report && report->inspection.readable());
        QVERIFY(driver.state(line) == "ok"_L1 || driver.state(line) == "failed"_L1);
        // The test device scans a pattern, no ID card: the ID number cannot be read there.
        QVERIFY2(driver.details().contains(d.fileName), qPrintable(driver.details()));
    }

    // Not a check: with ICP_WIZARD_SHOTS=DIR, the Documents page for a person to look at.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("ICP_WIZARD_SHOTS");
        if (out.isEmpty())
            QSKIP("set ICP_WIZARD_SHOTS=DIR to write screenshots");
        WindowFixture f;
        QVERIFY(f.ok());
        const auto [wizard, page] = openSampleOnDocuments(f);
        QVERIFY(page);
        DocumentsPageDriver driver(page, f.dialogs);
        fx::CardText card;
        card.idNumber = wizard->draft()->application().persons.at(0).documentNumber;
        const QString wang = personId(wizard->draft()->application(), u"王建国"_s);
        QVERIFY(driver.attachByKeyboard(u"id-front:"_s + wang,
                                        write(u"grey.jpg"_s, fx::jpeg(fx::greyCopy(fx::idCardFront(card))))));
        QVERIFY(driver.view()->selectItem(u"id-front:"_s + wang));
        press(driver.button("viewButton"), Qt::Key_Space);
        for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
            setLanguage(language);
            for (const QSize size : {QSize(1024, 700), QSize(1440, 900)}) {
                f.window->resize(size);
                QTest::qWait(200);
                f.window->grab().save(u"%1/documents-%2-%3.png"_s.arg(out, language).arg(size.width()));
            }
        }
    }
};

QTEST_MAIN(TestWizardDocuments)
#include "tst_wizarddocuments.moc"
