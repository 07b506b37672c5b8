// The application wizard (issue 3): a whole filing by keyboard, Next that says what is
// missing, jumping from a finding to its field, live retranslation, the item models,
// steps 3 and 4, and autosave that survives SIGKILL.
#include "DocumentFixtures.h"
#include "DocumentsPageDriver.h"
#include "ExampleDossiers.h"
#include "WizardTestSupport.h"
#include "core/Language.h"
#include "documents/DocumentStore.h"
#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/ApplicationWizard.h"
#include "wizard/AuditPage.h"
#include "wizard/DocumentsPage.h"
#include "wizard/FindingsModel.h"
#include "wizard/GrantedPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/WizardText.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

namespace {

const QString kAppId = u"5d6c1e2a-0000-4a00-8000-000000000001"_s;

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ScriptedDialogProvider dialogs; // a refused file must not open a message box

    bool open(const Application& app)
    {
        auto opened = Database::openSqlite(dir.filePath(u"icp.sqlite"_s));
        if (!opened)
            return false;
        db = std::move(opened).value();
        return ApplicationRepository(*db).save(app, u"test"_s).ok();
    }
};

template <typename T> T* child(QWidget& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace

class TestApplicationWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { setLanguage(u"en"_s); }

    void pageKeysAreStableAndShowPageRefusesUnknownKeys()
    {
        Fixture f;
        QVERIFY(f.open(newApplication(kAppId)));
        ApplicationWizard wizard(*f.db, kAppId, f.dialogs);
        QVERIFY(wizard.isLoaded());
        QCOMPARE(ApplicationWizard::pageKeys().size(), 10);
        QCOMPARE(wizard.currentPageKey(), u"type"_s);
        for (const QString& key : ApplicationWizard::pageKeys()) {
            QVERIFY(wizard.showPage(key));
            QCOMPARE(wizard.currentPageKey(), key);
        }
        QVERIFY(!wizard.showPage(u"no-such-page"_s));
    }

    void aMissingApplicationSaysSo()
    {
        Fixture f;
        QVERIFY(f.open(newApplication(kAppId)));
        ApplicationWizard wizard(*f.db, u"not-there"_s, f.dialogs);
        QVERIFY(!wizard.isLoaded());
        QVERIFY(!wizard.loadError().isEmpty());
        QVERIFY(child<QLabel>(wizard, u"loadError"_s));
    }

    void reopeningReturnsToThePageWithEveryValue()
    {
        Fixture f;
        QVERIFY(f.open(newApplication(kAppId)));
        {
            ApplicationWizard wizard(*f.db, kAppId, f.dialogs);
            wizard.show();
            QVERIFY(wizard.showPage(u"entity"_s));
            typeText(child<QLineEdit>(wizard, u"entityNameLineEdit"_s), u"北京云栈示例科技有限公司"_s);
            typeText(child<QLineEdit>(wizard, u"postcodeLineEdit"_s), u"100080"_s);
            QSignalSpy saved(&wizard, &ApplicationWizard::saved);
            // Autosave within 2 s, without anyone calling saveNow().
            QVERIFY(saved.wait(2000));
        }
        ApplicationWizard reopened(*f.db, kAppId, f.dialogs);
        QCOMPARE(reopened.currentPageKey(), u"entity"_s);
        QCOMPARE(child<QLineEdit>(reopened, u"entityNameLineEdit"_s)->text(), u"北京云栈示例科技有限公司"_s);
        QCOMPARE(child<QLineEdit>(reopened, u"postcodeLineEdit"_s)->text(), u"100080"_s);
    }

    void nextIsBlockedOnAnInvalidFieldAndSaysWhy()
    {
        Fixture f;
        Application app = newApplication(kAppId);
        app.entity.provinceCode = 11;
        QVERIFY(f.open(app));
        ApplicationWizard wizard(*f.db, kAppId, f.dialogs);
        wizard.resize(1024, 700);
        wizard.show();
        QVERIFY(wizard.showPage(u"entity"_s));
        typeText(child<QLineEdit>(wizard, u"entityNameLineEdit"_s), u"北京云栈示例科技有限公司"_s);
        typeText(child<QLineEdit>(wizard, u"certificateAddressLineEdit"_s),
                 u"北京市海淀区中关村示例大街27号"_s);
        typeText(child<QLineEdit>(wizard, u"communicationAddressLineEdit"_s),
                 u"北京市海淀区中关村示例大街27号"_s);
        typeText(child<QLineEdit>(wizard, u"postcodeLineEdit"_s), u"100080"_s);
        // The last character is wrong (check character Q).
        auto* uscc = child<QLineEdit>(wizard, u"certificateNumberLineEdit"_s);
        typeText(uscc, u"91110108MA01R7Q34L"_s);
        // While typing: the state under the field, before any Next.
        auto* usccMessage = child<QLabel>(wizard, u"certificateNumberLineEditMessage"_s);
        QVERIFY(usccMessage);
        QVERIFY2(usccMessage->text().contains(u"check character"_s), qPrintable(usccMessage->text()));
        QVERIFY(uscc->accessibleDescription().contains(usccMessage->text()));

        QTest::keyClick(uscc, Qt::Key_Return); // Enter = Next
        QCOMPARE(wizard.currentPageKey(), u"entity"_s);
        QVERIFY2(wizard.statusMessage().contains(u"91110108MA01R7Q34L"_s),
                 qPrintable(wizard.statusMessage()));
        QCOMPARE(wizard.focusWidget(), uscc);
        // The same rule id and text as icpctl check.
        QTRY_VERIFY2(usccMessage->text().contains(u"ENT-003"_s), qPrintable(usccMessage->text()));

        // Fixed: Next goes on.
        uscc->selectAll();
        typeText(uscc, u"91110108MA01R7Q34Q"_s);
        QTest::keyClick(uscc, Qt::Key_Return);
        QCOMPARE(wizard.currentPageKey(), u"people"_s);
    }

    void activatingAFindingMovesToItsField()
    {
        Fixture f;
        Application app = example(u"enterprise-filing-with-mistakes.json"_s);
        app.status = ApplicationStatus::Draft;
        QVERIFY(f.open(app));
        ApplicationWizard wizard(*f.db, app.id, f.dialogs);
        wizard.resize(1024, 700);
        wizard.show();
        QVERIFY(wizard.showPage(u"review"_s));
        auto* review = qobject_cast<ReviewPage*>(wizard.page(u"review"_s));
        QVERIFY(review);
        FindingsModel* model = review->model();
        QModelIndex target;
        for (int g = 0; g < model->rowCount() && !target.isValid(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r) {
                if (model->index(r, 0, group).data(FindingsModel::FieldPathRole).toString() ==
                    "persons[1].email"_L1)
                    target = model->index(r, 0, group);
            }
        }
        QVERIFY2(target.isValid(), "the PER-015 finding on persons[1].email is listed");
        QCOMPARE(target.parent().data(FindingsModel::PageKeyRole).toString(), u"people"_s);
        review->view()->setCurrentIndex(target);
        press(review->view(), Qt::Key_Return);
        QCOMPARE(wizard.currentPageKey(), u"people"_s);
        auto* email = child<QLineEdit>(wizard, u"personEmailLineEdit"_s);
        QCOMPARE(wizard.focusWidget(), email);
        QCOMPARE(email->text(), app.persons.at(1).email);
        QVERIFY(wizard.focusField(u"websites[2].domains[0].name"_s));
        QCOMPARE(wizard.currentPageKey(), u"websites"_s);
        QCOMPARE(child<QLineEdit>(wizard, u"domainNameLineEdit"_s)->text(), u"yzjobs-example.io"_s);
        QCOMPARE(wizard.focusWidget()->objectName(), u"domainNameLineEdit"_s);
    }

    void theWizardRetranslatesLive()
    {
        Fixture f;
        Application app = example(u"enterprise-filing-with-mistakes.json"_s);
        app.status = ApplicationStatus::Draft;
        QVERIFY(f.open(app));
        ApplicationWizard wizard(*f.db, app.id, f.dialogs);
        wizard.show();
        QVERIFY(wizard.showPage(u"type"_s));
        auto* kind = child<QComboBox>(wizard, u"kindComboBox"_s);
        const QString english = kind->itemText(0);
        QVERIFY(wizard.focusField(u"entity.certificateNumber"_s));
        auto* message = child<QLabel>(wizard, u"certificateNumberLineEditMessage"_s);
        const QString englishMessage = message->text();
        QVERIFY(englishMessage.contains(u"Unified Social Credit Code"_s));

        QVERIFY(setLanguage(u"zh_CN"_s));
        QCoreApplication::processEvents();
        QVERIFY2(kind->itemText(0) != english, qPrintable(kind->itemText(0)));
        QVERIFY2(message->text() != englishMessage && message->text().contains(u"ENT-003"_s),
                 qPrintable(message->text()));
        QCOMPARE(wizard.currentPageKey(), u"entity"_s); // nothing moved
        QCOMPARE(child<QLineEdit>(wizard, u"certificateNumberLineEdit"_s)->text(),
                 app.entity.certificateNumber);

        QVERIFY(setLanguage(u"en"_s));
        QCoreApplication::processEvents();
        QCOMPARE(kind->itemText(0), english);
    }

    void everyModelPassesTheTester()
    {
        Fixture f;
        Application app = example(u"enterprise-filing-with-mistakes.json"_s);
        app.status = ApplicationStatus::Draft;
        QVERIFY(f.open(app));
        ApplicationWizard wizard(*f.db, app.id, f.dialogs);
        auto* review = qobject_cast<ReviewPage*>(wizard.page(u"review"_s));
        QAbstractItemModelTester findings(review->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(review->model()->rowCount() > 0);
        auto* documents = qobject_cast<DocumentsPage*>(wizard.page(u"documents"_s));
        DocumentChecklistModel* checklist = documents->checklist()->model();
        QAbstractItemModelTester checklistTester(checklist,
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(checklist->rowCount() > 0);
        QVERIFY(checklist->rowOf(DocumentChecklist::otherItemKey()) >= 0);
        auto* steps = child<QTreeWidget>(wizard, u"stepList"_s);
        QAbstractItemModelTester stepModel(steps->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Changes go through the models while the testers watch.
        wizard.focusField(u"persons[1].email"_s);
        auto* email = child<QLineEdit>(wizard, u"personEmailLineEdit"_s);
        email->selectAll();
        typeText(email, u"chen.xiaomei@yunzhan-example.cn"_s);
        wizard.draft()->revalidateNow();
        wizard.showPage(u"review"_s);
        // A document nobody asked for, on the Other line (a text PDF: no OCR).
        QTemporaryDir files;
        const QString notes = files.filePath(u"notes.pdf"_s);
        QVERIFY(fixtures::writeFile(notes, fixtures::pdf({u"Meeting notes about the filing"_s})));
        wizard.showPage(u"documents"_s);
        DocumentsPageDriver driver(documents, f.dialogs);
        QVERIFY(driver.ok());
        QCOMPARE(driver.attachByKeyboard(DocumentChecklist::otherItemKey(), notes),
                 std::optional<bool>(true));
        QCOMPARE(wizard.draft()->application().documents.size(), app.documents.size() + 1);
        QCOMPARE(driver.item(DocumentChecklist::otherItemKey())->documents.size(), 1);
        setLanguage(u"zh_CN"_s);
        QCoreApplication::processEvents();
    }

    void aWholeFilingByKeyboardEndsQueued()
    {
        Fixture f;
        QVERIFY(f.open(newApplication(kAppId)));
        QTemporaryDir files;

        ApplicationWizard wizard(*f.db, kAppId, f.dialogs);
        wizard.resize(1024, 700);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const auto next = [&](QWidget* from, const QString& expected) {
            press(from, Qt::Key_Return);
            if (wizard.currentPageKey() != expected)
                qWarning("Next refused: %s", qPrintable(wizard.statusMessage()));
            return wizard.currentPageKey() == expected;
        };
        // Chooses an item with the arrow keys (Space would open the pop-up).
        const auto combo = [&](const QString& name, const QString& text) {
            auto* box = child<QComboBox>(wizard, name);
            press(box, Qt::Key_Home);
            for (int i = 0; i < box->count() && !box->currentText().startsWith(text); ++i)
                press(box, Qt::Key_Down);
            if (!box->currentText().startsWith(text))
                qWarning("no item %s in %s", qPrintable(text), qPrintable(name));
            return box;
        };

        // Application type: a filing (default), first filing (default), Beijing.
        QWidget* province = combo(u"provinceComboBox"_s, u"Beijing"_s);
        QVERIFY(next(province, u"entity"_s));

        // Entity: an enterprise (default).
        typeText(child<QLineEdit>(wizard, u"entityNameLineEdit"_s), u"北京云栈示例科技有限公司"_s);
        typeText(child<QLineEdit>(wizard, u"certificateNumberLineEdit"_s), u"91110108MA01R7Q34Q"_s);
        typeText(child<QLineEdit>(wizard, u"certificateAddressLineEdit"_s),
                 u"北京市海淀区中关村示例大街27号8层801"_s);
        typeText(child<QLineEdit>(wizard, u"communicationAddressLineEdit"_s),
                 u"北京市海淀区中关村示例大街27号8层801"_s);
        typeText(child<QLineEdit>(wizard, u"postcodeLineEdit"_s), u"100080"_s);
        QVERIFY(next(child<QLineEdit>(wizard, u"postcodeLineEdit"_s), u"people"_s));

        // People: one person who is entity principal, legal representative and website principal.
        press(child<QPushButton>(wizard, u"addPersonButton"_s), Qt::Key_Space);
        typeText(child<QLineEdit>(wizard, u"personNameLineEdit"_s), u"王建国"_s);
        typeText(child<QLineEdit>(wizard, u"personDocumentNumberLineEdit"_s), u"110108198203154519"_s);
        typeText(child<QLineEdit>(wizard, u"personMobileLineEdit"_s), u"13800138000"_s);
        typeText(child<QLineEdit>(wizard, u"personLandlineLineEdit"_s), u"010-62345678"_s);
        press(child<QCheckBox>(wizard, u"role-legal-representative"_s), Qt::Key_Space);
        typeText(child<QLineEdit>(wizard, u"personEmailLineEdit"_s), u"wang.jianguo@yunzhan-example.cn"_s);
        QVERIFY(next(child<QLineEdit>(wizard, u"personEmailLineEdit"_s), u"websites"_s));

        // Websites: one site, one domain.
        press(child<QPushButton>(wizard, u"addWebsiteButton"_s), Qt::Key_Space);
        typeText(child<QLineEdit>(wizard, u"websiteNameLineEdit"_s), u"云栈科技官网"_s);
        typeText(child<QPlainTextEdit>(wizard, u"homepageUrlsEdit"_s), u"https://www.yunzhan-example.cn/"_s);
        press(child<QPushButton>(wizard, u"addDomainButton"_s), Qt::Key_Space);
        typeText(child<QLineEdit>(wizard, u"domainNameLineEdit"_s), u"yunzhan-example.cn"_s);
        typeText(child<QLineEdit>(wizard, u"domainRegistrarLineEdit"_s), u"阿里云计算有限公司"_s);
        combo(u"serviceTypeComboBox"_s, u"Organisation"_s);
        typeText(child<QPlainTextEdit>(wizard, u"websiteRemarksEdit"_s), u"企业介绍、产品信息和新闻动态。"_s);
        QVERIFY(next(child<QLineEdit>(wizard, u"websiteNameLineEdit"_s), u"servers"_s));

        // Servers: the access provider in Beijing (the entity's province is the default).
        press(child<QPushButton>(wizard, u"addAccessButton"_s), Qt::Key_Space);
        typeText(child<QLineEdit>(wizard, u"accessProviderLineEdit"_s), u"腾讯云计算（北京）有限责任公司"_s);
        typeText(child<QPlainTextEdit>(wizard, u"ipAddressesEdit"_s), u"192.0.2.10"_s);
        QVERIFY(next(child<QLineEdit>(wizard, u"accessProviderLineEdit"_s), u"documents"_s));

        // Documents: attach what the checklist asks for, made to match what was typed
        // above; every file is checked and read in the background.
        auto* documents = qobject_cast<DocumentsPage*>(wizard.page(u"documents"_s));
        DocumentsPageDriver driver(documents, f.dialogs);
        QVERIFY(driver.ok());
        const QString entityName = u"北京云栈示例科技有限公司"_s, uscc = u"91110108MA01R7Q34Q"_s;
        const QString personId = wizard.draft()->application().persons.constFirst().id;
        // A file that only calls itself a JPEG is refused with the reason; the line stays missing.
        const QString junk = files.filePath(u"scan.jpg"_s);
        QVERIFY(fixtures::writeFile(junk, QByteArray(300 * 1024, 'x')));
        QCOMPARE(driver.attachByKeyboard(u"entity-certificate"_s, junk), std::optional<bool>(false));
        QVERIFY(!f.dialogs.warnings.isEmpty());
        QVERIFY2(f.dialogs.warnings.constLast().contains(u"PDF, JPEG or PNG"_s),
                 qPrintable(f.dialogs.warnings.constLast()));
        QCOMPARE(driver.state(u"entity-certificate"_s), u"missing"_s);

        // Each line gets a document made to match the form (SampleDocuments.h).
        QStringList attached;
        const DocumentChecklist wanted = documents->workspace().checklist();
        for (const ChecklistItem& item : wanted.items()) {
            if (item.need != Severity::Info && item.state != ChecklistItem::State::Ok)
                attached.append(item.requirement);
        }
        const QStringList failed = driver.attachEverythingRequired(QDir(files.path()));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u'\n')));
        // This filing (Beijing, one person in every role) asks for exactly these.
        attached.sort();
        QCOMPARE(attached, QStringList({u"authenticity-sheet"_s, u"entity-certificate"_s, u"id-back"_s,
                                        u"id-front"_s, u"principal-photo"_s}));
        // The credit code and the ID number were read from the scans and matched the form.
        const Application& filled = wizard.draft()->application();
        for (const QString& key : QStringList{u"entity-certificate"_s, u"id-front:"_s + personId}) {
            const ChecklistItem* line = driver.item(key);
            QVERIFY(line && line->documents.size() == 1);
            const DocumentReport* report =
                documents->workspace().report(filled.documents.at(line->documents.constFirst()).sha256);
            QVERIFY(report);
            QVERIFY2(report->checks.passed.contains(u"DOC-111"_s), qPrintable(key));
        }
        QVERIFY(driver.view()->workspace().checklist().complete());
        QVERIFY(next(driver.button("attachButton"), u"review"_s));
        QVERIFY(next(child<QPushButton>(wizard, u"nextButton"_s), u"submit"_s));

        auto* submit = child<QPushButton>(wizard, u"submitButton"_s);
        QVERIFY2(submit->isEnabled(), qPrintable(child<QLabel>(wizard, u"submitBlockedReason"_s)->text()));
        press(submit, Qt::Key_Space);
        QCOMPARE(wizard.currentPageKey(), u"audit"_s);

        ApplicationRepository repository(*f.db);
        const Application stored = repository.load(kAppId).value();
        QCOMPARE(stored.status, ApplicationStatus::Queued);
        QCOMPARE(stored.entity.certificateNumber, u"91110108MA01R7Q34Q"_s);
        QCOMPARE(stored.websites.size(), 1);
        QCOMPARE(stored.websites.constFirst().domains.constFirst().aLabel, u"yunzhan-example.cn"_s);
        // The files are in the database's own store, by hash.
        QCOMPARE(stored.documents.size(), 5);
        const DocumentStore store(DocumentStore::rootFor(*f.db));
        for (const Document& d : stored.documents)
            QVERIFY2(store.contains(d.sha256), qPrintable(d.fileName));
        const QList<OutboxEntry> outbox = OutboxRepository(*f.db).forApplication(kAppId).value();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.constFirst().kind, u"submit"_s);
        QCOMPARE(outbox.constFirst().state, OutboxState::Pending);
    }

    void submitIsDisabledWhileBlockingFindingsRemain()
    {
        Fixture f;
        Application app = example(u"enterprise-filing-with-mistakes.json"_s);
        app.status = ApplicationStatus::Draft;
        QVERIFY(f.open(app));
        ApplicationWizard wizard(*f.db, app.id, f.dialogs);
        QVERIFY(wizard.showPage(u"submit"_s));
        QVERIFY(!child<QPushButton>(wizard, u"submitButton"_s)->isEnabled());
        const QString reason = child<QLabel>(wizard, u"submitBlockedReason"_s)->text();
        QVERIFY2(reason.contains(u"7 blocking"_s), qPrintable(reason));
        QVERIFY(OutboxRepository(*f.db).forApplication(app.id).value().isEmpty());
    }

    void theAuditPageCountsDownAndOffersFixes()
    {
        Fixture f;
        Application app = example(u"enterprise-filing.json"_s);
        const QDateTime sms = QDateTime::currentDateTimeUtc().addSecs(-3600);
        app.status = ApplicationStatus::SmsPending;
        app.history.append(StatusChange{ApplicationStatus::Queued, sms.addSecs(-7200), {}});
        app.history.append(StatusChange{ApplicationStatus::SmsPending, sms, {}});
        QVERIFY(f.open(app));
        {
            ApplicationWizard wizard(*f.db, app.id, f.dialogs);
            wizard.show();
            QCOMPARE(wizard.currentPageKey(), app.wizardPage); // the saved page
            QVERIFY(wizard.showPage(u"audit"_s));
            auto* audit = qobject_cast<AuditPage*>(wizard.page(u"audit"_s));
            QCOMPARE(audit->smsDeadline(), sms.addSecs(24 * 3600));
            auto* countdown = child<QLabel>(wizard, u"smsCountdown"_s);
            QVERIFY(countdown->isVisible());
            QVERIFY2(countdown->text().contains(u"22 h"_s), qPrintable(countdown->text()));
            // The deadline is said in Beijing time, whatever the computer's zone.
            QVERIFY2(countdown->text().contains(wizard::beijingDateTime(sms.addSecs(24 * 3600))),
                     qPrintable(countdown->text()));
            QCOMPARE(child<QTreeWidget>(wizard, u"statusTimeline"_s)->topLevelItemCount(),
                     app.history.size());
        }
        // Returned with a reason that names a field: Fix opens it.
        app.status = ApplicationStatus::Returned;
        app.history.append(StatusChange{ApplicationStatus::Returned, sms.addSecs(60),
                                        u"persons[1].mobile: 手机号码无法接收短信\n请核对后重新提交"_s});
        QVERIFY(ApplicationRepository(*f.db).save(app, u"test"_s).ok());
        ApplicationWizard wizard(*f.db, app.id, f.dialogs);
        wizard.show();
        QVERIFY(wizard.showPage(u"audit"_s));
        auto* fix = child<QPushButton>(wizard, u"fixButton0"_s);
        QVERIFY(fix);
        QVERIFY(!wizard.findChild<QPushButton*>(u"fixButton1"_s)); // the general line has no field
        press(fix, Qt::Key_Space);
        QCOMPARE(wizard.currentPageKey(), u"people"_s);
        QCOMPARE(wizard.focusWidget()->objectName(), u"personMobileLineEdit"_s);
        QCOMPARE(qobject_cast<QLineEdit*>(wizard.focusWidget())->text(), app.persons.at(1).mobile);
    }

    void deadlinesAreShownInBeijingTime()
    {
        // 15:30 UTC is 23:30 in Beijing, the same day; 16:30 UTC is already the next day there.
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString evening =
            wizard::beijingDateTime(QDateTime(QDate(2026, 12, 2), QTime(15, 30), Qt::UTC));
        const QString midnight =
            wizard::beijingDateTime(QDateTime(QDate(2026, 12, 2), QTime(16, 30), Qt::UTC));
        QLocale::setDefault(saved);
        QCOMPARE(evening, u"2026/12/2 23:30 (Beijing time)"_s);
        QCOMPARE(midnight, u"2026/12/3 00:30 (Beijing time)"_s);
        QVERIFY(wizard::beijingDateTime(QDateTime()).isEmpty());
    }

    void theGrantedPageShowsTheFooterAndObligations()
    {
        Fixture f;
        Application app = example(u"enterprise-filing.json"_s);
        app.status = ApplicationStatus::Granted;
        app.history.append(StatusChange{
            ApplicationStatus::Granted, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC), {}});
        app.entity.filingNumber = u"京ICP备2026012345号"_s;
        app.websites[0].filingNumber = u"京ICP备2026012345号-1"_s;
        QVERIFY(f.open(app));
        ApplicationWizard wizard(*f.db, app.id, f.dialogs);
        QVERIFY(wizard.showPage(u"granted"_s));
        const QString footer = child<QPlainTextEdit>(wizard, u"footerSnippet"_s)->toPlainText();
        QVERIFY2(footer.contains(u"href=\"https://beian.miit.gov.cn/\""_s), qPrintable(footer));
        QVERIFY2(footer.contains(u"京ICP备2026012345号"_s), qPrintable(footer));
        press(child<QPushButton>(wizard, u"copyFooterButton"_s), Qt::Key_Space);
        QCOMPARE(QGuiApplication::clipboard()->text(), footer);
        auto* obligations = child<QTreeWidget>(wizard, u"obligationsList"_s);
        QVERIFY(obligations->topLevelItemCount() >= 1);
        // Public-security filing: 30 days from the grant.
        QVERIFY2(obligations->topLevelItem(0)->text(0).contains(wizard::localDate(QDate(2026, 12, 31))),
                 qPrintable(obligations->topLevelItem(0)->text(0)));
    }

    void autosaveSurvivesSigkill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"killed.sqlite"_s);
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db);
            QVERIFY(ApplicationRepository(*db.value()).save(newApplication(kAppId), u"test"_s).ok());
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(env);
        child.start(QString::fromUtf8(ICP_AUTOSAVE_CHILD), {path, kAppId});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("READY"), 30000);
        child.kill(); // SIGKILL: no destructor, no last save
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto db = Database::openSqlite(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        const Application stored = ApplicationRepository(*db.value()).load(kAppId).value();
        QCOMPARE(stored.entity.name, u"北京云栈示例科技有限公司"_s);
        QCOMPARE(stored.entity.certificateNumber, u"91110108MA01R7Q34Q"_s);
        QCOMPARE(stored.entity.postcode, u"100080"_s);
        QCOMPARE(stored.wizardPage, u"entity"_s);
        ScriptedDialogProvider dialogs;
        ApplicationWizard reopened(*db.value(), kAppId, dialogs);
        QCOMPARE(reopened.currentPageKey(), u"entity"_s);
    }

    // Not a check: with ICP_WIZARD_SHOTS=DIR, pictures of every page for a person to look at.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("ICP_WIZARD_SHOTS");
        if (out.isEmpty())
            QSKIP("set ICP_WIZARD_SHOTS=DIR to write screenshots");
        Fixture f;
        Application app = example(u"enterprise-filing-with-mistakes.json"_s);
        app.status = ApplicationStatus::Draft;
        QVERIFY(f.open(app));
        for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
            setLanguage(language);
            for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
                ApplicationWizard wizard(*f.db, app.id, f.dialogs);
                wizard.resize(size);
                wizard.show();
                int n = 0;
                for (const QString& key : ApplicationWizard::pageKeys()) {
                    wizard.showPage(key);
                    QCoreApplication::processEvents();
                    wizard.grab().save(u"%1/%2-%3-%4-%5.png"_s.arg(out, language)
                                           .arg(size.width())
                                           .arg(++n, 2, 10, QLatin1Char('0'))
                                           .arg(key));
                }
            }
        }
    }
};

QTEST_MAIN(TestApplicationWizard)
#include "tst_applicationwizard.moc"
