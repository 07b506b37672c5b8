// The content-addressed document store: SHA-256 addresses, deduplication, verification
// on every open, reference counting through the documents table (SQLite and, when
// configured, PostgreSQL).
#include "DocumentFixtures.h"
#include "StoreTestSupport.h"
#include "documents/DocumentStore.h"
#include "store/ApplicationRepository.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

namespace {

Application withDocument(int n, const QString& sha, qint64 size)
{
    Application app = test::fullApplication(n);
    Document d;
    d.id = u"doc-%1"_s.arg(n);
    d.kind = DocumentKind::EntityCertificate;
    d.fileName = u"licence.jpg"_s;
    d.sha256 = sha;
    d.byteSize = size;
    d.mimeType = u"image/jpeg"_s;
    app.documents = {d};
    for (Website& w : app.websites) {
        for (PreApproval& pa : w.preApprovals)
            pa.documentId.clear();
    }
    return app;
}

} // namespace

class TestDocumentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void addingHashesAndDeduplicates()
    {
        DocumentStore store(m_dir.filePath(u"store-a"_s));
        const QByteArray bytes = fx::jpeg(fx::idCardFront({}, true, 500));
        const QString a = m_dir.filePath(u"scan.jpg"_s), b = m_dir.filePath(u"copy with another name.jpeg"_s);
        QVERIFY(fx::writeFile(a, bytes));
        QVERIFY(fx::writeFile(b, bytes));
        const auto first = store.addFile(a);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(first->byteSize, bytes.size());
        QVERIFY(first->added);
        QCOMPARE(first->path, store.pathFor(first->sha256));
        QVERIFY(first->path.contains(u'/' + first->sha256.left(2) + u'/'));
        const auto second = store.addFile(b);
        QVERIFY(second.ok());
        QCOMPARE(second->sha256, first->sha256);
        QVERIFY(!second->added); // deduplicated
        QCOMPARE(QDir(QFileInfo(first->path).path()).entryList(QDir::Files).size(), 1);
    }

    void openVerifiesTheContent_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("code");
        QTest::newRow("an untouched file opens") << u"none"_s << QString();
        QTest::newRow("a changed file is reported, not used") << u"change"_s << u"documents.store.changed"_s;
        QTest::newRow("a truncated file is reported") << u"truncate"_s << u"documents.store.changed"_s;
        QTest::newRow("a missing file is reported") << u"delete"_s << u"documents.store.missing"_s;
        QTest::newRow("a hash that is not SHA-256 is refused")
            << u"bad-hash"_s << u"documents.store.missing"_s;
    }
    void openVerifiesTheContent()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, code);
        DocumentStore store(m_dir.filePath(u"store-"_s + tamper));
        const auto stored = store.addData(fx::pdf({u"Verified"_s}));
        QVERIFY(stored.ok());
        QFile file(stored->path);
        if (tamper == "change"_L1) {
            QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(20);
            file.write("X");
            file.close();
        } else if (tamper == "truncate"_L1) {
            QVERIFY(file.resize(10));
        } else if (tamper == "delete"_L1) {
            QVERIFY(file.remove());
        }
        const auto opened = store.open(tamper == "bad-hash"_L1 ? u"../../etc/passwd"_s : stored->sha256);
        if (code.isEmpty()) {
            QVERIFY(opened.ok());
            QCOMPARE(opened.value(), stored->path);
        } else {
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, code);
            QVERIFY(!opened.error().message.isEmpty());
        }
    }

    void aDamagedStoredCopyIsReplacedOnTheNextAdd()
    {
        DocumentStore store(m_dir.filePath(u"store-repair"_s));
        const QByteArray bytes = fx::png(fx::blankPage(100, 100));
        const auto stored = store.addData(bytes);
        QVERIFY(stored.ok());
        QFile(stored->path).resize(5);
        QVERIFY(!store.open(stored->sha256).ok());
        const auto again = store.addData(bytes);
        QVERIFY(again.ok());
        QVERIFY(again->added);
        QVERIFY(store.open(stored->sha256).ok());
    }

    void unreadableSourcesAreErrors()
    {
        DocumentStore store(m_dir.filePath(u"store-io"_s));
        QCOMPARE(store.addFile(m_dir.filePath(u"nope.pdf"_s)).error().code, u"documents.io"_s);
        QCOMPARE(store.addFile(m_dir.path()).error().code, u"documents.io"_s);
    }

    void releaseKeepsFilesOtherApplicationsUse_data() { test::Backend::addRows(); }
    void releaseKeepsFilesOtherApplicationsUse()
    {
        ICP_OPEN_TEST_DATABASE(db);
        QTemporaryDir dir;
        DocumentStore store(dir.path());
        const auto shared = store.addData(fx::jpeg(fx::idCardFront({}, true, 400)));
        const auto own = store.addData(fx::png(fx::blankPage(300, 300)));
        QVERIFY(shared.ok() && own.ok());

        ApplicationRepository repo(**db);
        Application first = withDocument(1, shared->sha256, shared->byteSize);
        Application second = withDocument(2, shared->sha256, shared->byteSize);
        Document extra = second.documents.constFirst();
        extra.id = u"doc-2b"_s;
        extra.sha256 = own->sha256;
        second.documents.append(extra);
        QVERIFY2(repo.save(first, u"test"_s).ok(), "save first");
        QVERIFY2(repo.save(second, u"test"_s).ok(), "save second");
        QCOMPARE(DocumentStore::referenceCount(**db, shared->sha256).value(), 2);

        // The second application drops both attachments and is saved; then the files are released.
        second.documents.clear();
        QVERIFY(repo.save(second, u"test"_s).ok());
        QCOMPARE(store.release(**db, shared->sha256).value(), false); // the first still uses it
        QVERIFY(store.contains(shared->sha256));
        QCOMPARE(store.release(**db, own->sha256).value(), true); // nobody uses it any more
        QVERIFY(!store.contains(own->sha256));

        // Removing the first application makes the shared file garbage.
        QVERIFY(repo.remove(first.id).ok());
        const auto collected = store.collectGarbage(**db);
        QVERIFY(collected.ok());
        QCOMPARE(collected.value(), QStringList{shared->sha256});
        QVERIFY(!store.contains(shared->sha256));
    }

    void eachDatabaseHasItsOwnStore()
    {
        QTemporaryDir dir;
        auto first = Database::openSqlite(dir.filePath(u"team-a.sqlite"_s));
        auto second = Database::openSqlite(dir.filePath(u"sub/team-b.sqlite"_s));
        QVERIFY(first.ok() && second.ok());
        const QString rootA = DocumentStore::rootFor(*first.value());
        const QString rootB = DocumentStore::rootFor(*second.value());
        QCOMPARE(rootA, dir.filePath(u"team-a-documents"_s));
        QCOMPARE(rootB, dir.filePath(u"sub/team-b-documents"_s));

        // A file both stores hold is released from one without touching the other's copy.
        const QByteArray bytes = fx::png(fx::blankPage(200, 200));
        DocumentStore a(rootA);
        DocumentStore b(rootB);
        const auto inA = a.addData(bytes);
        const auto inB = b.addData(bytes);
        QVERIFY(inA.ok() && inB.ok());
        QCOMPARE(a.release(*first.value(), inA->sha256).value(), true);
        QVERIFY(!a.contains(inA->sha256));
        QVERIFY(b.contains(inB->sha256));
    }

    void sweepingSparesFilesStoredOrAttachedLately()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"icp.sqlite"_s));
        QVERIFY(db.ok());
        DocumentStore store(DocumentStore::rootFor(*db.value()));
        const auto old = store.addData(fx::png(fx::blankPage(120, 120)));
        const auto reattached = store.addData(fx::png(fx::blankPage(140, 140)));
        const auto fresh = store.addData(fx::png(fx::blankPage(160, 160)));
        QVERIFY(old.ok() && reattached.ok() && fresh.ok());
        const QDateTime twoDaysAgo = QDateTime::currentDateTimeUtc().addDays(-2);
        for (const QString& sha : {old->sha256, reattached->sha256}) {
            QFile f(store.pathFor(sha));
            QVERIFY(f.open(QIODevice::Append));
            QVERIFY(f.setFileTime(twoDaysAgo, QFileDevice::FileModificationTime));
        }
        // Attaching the same content again (deduplicated) renews its grace period.
        QVERIFY(store.addData(fx::png(fx::blankPage(140, 140))).ok());

        const auto swept = store.collectGarbage(*db.value(), QDateTime::currentDateTimeUtc().addDays(-1));
        QVERIFY(swept.ok());
        QCOMPARE(swept.value(), QStringList{old->sha256});
        QVERIFY(!store.contains(old->sha256));
        QVERIFY(store.contains(reattached->sha256));
        QVERIFY(store.contains(fresh->sha256));
    }

    void concurrentAddsOfTheSameContentAgree()
    {
        DocumentStore store(m_dir.filePath(u"store-threads"_s));
        const QByteArray bytes = fx::pdf({u"Same content"_s});
        QList<QString> hashes(4);
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&, i] {
                const auto r = store.addData(bytes);
                hashes[i] = r.ok() ? r->sha256 : QString();
            });
        for (std::thread& t : threads)
            t.join();
        for (const QString& h : hashes)
            QCOMPARE(h, hashes.constFirst());
        QVERIFY(store.open(hashes.constFirst()).ok());
    }
};

QTEST_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"
