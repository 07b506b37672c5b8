// The document analysis cache table (schema v5) on SQLite and PostgreSQL: a row comes back
// byte for byte, is replaced per (hash, analyser version), is found in bulk, is bound and
// never spliced into SQL, and goes when no document refers to its content any more.
#include "StoreTestSupport.h"
#include "store/ApplicationRepository.h"
#include "store/DocumentAnalysisRepository.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

namespace {

QString hashOf(int n)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
}

StoredAnalysis row(int n, int analyser = 1)
{
    // CJK, quotes, a backslash and a long text: what OCR output looks like to the column.
    const QByteArray json = R"({"text":"营业执照 统一社会信用代码 'quoted' \\ )" + QByteArray(20000, 'x') +
                            "\",\"n\":" + QByteArray::number(n) + "}";
    return StoredAnalysis{hashOf(n), analyser, json, utc(u"2025-03-04T05:06:07.890Z"_s).addSecs(n)};
}

QString why(const Status& s)
{
    return s.ok() ? QString() : s.error().message;
}

} // namespace

class TestDocumentAnalysisRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStoredRowComesBackUnchanged_data() { Backend::addRows(); }
    void aStoredRowComesBackUnchanged()
    {
        ICP_OPEN_TEST_DATABASE(db);
        DocumentAnalysisRepository repository(**db);
        QVERIFY(repository.find(hashOf(1), 1).value() == std::nullopt);
        const StoredAnalysis stored = row(1);
        QVERIFY2(repository.put(stored).ok(), qPrintable(why(repository.put(stored))));
        const auto found = repository.find(stored.sha256, 1);
        QVERIFY(found.ok());
        QVERIFY(found->has_value());
        QCOMPARE(found->value().analysis, stored.analysis);
        QCOMPARE(found->value().analysedAt, stored.analysedAt);
        QCOMPARE(found->value(), stored);
    }

    void putReplacesTheRowOfTheSameHashAndVersion_data() { Backend::addRows(); }
    void putReplacesTheRowOfTheSameHashAndVersion()
    {
        ICP_OPEN_TEST_DATABASE(db);
        DocumentAnalysisRepository repository(**db);
        QVERIFY(repository.put(row(1)).ok());
        StoredAnalysis newer = row(1);
        newer.analysis = R"({"again":true})";
        newer.analysedAt = utc(u"2025-06-07T08:09:10Z"_s);
        QVERIFY(repository.put(newer).ok());
        QCOMPARE(repository.find(newer.sha256, 1).value(), std::optional<StoredAnalysis>(newer));
        QCOMPARE(countRows(**db, u"document_analyses"_s, u"sha256"_s, newer.sha256), 1);
    }

    void anotherAnalyserVersionIsAnotherRow_data() { Backend::addRows(); }
    void anotherAnalyserVersionIsAnotherRow()
    {
        ICP_OPEN_TEST_DATABASE(db);
        DocumentAnalysisRepository repository(**db);
        QVERIFY(repository.put(row(1, 1)).ok());
        QVERIFY(repository.find(hashOf(1), 2).value() == std::nullopt);
        QVERIFY(repository.put(row(1, 2)).ok());
        QCOMPARE(repository.find(hashOf(1), 2).value()->analyser, 2);
        QCOMPARE(repository.find(hashOf(1), 1).value()->analyser, 1);
    }

    void findManyReturnsTheRowsThatExistAcrossChunks_data() { Backend::addRows(); }
    void findManyReturnsTheRowsThatExistAcrossChunks()
    {
        ICP_OPEN_TEST_DATABASE(db);
        DocumentAnalysisRepository repository(**db);
        for (int n : {3, 250, 449})
            QVERIFY(repository.put(row(n)).ok());
        QVERIFY(repository.put(row(7, 2)).ok()); // another version: not found
        QStringList hashes;
        for (int n = 0; n < 450; ++n) // more hashes than one statement binds
            hashes.append(hashOf(n));
        const auto found = repository.findMany(hashes, 1);
        QVERIFY(found.ok());
        QStringList got;
        for (const StoredAnalysis& r : found.value())
            got.append(r.sha256);
        got.sort();
        QStringList expected{hashOf(3), hashOf(250), hashOf(449)};
        expected.sort();
        QCOMPARE(got, expected);
        QVERIFY(repository.findMany({}, 1).value().isEmpty());
    }

    void aHashIsBoundNeverSpliced_data() { Backend::addRows(); }
    void aHashIsBoundNeverSpliced()
    {
        ICP_OPEN_TEST_DATABASE(db);
        DocumentAnalysisRepository repository(**db);
        QVERIFY(repository.put(row(1)).ok());
        const QString hostile = u"x') OR ('1'='1"_s;
        QVERIFY(repository.find(hostile, 1).value() == std::nullopt);
        QVERIFY(repository.findMany({hostile}, 1).value().isEmpty());
    }

    void analysesOfContentNoDocumentUsesAreRemoved_data() { Backend::addRows(); }
    void analysesOfContentNoDocumentUsesAreRemoved()
    {
        ICP_OPEN_TEST_DATABASE(db);
        Application app = fullApplication(1);
        QVERIFY(!app.documents.isEmpty());
        const QString attached = app.documents.constFirst().sha256;
        QVERIFY(ApplicationRepository(**db).save(app, u"tester"_s).ok());
        DocumentAnalysisRepository repository(**db);
        StoredAnalysis used = row(1);
        used.sha256 = attached;
        QVERIFY(repository.put(used).ok());
        QVERIFY(repository.put(row(2)).ok());
        const Result<int> removed = repository.removeUnreferenced();
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().message));
        QCOMPARE(removed.value(), 1);
        QVERIFY(repository.find(attached, 1).value().has_value());
        QVERIFY(!repository.find(hashOf(2), 1).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestDocumentAnalysisRepository)
#include "tst_documentanalysisrepository.moc"
