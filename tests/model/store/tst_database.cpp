#include "StoreTestSupport.h"
#include "store/ApplicationRepository.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

namespace {

QString pragma(Database& db, const QString& name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return u"<failed>"_s;
    return query.value(0).toString();
}

} // namespace

class TestDatabase_ : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { qunsetenv("ICP_DB"); }
    void cleanupTestCase() { qunsetenv("ICP_DB"); }

    void defaultPathIsInAppData()
    {
        const QString path = Database::defaultSqlitePath();
        QVERIFY2(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
                 qPrintable(path));
        QVERIFY(path.endsWith(u"/icp-assistant.sqlite"_s));
    }

    void environmentOverridesDefaultPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"from-env/db.sqlite"_s);
        qputenv("ICP_DB", path.toUtf8());
        QCOMPARE(Database::defaultSqlitePath(), path);
        Result<std::unique_ptr<Database>> db = Database::openSqlite();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db.value()->location(), path);
        QVERIFY(QFile::exists(path));
    }

    void explicitPathOverridesEnvironment()
    {
        QTemporaryDir dir;
        qputenv("ICP_DB", dir.filePath(u"env.sqlite"_s).toUtf8());
        const QString path = dir.filePath(u"a/b/c/explicit.sqlite"_s);
        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY2(QFile::exists(path), "the file and its missing folders are created");
        QVERIFY(!QFile::exists(dir.filePath(u"env.sqlite"_s)));
    }

    void pragmasAreSet_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("journal mode is WAL") << u"journal_mode"_s << u"wal"_s;
        QTest::newRow("foreign keys are enforced") << u"foreign_keys"_s << u"1"_s;
        QTest::newRow("busy timeout is five seconds") << u"busy_timeout"_s << u"5000"_s;
        QTest::newRow("synchronous is NORMAL") << u"synchronous"_s << u"1"_s;
    }
    void pragmasAreSet()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        Result<std::unique_ptr<Database>> db = Database::openSqlite(dir.filePath(u"p.sqlite"_s));
        QVERIFY(db.ok());
        QCOMPARE(pragma(*db.value(), name), expected);
    }

    void walFileIsWrittenBesideTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wal.sqlite"_s);
        Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
        QVERIFY(db.ok());
        ApplicationRepository repo(*db.value());
        QVERIFY(repo.save(fullApplication(1), u"tester"_s).ok());
        QVERIFY2(QFile::exists(path + u"-wal"_s), "a committed write in WAL mode goes to the -wal file");
    }

    void eachDatabaseHasItsOwnConnectionName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"two.sqlite"_s);
        Result<std::unique_ptr<Database>> a = Database::openSqlite(path);
        Result<std::unique_ptr<Database>> b = Database::openSqlite(path);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value()->connectionName() != b.value()->connectionName());
        const QString name = a.value()->connectionName();
        a.value().reset();
        QVERIFY2(!QSqlDatabase::contains(name), "closing a Database removes its connection");
    }

    void secondConnectionSeesCommittedDataOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.sqlite"_s);
        Result<std::unique_ptr<Database>> writer = Database::openSqlite(path);
        Result<std::unique_ptr<Database>> reader = Database::openSqlite(path);
        QVERIFY(writer.ok() && reader.ok());
        ApplicationRepository writing(*writer.value());
        ApplicationRepository reading(*reader.value());
        const Application app = fullApplication(2);

        QVERIFY(writer.value()->connection().transaction());
        QSqlQuery insert(writer.value()->connection());
        QVERIFY(insert.exec(
            u"INSERT INTO applications (id, kind, operation, status, entity_type, certificate_type, "
            "licence_scope) VALUES ('uncommitted', 'filing', 'first-filing', 'draft', "
            "'enterprise', 'business-licence', 'province')"_s));
        QCOMPARE(reading.list().value().size(), 0); // WAL: the reader is not blocked and sees no dirty row
        QVERIFY(writer.value()->connection().rollback());

        QVERIFY(writing.save(app, u"tester"_s).ok());
        const Result<Application> seen = reading.load(app.id);
        QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().message));
        QVERIFY(seen.value() == app);
    }

    void writersInTwoThreadsWaitForEachOther()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"threads.sqlite"_s);
        QVERIFY(Database::openSqlite(path).ok()); // create and migrate once
        // Each thread opens its own Database: connections belong to their thread.
        const auto writer = [path](int first, QString* failure) {
            Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
            if (!db) {
                *failure = db.error().message;
                return;
            }
            ApplicationRepository repo(*db.value());
            QList<Application> apps;
            for (int i = 0; i < 40; ++i)
                apps.append(fullApplication(first + i));
            const Result<int> saved = repo.saveMany(apps, u"thread"_s, {}, 1); // many short transactions
            if (!saved)
                *failure = saved.error().message;
        };
        QString failureA;
        QString failureB;
        std::unique_ptr<QThread> a(QThread::create(writer, 1000, &failureA));
        std::unique_ptr<QThread> b(QThread::create(writer, 2000, &failureB));
        a->start();
        b->start();
        QVERIFY(a->wait(60000) && b->wait(60000));
        QVERIFY2(failureA.isEmpty(), qPrintable(failureA));
        QVERIFY2(failureB.isEmpty(), qPrintable(failureB));
        Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
        QVERIFY(db.ok());
        QCOMPARE(ApplicationRepository(*db.value()).list().value().size(), 80);
    }

    void openingFailsClearly_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a corrupt file is refused with its name")
            << u"corrupt"_s << u"file is not a database"_s;
        QTest::newRow("a directory is refused with its name") << u"directory"_s << u"this is a directory"_s;
        QTest::newRow("a folder that cannot be created is refused with the file's name")
            << u"unwritable"_s << u"cannot be created"_s;
    }
    void openingFailsClearly()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QString path = dir.filePath(u"broken.sqlite"_s);
        if (kind == "corrupt"_L1) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        } else if (kind == "directory"_L1) {
            QVERIFY(QDir().mkpath(path));
        } else {
            QFile file(dir.filePath(u"plain-file"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            path = dir.filePath(u"plain-file/sub/db.sqlite"_s); // a folder below a file
        }
        const Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, u"store.open"_s);
        const QString message = db.error().message;
        QVERIFY2(message.startsWith(u"Cannot open the database "_s + path + u": "_s), qPrintable(message));
        QVERIFY2(message.size() > (u"Cannot open the database "_s + path + u": "_s).size() + 5,
                 qPrintable(message));
    }

    void postgresConnectionErrorsAreClear_data()
    {
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("a connection string without db is refused")
            << u"host=127.0.0.1;port=5432;user=u;password=secret"_s << u"db="_s;
        QTest::newRow("a server that does not answer is reported with its address")
            << u"host=127.0.0.1;port=1;user=app;password=secret;db=app"_s
            << u"postgresql://app@127.0.0.1:1/app"_s;
        QTest::newRow("a schema name that is not an identifier is refused")
            << u"host=127.0.0.1;port=1;user=app;password=secret;db=app;schema=bad name"_s << u"schema"_s;
    }
    void postgresConnectionErrorsAreClear()
    {
        QFETCH(QString, connection);
        QFETCH(QString, mentions);
        const Result<std::unique_ptr<Database>> db = Database::open(connection);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, u"store.open"_s);
        QVERIFY2(db.error().message.contains(mentions), qPrintable(db.error().message));
        QVERIFY2(!db.error().message.contains(u"secret"_s), "the password never appears in a message");
    }
};

QTEST_GUILESS_MAIN(TestDatabase_)
#include "tst_database.moc"
