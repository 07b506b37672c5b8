// Reading spreadsheets (docs/portfolio.md "Registry and import"): encodings, separators,
// quoting, headers, dates and cells of several values. No database.
#include "registry/CsvTable.h"
#include "registry/RegistryColumns.h"
#include "registry/RegistryRow.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

const QString kDataDir = QString::fromUtf8(ICP_TEST_DATA_DIR "/registry");

QByteArray readData(const QString& name)
{
    QFile file(kDataDir + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray encode(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

class TestRegistryCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodingAndSeparatorAreDetected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("firstHeader");
        QTest::addColumn<int>("rows");
        QTest::newRow("Excel in China: GB18030, comma")
            << u"registry-gb18030.csv"_s << int(TextEncoding::Gb18030) << u","_s << u"备案号"_s << 3;
        QTest::newRow("UTF-8 with BOM, comma")
            << u"registry-utf8-bom.csv"_s << int(TextEncoding::Utf8Bom) << u","_s << u"number"_s << 2;
        QTest::newRow("UTF-8 without BOM, tab")
            << u"registry-tab.txt"_s << int(TextEncoding::Utf8) << u"\t"_s << u"number"_s << 2;
        QTest::newRow("UTF-8 with bad rows")
            << u"registry-bad-rows.csv"_s << int(TextEncoding::Utf8) << u","_s << u"number"_s << 9;
    }
    void encodingAndSeparatorAreDetected()
    {
        QFETCH(QString, file);
        QFETCH(int, encoding);
        QFETCH(QString, separator);
        QFETCH(QString, firstHeader);
        QFETCH(int, rows);
        const QByteArray bytes = readData(file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        const Result<CsvTable> table = parseCsv(bytes);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
        QCOMPARE(int(table->encoding), encoding);
        QCOMPARE(QString(table->separator), separator);
        QCOMPARE(table->headers.constFirst(), firstHeader);
        QCOMPARE(table->rows.size(), rows);
        for (const QStringList& row : table->rows)
            QCOMPARE(row.size(), table->headers.size());
    }

    // The same text in every encoding reads the same.
    void everyEncodingReadsTheSameText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text =
            u"备案号,主体名称\r\n京ICP备20260001号,\"示例网络科技（北京）有限公司, 分部\"\r\n"_s;
        QTest::newRow("UTF-8") << text.toUtf8();
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QTest::newRow("GB18030") << encode(text, "GB18030");
        QTest::newRow("GBK subset written as GB18030") << encode(text, "GBK");
        QTest::newRow("UTF-16 (Excel's Unicode text)") << QByteArray("\xFF\xFE") + encode(text, "UTF-16LE");
    }
    void everyEncodingReadsTheSameText()
    {
        QFETCH(QByteArray, bytes);
        const Result<CsvTable> table = parseCsv(bytes);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
        QCOMPARE(table->headers, (QStringList{u"备案号"_s, u"主体名称"_s}));
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rows.constFirst(),
                 (QStringList{u"京ICP备20260001号"_s, u"示例网络科技（北京）有限公司, 分部"_s}));
    }

    void quotingFollowsRfc4180_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("rowNumbers");
        QTest::newRow("doubled quotes and a line break inside quotes")
            << u"a,b\n\"x \"\"1\"\"\",\"line1\nline2\"\n"_s
            << QList<QStringList>{{u"x \"1\""_s, u"line1\nline2"_s}} << QList<int>{2};
        QTest::newRow("CRLF, blank lines skipped but counted")
            << u"a,b\r\n1,2\r\n\r\n3,4\r\n"_s << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
            << QList<int>{2, 4};
        QTest::newRow("no line break at the end, empty fields")
            << u"a,b,c\n,,x"_s << QList<QStringList>{{u""_s, u""_s, u"x"_s}} << QList<int>{2};
        QTest::newRow("a quoted separator is text")
            << u"a\tb\n\"1\t2\"\t3\n"_s << QList<QStringList>{{u"1\t2"_s, u"3"_s}} << QList<int>{2};
    }
    void quotingFollowsRfc4180()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, rowNumbers);
        const Result<CsvTable> table = parseCsv(text.toUtf8());
        QVERIFY(table.ok());
        QCOMPARE(table->rows, rows);
        QCOMPARE(table->rowNumbers, rowNumbers);
        // What csvRecord writes reads back the same.
        QString written = csvRecord(table->headers, table->separator);
        for (const QStringList& row : rows)
            written += csvRecord(row, table->separator);
        QCOMPARE(parseCsv(written.toUtf8()).value().rows, rows);
    }

    void unreadableTextIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << u"csv.empty"_s;
        QTest::newRow("blank lines only") << QByteArray("\r\n\r\n") << u"csv.empty"_s;
        QTest::newRow("a quote never closed") << QByteArray("a,b\n\"1,2\n") << u"csv.quote"_s;
        QTest::newRow("neither UTF-8 nor GB18030") << QByteArray("a,b\n\x81\x20,x\n") << u"csv.encoding"_s;
    }
    void unreadableTextIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const Result<CsvTable> table = parseCsv(bytes);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().code, code);
        QVERIFY(!table.error().message.isEmpty());
    }

    void headersInEnglishOrChinese_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("column"); // -1: none
        QTest::newRow("number") << u"number"_s << int(RegistryColumn::Number);
        QTest::newRow("备案号") << u"备案号"_s << int(RegistryColumn::Number);
        QTest::newRow("许可证号") << u"许可证号"_s << int(RegistryColumn::Number);
        QTest::newRow("Domain Expires, any case")
            << u" Domain Expires "_s << int(RegistryColumn::DomainExpires);
        QTest::newRow("domain_expires") << u"domain_expires"_s << int(RegistryColumn::DomainExpires);
        QTest::newRow("域名到期") << u"域名到期"_s << int(RegistryColumn::DomainExpires);
        QTest::newRow("统一社会信用代码") << u"统一社会信用代码"_s << int(RegistryColumn::Uscc);
        QTest::newRow("公安备案号") << u"公安备案号"_s << int(RegistryColumn::Psb);
        QTest::newRow("接入商") << u"接入商"_s << int(RegistryColumn::Provider);
        QTest::newRow("负责人") << u"负责人"_s << int(RegistryColumn::Owner);
        QTest::newRow("unknown") << u"colour"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void headersInEnglishOrChinese()
    {
        QFETCH(QString, header);
        QFETCH(int, column);
        const std::optional<RegistryColumn> found = registryColumnForHeader(header);
        QCOMPARE(found ? int(*found) : -1, column);
    }

    void everyColumnReadsBackItsHeaders()
    {
        for (RegistryColumn column : allRegistryColumns()) {
            for (HeaderLanguage language : {HeaderLanguage::English, HeaderLanguage::Chinese}) {
                const QString header = registryColumnHeader(column, language);
                QCOMPARE(registryColumnForHeader(header), std::optional<RegistryColumn>(column));
            }
            QVERIFY(!registryColumnDisplayName(column).isEmpty());
        }
    }

    void theMappingIsEditable()
    {
        ColumnMapping mapping =
            ColumnMapping::fromHeaders({u"备案号"_s, u"colour"_s, u"number"_s, u"负责人"_s});
        QCOMPARE(mapping.sourceOf(RegistryColumn::Number), 0); // the first of two
        QCOMPARE(mapping.columnAt(1), std::nullopt);
        QCOMPARE(mapping.columnAt(2), std::nullopt);
        QCOMPARE(mapping.sourceOf(RegistryColumn::Owner), 3);
        mapping.set(2, RegistryColumn::Number); // moves: column 0 is no longer the number
        QCOMPARE(mapping.sourceOf(RegistryColumn::Number), 2);
        QCOMPARE(mapping.columnAt(0), std::nullopt);
        mapping.set(1, RegistryColumn::Notes);
        QCOMPARE(mapping.sourceOf(RegistryColumn::Notes), 1);
        mapping.set(3, std::nullopt);
        QCOMPARE(mapping.sourceOf(RegistryColumn::Owner), -1);
        mapping.set(6, RegistryColumn::Owner); // beyond the columns seen so far
        QCOMPARE(mapping.sourceOf(RegistryColumn::Owner), 6);
    }

    void datesInTheUsualForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDate>("date");
        QTest::newRow("ISO") << u"2027-06-01"_s << true << QDate(2027, 6, 1);
        QTest::newRow("slashes, no zeros") << u"2027/6/1"_s << true << QDate(2027, 6, 1);
        QTest::newRow("Chinese") << u"2027年6月1日"_s << true << QDate(2027, 6, 1);
        QTest::newRow("Chinese without 日") << u"2027年12月31"_s << true << QDate(2027, 12, 31);
        QTest::newRow("dots") << u"2027.6.1"_s << true << QDate(2027, 6, 1);
        QTest::newRow("full-width digits") << u"２０２７－０６－０１"_s << true << QDate(2027, 6, 1);
        QTest::newRow("spaces around") << u" 2027-06-01 "_s << true << QDate(2027, 6, 1);
        QTest::newRow("empty is no date") << u""_s << true << QDate();
        QTest::newRow("30 February") << u"2027-02-30"_s << false << QDate();
        QTest::newRow("day first") << u"01/06/2027"_s << false << QDate();
        QTest::newRow("words") << u"next year"_s << false << QDate();
    }
    void datesInTheUsualForms()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QDate, date);
        const std::optional<QDate> parsed = parseRegistryDate(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, date);
    }

    void cellsOfSeveralValues_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("keepEmpty");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("semicolon") << u"a.cn; b.cn"_s << false << QStringList{u"a.cn"_s, u"b.cn"_s};
        QTest::newRow("full-width semicolon")
            << u"a.cn；b.cn"_s << false << QStringList{u"a.cn"_s, u"b.cn"_s};
        QTest::newRow("enumeration comma")
            << u"B25、B21、B24"_s << false << QStringList{u"B25"_s, u"B21"_s, u"B24"_s};
        QTest::newRow("line break") << u"a.cn\nb.cn"_s << false << QStringList{u"a.cn"_s, u"b.cn"_s};
        QTest::newRow("empty places dropped")
            << u"a.cn;;b.cn;"_s << false << QStringList{u"a.cn"_s, u"b.cn"_s};
        QTest::newRow("empty places kept") << u"2027-01-01; ;2028-01-01"_s << true
                                           << QStringList{u"2027-01-01"_s, QString(), u"2028-01-01"_s};
        QTest::newRow("empty cell") << u"  "_s << true << QStringList{};
    }
    void cellsOfSeveralValues()
    {
        QFETCH(QString, cell);
        QFETCH(bool, keepEmpty);
        QFETCH(QStringList, values);
        QCOMPARE(splitRegistryCell(cell, keepEmpty), values);
    }
};

QTEST_GUILESS_MAIN(TestRegistryCsv)
#include "tst_registrycsv.moc"
