// Mobile, landline, e-mail, postcode and travel-document numbers
// (docs/regulations.md §4.3–§4.5). Phone numbers are well-known test numbers or
// obviously invented ones, never a real person's.

#include "ParseOutcome.h"
#include "TestText.h"
#include "core/DataTable.h"
#include "validation/Contact.h"
#include "validation/MobileGeocoder.h"

#include <QTest>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using icp::MobileNumber;
using icp::test::toFullWidth;

namespace {

constexpr int kAnyProvince = -1;

} // namespace

class TestContact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mobile_data();
    void mobile();
    void geocoderDescription_data();
    void geocoderDescription();
    void mobileFromManyThreads();
    void mobileTableIsValid();
    void landline_data();
    void landline();
    void email_data();
    void email();
    void postcode_data();
    void postcode();
    void documents_data();
    void documents();
};

void TestContact::mobile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("province"); // GB/T 2260 code from libphonenumber; kAnyProvince: not checked

    const int standard = int(MobileNumber::SegmentKind::Standard);
    const int dataCard = int(MobileNumber::SegmentKind::DataCard);
    const int virtualOperator = int(MobileNumber::SegmentKind::VirtualOperator);
    auto valid = [](const char* name, const QString& input, const QString& number, const QString& segment,
                    const QString& carrier, int kind, int province) {
        QTest::newRow(name) << input << QString() << number << segment << carrier << kind << province;
    };
    auto invalid = [](const char* name, const QString& input, const QString& code) {
        QTest::newRow(name) << input << code << QString() << QString() << QString() << 0 << 0;
    };

    // libphonenumber 8.12 places 138 0013 and 150 1234 in Beijing (11) and Yunnan (53).
    valid("test number 13800138000 is a Beijing China Mobile number", u"13800138000"_s, u"13800138000"_s,
          u"138"_s, u"china-mobile"_s, standard, 11);
    valid("15012345678 is a Yunnan China Mobile number", u"15012345678"_s, u"15012345678"_s, u"150"_s,
          u"china-mobile"_s, standard, 53);
    valid("+86 prefix with spaces and hyphens is accepted", u"+86 138-0013-8000"_s, u"13800138000"_s,
          u"138"_s, u"china-mobile"_s, standard, 11);
    valid("0086 prefix is accepted", u"0086 13800138000"_s, u"13800138000"_s, u"138"_s, u"china-mobile"_s,
          standard, 11);
    valid("86 prefix without plus is accepted", u"8613800138000"_s, u"13800138000"_s, u"138"_s,
          u"china-mobile"_s, standard, 11);
    valid("full-width digits are normalised", toFullWidth(u"13800138000"_s), u"13800138000"_s, u"138"_s,
          u"china-mobile"_s, standard, 11);
    valid("surrounding whitespace is trimmed", u"\u3000 13800138000 "_s, u"13800138000"_s, u"138"_s,
          u"china-mobile"_s, standard, 11);
    valid("Unicom segment 186", u"18600000000"_s, u"18600000000"_s, u"186"_s, u"china-unicom"_s, standard,
          kAnyProvince);
    valid("Telecom segment 189", u"18900000000"_s, u"18900000000"_s, u"189"_s, u"china-telecom"_s, standard,
          kAnyProvince);
    valid("1340 is China Mobile", u"13400000000"_s, u"13400000000"_s, u"1340"_s, u"china-mobile"_s, standard,
          kAnyProvince);
    valid("1349 is China Telecom", u"13490000000"_s, u"13490000000"_s, u"1349"_s, u"china-telecom"_s,
          standard, kAnyProvince);
    valid("Broadnet 192 is valid although libphonenumber has no province for it", u"19212345678"_s,
          u"19212345678"_s, u"192"_s, u"china-broadnet"_s, standard, 0);
    valid("new segment 197 is valid", u"19712345678"_s, u"19712345678"_s, u"197"_s, u"china-mobile"_s,
          standard, kAnyProvince);
    valid("1701 is a Telecom virtual operator", u"17012345678"_s, u"17012345678"_s, u"1701"_s,
          u"virtual-china-telecom"_s, virtualOperator, kAnyProvince);
    valid("1705 is a Mobile virtual operator", u"17050000000"_s, u"17050000000"_s, u"1705"_s,
          u"virtual-china-mobile"_s, virtualOperator, kAnyProvince);
    valid("171 is a Unicom virtual operator", u"17100000000"_s, u"17100000000"_s, u"171"_s,
          u"virtual-china-unicom"_s, virtualOperator, kAnyProvince);
    valid("162 is a virtual operator", u"16200000000"_s, u"16200000000"_s, u"162"_s,
          u"virtual-china-telecom"_s, virtualOperator, kAnyProvince);
    valid("145 is a data card", u"14500000000"_s, u"14500000000"_s, u"145"_s, u"china-unicom"_s, dataCard,
          kAnyProvince);
    valid("17403 is a Telecom satellite segment", u"17403000000"_s, u"17403000000"_s, u"17403"_s,
          u"china-telecom"_s, standard, kAnyProvince);

    invalid("empty input is reported", QString(), u"mobile.empty"_s);
    invalid("a letter is rejected", u"138a0013800"_s, u"mobile.characters"_s);
    invalid("a plus inside the number is rejected", u"138+00138000"_s, u"mobile.characters"_s);
    invalid("ten digits are too short", u"1380013800"_s, u"mobile.length"_s);
    invalid("twelve digits are too long", u"138001380001"_s, u"mobile.length"_s);
    invalid("a landline is not a mobile", u"01012345678"_s, u"mobile.prefix"_s);
    invalid("a foreign country code is rejected", u"+1 415 555 0123"_s, u"mobile.prefix"_s);
    invalid("13-digit IoT number 1440x is rejected", u"1440123456789"_s, u"mobile.iot"_s);
    invalid("13-digit IoT number 146xx is rejected", u"1461234567890"_s, u"mobile.iot"_s);
    invalid("13-digit IoT number 1410x is rejected", u"1410123456789"_s, u"mobile.iot"_s);
    invalid("unallocated segment 154 is rejected", u"15412345678"_s, u"mobile.segment"_s);
    invalid("unallocated segment 100 is rejected", u"10012345678"_s, u"mobile.segment"_s);
    invalid("17406 is not allocated", u"17406000000"_s, u"mobile.segment"_s);
    invalid("13 digits outside the IoT segments are a wrong length", u"1380013800012"_s, u"mobile.length"_s);
}

void TestContact::mobile()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const icp::Result<MobileNumber> result = icp::parseMobile(input);
    ICP_VERIFY_PARSE_OUTCOME(result, input, code);
    QFETCH(QString, number);
    QFETCH(QString, segment);
    QFETCH(QString, carrier);
    QFETCH(int, kind);
    QFETCH(int, province);
    QCOMPARE(result->number, number);
    QCOMPARE(result->segment, segment);
    QCOMPARE(result->carrierKey, carrier);
    QCOMPARE(int(result->segmentKind), kind);
    if (province != kAnyProvince)
        QCOMPARE(result->homeProvinceCode, province);
}

void TestContact::geocoderDescription_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("province");

    QTest::newRow("a municipality") << u"北京市"_s << 11;
    QTest::newRow("a province and city") << u"云南省昭通市"_s << 53;
    QTest::newRow("Guangxi without 壮族自治区") << u"广西南宁市"_s << 45;
    QTest::newRow("Inner Mongolia without 自治区") << u"内蒙古呼和浩特市"_s << 15;
    QTest::newRow("Heilongjiang has a three-character name") << u"黑龙江省哈尔滨市"_s << 23;
    QTest::newRow("Xinjiang without 维吾尔自治区") << u"新疆乌鲁木齐市"_s << 65;
    QTest::newRow("Ningxia without 回族自治区") << u"宁夏银川市"_s << 64;
    QTest::newRow("Tibet") << u"西藏拉萨市"_s << 54;
    QTest::newRow("Shanxi is not Shaanxi") << u"山西省太原市"_s << 14;
    QTest::newRow("Shaanxi is not Shanxi") << u"陕西省西安市"_s << 61;
    QTest::newRow("the full province name") << u"广西壮族自治区"_s << 45;
    QTest::newRow("the country only is unknown") << u"中国"_s << 0;
    QTest::newRow("an empty description is unknown") << QString() << 0;
}

void TestContact::geocoderDescription()
{
    QFETCH(QString, description);
    QFETCH(int, province);
    QCOMPARE(icp::detail::provinceCodeFromGeocoderDescription(description), province);
}

void TestContact::mobileFromManyThreads()
{
    // The geocoder singleton is created lazily; first use may race.
    const QStringList numbers = {u"13800138000"_s, u"15012345678"_s, u"18600000000"_s, u"13900000000"_s};
    std::vector<std::thread> threads;
    std::vector<QList<int>> provinces(4);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) {
                const auto result = icp::parseMobile(numbers[(t + i) % numbers.size()]);
                provinces[t].append(result.ok() ? result->homeProvinceCode : -1);
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (int t = 0; t < 4; ++t) {
        for (int i = 0; i < 50; ++i) {
            const auto expected = icp::parseMobile(numbers[(t + i) % numbers.size()]);
            QVERIFY(expected.ok());
            QCOMPARE(provinces[t][i], expected->homeProvinceCode);
        }
    }
}

void TestContact::mobileTableIsValid()
{
    const icp::DataTable& table = icp::DataTable::load(u"mobile-segments"_s);
    QVERIFY(table.isValid());
    QVERIFY(!table.rows().isEmpty());
}

void TestContact::landline_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("formatted");

    auto row = [](const char* name, const QString& input, const QString& code, const QString& formatted) {
        QTest::newRow(name) << input << code << formatted;
    };
    row("Beijing number with hyphen", u"010-12345678"_s, {}, u"010-12345678"_s);
    row("Beijing number without separator", u"01012345678"_s, {}, u"010-12345678"_s);
    row("area code in brackets", u"(010)12345678"_s, {}, u"010-12345678"_s);
    row("number in groups of four", u"010 1234 5678"_s, {}, u"010-12345678"_s);
    row("number split by hyphens", u"010-1234-5678"_s, {}, u"010-12345678"_s);
    row("three-digit 02X area code", u"021-87654321"_s, {}, u"021-87654321"_s);
    row("four-digit area code and seven digits", u"0755-2345678"_s, {}, u"0755-2345678"_s);
    row("extension after a hyphen", u"0755-2345678-123"_s, {}, u"0755-2345678-123"_s);
    row("extension after 转", u"0755 23456789 转 8001"_s, {}, u"0755-23456789-8001"_s);
    row("extension after ext.", u"021-87654321 ext. 12"_s, {}, u"021-87654321-12"_s);
    row("+86 without the area code's zero", u"+86 10 12345678"_s, {}, u"010-12345678"_s);
    row("0086 with the area code's zero", u"0086-0755-23456789"_s, {}, u"0755-23456789"_s);
    row("full-width digits", toFullWidth(u"010-12345678"_s), {}, u"010-12345678"_s);
    row("empty input is reported", QString(), u"landline.empty"_s, {});
    row("no area code", u"12345678"_s, u"landline.format"_s, {});
    row("area code 011 does not exist", u"011-12345678"_s, u"landline.area-code"_s, {});
    row("area code 00 is a country prefix", u"001-2345678"_s, u"landline.area-code"_s, {});
    row("six digits are too short", u"010-123456"_s, u"landline.format"_s, {});
    row("nine digits are too long", u"010-123456789"_s, u"landline.format"_s, {});
    row("a local number cannot start with 0", u"010-02345678"_s, u"landline.format"_s, {});
    row("a seven-digit extension is too long", u"010-12345678-1234567"_s, u"landline.format"_s, {});
    row("400 service numbers are not landlines", u"400-123-4567"_s, u"landline.format"_s, {});
    row("a letter is rejected", u"010-1234567a"_s, u"landline.format"_s, {});
    row("an empty extension is rejected", u"010-12345678 转"_s, u"landline.format"_s, {});
}

void TestContact::landline()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QString, formatted);
    const icp::Result<icp::Landline> result = icp::parseLandline(input);
    ICP_VERIFY_PARSE_OUTCOME(result, input, code);
    QCOMPARE(result->formatted(), formatted);
    QCOMPARE(result->areaCode + u'-' + result->number, formatted.section(u'-', 0, 1));
}

void TestContact::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("normalised");

    auto row = [](const char* name, const QString& input, const QString& code, const QString& normalised) {
        QTest::newRow(name) << input << code << normalised;
    };
    row("a plain address", u"user@example.com"_s, {}, u"user@example.com"_s);
    row("the domain is lower-cased, the local part kept", u" User.Name+tag@Example.COM "_s, {},
        u"User.Name+tag@example.com"_s);
    row("a subdomain", u"a_b-c@mail.example.com.cn"_s, {}, u"a_b-c@mail.example.com.cn"_s);
    row("an IDN domain becomes its A-label", u"info@例子.中国"_s, {}, u"info@xn--fsqu00a.xn--fiqs8s"_s);
    row("full-width characters are normalised", toFullWidth(u"user@example.com"_s), {},
        u"user@example.com"_s);
    row("an ideographic full stop in the domain", u"user@example。com"_s, {}, u"user@example.com"_s);
    row("empty input is reported", QString(), u"email.empty"_s, {});
    row("a space in the local part", u"user name@example.com"_s, u"email.format"_s, {});
    row("a space in the domain", u"user@exa mple.com"_s, u"email.format"_s, {});
    row("two @ signs", u"a@b@example.com"_s, u"email.format"_s, {});
    row("no @ sign", u"user.example.com"_s, u"email.format"_s, {});
    row("an empty local part", u"@example.com"_s, u"email.format"_s, {});
    row("an empty domain", u"user@"_s, u"email.format"_s, {});
    row("two dots in a row in the local part", u"user..name@example.com"_s, u"email.format"_s, {});
    row("a leading dot in the local part", u".user@example.com"_s, u"email.format"_s, {});
    row("a Chinese local part", u"张三@example.com"_s, u"email.format"_s, {});
    row("a domain without a dot", u"user@localhost"_s, u"email.domain"_s, {});
    row("a domain label with a leading hyphen", u"user@-example.com"_s, u"email.domain"_s, {});
    row("an empty domain label", u"user@example..com"_s, u"email.domain"_s, {});
    row("an IP address is not a domain", u"user@192.168.1.1"_s, u"email.domain"_s, {});
    row("an underscore in the domain", u"user@exam_ple.com"_s, u"email.domain"_s, {});
}

void TestContact::email()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QString, normalised);
    const icp::Result<QString> result = icp::parseEmail(input);
    ICP_VERIFY_PARSE_OUTCOME(result, input, code);
    QCOMPARE(result.value(), normalised);
}

void TestContact::postcode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("six digits") << u"100080"_s << QString() << u"100080"_s;
    QTest::newRow("full-width digits") << toFullWidth(u"510080"_s) << QString() << u"510080"_s;
    QTest::newRow("surrounding whitespace") << u" 510080 "_s << QString() << u"510080"_s;
    QTest::newRow("empty input is reported") << QString() << u"postcode.empty"_s << QString();
    QTest::newRow("five digits") << u"10008"_s << u"postcode.format"_s << QString();
    QTest::newRow("seven digits") << u"1000800"_s << u"postcode.format"_s << QString();
    QTest::newRow("a letter") << u"10008a"_s << u"postcode.format"_s << QString();
}

void TestContact::postcode()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QString, normalised);
    const icp::Result<QString> result = icp::parsePostcode(input);
    if (!code.isEmpty()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        return;
    }
    QVERIFY(result.ok());
    QCOMPARE(result.value(), normalised);
}

void TestContact::documents_data()
{
    QTest::addColumn<QString>("document"); // hrp, taiwan, passport-cn, passport, permanent
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("normalised");

    auto row = [](const char* name, const char* document, const QString& input, const QString& code,
                  const QString& normalised) {
        QTest::newRow(name) << QString::fromLatin1(document) << input << code << normalised;
    };
    row("Home Return Permit H + 8 digits", "hrp", u"H12345678"_s, {}, u"H12345678"_s);
    row("Home Return Permit M + 10 digits in lower case", "hrp", u"m1234567890"_s, {}, u"M1234567890"_s);
    row("Home Return Permit typed in groups", "hrp", u"H 1234 5678"_s, {}, u"H12345678"_s);
    row("Home Return Permit must start with H or M", "hrp", u"A12345678"_s, u"home-return-permit.format"_s,
        {});
    row("Home Return Permit with 7 digits", "hrp", u"H1234567"_s, u"home-return-permit.format"_s, {});
    row("Home Return Permit empty", "hrp", u" "_s, u"home-return-permit.empty"_s, {});
    row("Taiwan permit card of 8 digits", "taiwan", u"12345678"_s, {}, u"12345678"_s);
    row("Taiwan permit of 10 digits", "taiwan", u"1234567890"_s, {}, u"1234567890"_s);
    row("Taiwan permit of 10 digits and a letter", "taiwan", u"1234567890b"_s, {}, u"1234567890B"_s);
    row("Taiwan permit of 9 digits", "taiwan", u"123456789"_s, u"taiwan-permit.format"_s, {});
    row("Taiwan permit with a leading letter", "taiwan", u"A2345678"_s, u"taiwan-permit.format"_s, {});
    row("Taiwan permit empty", "taiwan", QString(), u"taiwan-permit.empty"_s, {});
    row("Chinese passport E + 8 digits", "passport-cn", u"E12345678"_s, {}, u"E12345678"_s);
    row("Chinese passport E + letter + 7 digits", "passport-cn", u"EA1234567"_s, {}, u"EA1234567"_s);
    row("Chinese passport in lower case", "passport-cn", u"e12345678"_s, {}, u"E12345678"_s);
    row("Chinese passport with letter I", "passport-cn", u"EI1234567"_s, u"passport.format"_s, {});
    row("Chinese passport of the old G series", "passport-cn", u"G12345678"_s, u"passport.format"_s, {});
    row("Chinese passport with 7 digits", "passport-cn", u"E1234567"_s, u"passport.format"_s, {});
    row("foreign passport of 8 characters", "passport", u"X1234567"_s, {}, u"X1234567"_s);
    row("foreign passport of 5 characters", "passport", u"ab123"_s, {}, u"AB123"_s);
    row("foreign passport of 4 characters", "passport", u"AB12"_s, u"passport.format"_s, {});
    row("foreign passport of 18 characters", "passport", u"AB1234567890123456"_s, u"passport.format"_s, {});
    row("foreign passport with a hyphen", "passport", u"AB-12345"_s, u"passport.format"_s, {});
    row("passport empty", "passport", QString(), u"passport.empty"_s, {});
    // docs/regulations.md §4.4: the 2023 card, 9 + 16 digits + the MOD 11-2 check character (invented
    // holders, check characters computed as for the resident identity card).
    row("permanent resident card of 2023", "permanent", u"931840198506120019"_s, {}, u"931840198506120019"_s);
    row("permanent resident card typed in groups", "permanent", u"9448 4019 9001 0100 24"_s, {},
        u"944840199001010024"_s);
    row("permanent resident card with a wrong check character", "permanent", u"931840198506120010"_s,
        u"foreign-permanent-resident-id.checksum"_s, {});
    row("a citizen's ID number is not a permanent resident card", "permanent", u"11010519491231002X"_s,
        u"foreign-permanent-resident-id.format"_s, {});
    row("permanent resident card of 2017 (3 letters, 12 digits)", "permanent", u"usa310085061201"_s, {},
        u"USA310085061201"_s);
    row("permanent resident card of 17 characters", "permanent", u"93184019850612001"_s,
        u"foreign-permanent-resident-id.format"_s, {});
    row("permanent resident card empty", "permanent", QString(), u"foreign-permanent-resident-id.empty"_s,
        {});
}

void TestContact::documents()
{
    QFETCH(QString, document);
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QString, normalised);
    const icp::Result<QString> result = document == "hrp"_L1      ? icp::parseHomeReturnPermit(input)
                                        : document == "taiwan"_L1 ? icp::parseTaiwanPermit(input)
                                        : document == "permanent"_L1
                                            ? icp::parseForeignPermanentResidentId(input)
                                            : icp::parsePassport(input, document == "passport-cn"_L1);
    ICP_VERIFY_PARSE_OUTCOME(result, input, code);
    QCOMPARE(result.value(), normalised);
}

QTEST_GUILESS_MAIN(TestContact)
#include "tst_contact.moc"
