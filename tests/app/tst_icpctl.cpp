// icpctl run as a real process: exit codes and output of every command.
#include "Icpctl.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

// `value` set at `path` inside `node` (objects by key, arrays by index; the index one past
// the end appends). A path into nothing gives Undefined, so a row written against an older
// example fails instead of writing out of range.
QJsonValue withValue(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        const int index = step.toInt(&ok);
        if (!ok || index < 0 || index > array.size())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonValue changed = withValue(array.at(index), path, value);
        if (changed.isUndefined())
            return changed;
        if (index == array.size())
            array.append(changed);
        else
            array[index] = changed;
        return array;
    }
    if (!node.isObject() && !node.isUndefined() && !node.isNull())
        return QJsonValue(QJsonValue::Undefined);
    QJsonObject object = node.toObject();
    const QJsonValue changed = withValue(object.value(step), path, value);
    if (changed.isUndefined())
        return changed;
    object[step] = changed;
    return object;
}

// icpctl obligations with the settings of an empty home (the default ladders), whatever the
// developer's own settings say.
Run obligations(const QTemporaryDir& home, const QString& db, const QStringList& arguments)
{
    return icp::test::runIcpctl(
        QStringList{u"--db"_s, db, u"obligations"_s} + arguments,
        icp::test::environmentWith({{u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s)}}));
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
        // docs/regulations.md §8.2: A1/A2/B1/B2 and their combined forms only; there is no B3.
        QTest::newRow("a B3 licence number is invalid")
            << QStringList{u"validate"_s, u"licence-number"_s, u"沪B3-20240123"_s} << 1 << u"invalid: "_s;
        QTest::newRow("a combined A2.B1.B2 licence number is valid")
            << QStringList{u"validate"_s, u"licence-number"_s, u"A2.B1.B2-20210007"_s} << 0 << u"valid"_s;
        QTest::newRow("a USCC of an unlisted category still parses, as unlisted")
            << QStringList{u"validate"_s, u"uscc"_s, u"94310115MA1G7K2P3X"_s, u"--json"_s} << 0
            << u"\"unlisted\""_s;
        QTest::newRow("a mobile number is valid")
            << QStringList{u"validate"_s, u"mobile"_s, u"+86 138 0013 8000"_s} << 0 << u"valid"_s;
        QTest::newRow("an e-mail without a domain is invalid")
            << QStringList{u"validate"_s, u"email"_s, u"someone@"_s} << 1 << u"invalid: "_s;
        // docs/regulations.md §2.6: the police's own abbreviations.
        QTest::newRow("a Guizhou PSB number with 贵 is valid")
            << QStringList{u"validate"_s, u"psb-number"_s, u"贵公网安备52052302000396号"_s} << 0
            << u"valid number=贵公网安备52052302000396号"_s;
        QTest::newRow("a Yunnan PSB number with 云 is valid but unverified")
            << QStringList{u"validate"_s, u"psb-number"_s, u"云公网安备53010302000732号"_s} << 0
            << u"unverified"_s;
        QTest::newRow("a PSB number with 13 digits is invalid")
            << QStringList{u"validate"_s, u"psb-number"_s, u"京公网安备1101050203764号"_s} << 1
            << u"invalid: "_s;
        QTest::newRow("a Beijing landline is valid")
            << QStringList{u"validate"_s, u"landline"_s, u"010-62345678"_s} << 0 << u"valid\n"_s;
        QTest::newRow("a 400 service number is not a landline")
            << QStringList{u"validate"_s, u"landline"_s, u"400-123-4567"_s} << 1 << u"invalid: "_s;
        QTest::newRow("a six-digit postcode is valid")
            << QStringList{u"validate"_s, u"postcode"_s, u"100080"_s} << 0 << u"valid\n"_s;
        QTest::newRow("a five-digit postcode is invalid")
            << QStringList{u"validate"_s, u"postcode"_s, u"10008"_s} << 1 << u"invalid: "_s;
        QTest::newRow("a foreign passport is valid")
            << QStringList{u"validate"_s, u"passport"_s, u"X1234567"_s} << 0 << u"valid\n"_s;
        QTest::newRow("--chinese asks for the E-series form")
            << QStringList{u"validate"_s, u"passport"_s, u"--chinese"_s, u"X1234567"_s} << 1
            << u"invalid: "_s;
        QTest::newRow("a Chinese passport is valid with --chinese")
            << QStringList{u"validate"_s, u"passport"_s, u"--chinese"_s, u"E12345678"_s} << 0 << u"valid\n"_s;
        QTest::newRow("--chinese belongs to passport only")
            << QStringList{u"validate"_s, u"id"_s, u"--chinese"_s, u"11010519491231002X"_s} << 2 << QString();
        QTest::newRow("a Home Return Permit is valid")
            << QStringList{u"validate"_s, u"hkm-permit"_s, u"H12345678"_s} << 0 << u"valid\n"_s;
        QTest::newRow("a Home Return Permit starting with A is invalid")
            << QStringList{u"validate"_s, u"hkm-permit"_s, u"A12345678"_s} << 1 << u"invalid: "_s;
        QTest::newRow("a Taiwan permit card is valid")
            << QStringList{u"validate"_s, u"tw-permit"_s, u"12345678"_s} << 0 << u"valid\n"_s;
        QTest::newRow("a Taiwan permit of 9 digits is invalid")
            << QStringList{u"validate"_s, u"tw-permit"_s, u"123456789"_s} << 1 << u"invalid: "_s;
        QTest::newRow("a 2023 Foreign Permanent Resident ID Card is valid")
            << QStringList{u"validate"_s, u"foreign-permanent-resident-id"_s, u"931840198506120019"_s} << 0
            << u"valid\n"_s;
        QTest::newRow("a Foreign Permanent Resident ID Card with a wrong check character is invalid")
            << QStringList{u"validate"_s, u"foreign-permanent-resident-id"_s, u"931840198506120010"_s} << 1
            << u"invalid: "_s;
        QTest::newRow("an unknown kind is a usage error")
            << QStringList{u"validate"_s, u"colour"_s, u"red"_s} << 2 << QString();
        QTest::newRow("a kind without values is a usage error")
            << QStringList{u"validate"_s, u"id"_s} << 2 << QString();
        QTest::newRow("an unknown command is a usage error")
            << QStringList{u"frobnicate"_s} << 2 << QString();
        QTest::newRow("no command at all is a usage error") << QStringList{} << 2 << QString();
        QTest::newRow("help exits 0") << QStringList{u"--help"_s} << 0 << u"validate"_s;
        QTest::newRow("command help exits 0") << QStringList{u"validate"_s, u"--help"_s} << 0 << u"--json"_s;
        QTest::newRow("help names obligations") << QStringList{u"--help"_s} << 0 << u"obligations"_s;
        QTest::newRow("obligations help")
            << QStringList{u"obligations"_s, u"--help"_s} << 0 << u"--fail-if-overdue"_s;
        QTest::newRow("obligations done help")
            << QStringList{u"obligations"_s, u"done"_s, u"--help"_s} << 0 << u"--decision"_s;
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

    void validateJsonDetails()
    {
        const Run run =
            icpctl({u"validate"_s, u"--json"_s, u"psb-number"_s, u"贵公网安备52052302000396号"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject parsed =
            QJsonDocument::fromJson(run.out.toUtf8()).array().at(0).toObject().value("parsed"_L1).toObject();
        QCOMPARE(parsed.value("provinceCode"_L1).toInt(), 52);
        QCOMPARE(parsed.value("queryUrl"_L1).toString(),
                 u"https://beian.mps.gov.cn/#/query/webSearch?code=52052302000396"_s);
        const Run landline = icpctl({u"validate"_s, u"--json"_s, u"landline"_s, u"0755-1234567-123"_s});
        QVERIFY2(landline.out.contains(u"\"extension\": \"123\""_s), qPrintable(landline.out));
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

    // icpctl licences import / list / export (docs/portfolio.md "Registry and import").
    void licencesImportExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("inOutput");
        QTest::newRow("GB18030 as Excel writes it: every row imported")
            << QStringList{u"registry/registry-gb18030.csv"_s} << 0 << u"3 created"_s;
        QTest::newRow("UTF-8 with BOM")
            << QStringList{u"registry/registry-utf8-bom.csv"_s} << 0 << u"2 created"_s;
        QTest::newRow("bad rows refused, the rest imported")
            << QStringList{u"registry/registry-bad-rows.csv"_s} << 1 << u"2 created"_s;
        QTest::newRow("a file that is not there")
            << QStringList{u"registry/no-such-file.csv"_s} << 2 << QString();
        QTest::newRow("not a spreadsheet: no number column")
            << QStringList{u"dossiers/enterprise-filing.json"_s} << 2 << QString();
        QTest::newRow("no file") << QStringList{} << 2 << QString();
    }
    void licencesImportExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, inOutput);
        QTemporaryDir dir;
        QStringList command{u"--db"_s, dir.filePath(u"icp.sqlite"_s), u"licences"_s, u"import"_s};
        for (const QString& file : arguments)
            command.append(data(file));
        const Run run = icpctl(command);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(inOutput), qPrintable(run.out));
        if (exitCode != 0)
            QVERIFY(!run.err.isEmpty());
    }

    void licencesImportNamesRowColumnAndReason()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"icp.sqlite"_s);
        const Run run = icpctl({u"--db"_s, db, u"licences"_s, u"import"_s,
                                data(u"registry/registry-bad-rows.csv"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value("created"_L1).toInt(), 2);
        QCOMPARE(report.value("refused"_L1).toInt(), 7);
        QCOMPARE(report.value("encoding"_L1).toString(), u"UTF-8"_s);
        const QJsonObject uscc = report.value("problems"_L1).toArray().at(1).toObject();
        QCOMPARE(uscc.value("row"_L1).toInt(), 4);
        QCOMPARE(uscc.value("column"_L1).toInt(), 3);
        QCOMPARE(uscc.value("header"_L1).toString(), u"uscc"_s);
        QCOMPARE(uscc.value("code"_L1).toString(), u"uscc.checksum"_s);
        // The text form names the file, the row and the column on standard error.
        const Run text =
            icpctl({u"--db"_s, db, u"licences"_s, u"import"_s, data(u"registry/registry-bad-rows.csv"_s)});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.err.contains(u"registry-bad-rows.csv: Row 4, column 3 (uscc): "_s),
                 qPrintable(text.err));
        QVERIFY2(text.out.contains(u"2 unchanged"_s), qPrintable(text.out)); // the good rows, again
    }

    void licencesListAndExportRoundTrip()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"icp.sqlite"_s);
        QCOMPARE(icpctl({u"--db"_s, db, u"licences"_s, u"import"_s, data(u"registry/registry-gb18030.csv"_s)})
                     .exitCode,
                 0);
        const Run listed = icpctl({u"licences"_s, u"list"_s, u"--json"_s}, db);
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray records = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(records.size(), 3);
        const Run text = icpctl({u"--db"_s, db, u"licences"_s, u"list"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"粤B2-20260002"_s), qPrintable(text.out));

        for (const QString& headers : {u"en"_s, u"zh"_s}) {
            const QString file = dir.filePath(u"registry-%1.csv"_s.arg(headers));
            const Run exported =
                icpctl({u"--db"_s, db, u"licences"_s, u"export"_s, file, u"--headers"_s, headers});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            QFile written(file);
            QVERIFY(written.open(QIODevice::ReadOnly));
            const QByteArray bytes = written.readAll();
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            QVERIFY(bytes.contains(headers == "zh"_L1 ? "备案号" : "number,kind,entity"));
            // Read back into a new database: the same records.
            const QString second = dir.filePath(u"second-%1.sqlite"_s.arg(headers));
            const Run imported = icpctl({u"--db"_s, second, u"licences"_s, u"import"_s, file});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
            const Run relisted = icpctl({u"--db"_s, second, u"licences"_s, u"list"_s});
            // Filings (no expiry) are ordered by their ids, which differ: compare the lines as sets.
            QStringList before = text.out.split(u'\n');
            QStringList after = relisted.out.split(u'\n');
            before.sort();
            after.sort();
            QCOMPARE(after, before);
        }
        QCOMPARE(icpctl({u"--db"_s, db, u"licences"_s, u"export"_s, dir.filePath(u"x.csv"_s), u"--headers"_s,
                         u"fr"_s})
                     .exitCode,
                 2);
        QCOMPARE(icpctl({u"--db"_s, db, u"licences"_s, u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(icpctl({u"--db"_s, db, u"licences"_s, u"export"_s, dir.filePath(u"no/such/dir/x.csv"_s)})
                     .exitCode,
                 2);
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

    // The corrections of docs/regulations.md as `icpctl check` decides them, on the clean enterprise
    // example with one change each.
    void checkDecidesTheCorrections_data()
    {
        QTest::addColumn<QString>("change"); // key into the mutations of checkDecidesTheCorrections()
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("severity"); // empty: the rule must not report anything
        QTest::newRow("two domains on a first-filing website")
            << u"second-domain"_s << u"DOM-009"_s << u"blocking"_s;
        QTest::newRow("易名 ename.com is an accredited registrar") << u"ename"_s << u"DOM-005"_s << QString();
        QTest::newRow("name.com is a foreign registrar") << u"name.com"_s << u"DOM-005"_s << u"blocking"_s;
        QTest::newRow("芍药 in a website name asks") << u"peony"_s << u"WEB-005"_s << u"warning"_s;
        QTest::newRow("a religious group without the religion permit")
            << u"religious-group"_s << u"WEB-005"_s << u"blocking"_s;
        QTest::newRow("a website number of another province")
            << u"other-province"_s << u"WEB-016"_s << u"blocking"_s;
        QTest::newRow("an upload of exactly 2 MB") << u"two-megabytes"_s << u"DOC-002"_s << u"blocking"_s;
        QTest::newRow("a Foreign Permanent Resident ID Card")
            << u"permanent-resident"_s << u"PER-001"_s << QString();
    }

    void checkDecidesTheCorrections()
    {
        QFETCH(QString, change);
        QFETCH(QString, ruleId);
        QFETCH(QString, severity);
        QFile file(data(u"dossiers/enterprise-filing.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject dossier = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject app = dossier.value("application"_L1).toObject();
        QJsonArray websites = app.value("websites"_L1).toArray();
        QJsonObject site = websites.at(0).toObject();
        QJsonArray domains = site.value("domains"_L1).toArray();
        QJsonObject entity = app.value("entity"_L1).toObject();
        const auto setRegistrar = [&](const QString& registrar) {
            QJsonObject d = domains.at(0).toObject();
            d.insert("registrar"_L1, registrar);
            domains.replace(0, d);
        };
        if (change == "second-domain"_L1) {
            QJsonObject d = domains.at(0).toObject();
            d.insert("name"_L1, u"yunzhan-example.com"_s);
            d.insert("aLabel"_L1, u"yunzhan-example.com"_s);
            domains.append(d);
        } else if (change == "ename"_L1) {
            setRegistrar(u"ename.com"_s);
        } else if (change == "name.com"_L1) {
            setRegistrar(u"name.com"_s);
        } else if (change == "peony"_L1) {
            site.insert("name"_L1, u"云栈芍药花卉网"_s);
        } else if (change == "religious-group"_L1) {
            entity.insert("type"_L1, u"religious-group"_s);
            entity.insert("certificateType"_L1, u"religious-venue-certificate"_s);
        } else if (change == "other-province"_L1) {
            app.insert("operation"_L1, u"new-access"_s);
            entity.insert("filingNumber"_L1, u"京ICP备2021034286号"_s);
            site.insert("filingNumber"_L1, u"沪ICP备2021034286号-1"_s);
        } else if (change == "two-megabytes"_L1) {
            QJsonArray documents = app.value("documents"_L1).toArray();
            QJsonObject d = documents.at(0).toObject();
            d.insert("byteSize"_L1, 2 * 1024 * 1024);
            documents.replace(0, d);
            app.insert("documents"_L1, documents);
        } else if (change == "permanent-resident"_L1) {
            QJsonArray persons = app.value("persons"_L1).toArray();
            QJsonObject p = persons.at(3).toObject();
            p.insert("documentType"_L1, u"foreign-permanent-resident-id"_s);
            p.insert("documentNumber"_L1, u"931840198506120019"_s);
            persons.replace(3, p);
            app.insert("persons"_L1, persons);
        }
        site.insert("domains"_L1, domains);
        websites.replace(0, site);
        app.insert("websites"_L1, websites);
        app.insert("entity"_L1, entity);
        dossier.insert("application"_L1, app);
        QTemporaryDir dir;
        QFile changed(dir.filePath(u"changed.json"_s));
        QVERIFY(changed.open(QIODevice::WriteOnly));
        changed.write(QJsonDocument(dossier).toJson());
        changed.close();

        const Run run = icpctl({u"check"_s, changed.fileName(), u"--as-of"_s, u"2026-11-29"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        QStringList severities;
        const QJsonArray findings =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value("findings"_L1).toArray();
        for (const QJsonValue& f : findings) {
            if (f.toObject().value("ruleId"_L1).toString() == ruleId)
                severities << f.toObject().value("severity"_L1).toString();
        }
        if (severity.isEmpty())
            QVERIFY2(severities.isEmpty(), qPrintable(run.out));
        else
            QVERIFY2(severities.contains(severity), qPrintable(run.out));
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

    // docs/regulations.md §1.2, §1.3, §3.4, §4.2, §8.2: the licence example, changed in one
    // place, decided by `icpctl check` as a user would run it.
    void checkDecidesEntityAndLicenceCorrections_data()
    {
        QTest::addColumn<QVariantMap>("changes"); // "a.b.0.c" → new value
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("severity"); // the finding expected …
        QTest::addColumn<int>("count");        // … this many times (0: absent)

        const QString entity = u"application.entity."_s;
        const QString licence = u"licences.1."_s;
        const QString today = u"2026-11-29"_s;
        QTest::newRow("a 100 % foreign call-centre (B24) licence passes")
            << QVariantMap{{entity + u"foreignEquityPercent"_s, 100},
                           {u"application.serviceCategories"_s, QStringList{u"B24"_s}}}
            << today << u"LIC-002"_s << QString() << 0;
        QTest::newRow("a 100 % foreign B25 licence outside the pilot provinces is blocked")
            << QVariantMap{{entity + u"foreignEquityPercent"_s, 100}, {entity + u"provinceCode"_s, 33}}
            << today << u"LIC-002"_s << u"blocking"_s << 1;
        QTest::newRow("a 100 % foreign B21 licence beyond operational e-commerce is blocked")
            << QVariantMap{{entity + u"foreignEquityPercent"_s, 100},
                           {entity + u"provinceCode"_s, 33},
                           {u"application.serviceCategories"_s, QStringList{u"B21"_s}}}
            << today << u"LIC-002"_s << u"blocking"_s << 1;
        QTest::newRow("an individual business (USCC 92) cannot apply for a licence")
            << QVariantMap{{entity + u"certificateNumber"_s, u"92310115MA1G7K2P34"_s}} << today
            << u"LIC-003"_s << u"blocking"_s << 1;
        QTest::newRow("a partnership is asked whether it is a company")
            << QVariantMap{{entity + u"name"_s, u"上海示例投资合伙企业（有限合伙）"_s}} << today
            << u"LIC-003"_s << u"warning"_s << 1;
        QTest::newRow("a Beijing code with a Shanghai address filing in Shanghai is one warning")
            << QVariantMap{{entity + u"certificateNumber"_s, u"91110105MA1G7K2P3A"_s},
                           {u"application.websites.0.domains.0.registrantDocumentNumber"_s,
                            u"91110105MA1G7K2P3A"_s}}
            << today << u"ENT-006"_s << u"warning"_s << 1;
        QTest::newRow("an address in 海南藏族自治州 is not read as Hainan")
            << QVariantMap{{entity + u"certificateAddress"_s, u"海南藏族自治州共和县示例路1号"_s},
                           {entity + u"provinceCode"_s, 63}}
            << today << u"ENT-006"_s << u"blocking"_s << 0;
        QTest::newRow("an address in Guangzhou is not in Shanghai")
            << QVariantMap{{entity + u"certificateAddress"_s, u"广州市天河区天河路385号"_s}} << today
            << u"ENT-006"_s << u"blocking"_s << 1;
        QTest::newRow("a code of an unlisted category is reported")
            << QVariantMap{{entity + u"certificateNumber"_s, u"94310115MA1G7K2P3X"_s}} << today
            << u"ENT-004"_s << u"warning"_s << 1;
        QTest::newRow("a B3 licence number is refused")
            << QVariantMap{{licence + u"number"_s, u"沪B3-20240123"_s}} << today << u"LIC-008"_s
            << u"blocking"_s << 1;
        QTest::newRow("a B1 licence number does not cover information services")
            << QVariantMap{{licence + u"number"_s, u"沪B1-20240123"_s}} << today << u"LIC-010"_s
            << u"blocking"_s << 1;
        // The example licence runs from 2026-01-15 to 2031-01-15: its first report (for 2026)
        // is due on 2027-03-31, its 90-day renewal mark is 2030-10-17.
        QTest::newRow("an annual report filed in April is late")
            << QVariantMap{{licence + u"annualReports.0"_s,
                            QVariantMap{{u"year"_s, 2026}, {u"filedOn"_s, u"2027-04-20"_s}}}}
            << u"2027-05-01"_s << u"LIC-007"_s << u"warning"_s << 1;
        QTest::newRow("an annual report filed in March is on time")
            << QVariantMap{{licence + u"annualReports.0"_s,
                            QVariantMap{{u"year"_s, 2026}, {u"filedOn"_s, u"2027-03-20"_s}}}}
            << u"2027-05-01"_s << u"LIC-007"_s << QString() << 0;
        QTest::newRow("after the 90-day mark the renewal is lost")
            << QVariantMap{} << u"2030-11-01"_s << u"LIC-006"_s << u"warning"_s << 1;
    }

    void checkDecidesEntityAndLicenceCorrections()
    {
        QFETCH(QVariantMap, changes);
        QFETCH(QString, asOf);
        QFETCH(QString, ruleId);
        QFETCH(QString, severity);
        QFETCH(int, count);
        QFile example(data(u"dossiers/licence-application.json"_s));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject dossier = QJsonDocument::fromJson(example.readAll()).object();
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const QJsonValue changed =
                withValue(dossier, it.key().split(u'.'), QJsonValue::fromVariant(it.value()));
            QVERIFY2(changed.isObject(), qPrintable(u"no such field in the example: "_s + it.key()));
            dossier = changed.toObject();
        }
        QTemporaryDir dir;
        QFile changed(dir.filePath(u"changed.json"_s));
        QVERIFY(changed.open(QIODevice::WriteOnly));
        changed.write(QJsonDocument(dossier).toJson());
        changed.close();

        const Run run = icpctl({u"check"_s, changed.fileName(), u"--as-of"_s, asOf, u"--json"_s});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        int found = 0;
        QStringList all, messages;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(run.out.toUtf8()).object().value("findings"_L1).toArray()) {
            const QJsonObject f = v.toObject();
            all.append(f.value("ruleId"_L1).toString() + u' ' + f.value("severity"_L1).toString() + u' ' +
                       f.value("message"_L1).toString());
            if (f.value("ruleId"_L1).toString() == ruleId &&
                (severity.isEmpty() || f.value("severity"_L1).toString() == severity)) {
                ++found;
                messages.append(f.value("message"_L1).toString());
            }
        }
        QVERIFY2(found == count, qPrintable(all.join(u'\n')));
        if (ruleId == u"ENT-006"_s && severity == u"warning"_s) // moved, not misfiled: submittable
            QVERIFY2(run.exitCode == 0, qPrintable(all.join(u'\n')));
        if (ruleId == u"LIC-006"_s) { // §1.3: the right to renew is lost, never "apply now"
            for (const QString& m : messages)
                QVERIFY2(m.contains(u"right to renew is lost"_s) && !m.contains(u"now"_s), qPrintable(m));
        }
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

    // icpctl obligations (docs/obligations.md) on the licence example: its licence 沪B2-20260015
    // (issued 2026-01-15, expires 2031-01-15) and its application granted on 2026-01-15.
    void obligationsLists_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("kindsAndStates");
        QTest::newRow("everything, a fortnight after the grant")
            << QStringList{u"--as-of"_s, u"2026-02-01"_s, u"--json"_s} << 0
            << QStringList{u"annual-report:upcoming"_s,   u"domain-expiry:upcoming"_s,
                           u"id-expiry:upcoming"_s,       u"licence-expiry:upcoming"_s,
                           u"licence-renewal:upcoming"_s, u"psb-filing:due-soon"_s};
        QTest::newRow("within 20 days")
            << QStringList{u"--as-of"_s,  u"2026-02-01"_s, u"--within"_s,         u"20"_s,
                           u"--format"_s, u"json"_s,       u"--fail-if-overdue"_s}
            << 0 << QStringList{u"psb-filing:due-soon"_s};
        QTest::newRow("within 5 days: nothing")
            << QStringList{u"--as-of"_s, u"2026-02-01"_s, u"--within"_s, u"5"_s, u"--json"_s} << 0
            << QStringList{};
        QTest::newRow("an overdue report outside --within is listed")
            << QStringList{u"--as-of"_s, u"2027-04-02"_s, u"--within"_s, u"3"_s, u"--json"_s} << 0
            << QStringList{u"annual-report:overdue"_s};
        QTest::newRow("--fail-if-overdue: overdue")
            << QStringList{u"--as-of"_s, u"2027-04-02"_s, u"--within"_s,
                           u"3"_s,       u"--json"_s,     u"--fail-if-overdue"_s}
            << 1 << QStringList{u"annual-report:overdue"_s};
        QTest::newRow("--fail-if-overdue: renewal missed")
            << QStringList{u"--as-of"_s, u"2030-10-18"_s, u"--within"_s,
                           u"0"_s,       u"--json"_s,     u"--fail-if-overdue"_s}
            << 1 << QStringList{u"annual-report:overdue"_s, u"licence-renewal:missed"_s};
        QTest::newRow("--kind") << QStringList{u"--as-of"_s, u"2026-02-01"_s, u"--kind"_s,
                                               u"licence-renewal"_s, u"--json"_s}
                                << 0 << QStringList{u"licence-renewal:upcoming"_s};
        QTest::newRow("--owner of nothing: nothing overdue")
            << QStringList{u"--as-of"_s, u"2027-04-02"_s, u"--owner"_s,
                           u"nobody"_s,  u"--json"_s,     u"--fail-if-overdue"_s}
            << 0 << QStringList{};
        QTest::newRow("--owner, the application's principal")
            << QStringList{u"--as-of"_s,  u"2027-04-02"_s, u"--owner"_s, u"周立新"_s,
                           u"--within"_s, u"0"_s,          u"--json"_s}
            << 0 << QStringList{u"annual-report:overdue"_s};
    }
    void obligationsLists()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, kindsAndStates);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"icp.sqlite"_s);
        QCOMPARE(icpctl({u"--db"_s, db, u"import"_s, data(u"dossiers/licence-application.json"_s)}).exitCode,
                 0);
        const Run run = obligations(dir, db, arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err + run.out));
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QStringList got;
        for (const QJsonValue& v : list) {
            const QJsonObject o = v.toObject();
            // Exactly the documented fields.
            QCOMPARE(o.keys(), (QStringList{u"dueOn"_s, u"entity"_s, u"id"_s, u"kind"_s, u"note"_s,
                                            u"owner"_s, u"rule"_s, u"state"_s, u"subject"_s}));
            QVERIFY(!o.value("id"_L1).toString().isEmpty());
            QVERIFY(QDate::fromString(o.value("dueOn"_L1).toString(), Qt::ISODate).isValid());
            QCOMPARE(o.value("owner"_L1).toString(), u"周立新"_s);
            got.append(o.value("kind"_L1).toString() + u':' + o.value("state"_L1).toString());
        }
        got.sort();
        QCOMPARE(got, kindsAndStates);
    }

    void obligationsAsCsvAndTable()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"icp.sqlite"_s);
        QCOMPARE(icpctl({u"--db"_s, db, u"import"_s, data(u"dossiers/licence-application.json"_s)}).exitCode,
                 0);
        const Run csv = obligations(dir, db, {u"--as-of"_s, u"2030-10-18"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        // UTF-8 with a byte-order mark, for Excel: read as bytes (the runner decodes the text).
        QProcess raw;
        raw.setProcessEnvironment(
            icp::test::environmentWith({{u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)}}));
        raw.start(icp::test::icpctlProgram(),
                  {u"--db"_s, db, u"obligations"_s, u"--as-of"_s, u"2030-10-18"_s, u"--format"_s, u"csv"_s});
        QVERIFY(raw.waitForFinished(60000));
        QVERIFY(raw.readAllStandardOutput().startsWith("\xEF\xBB\xBF"
                                                       "id,kind,"));
        QString text = csv.out;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), u"id,kind,subject,entity,dueOn,state,owner,rule,note"_s);
        QVERIFY2(lines.join(u'\n').contains(
                     u",licence-renewal,沪B2-20260015,上海示例信息服务有限公司,2030-10-17,missed,"
                     u"周立新,LIC-006,"_s),
                 qPrintable(csv.out));
        QVERIFY2(csv.out.contains(u"apply for a new licence"_s), qPrintable(csv.out));
        const Run table = obligations(dir, db, {u"--as-of"_s, u"2030-10-18"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(u"2030-10-17"_s) && table.out.contains(u"missed"_s),
                 qPrintable(table.out));
    }

    void obligationsUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown format") << QStringList{u"--format"_s, u"xml"_s};
        QTest::newRow("unknown kind") << QStringList{u"--kind"_s, u"tax-return"_s};
        QTest::newRow("bad date") << QStringList{u"--as-of"_s, u"2026-13-01"_s};
        QTest::newRow("negative days") << QStringList{u"--within"_s, u"-1"_s};
        QTest::newRow("a stray argument") << QStringList{u"everything"_s};
        QTest::newRow("done without --on") << QStringList{u"done"_s, u"abc"_s};
        QTest::newRow("done with a bad decision")
            << QStringList{u"done"_s, u"abc"_s, u"--on"_s, u"2026-01-20"_s, u"--decision"_s, u"forgotten"_s};
        QTest::newRow("done with missing evidence") << QStringList{
            u"done"_s, u"abc"_s, u"--on"_s, u"2026-01-20"_s, u"--evidence"_s, u"/no/such/file.pdf"_s};
    }
    void obligationsUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const Run run = obligations(dir, dir.filePath(u"icp.sqlite"_s), arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(run.err + run.out));
        QVERIFY(!run.err.isEmpty());
    }

    // Marking done takes the day it was done; a lapse needs a decision; done ones are no longer
    // listed. The ids are derived today (the machine's clock), as `done` derives them.
    void obligationsDone()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"icp.sqlite"_s);
        QCOMPARE(icpctl({u"--db"_s, db, u"import"_s, data(u"dossiers/licence-application.json"_s)}).exitCode,
                 0);
        const auto idOf = [&](const QString& kind) {
            const Run run = obligations(dir, db, {u"--kind"_s, kind, u"--json"_s});
            const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
            return list.isEmpty() ? QString() : list.first().toObject().value("id"_L1).toString();
        };
        const QString renewal = idOf(u"licence-renewal"_s);
        const QString domain = idOf(u"domain-expiry"_s);
        QVERIFY(!renewal.isEmpty() && !domain.isEmpty());

        QCOMPARE(
            obligations(dir, db, {u"done"_s, u"0000000000000000"_s, u"--on"_s, u"2026-01-20"_s}).exitCode, 1);
        Run run = obligations(
            dir, db, {u"done"_s, renewal, u"--on"_s, u"2026-01-20"_s, u"--decision"_s, u"renewed"_s});
        QVERIFY2(run.exitCode == 1, qPrintable(run.err)); // not a lapse
        run = obligations(dir, db, {u"done"_s, renewal, u"--on"_s, u"2999-01-01"_s});
        QVERIFY2(run.exitCode == 1, qPrintable(run.err)); // in the future
        QFile receipt(dir.filePath(u"receipt.txt"_s));
        QVERIFY(receipt.open(QIODevice::WriteOnly));
        receipt.write("renewal application receipt (invented)\n");
        receipt.close();
        run = obligations(dir, db,
                          {u"done"_s, renewal, u"--on"_s, u"2026-01-20"_s, u"--note"_s, u"applied"_s,
                           u"--evidence"_s, receipt.fileName()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(idOf(u"licence-renewal"_s).isEmpty());
        // The evidence is in the database's document store, by content.
        QDir store(dir.filePath(u"icp-documents"_s));
        QVERIFY2(store.exists(), qPrintable(store.path()));

        run = obligations(dir, db, {u"done"_s, domain, u"--on"_s, u"2026-01-20"_s});
        QVERIFY2(run.exitCode == 1, qPrintable(run.err)); // a lapse needs a decision
        QVERIFY(run.err.contains(u"renewed or cancel-filing"_s));
        QCOMPARE(idOf(u"domain-expiry"_s), domain);
        run = obligations(
            dir, db, {u"done"_s, domain, u"--on"_s, u"2026-01-20"_s, u"--decision"_s, u"cancel-filing"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(idOf(u"domain-expiry"_s).isEmpty());
        QVERIFY(!idOf(u"licence-expiry"_s).isEmpty()); // the others stay
    }
};

QTEST_GUILESS_MAIN(TestIcpctl)
#include "tst_icpctl.moc"
