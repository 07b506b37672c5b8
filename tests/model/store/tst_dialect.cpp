#include "StoreTestSupport.h"
#include "store/Dialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

// Every Dialect fragment must be valid SQL on its backend and mean the same thing.
class TestDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fragmentsWorkOnTheirBackend_data() { Backend::addRows(); }
    void fragmentsWorkOnTheirBackend()
    {
        ICP_OPEN_TEST_DATABASE(db);
        const Dialect& d = (*db)->dialect();
        QSqlQuery q((*db)->connection());
        QVERIFY2(q.exec(u"CREATE TABLE dialect_probe ("_s + d.autoIdColumn(u"id"_s) + u", data "_s +
                        d.blobType() + u", flag "_s + d.booleanType() + u" NOT NULL DEFAULT "_s +
                        d.booleanLiteral(false) +
                        u", name TEXT NOT NULL UNIQUE, stamp TEXT NOT NULL DEFAULT ("_s +
                        d.currentTimestampUtc() + u"))"_s),
                 qPrintable(q.lastError().text()));

        const QByteArray blob("\x00\x01\xfe\xff binary", 11);
        const QStringList columns{u"data"_s, u"flag"_s, u"name"_s};
        QVERIFY(q.prepare(d.upsert(u"dialect_probe"_s, {u"name"_s}, columns)));
        q.bindValue(u":data"_s, blob);
        q.bindValue(u":flag"_s, true);
        q.bindValue(u":name"_s, u"Alpha"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        // The same key again updates instead of failing.
        q.bindValue(u":data"_s, blob);
        q.bindValue(u":flag"_s, false);
        q.bindValue(u":name"_s, u"Alpha"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        QVERIFY(q.exec(u"SELECT id, data, flag, stamp FROM dialect_probe WHERE name "_s +
                       d.caseInsensitiveLike() + u" 'aLP%'"_s));
        QVERIFY2(q.next(), "case-insensitive LIKE found the row");
        QVERIFY(q.value(0).toLongLong() > 0);
        QCOMPARE(q.value(1).toByteArray(), blob);
        QCOMPARE(q.value(2).toBool(), false);
        const QDateTime stamp = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        QVERIFY2(stamp.isValid() && stamp.timeSpec() == Qt::UTC, qPrintable(q.value(3).toString()));
        QVERIFY(qAbs(stamp.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(!q.next());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM dialect_probe WHERE flag = "_s + d.booleanLiteral(false)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void appendOnlyTriggersRefuseChanges_data() { Backend::addRows(); }
    void appendOnlyTriggersRefuseChanges()
    {
        ICP_OPEN_TEST_DATABASE(db);
        const Dialect& d = (*db)->dialect();
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"CREATE TABLE ledger (entry TEXT)"_s));
        for (const QString& sql : d.appendOnlyTriggers(u"ledger"_s))
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"INSERT INTO ledger (entry) VALUES ('one')"_s));
        QVERIFY(!q.exec(u"UPDATE ledger SET entry = 'two'"_s));
        QVERIFY(!q.exec(u"DELETE FROM ledger"_s));
        QVERIFY(q.exec(u"SELECT entry FROM ledger"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"one"_s);
    }
};

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
