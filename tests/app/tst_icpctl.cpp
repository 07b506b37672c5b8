// icpctl run as a real process: exit codes and output of every command.
#include "Icpctl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = icp::test::IcpctlRun;

// The database can also come from ICP_DB instead of --db.
Run icpctl(const QStringList& arguments, const QString& db = {})
{
    return db.isEmpty() ? icp::test::runIcpctl(arguments)
                        : icp::test::runIcpctl(arguments, icp::test::environmentWith({{u"ICP_DB"_s, db}}));
}

QString data(const QString& relative)
{
    return QString::fromUtf8(ICP_TEST_DATA_DIR) + u'/' + relative;
}

} // namespace

class TestIcpctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expectedOutput");

        QTest::newRow("the standard's example ID prints exactly valid")
            << QStringList{u"validate"_s, u"id"_s, u"11010519491231002X"_s} << 0 << u"valid\n"_s;
        QTest::newRow("an ID with a wrong check character is invalid")
            << QStringList{u"validate"_s, u"id"_s, u"110105194912310021"_s} << 1 << u"invalid: "_s;
        QTest::newRow("several values give one line each, prefixed with the value")
            << QStringList{u"validate"_s, u"id"_s, u"11010519491231002X"_s, u"360426199101010071"_s} << 0
            << u"11010519491231002X: valid\n360426199101010071: valid\n"_s;
        QTest::newRow("one invalid value among valid ones makes the exit code 1")
            << QStringList{u"validate"_s, u"uscc"_s, u"91110000600037341L"_s, u"91110000600037341A"_s} << 1
            << u"91110000600037341A: invalid: "_s;
        QTest::newRow("a fileable domain prints its A-label and registrable domain")
            << QStringList{u"validate"_s, u"domain"_s, u"https://WWW.Example.com.cn/path"_s} << 0
            << u"registrable=example.com.cn"_s;
        QTest::newRow("a domain whose suffix cannot be filed is invalid")
            << QStringList{u"validate"_s, u"domain"_s, u"example.io"_s} << 1 << u"invalid: "_s;
        QTest::newRow("an ICP number prints its parts")
            << QStringList{u"validate"_s, u"icp-number"_s, u"京ICP备2021034286号-3"_s} << 0 << u"site=3"_s;
        QTest::newRow("Guizhou's wrong abbreviation is rejected")
            << QStringList{u"validate"_s, u"icp-number"_s, u"贵ICP备2021034286号"_s} << 1 << u"invalid: "_s;
        QTest::newRow("a provincial B2 licence number is valid")
            << QStringList{u"validate"_s, u"licence-number"_s, u"粤B2-20090059"_s} << 0 << u"valid"_s;
        QTest::newRow("a mobile number is valid")
            << QStringList{u"validate"_s, u"mobile"_s, u"+86 138 0013 8000"_s} << 0 << u"valid"_s;
        QTest::newRow("an e-mail without a domain is invalid")
            << QStringList{u"validate"_s, u"email"_s, u"someone@"_s} << 1 << u"invalid: "_s;
        QTest::newRow("an unknown kind is a usage error")
            << QStringList{u"validate"_s, u"colour"_s, u"red"_s} << 2 << QString();
        QTest::newRow("a kind without values is a usage error")
            << QStringList{u"validate"_s, u"id"_s} << 2 << QString();
        QTest::newRow("an unknown command is a usage error")
            << QStringList{u"frobnicate"_s} << 2 << QString();
        QTest::newRow("no command at all is a usage error") << QStringList{} << 2 << QString();
        QTest::newRow("help exits 0") << QStringList{u"--help"_s} << 0 << u"validate"_s;
        QTest::newRow("command help exits 0") << QStringList{u"validate"_s, u"--help"_s} << 0 << u"--json"_s;
        QTest::newRow("an unknown language is a usage error")
            << QStringList{u"--lang"_s, u"fr"_s, u"validate"_s, u"id"_s, u"1"_s} << 2 << QString();
    }

    void validate()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expectedOutput);
        const Run run = icpctl(arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
        if (expectedOutput.endsWith(u'\n'))
            QCOMPARE(run.out, expectedOutput);
        else
            QVERIFY2(run.out.contains(expectedOutput), qPrintable(run.out));
    }

    void validateJson()
    {
        const Run run = icpctl({u"validate"_s, u"--json"_s, u"id"_s, u"11010519491231002X"_s, u"123"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(u"\"birthDate\": \"1949-12-31\""_s));
        QVERIFY(run.out.contains(u"\"valid\": false"_s));
    }

    void chineseMessages()
    {
        const Run run = icpctl({u"--lang"_s, u"zh_CN"_s, u"validate"_s, u"id"_s, u"110105194912310021"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.startsWith(u"invalid: "_s));
        // The reason is in Chinese: at least one CJK character.
        bool cjk = false;
        for (QChar c : run.out)
            cjk = cjk || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF);
        QVERIFY2(cjk, qPrintable(run.out));
    }
    void importListExportRoundTrip_data()
    {
        QTest::addColumn<QString>("dossier");
        QTest::newRow("enterprise filing") << u"dossiers/enterprise-filing.json"_s;
        QTest::newRow("personal filing") << u"dossiers/personal-filing.json"_s;
        QTest::newRow("licence application") << u"dossiers/licence-application.json"_s;
    }

    void importListExportRoundTrip()
    {
        QFETCH(QString, dossier);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"icp.sqlite"_s);
        const Run imported = icpctl({u"--db"_s, db, u"import"_s, data(dossier)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString id = imported.out.trimmed();
        QVERIFY(!id.isEmpty());

        const Run listed = icpctl({u"list"_s, u"--json"_s}, db); // the database comes from ICP_DB here
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(id), qPrintable(listed.out));

        const QString exportedFile = dir.filePath(u"out.json"_s);
        const Run exported = icpctl({u"--db"_s, db, u"export"_s, id, u"-o"_s, exportedFile});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile original(data(dossier));
        QFile written(exportedFile);
        QVERIFY(original.open(QIODevice::ReadOnly) && written.open(QIODevice::ReadOnly));
        const QByteArray first = written.readAll();
        // The export is the original minus its export time (an export carries no clock of its own).
        QString expected = QString::fromUtf8(original.readAll());
        expected.remove(QRegularExpression(u"\\n  \"exportedAt\": \"[^\"]*\",(?=\\n)"_s));
        QCOMPARE(QString::fromUtf8(first), expected);

        // export → import → export is byte-identical, also through standard output.
        const QString secondDb = dir.filePath(u"second.sqlite"_s);
        QCOMPARE(icpctl({u"--db"_s, secondDb, u"import"_s, exportedFile}).exitCode, 0);
        const Run second = icpctl({u"--db"_s, secondDb, u"export"_s, id});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out.toUtf8(), first);
    }

    void importReportsEveryProblemWithItsLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"icp.sqlite"_s);
        const Run run = icpctl({u"--db"_s, db, u"import"_s, data(u"dossiers/enterprise-filing.json"_s),
                                data(u"dossiers/invalid/wrong-types.json"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"wrong-types.json:"_s), qPrintable(run.err));
        // Nothing is imported when one of the files is broken.
        const Run listed = icpctl({u"--db"_s, db, u"list"_s, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out.trimmed(), u"[\n]"_s);
    }

    void exportOfAnUnknownApplicationIsInvalid()
    {
        QTemporaryDir dir;
        const Run run = icpctl({u"--db"_s, dir.filePath(u"icp.sqlite"_s), u"export"_s, u"no-such-id"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }

    void unreadableDatabaseIsAnInputError()
    {
        QTemporaryDir dir;
        QFile garbage(dir.filePath(u"garbage.sqlite"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        const Run run = icpctl({u"--db"_s, garbage.fileName(), u"list"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"garbage.sqlite"_s), qPrintable(run.err));
    }

    // The findings of each example dossier are documented next to it
    // (tests/data/dossiers/<name>.findings.txt, explained in the README there).
    void checkGivesTheDocumentedFindings_data()
    {
        QTest::addColumn<QString>("dossier");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("enterprise filing") << u"enterprise-filing"_s << 0;
        QTest::newRow("personal filing") << u"personal-filing"_s << 0;
        QTest::newRow("licence application") << u"licence-application"_s << 0;
        QTest::newRow("enterprise filing with mistakes") << u"enterprise-filing-with-mistakes"_s << 1;
    }

    void checkGivesTheDocumentedFindings()
    {
        QFETCH(QString, dossier);
        QFETCH(int, exitCode);
        const Run run =
            icpctl({u"check"_s, data(u"dossiers/"_s + dossier + u".json"_s), u"--as-of"_s, u"2026-11-29"_s});
        QFile expected(data(u"dossiers/"_s + dossier + u".findings.txt"_s));
        QVERIFY2(expected.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(expected.fileName()));
        QCOMPARE(run.out, QString::fromUtf8(expected.readAll()));
        QCOMPARE(run.exitCode, exitCode);
    }

    void checkOfABrokenDossierIsAnInputError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("syntax error") << u"syntax-error.json"_s;
        QTest::newRow("empty file") << u"empty.json"_s;
        QTest::newRow("binary garbage") << u"binary-garbage.json"_s;
        QTest::newRow("future version") << u"future-version.json"_s;
        QTest::newRow("missing file") << u"does-not-exist.json"_s;
    }

    void checkOfABrokenDossierIsAnInputError()
    {
        QFETCH(QString, file);
        const Run run = icpctl({u"check"_s, data(u"dossiers/invalid/"_s + file)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(file), qPrintable(run.err));
    }

    void checkIncludesTheLifecycleOfTheDossiersLicences()
    {
        // Two years on, the annual reports of the licence in the example are overdue.
        const Run run = icpctl({u"check"_s, data(u"dossiers/licence-application.json"_s), u"--as-of"_s,
                                u"2029-02-01"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"\"fieldPath\": \"licences[1].annualReports\""_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"\"ruleId\": \"LIC-007\""_s));
    }

    // Deadlines run on Beijing time and skip the State Council's holidays
    // (docs/regulations.md §11); --as-of names a day in Beijing.
    void checkDeadlinesRunOnBeijingTime_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("enteredAt");
        QTest::addColumn<QString>("realNameVerifiedOn");
        QTest::addColumn<QString>("plannedSubmission");
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("expected");
        // Sent at 07:00 Beijing time on 11-29 (still 11-28 in UTC): due at 07:00 on 11-30.
        QTest::newRow("SMS window still open at the start of the Beijing day")
            << u"sms-pending"_s << u"2026-11-28T23:00:00Z"_s << u"2024-03-18"_s << u"2026-11-26"_s
            << u"2026-11-30"_s
            << u"ORD-005 status: Complete the MIIT SMS verification by 2026-11-30 07:00 Beijing time"_s;
        QTest::newRow("SMS window passed the next Beijing day")
            << u"sms-pending"_s << u"2026-11-28T23:00:00Z"_s << u"2024-03-18"_s << u"2026-11-26"_s
            << u"2026-12-01"_s
            << u"ORD-005 status: The SMS verification deadline passed on 2026-11-30 07:00 Beijing time"_s;
        // Verified the day before National Day: 10-08, 10-09 and the make-up Saturday 10-10.
        QTest::newRow("real-name lead time skips National Day")
            << u"draft"_s << QString() << u"2026-09-30"_s << u"2026-10-08"_s << u"2026-09-30"_s
            << u"Submit on 2026-10-10 or later."_s;
    }

    void checkDeadlinesRunOnBeijingTime()
    {
        QFETCH(QString, status);
        QFETCH(QString, enteredAt);
        QFETCH(QString, realNameVerifiedOn);
        QFETCH(QString, plannedSubmission);
        QFETCH(QString, asOf);
        QFETCH(QString, expected);
        QFile example(data(u"dossiers/enterprise-filing.json"_s));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject dossier = QJsonDocument::fromJson(example.readAll()).object();
        QJsonObject app = dossier.value("application"_L1).toObject();
        app.insert("status"_L1, status);
        app.insert("plannedSubmission"_L1, plannedSubmission);
        if (!enteredAt.isEmpty()) {
            QJsonArray history = app.value("history"_L1).toArray();
            history.append(QJsonObject{{"at"_L1, enteredAt}, {"note"_L1, QString()}, {"status"_L1, status}});
            app.insert("history"_L1, history);
        }
        QJsonArray websites = app.value("websites"_L1).toArray();
        QJsonObject website = websites.at(0).toObject();
        QJsonArray domains = website.value("domains"_L1).toArray();
        QJsonObject domain = domains.at(0).toObject();
        domain.insert("realNameVerifiedOn"_L1, realNameVerifiedOn);
        domains.replace(0, domain);
        website.insert("domains"_L1, domains);
        websites.replace(0, website);
        app.insert("websites"_L1, websites);
        dossier.insert("application"_L1, app);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"dossier.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(dossier).toJson());
        file.close();
        const Run run = icpctl({u"check"_s, file.fileName(), u"--as-of"_s, asOf});
        QVERIFY2(run.out.contains(expected), qPrintable(run.out + run.err));
    }

    void checkRejectsABadDate()
    {
        const Run run =
            icpctl({u"check"_s, data(u"dossiers/enterprise-filing.json"_s), u"--as-of"_s, u"2026-13-01"_s});
        QCOMPARE(run.exitCode, 2);
    }

    void rulesListsEveryRule()
    {
        const Run run = icpctl({u"rules"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rules = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY2(rules.size() >= 30, qPrintable(QString::number(rules.size())));
        QSet<QString> ids;
        for (const QJsonValue& v : rules) {
            const QJsonObject rule = v.toObject();
            QVERIFY(!rule.value("id"_L1).toString().isEmpty());
            QVERIFY(!rule.value("severity"_L1).toString().isEmpty());
            QVERIFY(!rule.value("scope"_L1).toString().isEmpty());
            QVERIFY(!rule.value("source"_L1).toString().isEmpty());
            ids.insert(rule.value("id"_L1).toString());
        }
        QCOMPARE(ids.size(), rules.size());
        // docs/rules.md (scripts/make_rules_doc.py) documents every rule.
        QFile doc(QString::fromUtf8(ICP_SOURCE_DIR "/docs/rules.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString documented = QString::fromUtf8(doc.readAll());
        for (const QString& id : std::as_const(ids))
            QVERIFY2(documented.contains(u"| "_s + id + u" |"_s),
                     qPrintable(id + u" is not in docs/rules.md"_s));

        const Run text = icpctl({u"rules"_s});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count(u'\n'), rules.size());
    }
};

QTEST_GUILESS_MAIN(TestIcpctl)
#include "tst_icpctl.moc"
