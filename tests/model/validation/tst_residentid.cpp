// Resident ID numbers (docs/regulations.md §4.1). Every number here is either the
// published worked example of GB 11643 / docs/regulations.md or invented for an invented
// person, its check character computed by the reference formula below.

#include "ParseOutcome.h"
#include "TestText.h"
#include "validation/Province.h"
#include "validation/ResidentId.h"

#include <QTest>

using namespace Qt::StringLiterals;
using icp::ResidentId;
using icp::test::toFullWidth;

namespace {

// Independent reference (python-stdnum cn/ric.py): C = (1 − 2·N) mod 11 with the
// 17-digit body read as a base-13 number N; 10 → X. Deliberately not the
// weighted-sum formula the implementation uses.
QChar referenceCheck(const QString& body17)
{
    int n = 0; // N mod 11
    for (QChar c : body17)
        n = (n * 13 + c.digitValue()) % 11;
    const int check = ((1 - 2 * n) % 11 + 11) % 11;
    return check == 10 ? u'X' : QChar(u'0' + check);
}

QString withCheck(const QString& body17)
{
    return body17 + referenceCheck(body17);
}

const QDate kToday(2024, 6, 15); // fixed "today" so the tests do not age

} // namespace

class TestResidentId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkCharacter_data();
    void checkCharacter();
    void checkCharacterMatchesReference();
    void parse_data();
    void parse();
    void everyProvinceIsAccepted();
    void ageInYears_data();
    void ageInYears();
    void ageOnUsesTheBirthDate();
};

void TestResidentId::checkCharacter_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected"); // empty: null QChar

    // Worked examples of docs/regulations.md §4.1 (sums 167, 195, 231, 146).
    QTest::newRow("GB standard example gives X") << u"11010519491231002"_s << u"X"_s;
    QTest::newRow("Guangdong example gives 4") << u"44052418800101001"_s << u"4"_s;
    QTest::newRow("python-stdnum example gives 1") << u"36042619910101007"_s << u"1"_s;
    QTest::newRow("Hong Kong residence permit example gives 9") << u"81000019900101001"_s << u"9"_s;
    QTest::newRow("full-width digits are read") << toFullWidth(u"11010519491231002"_s) << u"X"_s;
    QTest::newRow("sixteen digits have no check character") << u"1101051949123100"_s << QString();
    QTest::newRow("a letter in the body has no check character") << u"1101051949123100A"_s << QString();
}

void TestResidentId::checkCharacter()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);
    const QChar check = icp::residentIdCheckCharacter(body);
    if (expected.isEmpty())
        QVERIFY(check.isNull());
    else
        QCOMPARE(QString(check), expected);
}

void TestResidentId::checkCharacterMatchesReference()
{
    // Bodies spread over the whole digit space, so every check value 0–10 occurs.
    QSet<QChar> seen;
    quint64 seed = 12345678901234567ULL;
    for (int i = 0; i < 2000; ++i) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        const QString body = QString::number(seed % 100000000000000000ULL).rightJustified(17, u'0');
        const QChar check = icp::residentIdCheckCharacter(body);
        QCOMPARE(check, referenceCheck(body));
        seen.insert(check);
    }
    QCOMPARE(seen.size(), 11);
}

void TestResidentId::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("province");
    QTest::addColumn<int>("region");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("sex");

    const int card = int(ResidentId::Kind::ResidentCard);
    const int male = int(ResidentId::Sex::Male);
    const int female = int(ResidentId::Sex::Female);
    const QString gb = u"11010519491231002X"_s;
    const QDate gbBirth(1949, 12, 31);

    auto valid = [&](const char* name, const QString& input, const QString& number, int kind, int province,
                     int region, QDate birth, int sex) {
        QTest::newRow(name) << input << QString() << number << kind << province << region << birth << sex;
    };
    auto invalid = [](const char* name, const QString& input, const QString& code) {
        QTest::newRow(name) << input << code << QString() << 0 << 0 << 0 << QDate() << 0;
    };

    valid("GB standard example is valid", gb, gb, card, 11, 110105, gbBirth, female);
    valid("python-stdnum example is valid", u"360426199101010071"_s, u"360426199101010071"_s, card, 36,
          360426, QDate(1991, 1, 1), male);
    valid("check char x in lower case is accepted", u"11010519491231002x"_s, gb, card, 11, 110105, gbBirth,
          female);
    valid("surrounding whitespace is trimmed", u"  11010519491231002X\t\n"_s, gb, card, 11, 110105, gbBirth,
          female);
    valid("an ideographic space around the number is trimmed", u"\u3000"_s + gb + u"\u3000"_s, gb, card, 11,
          110105, gbBirth, female);
    valid("full-width digits and X are normalised", toFullWidth(gb), gb, card, 11, 110105, gbBirth, female);
    valid("full-width lower-case x is normalised", toFullWidth(u"11010519491231002x"_s), gb, card, 11, 110105,
          gbBirth, female);
    valid("Hong Kong residence permit example is valid", u"810000199001010019"_s, u"810000199001010019"_s,
          int(ResidentId::Kind::ResidencePermitHongKong), 81, 810000, QDate(1990, 1, 1), male);

    // Invented people, check character by the reference formula.
    const QString macao = withCheck(u"82000019850615004"_s);
    valid("Macao residence permit is recognised", macao, macao, int(ResidentId::Kind::ResidencePermitMacao),
          82, 820000, QDate(1985, 6, 15), female);
    const QString taiwan = withCheck(u"83000020010309013"_s);
    valid("Taiwan residence permit is recognised", taiwan, taiwan,
          int(ResidentId::Kind::ResidencePermitTaiwan), 83, 830000, QDate(2001, 3, 9), male);
    const QString leap = withCheck(u"31010420000229028"_s);
    valid("birth on 29 February of a leap year is valid", leap, leap, card, 31, 310104, QDate(2000, 2, 29),
          female);
    const QString year1900 = withCheck(u"65010219000101005"_s);
    valid("birth on 1 January 1900 is the earliest accepted", year1900, year1900, card, 65, 650102,
          QDate(1900, 1, 1), male);
    const QString bornToday = withCheck(u"44030520240615003"_s);
    valid("birth today is not in the future", bornToday, bornToday, card, 44, 440305, kToday, male);

    invalid("empty input is reported", QString(), u"id.empty"_s);
    invalid("whitespace only is empty", u"  \t "_s, u"id.empty"_s);
    invalid("15-digit first-generation number is rejected", u"110105491231002"_s, u"id.first-generation"_s);
    invalid("15 full-width digits are a first-generation number", toFullWidth(u"110105491231002"_s),
            u"id.first-generation"_s);
    invalid("17 characters are too short", u"11010519491231002"_s, u"id.length"_s);
    invalid("19 characters are too long", u"11010519491231002X0"_s, u"id.length"_s);
    invalid("15 characters with a letter are a wrong length", u"11010549123100X"_s, u"id.length"_s);
    invalid("an inner space counts as a character", u"110105 1949123102X"_s, u"id.characters"_s);
    invalid("X before the last position is rejected", u"1101051949123100X2"_s, u"id.characters"_s);
    invalid("a letter other than X is rejected", u"11010519491231002Y"_s, u"id.characters"_s);
    invalid("letter O instead of zero is rejected", u"11O10519491231002X"_s, u"id.characters"_s);
    invalid("unknown region 99 is rejected", withCheck(u"99010519491231002"_s), u"id.region"_s);
    invalid("Taiwan code 71 is not issued on resident cards", withCheck(u"71010519491231002"_s),
            u"id.region"_s);
    invalid("a residence permit prefix must be 810000 exactly", withCheck(u"81010019900101001"_s),
            u"id.region"_s);
    invalid("impossible date 30 February is rejected", withCheck(u"11010519900230002"_s), u"id.birth-date"_s);
    invalid("month 13 is rejected", withCheck(u"11010519901301002"_s), u"id.birth-date"_s);
    invalid("29 February 1900 is not a date", withCheck(u"11010519000229002"_s), u"id.birth-date"_s);
    invalid("birth after the fixed today is in the future", withCheck(u"11010520240616002"_s),
            u"id.future-birth"_s);
    invalid("birth before 1900 is too old", withCheck(u"11010518991231002"_s), u"id.too-old"_s);
    invalid("worked example born 1880 has a good checksum but is too old", u"440524188001010014"_s,
            u"id.too-old"_s);
    invalid("wrong check char is rejected", u"110105194912310021"_s, u"id.checksum"_s);
    invalid("two swapped digits are caught by the checksum", u"360426199101010701"_s, u"id.checksum"_s);
}

void TestResidentId::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, code);

    const icp::Result<ResidentId> result = icp::parseResidentId(input, kToday);
    ICP_VERIFY_PARSE_OUTCOME(result, input, code);
    QFETCH(QString, number);
    QFETCH(int, kind);
    QFETCH(int, province);
    QFETCH(int, region);
    QFETCH(QDate, birth);
    QFETCH(int, sex);
    QCOMPARE(result->number, number);
    QCOMPARE(int(result->kind), kind);
    QCOMPARE(result->provinceCode, province);
    QCOMPARE(result->regionCode, region);
    QCOMPARE(result->birthDate, birth);
    QCOMPARE(int(result->sex), sex);
}

void TestResidentId::everyProvinceIsAccepted()
{
    const QList<icp::Province>& provinces = icp::Provinces::all();
    QCOMPARE(provinces.size(), 31);
    for (const icp::Province& p : provinces) {
        const QString body = QString::number(p.code * 10000 + 102) + u"19800101001"_s;
        const icp::Result<ResidentId> result = icp::parseResidentId(withCheck(body), kToday);
        QVERIFY2(result.ok(), qPrintable(p.nameEn));
        QCOMPARE(result->provinceCode, p.code);
    }
}

void TestResidentId::ageInYears_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");

    QTest::newRow("the day before the birthday") << QDate(1990, 5, 10) << QDate(2020, 5, 9) << 29;
    QTest::newRow("the birthday itself counts") << QDate(1990, 5, 10) << QDate(2020, 5, 10) << 30;
    QTest::newRow("a month after the birthday") << QDate(1990, 5, 10) << QDate(2020, 6, 10) << 30;
    QTest::newRow("earlier month, later day") << QDate(1990, 5, 10) << QDate(2020, 4, 30) << 29;
    QTest::newRow("born today is zero") << QDate(2024, 6, 15) << QDate(2024, 6, 15) << 0;
    QTest::newRow("eighteenth birthday makes an adult") << QDate(2006, 6, 15) << QDate(2024, 6, 15) << 18;
    QTest::newRow("the day before the eighteenth birthday") << QDate(2006, 6, 15) << QDate(2024, 6, 14) << 17;
    QTest::newRow("29 Feb birthday on 28 Feb of a common year")
        << QDate(2000, 2, 29) << QDate(2019, 2, 28) << 18;
    QTest::newRow("29 Feb birthday counts on 1 Mar of a common year")
        << QDate(2000, 2, 29) << QDate(2019, 3, 1) << 19;
    QTest::newRow("29 Feb birthday on 29 Feb of a leap year")
        << QDate(2000, 2, 29) << QDate(2020, 2, 29) << 20;
    QTest::newRow("29 Feb birthday on 28 Feb of a leap year")
        << QDate(2000, 2, 29) << QDate(2020, 2, 28) << 19;
    QTest::newRow("a date before birth gives -1") << QDate(2000, 1, 2) << QDate(2000, 1, 1) << -1;
    QTest::newRow("an invalid birth date gives -1") << QDate() << QDate(2000, 1, 1) << -1;
}

void TestResidentId::ageInYears()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, age);
    QCOMPARE(icp::ageInYears(birth, on), age);
}

void TestResidentId::ageOnUsesTheBirthDate()
{
    const icp::Result<ResidentId> id = icp::parseResidentId(u"11010519491231002X"_s, kToday);
    QVERIFY(id.ok());
    QCOMPARE(id->ageOn(QDate(2024, 12, 30)), 74);
    QCOMPARE(id->ageOn(QDate(2024, 12, 31)), 75);
}

QTEST_GUILESS_MAIN(TestResidentId)
#include "tst_residentid.moc"
