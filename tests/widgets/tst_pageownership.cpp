#include "RuleRows.h"
#include "RulesFixture.h"
#include "domain/FieldPath.h"
#include "rules/RuleSet.h"
#include "wizard/PageOwnership.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using fixture::Base;
using PageId = WizardPage::Id;

Q_DECLARE_METATYPE(std::optional<icp::WizardPage::Id>)

namespace {

// How many pages show `fieldPath` (the wizard routes a finding to the one that does).
int owningPages(const QString& fieldPath)
{
    int count = 0;
    for (const wizard::PageInfo& page : wizard::pageTable())
        count += wizard::pageOwning(fieldPath) == page.id ? 1 : 0;
    return count;
}

} // namespace

// Which wizard page shows which field (widgets/wizard/PageOwnership.cpp): a newcomer
// follows a finding from its rule (RuleId, FieldPath) to the page that shows it.
class TestPageOwnership : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathIsShownOnItsPage_data()
    {
        QTest::addColumn<QString>("fieldPath");
        QTest::addColumn<std::optional<PageId>>("page");
        const std::optional<PageId> none;
        QTest::newRow("the filing province is chosen with the application type")
            << FieldPath::entity().provinceCode() << std::optional(PageId::Type);
        QTest::newRow("the entity's filing number is entered with the application type")
            << FieldPath::entity().filingNumber() << std::optional(PageId::Type);
        QTest::newRow("the operation is a type-page field")
            << FieldPath::operation() << std::optional(PageId::Type);
        QTest::newRow("the status is shown on the type page")
            << FieldPath::status() << std::optional(PageId::Type);
        QTest::newRow("a service category is chosen on the type page")
            << FieldPath::serviceCategory(2) << std::optional(PageId::Type);
        QTest::newRow("the entity's certificate number is on the entity page")
            << FieldPath::entity().certificateNumber() << std::optional(PageId::Entity);
        QTest::newRow("the entity as a whole is the entity page")
            << FieldPath::entity().root() << std::optional(PageId::Entity);
        QTest::newRow("a person's mobile is on the people page")
            << FieldPath::person(0).mobile() << std::optional(PageId::People);
        QTest::newRow("the list of persons is the people page")
            << FieldPath::persons() << std::optional(PageId::People);
        QTest::newRow("a website's name is on the websites page")
            << FieldPath::website(1).name() << std::optional(PageId::Websites);
        QTest::newRow("a domain's expiry is on the websites page")
            << FieldPath::website(1).domain(0).expiresOn() << std::optional(PageId::Websites);
        QTest::newRow("the list of websites is the websites page")
            << FieldPath::websites() << std::optional(PageId::Websites);
        QTest::newRow("the list of a website's access providers is the servers page")
            << FieldPath::website(0).accessList() << std::optional(PageId::Servers);
        QTest::newRow("an access provider is on the servers page")
            << FieldPath::website(3).access(12).provider() << std::optional(PageId::Servers);
        QTest::newRow("a document is on the documents page")
            << FieldPath::document(3).root() << std::optional(PageId::Documents);
        QTest::newRow("a document's file name is on the documents page")
            << FieldPath::document(0).fileName() << std::optional(PageId::Documents);
        QTest::newRow("a granted record's number has no wizard page")
            << FieldPath::licenceRecord().number() << none;
        QTest::newRow("a member that only starts like a list is not inside it") << u"personsCount"_s << none;
    }
    void pathIsShownOnItsPage()
    {
        QFETCH(QString, fieldPath);
        QFETCH(std::optional<PageId>, page);
        QCOMPARE(wizard::pageOwning(fieldPath), page);
    }

    // Every finding the rules make on the rows of tst_rules names a field one page shows.
    void everyRulePathIsOwnedByOnePage_data() { rows::addAllRows(); }
    void everyRulePathIsOwnedByOnePage()
    {
        QFETCH(Base, base);
        QFETCH(fixture::Mutation, mutate);
        Application app = fixture::base(base);
        Portfolio portfolio;
        mutate(app, portfolio);
        for (const Finding& f : RuleSet::standard().evaluate(app, fixture::asOf(), &portfolio))
            QVERIFY2(owningPages(f.fieldPath) == 1, qPrintable(f.ruleId + u' ' + f.fieldPath));
    }

    // The page table: keys are unique and round-trip, steps run 1 to 4 in order.
    void pageTableIsConsistent()
    {
        QSet<QString> keys;
        int step = 1;
        for (const wizard::PageInfo& page : wizard::pageTable()) {
            const QString key = wizard::pageKey(page.id);
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(wizard::pageFromKey(key), std::optional(page.id));
            QVERIFY(page.step == step || page.step == step + 1);
            step = page.step;
        }
        QCOMPARE(step, 4);
        QCOMPARE(wizard::firstPageOfStep(1), PageId::Type);
        QCOMPARE(wizard::firstPageOfStep(2), PageId::Submit);
        QVERIFY(!wizard::pageFromKey(u"nowhere").has_value());
    }
};

QTEST_GUILESS_MAIN(TestPageOwnership)
#include "tst_pageownership.moc"
