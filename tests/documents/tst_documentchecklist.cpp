// The document checklist (docs/regulations.md §7.1) derived from the rules engine, its states,
// and the workspace that attaches files to it.
#include "DocumentFixtures.h"
#include "ExampleDossiers.h"
#include "documents/DocumentChecklist.h"
#include "documents/DocumentWorkspace.h"
#include "rules/RuleSet.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

namespace {

const QDate asOf(2026, 11, 29); // the example dossiers are clean as of this date

QStringList keys(const DocumentChecklist& c, const QString& requirement)
{
    QStringList list;
    for (const ChecklistItem& i : c.items()) {
        if (i.requirement == requirement)
            list.append(i.key);
    }
    return list;
}

QString personId(const Application& app, const QString& name)
{
    for (const Person& p : app.persons) {
        if (p.name == name)
            return p.id;
    }
    return {};
}

// Rules that ask for documents, as the requirements table lists them.
const QStringList documentRules{u"DOC-003"_s, u"DOC-004"_s, u"DOC-005"_s, u"PER-003"_s, u"PER-011"_s,
                                u"PER-013"_s, u"ENT-007"_s, u"WEB-005"_s, u"WEB-006"_s};

QList<Finding> documentFindings(const Application& app)
{
    QList<Finding> list;
    for (const Finding& f : RuleSet::standard().evaluate(app, asOf)) {
        if (documentRules.contains(f.ruleId))
            list.append(f);
    }
    return list;
}

// Attaches a placeholder document to every missing item (what a user does).
Application completed(Application app)
{
    const DocumentChecklist list = DocumentChecklist::build(app, asOf);
    for (const ChecklistItem& item : list.items()) {
        if (item.state != ChecklistItem::State::Missing)
            continue;
        Document d =
            DocumentChecklist::documentFor(item, QString(64, u'a'), 1000, u"x.jpg"_s, u"image/jpeg"_s);
        if (item.subject == ChecklistItem::Subject::PreApproval) {
            for (Website& w : app.websites) {
                if (w.id == item.subjectId)
                    w.preApprovals[item.subjectIndex].documentId = d.id;
            }
        }
        app.documents.append(d);
    }
    return app;
}

// Jiangsu (32): entity-principal and website-principal authorisations, a domain
// certificate from the first domain (province-rules table).
Application jiangsu()
{
    Application app = test::example(u"enterprise-filing.json"_s);
    app.entity.provinceCode = 32;
    for (Person& p : app.persons) {
        if (p.name == u"王建国"_s)
            p.roles = {PersonRole::LegalRepresentative};
        if (p.name == u"陈晓梅"_s)
            p.roles = {PersonRole::EntityPrincipal, PersonRole::WebsitePrincipal};
    }
    return app;
}

} // namespace

class TestDocumentChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enterpriseSampleNeedsIdsOfEveryPrincipal()
    {
        const Application app = test::example(u"enterprise-filing.json"_s);
        QVERIFY(!app.persons.isEmpty());
        const DocumentChecklist c = DocumentChecklist::build(app, asOf);
        const QString wang = personId(app, u"王建国"_s), chen = personId(app, u"陈晓梅"_s),
                      liu = personId(app, u"刘洋"_s), zhao = personId(app, u"赵敏"_s);
        for (const QString& p : {wang, chen, liu}) {
            QVERIFY2(c.item(u"id-front:"_s + p), qPrintable(p));
            QVERIFY(c.item(u"id-back:"_s + p));
        }
        // The emergency contact is not a principal: no ID scan needed (DOC-003 says so).
        QVERIFY(!c.item(u"id-front:"_s + zhao));
        QVERIFY(c.item(u"entity-certificate"_s));
        QCOMPARE(c.item(u"entity-certificate"_s)->ruleId, u"DOC-003"_s);
        // The backdrop photo is recommended (a warning) for website principals only.
        QVERIFY(c.item(u"principal-photo:"_s + chen));
        QCOMPARE(c.item(u"principal-photo:"_s + chen)->need, Severity::Warning);
        QVERIFY(!c.item(u"principal-photo:"_s + wang));
        QVERIFY(c.item(u"authenticity-sheet"_s));
        QVERIFY(c.item(u"authenticity-sheet"_s)->letter.has_value());
        // Beijing asks for no domain certificates: the one attached is an extra.
        QVERIFY(keys(c, u"domain-certificate"_s).isEmpty());
        QCOMPARE(keys(c, u"extra"_s).size(), 1);
    }

    void statesFollowTheAttachmentsAndTheirChecks()
    {
        Application app = test::example(u"enterprise-filing.json"_s);
        DocumentChecklist c = DocumentChecklist::build(app, asOf);
        QCOMPARE(c.item(u"entity-certificate"_s)->state, ChecklistItem::State::Attached); // not checked yet
        QVERIFY(!c.complete());

        DocumentFindings findings;
        for (const Document& d : app.documents)
            findings.insert(d.sha256, {});
        c = DocumentChecklist::build(app, asOf, findings);
        QCOMPARE(c.item(u"entity-certificate"_s)->state, ChecklistItem::State::Ok);
        QVERIFY(c.complete());

        const QString licenceSha =
            c.item(u"entity-certificate"_s)->documents.isEmpty()
                ? QString()
                : app.documents[c.item(u"entity-certificate"_s)->documents.constFirst()].sha256;
        findings[licenceSha] = {Finding{u"DOC-107"_s, Severity::Blocking, {}, u"grey"_s}};
        c = DocumentChecklist::build(app, asOf, findings);
        QCOMPARE(c.item(u"entity-certificate"_s)->state, ChecklistItem::State::Failed);
        QVERIFY(!c.complete());

        app.documents.removeIf([](const Document& d) { return d.kind == DocumentKind::EntityCertificate; });
        c = DocumentChecklist::build(app, asOf, findings);
        QCOMPARE(c.item(u"entity-certificate"_s)->state, ChecklistItem::State::Missing);
        QCOMPARE(c.count(ChecklistItem::State::Missing), 1);
    }

    void personalFilingHasNoEntityCertificateAndAcceptsAHandHeldPhoto()
    {
        const Application app = test::example(u"personal-filing.json"_s);
        const DocumentChecklist c = DocumentChecklist::build(app, asOf);
        QVERIFY(!c.item(u"entity-certificate"_s));
        const QString sun = app.persons.constFirst().id;
        const ChecklistItem* photo = c.item(u"principal-photo:"_s + sun);
        QVERIFY(photo);
        QVERIFY(photo->kinds.contains(DocumentKind::HandHeldIdPhoto));
        QCOMPARE(photo->state, ChecklistItem::State::Attached);
    }

    void provinceRulesAddLettersAndDomainCertificates()
    {
        const Application app = jiangsu();
        const DocumentChecklist c = DocumentChecklist::build(app, asOf);
        // PER-011: the entity principal is not the legal representative.
        const ChecklistItem* epa = c.item(u"entity-principal-authorisation"_s);
        QVERIFY(epa);
        QCOMPARE(epa->ruleId, u"PER-011"_s);
        QCOMPARE(epa->letter, std::optional<LetterKind>(LetterKind::EntityPrincipalAuthorisation));
        // PER-013: one website-principal authorisation per website.
        QCOMPARE(keys(c, u"website-principal-authorisation"_s).size(), app.websites.size());
        // §5.4: a domain certificate for every domain; the one attached fills the first line.
        int domains = 0;
        for (const Website& w : app.websites)
            domains += int(w.domains.size());
        const QStringList certs = keys(c, u"domain-certificate"_s);
        QCOMPARE(certs.size(), domains);
        QCOMPARE(c.item(certs.constFirst())->state, ChecklistItem::State::Attached);
        QCOMPARE(c.item(certs.constLast())->state, ChecklistItem::State::Missing);
        // 王建国 is no longer a principal: his ID scans are attached but not required.
        const QStringList extras = keys(c, u"extra"_s);
        QCOMPARE(extras.size(), 2);
        for (const QString& key : extras) {
            const ChecklistItem* extra = c.item(key);
            QCOMPARE(extra->need, Severity::Info);
            QCOMPARE(app.documents[extra->documents.constFirst()].subjectId, personId(app, u"王建国"_s));
        }
    }

    void theOtherLineIsAlwaysThereAndNeverRequired()
    {
        Application app = test::example(u"enterprise-filing.json"_s);
        app.documents.clear();
        DocumentChecklist c = DocumentChecklist::build(app, asOf);
        const QString key = DocumentChecklist::otherItemKey();
        QVERIFY(c.item(key));
        QCOMPARE(c.items().constLast().key, key);
        QCOMPARE(c.item(key)->need, Severity::Info);
        QCOMPARE(c.item(key)->state, ChecklistItem::State::Missing);
        int missingNeeded = 0;
        for (const ChecklistItem& i : c.items())
            missingNeeded += i.state == ChecklistItem::State::Missing && i.need != Severity::Info ? 1 : 0;
        QCOMPARE(c.count(ChecklistItem::State::Missing), missingNeeded); // not counted as missing
        // A document attached there is of kind Other and stays on that line.
        const Document d = DocumentChecklist::documentFor(*c.item(key), QString(64, u'c'), 10, u"notes.pdf"_s,
                                                          u"application/pdf"_s);
        QCOMPARE(d.kind, DocumentKind::Other);
        app.documents.append(d);
        c = DocumentChecklist::build(app, asOf);
        QCOMPARE(c.item(key)->documents, QList<int>{0});
        QCOMPARE(c.item(key)->state, ChecklistItem::State::Attached);
        QVERIFY(keys(c, u"extra"_s).isEmpty());
        // What is attached there is checked like anything else, and a failure counts.
        const int failedBefore = c.count(ChecklistItem::State::Failed);
        DocumentFindings findings;
        findings.insert(d.sha256, {Finding{u"DOC-103"_s, Severity::Blocking, u"documents[0]"_s, u"PDF"_s}});
        c = DocumentChecklist::build(app, asOf, findings);
        QCOMPARE(c.item(key)->state, ChecklistItem::State::Failed);
        QCOMPARE(c.count(ChecklistItem::State::Failed), failedBefore + 1);
    }

    void preApprovalPermitsAreLinkedFromTheirRecord()
    {
        Application app = test::example(u"enterprise-filing.json"_s);
        app.websites[0].preApprovals = {PreApproval{u"drugs"_s, u"(京)-经营性-2026-0001"_s, {}}};
        DocumentChecklist c = DocumentChecklist::build(app, asOf);
        const QString key = u"pre-approval-permit:%1:0"_s.arg(app.websites[0].id);
        QVERIFY(c.item(key));
        QCOMPARE(c.item(key)->ruleId, u"WEB-006"_s);
        QCOMPARE(c.item(key)->state, ChecklistItem::State::Missing);
        Document permit = DocumentChecklist::documentFor(*c.item(key), QString(64, u'b'), 10, u"p.pdf"_s,
                                                         u"application/pdf"_s);
        app.documents.append(permit);
        app.websites[0].preApprovals[0].documentId = permit.id;
        c = DocumentChecklist::build(app, asOf);
        QCOMPARE(c.item(key)->state, ChecklistItem::State::Attached);
    }

    // The checklist and the rules engine agree: attaching what the checklist asks for
    // clears every document finding, and every missing required line is a finding.
    void checklistAgreesWithTheRules_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("enterprise filing in Beijing") << u"enterprise"_s;
        QTest::newRow("personal filing in Guangdong") << u"personal"_s;
        QTest::newRow("enterprise filing moved to Jiangsu") << u"jiangsu"_s;
        QTest::newRow("enterprise filing in Jiangsu with nothing attached") << u"jiangsu-empty"_s;
    }
    void checklistAgreesWithTheRules()
    {
        QFETCH(QString, which);
        Application app = which == "personal"_L1     ? test::example(u"personal-filing.json"_s)
                          : which == "enterprise"_L1 ? test::example(u"enterprise-filing.json"_s)
                                                     : jiangsu();
        if (which.endsWith(u"-empty"_s))
            app.documents.clear();
        const DocumentChecklist before = DocumentChecklist::build(app, asOf);
        const QList<Finding> findings = documentFindings(app);
        for (const ChecklistItem& item : before.items()) {
            if (item.state != ChecklistItem::State::Missing || item.need == Severity::Info)
                continue;
            bool reported = false;
            // Same rule; the message may differ where it counts documents (DOC-005 "2 are attached").
            for (const Finding& f : findings)
                reported = reported || (f.ruleId == item.ruleId &&
                                        (f.message == item.reason || f.ruleId == "DOC-005"_L1));
            QVERIFY2(reported, qPrintable(item.key));
        }
        const QList<Finding> after = documentFindings(completed(app));
        QVERIFY2(after.isEmpty(), qPrintable(after.value(0).ruleId + u' ' + after.value(0).message));
    }

    void workspaceAttachesRefusesAndRemoves()
    {
        QTemporaryDir dir;
        DocumentStore store(dir.filePath(u"store"_s));
        Application app = test::example(u"enterprise-filing.json"_s);
        app.documents.clear();
        DocumentWorkspace ws(store, app, asOf);
        const QString wang = personId(app, u"王建国"_s);
        const QString key = u"id-front:"_s + wang;
        QVERIFY(ws.checklist().item(key));

        const QString notAPdf = dir.filePath(u"notes.pdf"_s);
        fx::writeFile(notAPdf, "not a document");
        const auto refused = ws.prepare(notAPdf, key);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"documents.format"_s);
        QVERIFY(refused.error().message.contains(u"notes.pdf"_s));

        fx::CardText text;
        text.idNumber = app.persons[0].documentNumber;
        const QString scan = dir.filePath(u"front.png"_s); // named .png but written as JPEG
        fx::writeFile(scan, fx::jpeg(fx::idCardFront(text, true, 900)));
        const auto prepared = ws.prepare(scan, key);
        QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().message));
        QCOMPARE(prepared->document.fileName, u"front.jpg"_s); // named after its content
        QCOMPARE(prepared->document.mimeType, u"image/jpeg"_s);
        const Document d = ws.commit(prepared.value());
        QCOMPARE(d.kind, DocumentKind::IdFront);
        QCOMPARE(d.subjectId, wang);
        QVERIFY(store.contains(d.sha256));
        // checklist() returns a value: keep it alive while its item is read.
        const DocumentChecklist checklist = ws.checklist();
        const ChecklistItem* item = checklist.item(key);
        QVERIFY(item->state == ChecklistItem::State::Ok || item->state == ChecklistItem::State::Failed);
        QVERIFY(ws.report(d.sha256));
        QVERIFY(ws.openVerified(d).ok());

        QCOMPARE(ws.remove(d.id), std::optional<QString>(d.sha256));
        QCOMPARE(ws.checklist().item(key)->state, ChecklistItem::State::Missing);
    }

    void fixingTheFormClearsTheMismatchWithoutReadingAgain()
    {
        QTemporaryDir dir;
        DocumentStore store(dir.filePath(u"store"_s));
        Application app = test::example(u"enterprise-filing.json"_s);
        app.documents.clear();
        const QString onLicence = app.entity.certificateNumber;
        const QString typo = fx::uscc(u"440300"_s, u"MA5F3K9L"_s); // valid, but another entity's
        QVERIFY(typo != onLicence);
        app.entity.certificateNumber = typo;
        DocumentWorkspace ws(store, app, asOf);

        fx::CardText text;
        text.entityName = app.entity.name;
        text.uscc = onLicence;
        text.validity = u"2015年03月01日 至 长期"_s;
        const QString scan = dir.filePath(u"licence.jpg"_s);
        QVERIFY(fx::writeFile(scan, fx::jpeg(fx::businessLicence(text, true, 2000), 92)));
        const auto prepared = ws.prepare(scan, u"entity-certificate"_s);
        QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().message));
        const Document d = ws.commit(prepared.value());
        const auto mismatch = [&] {
            for (const Finding& f : ws.findings().value(d.sha256)) {
                if (f.ruleId == "DOC-111"_L1 && f.severity == Severity::Blocking)
                    return true;
            }
            return false;
        };
        QVERIFY2(mismatch(), "the licence shows another credit code than the form");

        // The user corrects the form: the document is judged again from what was read.
        Application fixed = ws.application();
        fixed.entity.certificateNumber = onLicence;
        ws.setApplication(fixed);
        QVERIFY(!mismatch());
        QVERIFY(ws.report(d.sha256)->checks.passed.contains(u"DOC-111"_s));
        QCOMPARE(ws.checklist().item(u"entity-certificate"_s)->state, ChecklistItem::State::Ok);

        // And back: the finding returns.
        fixed.entity.certificateNumber = typo;
        ws.setApplication(fixed);
        QVERIFY(mismatch());
    }

    void changedStoredFileFailsItsLine()
    {
        QTemporaryDir dir;
        DocumentStore store(dir.filePath(u"store"_s));
        Application app = test::example(u"personal-filing.json"_s);
        app.documents.clear();
        DocumentWorkspace ws(store, app, asOf);
        const QString key = u"id-back:"_s + app.persons[0].id;
        const QString scan = dir.filePath(u"back.jpg"_s);
        fx::CardText text;
        text.validity = u"2020.01.01-2040.01.01"_s;
        fx::writeFile(scan, fx::jpeg(fx::idCardBack(text, true, 900)));
        const auto prepared = ws.prepare(scan, key);
        QVERIFY(prepared.ok());
        const Document d = ws.commit(prepared.value());
        QFile stored(store.pathFor(d.sha256));
        QVERIFY(stored.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(stored.resize(100));
        QVERIFY(!ws.openVerified(d).ok());
        // checklist() returns a value: keep it alive while its item is read.
        const DocumentChecklist checklist = ws.checklist();
        const ChecklistItem* item = checklist.item(key);
        QCOMPARE(item->state, ChecklistItem::State::Failed);
        QCOMPARE(item->findings.constLast().ruleId, u"DOC-113"_s);
    }
};

QTEST_MAIN(TestDocumentChecklist)
#include "tst_documentchecklist.moc"
