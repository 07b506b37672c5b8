#include "validation/IcpNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

// ICP filing, licence and public-security numbers (docs/regulations.md §8.1–§8.3, §2.5).
class TestIcpNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
    void filing_data();
    void filing();
    void filingRejected_data();
    void filingRejected();
    void entityNumberDropsTheSite();
    void licence_data();
    void licence();
    void licenceRejected_data();
    void licenceRejected();
    void licenceKindKeys();
    void psb_data();
    void psb();
    void psbRejected_data();
    void psbRejected();
};

void TestIcpNumber::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("spaces are removed") << u"京 ICP 备 11018762 号-11"_s << u"京ICP备11018762号-11"_s;
    QTest::newRow("full-width digits, letters and hyphen map to ASCII")
        << u"京ＩＣＰ备２０２１０３４２８６号－１"_s << u"京ICP备2021034286号-1"_s;
    QTest::newRow("en dash and minus sign become hyphens") << u"B2–2008\u22120101"_s << u"B2-2008-0101"_s;
    QTest::newRow("ideographic space and zero-width space are removed")
        << u"京\u3000ICP备\u200b11018762号"_s << u"京ICP备11018762号"_s;
    QTest::newRow("lower-case letters are capitalised") << u"粤icp备12345678号"_s << u"粤ICP备12345678号"_s;
}

void TestIcpNumber::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normaliseNumberInput(input), expected);
}

void TestIcpNumber::filing_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("abbreviation");
    QTest::addColumn<int>("provinceCode");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<int>("site");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("ten-digit serial with site number")
        << u"京ICP备2021034286号-3"_s << u"京"_s << 11 << u"2021034286"_s << 3 << u"京ICP备2021034286号-3"_s;
    QTest::newRow("eight-digit entity number")
        << u"京ICP备11018762号"_s << u"京"_s << 11 << u"11018762"_s << 0 << u"京ICP备11018762号"_s;
    QTest::newRow("Sichuan written 蜀")
        << u"蜀ICP备2026007879号-1"_s << u"蜀"_s << 51 << u"2026007879"_s << 1 << u"蜀ICP备2026007879号-1"_s;
    QTest::newRow("Sichuan written 川")
        << u"川ICP备09150084号"_s << u"川"_s << 51 << u"09150084"_s << 0 << u"川ICP备09150084号"_s;
    QTest::newRow("Gansu written 陇")
        << u"陇ICP备2024012699号-3"_s << u"陇"_s << 62 << u"2024012699"_s << 3 << u"陇ICP备2024012699号-3"_s;
    QTest::newRow("Gansu written 甘")
        << u"甘ICP备14018586号"_s << u"甘"_s << 62 << u"14018586"_s << 0 << u"甘ICP备14018586号"_s;
    QTest::newRow("Guizhou written 黔")
        << u"黔ICP备12345678号-2"_s << u"黔"_s << 52 << u"12345678"_s << 2 << u"黔ICP备12345678号-2"_s;
    QTest::newRow("Yunnan written 滇")
        << u"滇ICP备2020012345号"_s << u"滇"_s << 53 << u"2020012345"_s << 0 << u"滇ICP备2020012345号"_s;
    QTest::newRow("spaces as printed on sites")
        << u"京 ICP 备 11018762 号-11"_s << u"京"_s << 11 << u"11018762"_s << 11 << u"京ICP备11018762号-11"_s;
    QTest::newRow("full-width digits and hyphen") << u"京ICP备２０２１０３４２８６号－１"_s << u"京"_s << 11
                                                  << u"2021034286"_s << 1 << u"京ICP备2021034286号-1"_s;
    QTest::newRow("legacy order with the site before 号")
        << u"滇ICP备09010050-5号"_s << u"滇"_s << 53 << u"09010050"_s << 5 << u"滇ICP备09010050号-5"_s;
    QTest::newRow("number without 号")
        << u"陇ICP备 05000593"_s << u"陇"_s << 62 << u"05000593"_s << 0 << u"陇ICP备05000593号"_s;
    QTest::newRow("site number without 号")
        << u"沪ICP备2022001234-12"_s << u"沪"_s << 31 << u"2022001234"_s << 12 << u"沪ICP备2022001234号-12"_s;
    QTest::newRow("lower-case icp") << u"粤icp备12345678号"_s << u"粤"_s << 44 << u"12345678"_s << 0
                                    << u"粤ICP备12345678号"_s;
    QTest::newRow("largest site number 9999") << u"浙ICP备2023000001号-9999"_s << u"浙"_s << 33
                                              << u"2023000001"_s << 9999 << u"浙ICP备2023000001号-9999"_s;
    QTest::newRow("en dash before the site")
        << u"苏ICP备2023000001号–2"_s << u"苏"_s << 32 << u"2023000001"_s << 2 << u"苏ICP备2023000001号-2"_s;
}

void TestIcpNumber::filing()
{
    QFETCH(QString, input);
    QFETCH(QString, abbreviation);
    QFETCH(int, provinceCode);
    QFETCH(QString, serial);
    QFETCH(int, site);
    QFETCH(QString, formatted);

    const auto number = parseFilingNumber(input);
    QVERIFY2(number.ok(), qPrintable(number ? QString() : number.error().message));
    QCOMPARE(number->abbreviation, abbreviation);
    QCOMPARE(number->provinceCode, provinceCode);
    QCOMPARE(number->serial, serial);
    QCOMPARE(number->site, site);
    QCOMPARE(number->format(), formatted);
    // The canonical text parses back to the same number.
    const auto again = parseFilingNumber(number->format());
    QVERIFY(again.ok());
    QCOMPARE(again->format(), formatted);
}

void TestIcpNumber::filingRejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageMentions"); // empty: no check

    QTest::newRow("empty") << QString() << u"icp.empty"_s << QString();
    QTest::newRow("spaces only") << u"  "_s << u"icp.empty"_s << QString();
    QTest::newRow("贵 is not Guizhou's abbreviation")
        << u"贵ICP备12345678号"_s << u"icp.province"_s << u"黔"_s;
    QTest::newRow("云 is not Yunnan's abbreviation")
        << u"云ICP备2021034286号-1"_s << u"icp.province"_s << u"滇"_s;
    QTest::newRow("Hong Kong has no ICP filing") << u"港ICP备12345678号"_s << u"icp.province"_s << u"港"_s;
    QTest::newRow("missing province abbreviation") << u"ICP备12345678号"_s << u"icp.province"_s << QString();
    QTest::newRow("9-digit serial") << u"京ICP备123456789号"_s << u"icp.serial"_s << u"9"_s;
    QTest::newRow("7-digit serial") << u"京ICP备1234567号"_s << u"icp.serial"_s << u"7"_s;
    QTest::newRow("11-digit serial") << u"京ICP备20210342861号"_s << u"icp.serial"_s << QString();
    QTest::newRow("missing serial") << u"京ICP备号"_s << u"icp.format"_s << QString();
    QTest::newRow("site suffix -0") << u"京ICP备11018762号-0"_s << u"icp.site"_s << QString();
    QTest::newRow("site suffix with a leading zero")
        << u"京ICP备11018762号-01"_s << u"icp.site"_s << QString();
    QTest::newRow("site suffix over 9999") << u"京ICP备11018762号-10000"_s << u"icp.site"_s << QString();
    QTest::newRow("hyphen without a site number") << u"京ICP备11018762号-"_s << u"icp.site"_s << QString();
    QTest::newRow("trailing text") << u"京ICP备11018762号-1abc"_s << u"icp.format"_s << u"ABC"_s;
    QTest::newRow("号 twice") << u"京ICP备11018762号-1号"_s << u"icp.format"_s << QString();
    QTest::newRow("text before the number")
        << u"版权所有京ICP备11018762号"_s << u"icp.format"_s << u"版权所有"_s;
    QTest::newRow("a licence number is not a filing number")
        << u"京ICP证030173号"_s << u"icp.format"_s << QString();
    QTest::newRow("a PSB number is not an ICP filing number")
        << u"京公网安备11010502037644号"_s << u"icp.format"_s << QString();
    QTest::newRow("random text") << u"hello"_s << u"icp.format"_s << QString();
}

void TestIcpNumber::filingRejected()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QString, messageMentions);

    const auto number = parseFilingNumber(input);
    QVERIFY2(!number.ok(), qPrintable(number ? number->format() : QString()));
    QCOMPARE(number.error().code, code);
    QVERIFY(!number.error().message.isEmpty());
    if (!messageMentions.isEmpty())
        QVERIFY2(number.error().message.contains(messageMentions), qPrintable(number.error().message));
}

void TestIcpNumber::entityNumberDropsTheSite()
{
    const auto number = parseFilingNumber(u"京ICP备11018762号-11"_s);
    QVERIFY(number.ok());
    QCOMPARE(number->entityNumber(), u"京ICP备11018762号"_s);
}

void TestIcpNumber::licence_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<LicenceNumber::Kind>("kind");
    QTest::addColumn<QString>("abbreviation");
    QTest::addColumn<QString>("categories");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("formatted");

    using K = LicenceNumber::Kind;
    QTest::newRow("Beijing ICP certificate") << u"京ICP证030173号"_s << K::IcpCertificate << u"京"_s
                                             << QString() << u"030173"_s << 2003 << u"京ICP证030173号"_s;
    QTest::newRow("provincial B2 licence") << u"粤B2-20090059"_s << K::ProvincialValueAdded << u"粤"_s
                                           << u"B2"_s << u"20090059"_s << 2009 << u"粤B2-20090059"_s;
    QTest::newRow("provincial A2 licence") << u"粤A2-20040001"_s << K::ProvincialValueAdded << u"粤"_s
                                           << u"A2"_s << u"20040001"_s << 2004 << u"粤A2-20040001"_s;
    QTest::newRow("national B2 licence") << u"B2-20080101"_s << K::NationalValueAdded << QString() << u"B2"_s
                                         << u"20080101"_s << 2008 << u"B2-20080101"_s;
    QTest::newRow("foreign-invested B2 licence") << u"合字B2-20170010"_s << K::ForeignInvested << QString()
                                                 << u"B2"_s << u"20170010"_s << 2017 << u"合字B2-20170010"_s;
    QTest::newRow("foreign-invested with several categories")
        << u"合字A1.B1.B2-20180001"_s << K::ForeignInvested << QString() << u"A1.B1.B2"_s << u"20180001"_s
        << 2018 << u"合字A1.B1.B2-20180001"_s;
    QTest::newRow("hybrid footer form keeps its shape")
        << u"京ICP证B2-20170001号"_s << K::ProvincialValueAdded << u"京"_s << u"B2"_s << u"20170001"_s << 2017
        << u"京ICP证B2-20170001号"_s;
    QTest::newRow("full-width letters, digits and hyphen")
        << u"浙Ｂ２－２００８０２２４"_s << K::ProvincialValueAdded << u"浙"_s << u"B2"_s << u"20080224"_s
        << 2008 << u"浙B2-20080224"_s;
    QTest::newRow("lower case and spaces") << u" b2 - 20080101 "_s << K::NationalValueAdded << QString()
                                           << u"B2"_s << u"20080101"_s << 2008 << u"B2-20080101"_s;
    // docs/regulations.md §8.2: A1/A2/B1/B2 alone or combined with dots.
    QTest::newRow("provincial B1 licence (IDC, CDN, ISP)")
        << u"京B1-20180123"_s << K::ProvincialValueAdded << u"京"_s << u"B1"_s << u"20180123"_s << 2018
        << u"京B1-20180123"_s;
    QTest::newRow("combined B1.B2 licence") << u"沪B1.B2-20190456"_s << K::ProvincialValueAdded << u"沪"_s
                                            << u"B1.B2"_s << u"20190456"_s << 2019 << u"沪B1.B2-20190456"_s;
    QTest::newRow("combined A2.B1.B2 licence")
        << u"A2.B1.B2-20210007"_s << K::NationalValueAdded << QString() << u"A2.B1.B2"_s << u"20210007"_s
        << 2021 << u"A2.B1.B2-20210007"_s;
    QTest::newRow("Sichuan written 川 with a trailing 号")
        << u"川B2-20150001号"_s << K::ProvincialValueAdded << u"川"_s << u"B2"_s << u"20150001"_s << 2015
        << u"川B2-20150001"_s;
}

void TestIcpNumber::licence()
{
    QFETCH(QString, input);
    QFETCH(LicenceNumber::Kind, kind);
    QFETCH(QString, abbreviation);
    QFETCH(QString, categories);
    QFETCH(QString, serial);
    QFETCH(int, year);
    QFETCH(QString, formatted);

    const auto number = parseLicenceNumber(input);
    QVERIFY2(number.ok(), qPrintable(number ? QString() : number.error().message));
    QCOMPARE(number->kind, kind);
    QCOMPARE(number->abbreviation, abbreviation);
    QCOMPARE(number->provinceCode != 0, !abbreviation.isEmpty());
    QCOMPARE(number->categories, categories);
    QCOMPARE(number->serial, serial);
    QCOMPARE(number->year, year);
    QCOMPARE(number->format(), formatted);
}

void TestIcpNumber::licenceRejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << QString() << u"licence.empty"_s;
    QTest::newRow("seven-digit B2 serial") << u"粤B2-2009005"_s << u"licence.format"_s;
    QTest::newRow("nine-digit B2 serial") << u"粤B2-200900591"_s << u"licence.format"_s;
    QTest::newRow("missing hyphen") << u"粤B220090059"_s << u"licence.format"_s;
    QTest::newRow("five-digit ICP certificate serial") << u"京ICP证03017号"_s << u"licence.format"_s;
    QTest::newRow("category letter C does not exist") << u"C2-20080101"_s << u"licence.format"_s;
    QTest::newRow("year before licences existed") << u"B2-19990101"_s << u"licence.format"_s;
    QTest::newRow("贵 is not Guizhou's abbreviation") << u"贵B2-20090059"_s << u"licence.province"_s;
    QTest::newRow("云 is not Yunnan's abbreviation") << u"云ICP证030173号"_s << u"licence.province"_s;
    QTest::newRow("Hong Kong issues no mainland licence") << u"港B2-20090059"_s << u"licence.province"_s;
    QTest::newRow("a filing number is not a licence") << u"京ICP备11018762号"_s << u"licence.format"_s;
    QTest::newRow("there is no category B3") << u"沪B3-20240123"_s << u"licence.category"_s;
    QTest::newRow("a service code is not a licence category") << u"粤B25-20090059"_s << u"licence.category"_s;
    QTest::newRow("category A3 does not exist") << u"A3-20200001"_s << u"licence.category"_s;
    QTest::newRow("a category repeated") << u"京B2.B2-20170001"_s << u"licence.category"_s;
    QTest::newRow("B3 inside a combined number") << u"合字B1.B3-20180001"_s << u"licence.category"_s;
    QTest::newRow("legacy category code with extra hyphens") << u"辽B-2-4-20080001"_s << u"licence.format"_s;
}

void TestIcpNumber::licenceRejected()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const auto number = parseLicenceNumber(input);
    QVERIFY2(!number.ok(), qPrintable(number ? number->format() : QString()));
    QCOMPARE(number.error().code, code);
    QVERIFY(!number.error().message.isEmpty());
}

void TestIcpNumber::licenceKindKeys()
{
    QCOMPARE(licenceKindKey(LicenceNumber::Kind::IcpCertificate), u"icp-certificate"_s);
    QCOMPARE(licenceKindKey(LicenceNumber::Kind::ProvincialValueAdded), u"provincial-b2"_s);
    QCOMPARE(licenceKindKey(LicenceNumber::Kind::NationalValueAdded), u"national-b2"_s);
    QCOMPARE(licenceKindKey(LicenceNumber::Kind::ForeignInvested), u"foreign-invested"_s);
}

void TestIcpNumber::psb_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("abbreviation");
    QTest::addColumn<int>("provinceCode");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("uncertain");

    QTest::newRow("Beijing PSB number")
        << u"京公网安备11010502037644号"_s << u"京"_s << 11 << u"11010502037644"_s << false;
    QTest::newRow("space after 备") << u"苏公网安备 32010202010078号"_s << u"苏"_s << 32
                                    << u"32010202010078"_s << false;
    QTest::newRow("without 号") << u"苏公网安备32010202010078"_s << u"苏"_s << 32 << u"32010202010078"_s
                                << false;
    QTest::newRow("full-width digits")
        << u"京公网安备１１０１０５０２０３７６４４号"_s << u"京"_s << 11 << u"11010502037644"_s << false;
    // docs/regulations.md §2.6: the police write their own abbreviations (psb-abbreviations table).
    QTest::newRow("贵 is the Guizhou police's abbreviation (beside 黔ICP备…)")
        << u"贵公网安备52052302000396号"_s << u"贵"_s << 52 << u"52052302000396"_s << false;
    QTest::newRow("黔 is used by the Guizhou police too")
        << u"黔公网安备52011102000668号"_s << u"黔"_s << 52 << u"52011102000668"_s << false;
    QTest::newRow("川 for Sichuan") << u"川公网安备51010702001250号"_s << u"川"_s << 51 << u"51010702001250"_s
                                    << false;
    QTest::newRow("蜀 for Sichuan") << u"蜀公网安备51078202110037号"_s << u"蜀"_s << 51 << u"51078202110037"_s
                                    << false;
    QTest::newRow("甘 for Gansu") << u"甘公网安备62010302000249号"_s << u"甘"_s << 62 << u"62010302000249"_s
                                  << false;
    QTest::newRow("滇 for Yunnan") << u"滇公网安备53010302000732号"_s << u"滇"_s << 53 << u"53010302000732"_s
                                   << false;
    QTest::newRow("云 for Yunnan is accepted but unverified")
        << u"云公网安备53010302000732号"_s << u"云"_s << 53 << u"53010302000732"_s << true;
}

void TestIcpNumber::psb()
{
    QFETCH(QString, input);
    QFETCH(QString, abbreviation);
    QFETCH(int, provinceCode);
    QFETCH(QString, digits);
    QFETCH(bool, uncertain);

    const auto number = parsePsbNumber(input);
    QVERIFY2(number.ok(), qPrintable(number ? QString() : number.error().message));
    QCOMPARE(number->abbreviation, abbreviation);
    QCOMPARE(number->abbreviationUncertain, uncertain);
    QCOMPARE(number->provinceCode, provinceCode);
    QCOMPARE(number->digits, digits);
    QCOMPARE(number->format(), abbreviation + u"公网安备"_s + digits + u"号"_s);
    // docs/regulations.md §2.5: the current MPS query link.
    QCOMPARE(number->queryUrl(), u"https://beian.mps.gov.cn/#/query/webSearch?code="_s + digits);
}

void TestIcpNumber::psbRejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << QString() << u"psb.empty"_s;
    QTest::newRow("13 digits") << u"京公网安备1101050203764号"_s << u"psb.format"_s;
    QTest::newRow("15 digits") << u"京公网安备110105020376441号"_s << u"psb.format"_s;
    QTest::newRow("letters among the digits") << u"京公网安备1101050203764A号"_s << u"psb.format"_s;
    QTest::newRow("港 is not a mainland police abbreviation")
        << u"港公网安备52010202010078号"_s << u"psb.province"_s;
    QTest::newRow("missing province abbreviation") << u"公网安备11010502037644号"_s << u"psb.province"_s;
    QTest::newRow("an ICP filing number is not a PSB number") << u"京ICP备11018762号"_s << u"psb.format"_s;
}

void TestIcpNumber::psbRejected()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const auto number = parsePsbNumber(input);
    QVERIFY2(!number.ok(), qPrintable(number ? number->format() : QString()));
    QCOMPARE(number.error().code, code);
    QVERIFY(!number.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestIcpNumber)
#include "tst_icpnumber.moc"
