#include "RuleRows.h"
#include "RulesFixture.h"
#include "core/DataTable.h"
#include "documents/DocumentChecks.h"
#include "rules/ProvinceRules.h"
#include "rules/RuleId.h"
#include "rules/RuleSet.h"
#include "rules/RuleTables.h"
#include "validation/Contact.h"
#include "validation/Province.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using fixture::Base;

namespace {

QString describe(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        lines.append(u"%1 [%2] %3: %4"_s.arg(f.ruleId, severityKey(f.severity), f.fieldPath, f.message));
    return lines.join(u'\n');
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baselinesAreClean_data()
    {
        QTest::addColumn<Base>("base");
        QTest::newRow("organisation filing in Zhejiang") << Base::Organisation;
        QTest::newRow("personal filing in Zhejiang") << Base::Personal;
        QTest::newRow("licence application in Zhejiang") << Base::Licence;
    }
    void baselinesAreClean()
    {
        QFETCH(Base, base);
        const QList<Finding> findings = RuleSet::standard().evaluate(fixture::base(base), fixture::asOf());
        QList<Finding> serious;
        for (const Finding& f : findings) {
            if (f.severity != Severity::Info)
                serious.append(f);
        }
        QVERIFY2(serious.isEmpty(), qPrintable(describe(serious)));
    }

    void rule_data() { rows::addAllRows(); }
    void rule()
    {
        QFETCH(Base, base);
        QFETCH(fixture::Mutation, mutate);
        QFETCH(QString, ruleId);
        QFETCH(bool, present);
        QFETCH(int, severity);
        Application app = fixture::base(base);
        Portfolio portfolio;
        mutate(app, portfolio);
        const QList<Finding> findings = RuleSet::standard().evaluate(app, fixture::asOf(), &portfolio);
        QList<Finding> matching;
        for (const Finding& f : findings) {
            QVERIFY2(RuleSet::standard().rule(f.ruleId).has_value(),
                     qPrintable(u"unknown rule "_s + f.ruleId));
            QVERIFY2(!f.message.isEmpty(), qPrintable(f.ruleId));
            QVERIFY2(!f.fieldPath.isEmpty() && !f.fieldPath.startsWith(u'$'),
                     qPrintable(f.ruleId + f.fieldPath));
            if (f.ruleId == ruleId)
                matching.append(f);
        }
        if (!present) {
            QVERIFY2(matching.isEmpty(), qPrintable(describe(matching)));
            return;
        }
        QVERIFY2(!matching.isEmpty(),
                 qPrintable(u"expected "_s + ruleId + u", got:\n"_s + describe(findings)));
        if (severity >= 0) {
            bool found = false;
            for (const Finding& f : matching)
                found = found || int(f.severity) == severity;
            QVERIFY2(found, qPrintable(u"wrong severity:\n"_s + describe(matching)));
        }
    }

    // Runs after rule_data(): every rule in the catalogue that evaluate() can report
    // has at least one failing and one passing row.
    void everyRuleHasFailingAndPassingRows()
    {
        if (rows::registry().isEmpty())
            QSKIP("run together with rule()");
        QSet<QString> failing, passing;
        for (const rows::Registered& r : rows::registry())
            (r.present ? failing : passing).insert(r.ruleId);
        static const QStringList recordRules = {u"PER-006"_s, u"LIC-006"_s, u"LIC-007"_s, u"LIC-008"_s,
                                                u"LIC-009"_s, u"LIC-010"_s}; // LIC-010: tst_licencerecord
        for (const RuleInfo& info : RuleSet::standard().rules()) {
            if (recordRules.contains(info.id))
                continue; // covered by licenceRecord() and localMobile()
            QVERIFY2(failing.contains(info.id), qPrintable(u"no failing row for "_s + info.id));
            QVERIFY2(passing.contains(info.id), qPrintable(u"no passing row for "_s + info.id));
        }
    }

    void licenceRecord_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("issuedOn");
        QTest::addColumn<QDate>("expiresOn");
        QTest::addColumn<QList<int>>("reportedYears");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<int>("severity"); // -1 = absent
        const QString n = u"浙B2-20230001"_s;
        const QDate issued(2023, 5, 1), expires(2028, 5, 1);
        const QList<int> all = {2023, 2024, 2025};
        QTest::newRow("LIC-008 malformed licence number is rejected")
            << u"浙B2-2023"_s << issued << expires << all << QDate(2026, 6, 1) << u"LIC-008"_s
            << int(Severity::Blocking);
        QTest::newRow("LIC-008 provincial B2 number passes")
            << n << issued << expires << all << QDate(2026, 6, 1) << u"LIC-008"_s << -1;
        QTest::newRow("LIC-009 eight-year validity is questioned")
            << n << issued << QDate(2031, 5, 1) << all << QDate(2026, 6, 1) << u"LIC-009"_s
            << int(Severity::Warning);
        QTest::newRow("LIC-009 five-year validity passes")
            << n << issued << expires << all << QDate(2026, 6, 1) << u"LIC-009"_s << -1;
        QTest::newRow("LIC-006 expired licence blocks")
            << n << issued << expires << all << QDate(2028, 6, 1) << u"LIC-006"_s << int(Severity::Blocking);
        QTest::newRow("LIC-006 renewal inside the 90 days is overdue")
            << n << issued << expires << all << QDate(2028, 3, 1) << u"LIC-006"_s << int(Severity::Warning);
        QTest::newRow("LIC-006 renewal reminder before the 90 days")
            << n << issued << expires << all << QDate(2027, 12, 20) << u"LIC-006"_s << int(Severity::Info);
        QTest::newRow("LIC-006 renewal far away passes")
            << n << issued << expires << all << QDate(2026, 6, 1) << u"LIC-006"_s << -1;
        QTest::newRow("LIC-007 missing 2025 report after 31 March is overdue")
            << n << issued << expires << QList<int>{2023, 2024} << QDate(2026, 6, 1) << u"LIC-007"_s
            << int(Severity::Warning);
        QTest::newRow("LIC-007 missing 2025 report in February is a reminder")
            << n << issued << expires << QList<int>{2023, 2024} << QDate(2026, 2, 1) << u"LIC-007"_s
            << int(Severity::Info);
        QTest::newRow("LIC-007 all reports filed passes")
            << n << issued << expires << all << QDate(2026, 6, 1) << u"LIC-007"_s << -1;
    }
    void licenceRecord()
    {
        QFETCH(QString, number);
        QFETCH(QDate, issuedOn);
        QFETCH(QDate, expiresOn);
        QFETCH(QList<int>, reportedYears);
        QFETCH(QDate, asOf);
        QFETCH(QString, ruleId);
        QFETCH(int, severity);
        Licence licence;
        licence.kind = ApplicationKind::Licence;
        licence.number = number;
        licence.issuedOn = issuedOn;
        licence.expiresOn = expiresOn;
        for (int year : reportedYears)
            licence.annualReports.append(AnnualReport{year, QDate(year + 1, 2, 1)});
        const QList<Finding> findings = RuleSet::standard().evaluateLicence(licence, asOf);
        bool found = false;
        for (const Finding& f : findings) {
            if (f.ruleId == ruleId)
                found = found || severity < 0 || int(f.severity) == severity;
        }
        QVERIFY2(found == (severity >= 0), qPrintable(describe(findings)));
    }

    // PER-006 (R18) depends on the offline geocoder: the home province of the test number is
    // looked up first, then the rule is checked in that province and in another flagged one.
    void localMobile()
    {
        Application app = fixture::organisation();
        app.persons[0].mobile = app.persons[1].mobile;
        const Result<MobileNumber> mobile = parseMobile(app.persons[1].mobile);
        QVERIFY(mobile.ok());
        const int home = mobile->homeProvinceCode;
        if (home == 0)
            QSKIP("the geocoder does not know the test number's province");
        // The PER-006 finding in a province: -1 when absent, else its severity.
        const auto severityIn = [&](int code) {
            Application moved = app;
            fixture::moveTo(moved, code);
            for (const Finding& f : RuleSet::standard().evaluate(moved, fixture::asOf())) {
                if (f.ruleId == "PER-006"_L1)
                    return int(f.severity);
            }
            return -1;
        };
        const int otherLocal = home == 37 ? 41 : 37; // Shandong / Henan require local mobiles
        QCOMPARE(severityIn(otherLocal), int(Severity::Blocking));
        if (home != 11) // Beijing asks for local mobiles only in the older rule set
            QCOMPARE(severityIn(11), int(Severity::Warning));
        const ProvinceRules& rules = ProvinceRules::forProvince(home);
        if (rules.localMobile || rules.localMobileOlderRule)
            QCOMPARE(severityIn(home), -1);
        QCOMPARE(severityIn(33), -1); // Zhejiang: no local-mobile rule
    }

    void ruleIdsAreUniqueAndDocumented()
    {
        const QList<RuleInfo> rules = RuleSet::standard().rules();
        QVERIFY(rules.size() >= 30);
        QSet<QString> ids;
        static const QRegularExpression idPattern(u"^(ENT|PER|WEB|DOM|LIC|DOC|ORD)-\\d{3}$"_s);
        static const QRegularExpression refPattern(u"^(R(0[1-9]|[1-3]\\d|4[0-2])|§\\d+(\\.\\d+)?)$"_s);
        QSet<QString> references;
        for (const RuleInfo& r : rules) {
            QVERIFY2(idPattern.match(r.id).hasMatch(), qPrintable(r.id));
            QVERIFY2(!ids.contains(r.id), qPrintable(u"duplicate "_s + r.id));
            ids.insert(r.id);
            QVERIFY2(refPattern.match(r.reference).hasMatch(), qPrintable(r.id + u' ' + r.reference));
            QVERIFY2(!r.scope.isEmpty() && !r.source.isEmpty() && !r.title.isEmpty(), qPrintable(r.id));
            QCOMPARE(RuleSet::standard().rule(r.id)->reference, r.reference);
            if (r.reference.startsWith(u'R'))
                references.insert(r.reference);
        }
        QVERIFY2(references.size() >= 30, qPrintable(QString::number(references.size())));
        QVERIFY(!RuleSet::standard().rule(u"XXX-001"_s).has_value());
    }

    // RuleId (rules/RuleId.h) is the only way a rule names its id: its list and the
    // catalogue hold the same ids, in the same order, each once; a constant's name spells
    // its id (ENT_004 = "ENT-004").
    void ruleIdConstantsMatchTheCatalogue()
    {
        const QList<RuleInfo> rules = RuleSet::standard().rules();
        QStringList constants;
        for (const rules::RuleId& id : rules::allRuleIds)
            constants.append(id.toString());
        QStringList catalogued;
        for (const RuleInfo& r : rules)
            catalogued.append(r.id);
        QCOMPARE(constants, catalogued);
        QCOMPARE(QSet<QString>(constants.cbegin(), constants.cend()).size(), constants.size());
#define ICP_CHECK_RULE_ID_NAME(name, text)                                                                   \
    QCOMPARE(QString::fromLatin1(#name).replace(u'_', u'-'), rules::RuleId::name.toString());
        ICP_RULE_IDS(ICP_CHECK_RULE_ID_NAME)
        ICP_DOCUMENT_CHECK_IDS(ICP_CHECK_RULE_ID_NAME)
#undef ICP_CHECK_RULE_ID_NAME
    }

    // The same for the document checks (DOC-101…) and their catalogue.
    void documentCheckIdConstantsMatchTheirCatalogue()
    {
        QStringList constants;
        for (const rules::RuleId& id : rules::allDocumentCheckIds)
            constants.append(id.toString());
        QStringList catalogued;
        for (const RuleInfo& r : documentCheckRules())
            catalogued.append(r.id);
        QCOMPARE(constants, catalogued);
        for (const QString& id : constants)
            QVERIFY2(!RuleSet::standard().rule(id).has_value(), qPrintable(id + u" is in both catalogues"_s));
    }

    void dataTablesLoad_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : RuleTables::tableNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void dataTablesLoad()
    {
        QFETCH(QString, name);
        const DataTable& table = DataTable::load(name);
        QVERIFY(table.isValid());
        QVERIFY(table.effective().isValid());
        QVERIFY(!table.source().isEmpty());
        QCOMPARE(table.header().value("table"_L1).toString(), name);
    }

    void provinceTableCoversEveryProvince()
    {
        for (const Province& p : Provinces::all()) {
            if (Provinces::isNonMainlandRegion(p.code))
                continue;
            QVERIFY2(ProvinceRules::forProvince(p.code).code == p.code, qPrintable(p.nameEn));
        }
        QCOMPARE(ProvinceRules::forProvince(99).code, 0); // defaults
        QCOMPARE(ProvinceRules::forProvince(310000).domainMinRemainingMonths, 6);
        QVERIFY(!ProvinceRules::pledgeKeyPhrase().isEmpty());
    }

    void severityKeysRoundTrip()
    {
        for (Severity s : {Severity::Blocking, Severity::Warning, Severity::Info}) {
            QCOMPARE(severityFromKey(severityKey(s)), s);
            QVERIFY(!severityName(s).isEmpty());
        }
        QVERIFY(!severityFromKey(u"fatal"_s).has_value());
    }

    void cancellationsSkipDossierRules()
    {
        Application app = fixture::organisation();
        app.operation = Operation::CancelWebsite;
        app.entity.filingNumber = u"浙ICP备2020012345号"_s;
        app.websites[0].filingNumber = u"浙ICP备2020012345号-1"_s;
        app.persons.clear();
        const QList<Finding> findings = RuleSet::standard().evaluate(app, fixture::asOf());
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
