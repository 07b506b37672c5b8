// Obligations marked done (schema step obligation_completions, docs/obligations.md) on SQLite and PostgreSQL:
// a completion comes back field for field, marking again replaces it through the change log (aggregate
// "obligation"), and its evidence is a reference in the document store.
#include "StoreTestSupport.h"
#include "documents/DocumentStore.h"
#include "obligations/MarkDone.h"
#include "store/ChangeLog.h"
#include "store/ObligationCompletionRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

namespace {

ObligationCompletion completion(const QString& id)
{
    ObligationCompletion c;
    c.obligationId = id;
    c.doneOn = QDate(2026, 3, 10); // the day it was done, days before it is recorded
    c.note = u"年报已提交 'quoted' \\ receipt"_s;
    c.evidenceSha256 = QString(64, u'a');
    c.evidenceFileName = u"回执.pdf"_s;
    c.decision = LapseDecision::None;
    c.actor = u"tester"_s;
    c.recordedAt = utc(u"2026-03-20T08:00:00.000Z"_s);
    return c;
}

QString why(const Status& s)
{
    return s.ok() ? QString() : s.error().message;
}

} // namespace

class TestObligationCompletions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCompletionComesBackUnchanged_data() { Backend::addRows(); }
    void aCompletionComesBackUnchanged()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ObligationCompletionRepository repository(**db);
        QVERIFY(repository.find(u"a1"_s).value() == std::nullopt);
        const ObligationCompletion c = completion(u"a1"_s);
        const Status saved = repository.record(c);
        QVERIFY2(saved.ok(), qPrintable(why(saved)));
        QCOMPARE(repository.find(u"a1"_s).value(), std::optional<ObligationCompletion>(c));
        ObligationCompletion lapse = completion(u"b2"_s);
        lapse.decision = LapseDecision::CancelFiling;
        lapse.evidenceSha256.clear();
        lapse.evidenceFileName.clear();
        lapse.recordedAt = QDateTime(); // set to now by record()
        QVERIFY(repository.record(lapse).ok());
        const auto found = repository.find(u"b2"_s).value();
        QVERIFY(found.has_value());
        QCOMPARE(found->decision, LapseDecision::CancelFiling);
        QVERIFY(found->recordedAt.isValid());
        QCOMPARE(repository.list().value().size(), 2);
        QCOMPARE(repository.doneIds().value(), (QSet<QString>{u"a1"_s, u"b2"_s}));
    }

    void markingAgainGoesThroughTheChangeLog_data() { Backend::addRows(); }
    void markingAgainGoesThroughTheChangeLog()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ObligationCompletionRepository repository(**db);
        ObligationCompletion c = completion(u"c3"_s);
        QVERIFY(repository.record(c).ok());
        c.note = u"corrected"_s;
        c.doneOn = QDate(2026, 3, 9);
        c.recordedAt = utc(u"2026-03-21T08:00:00.000Z"_s);
        QVERIFY(repository.record(c).ok());
        QVERIFY(repository.record(c).ok()); // unchanged: nothing logged
        QCOMPARE(countRows(**db, u"obligation_completions"_s, u"obligation_id"_s, u"c3"_s), 1);
        const QList<ChangeLogEntry> entries = ChangeLogRepository(**db).entriesFor(u"c3"_s).value();
        QStringList paths;
        for (const ChangeLogEntry& e : entries) {
            QCOMPARE(e.aggregateType, u"obligation"_s);
            QCOMPARE(e.actor, u"tester"_s);
            paths.append(e.change.path);
        }
        paths.sort();
        QCOMPARE(paths, (QStringList{QString(), u"doneOn"_s, u"note"_s}));
        QCOMPARE(repository.find(u"c3"_s).value()->note, u"corrected"_s);
    }

    void evidenceIsAReferenceInTheDocumentStore_data() { Backend::addRows(); }
    void evidenceIsAReferenceInTheDocumentStore()
    {
        ICP_OPEN_TEST_DATABASE(db);
        QTemporaryDir root;
        DocumentStore store(root.path());
        const Result<StoredFile> stored =
            store.addData(QByteArrayLiteral("%PDF-1.4 receipt of an annual report"));
        QVERIFY(stored.ok());
        QCOMPARE(DocumentStore::referenceCount(**db, stored->sha256).value(), 0);
        ObligationCompletion c = completion(u"d4"_s);
        c.evidenceSha256 = stored->sha256;
        QVERIFY(ObligationCompletionRepository(**db).record(c).ok());
        QCOMPARE(DocumentStore::referenceCount(**db, stored->sha256).value(), 1);
        QVERIFY(DocumentStore::referencedHashes(**db).value().contains(stored->sha256));
        QCOMPARE(store.collectGarbage(**db).value(), QStringList());
        QVERIFY(store.open(stored->sha256).ok());
        QCOMPARE(store.release(**db, stored->sha256).value(), false);
    }
    // markObligationDone (icpctl and the dashboard): the evidence file goes into the document
    // store and is referenced by the mark; a lapse without a decision, a future day or an
    // unreadable evidence file records nothing.
    void markingDoneKeepsTheEvidenceOrNothing_data() { Backend::addRows(); }
    void markingDoneKeepsTheEvidenceOrNothing()
    {
        ICP_OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString receiptPath = dir.filePath(u"回执.pdf"_s);
        QFile receipt(receiptPath);
        QVERIFY(receipt.open(QIODevice::WriteOnly));
        receipt.write("%PDF-1.4 receipt of the 2026 annual report");
        receipt.close();
        const QDate today(2027, 3, 20);

        Obligation report;
        report.id = u"report-2026"_s;
        report.kind = ObligationKind::AnnualReport;
        report.dueOn = QDate(2027, 3, 31);
        ObligationCompletion mark;
        mark.doneOn = QDate(2027, 3, 18);
        mark.note = u"filed online"_s;
        mark.actor = u"tester"_s;
        const Status done = markObligationDone(**db, report, mark, receiptPath, today);
        QVERIFY2(done.ok(), qPrintable(why(done)));
        const std::optional<ObligationCompletion> kept =
            ObligationCompletionRepository(**db).find(u"report-2026"_s).value();
        QVERIFY(kept.has_value());
        QCOMPARE(kept->evidenceFileName, u"回执.pdf"_s);
        QCOMPARE(DocumentStore::referenceCount(**db, kept->evidenceSha256).value(), 1);
        QVERIFY(DocumentStore(DocumentStore::rootFor(**db)).open(kept->evidenceSha256).ok());

        Obligation domain;
        domain.id = u"domain-lapse"_s;
        domain.kind = ObligationKind::DomainExpiry;
        domain.dueOn = QDate(2027, 3, 1);
        const Status noDecision = markObligationDone(**db, domain, mark, QString(), today);
        QCOMPARE(noDecision.error().code, u"obligations.decision-needed"_s);
        ObligationCompletion future = mark;
        future.doneOn = today.addDays(1);
        QVERIFY(!markObligationDone(**db, report, future, QString(), today).ok());
        ObligationCompletion renewed = mark;
        renewed.decision = LapseDecision::Renewed;
        const Status unreadable =
            markObligationDone(**db, domain, renewed, dir.filePath(u"missing.pdf"_s), today);
        QCOMPARE(unreadable.error().code, u"obligations.evidence"_s);
        QCOMPARE(ObligationCompletionRepository(**db).doneIds().value(), QSet<QString>{u"report-2026"_s});
    }
};

QTEST_GUILESS_MAIN(TestObligationCompletions)
#include "tst_obligationcompletions.moc"
