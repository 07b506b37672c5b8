// The province an address is in (docs/regulations.md §3.4, R16): full province names, short
// names followed by a prefecture or a municipal district, prefectures on their own, and the
// places whose names start like another province's.
#include "validation/AddressProvince.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAddressProvince : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void province_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("province"); // 0: the address does not say

        // With the province's full name.
        QTest::newRow("province with 省") << u"浙江省杭州市西湖区文三路1号"_s << 33;
        QTest::newRow("municipality with 市") << u"北京市海淀区中关村大街1号"_s << 11;
        QTest::newRow("autonomous region, full name") << u"广西壮族自治区南宁市青秀区民族大道1号"_s << 45;
        QTest::newRow("Xinjiang, full name") << u"新疆维吾尔自治区乌鲁木齐市天山区示例路1号"_s << 65;
        QTest::newRow("Inner Mongolia, full name") << u"内蒙古自治区呼和浩特市新城区示例街1号"_s << 15;
        QTest::newRow("Qinghai with its prefecture named 海南")
            << u"青海省海南藏族自治州共和县恰卜恰镇示例路1号"_s << 63;
        QTest::newRow("leading 中国 and spaces") << u"  中国 河南省郑州市金水区示例路1号"_s << 41;
        // With a short name and what follows it.
        QTest::newRow("short province name and a city") << u"广东深圳市南山区科技园示例路1号"_s << 44;
        QTest::newRow("Inner Mongolia short name and a city") << u"内蒙古包头市昆都仑区示例路1号"_s << 15;
        QTest::newRow("municipality without 市 and a district") << u"上海浦东新区世纪大道100号"_s << 31;
        QTest::newRow("Beijing without 市 and a district") << u"北京朝阳区建国路88号"_s << 11;
        QTest::newRow("Chongqing without 市 and a county")
            << u"重庆石柱土家族自治县南宾街道示例路1号"_s << 50;
        // Starting with a prefecture.
        QTest::newRow("Guangzhou") << u"广州市天河区天河路385号"_s << 44;
        QTest::newRow("Xining") << u"西宁市城中区示例路8号"_s << 63;
        QTest::newRow("Qinghai's 海南藏族自治州") << u"海南藏族自治州共和县示例路1号"_s << 63;
        QTest::newRow("Wuhai's 海南区") << u"乌海市海南区示例街2号"_s << 15;
        QTest::newRow("Qinghai's 河南蒙古族自治县 with its prefecture")
            << u"黄南藏族自治州河南蒙古族自治县示例路3号"_s << 63;
        QTest::newRow("Jilin city is in Jilin") << u"吉林市船营区示例路1号"_s << 22;
        QTest::newRow("Hainan's Haikou") << u"海口市美兰区示例路1号"_s << 46;
        QTest::newRow("Hubei's directly administered Xiantao") << u"仙桃市示例路1号"_s << 42;
        QTest::newRow("Yanbian prefecture") << u"延边朝鲜族自治州延吉市示例路1号"_s << 22;
        QTest::newRow("Xilingol league") << u"锡林郭勒盟锡林浩特市示例路1号"_s << 15;
        QTest::newRow("Shanghai free-trade zone") << u"中国（上海）自由贸易试验区示例路100号5楼"_s << 31;
        QTest::newRow("Guangdong free-trade zone, ASCII brackets")
            << u"中国(广东)自由贸易试验区深圳前海蛇口片区示例路1号"_s << 44;
        // A bare prefix is never enough.
        QTest::newRow("海南区 alone is not Hainan") << u"海南区示例街2号"_s << 0;
        QTest::newRow("河南蒙古族自治县 alone is not Henan") << u"河南蒙古族自治县优干宁镇示例路3号"_s << 0;
        QTest::newRow("北京路 is a street") << u"北京路步行街示例大厦5楼"_s << 0;
        QTest::newRow("a Guangzhou street named 北京路") << u"广州市越秀区北京路100号"_s << 44;
        QTest::newRow("河北区 is in Tianjin, not Hebei") << u"河北区示例道1号"_s << 0;
        QTest::newRow("天津市河北区") << u"天津市河北区示例道1号"_s << 12;
        QTest::newRow("朝阳区 alone is Beijing's or Changchun's") << u"朝阳区建国路88号"_s << 0;
        QTest::newRow("长春市朝阳区") << u"长春市朝阳区示例路1号"_s << 22;
        QTest::newRow("a county alone") << u"共和县恰卜恰镇示例路1号"_s << 0;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("free-trade zone of no province") << u"中国（示例）自由贸易试验区"_s << 0;
    }

    void province()
    {
        QFETCH(QString, address);
        QFETCH(int, province);
        QCOMPARE(icp::provinceOfAddress(address), province);
    }
};

QTEST_GUILESS_MAIN(TestAddressProvince)
#include "tst_addressprovince.moc"
