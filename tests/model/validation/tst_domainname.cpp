#include "validation/DomainName.h"

#include <QSet>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace icp;

// Domain names: normalisation, IDNA, registrable domain, fileable TLDs (docs/regulations.md §5.1, §5.3,
// §5.5).
class TestDomainName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
    void parse_data();
    void parse();
    void idnRoundTrip_data();
    void idnRoundTrip();
    void rejected_data();
    void rejected();
    void lengthLimitsAreInclusive();
    void platformSuffixIsReported();
    void subdomainIsCoveredByItsRegistrableDomain();
    void coveredBy_data();
    void coveredBy();
    void fileable_data();
    void fileable();
    void fileableTableCarriesDateAndSource();
    void fileableTableRowsAreConsistent();
};

void TestDomainName::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("scheme, full-width letters, upper case, port, path and query are all removed")
        << u" HTTPS://Ｗｗｗ.Example.COM:8080/a?b "_s << u"www.example.com"_s;
    QTest::newRow("http scheme is removed") << u"http://example.com"_s << u"example.com"_s;
    QTest::newRow("scheme-relative slashes are removed") << u"//example.com/x"_s << u"example.com"_s;
    QTest::newRow("port is removed") << u"example.com:443"_s << u"example.com"_s;
    QTest::newRow("empty port is removed") << u"example.com:"_s << u"example.com"_s;
    QTest::newRow("path is removed") << u"example.com/index.html"_s << u"example.com"_s;
    QTest::newRow("query is removed") << u"example.com?q=1"_s << u"example.com"_s;
    QTest::newRow("fragment is removed") << u"example.com#top"_s << u"example.com"_s;
    QTest::newRow("backslash path is removed") << u"example.com\\admin"_s << u"example.com"_s;
    QTest::newRow("trailing dot is removed") << u"example.com."_s << u"example.com"_s;
    QTest::newRow("only one trailing dot is removed") << u"example.com.."_s << u"example.com."_s;
    QTest::newRow("full-width letters and full stop map to ASCII")
        << u"ｅｘａｍｐｌｅ．ｃｏｍ"_s << u"example.com"_s;
    QTest::newRow("ideographic full stop is a dot") << u"例子。中国"_s << u"例子.中国"_s;
    QTest::newRow("halfwidth ideographic full stop is a dot") << u"example｡com"_s << u"example.com"_s;
    QTest::newRow("upper case is lowered") << u"WWW.EXAMPLE.COM"_s << u"www.example.com"_s;
    QTest::newRow("surrounding whitespace is trimmed") << u"\t example.com \n"_s << u"example.com"_s;
    QTest::newRow("ideographic spaces are trimmed") << u"\u3000example.com\u3000"_s << u"example.com"_s;
    QTest::newRow("user info is removed") << u"ftp://user:secret@example.com/"_s << u"example.com"_s;
    QTest::newRow("user info without scheme is removed") << u"admin@example.com"_s << u"example.com"_s;
    QTest::newRow("everything at once")
        << u"  HTTP://user@WWW.Example.com.:8443/path?x#y  "_s << u"www.example.com"_s;
    QTest::newRow("whitespace only becomes empty") << u"   "_s << QString();
    QTest::newRow("inner whitespace is kept for the checks") << u"exa mple.com"_s << u"exa mple.com"_s;
}

void TestDomainName::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normaliseDomainInput(input), expected);
}

void TestDomainName::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("aLabel");
    QTest::addColumn<QString>("registrable");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("fileable");
    QTest::addColumn<bool>("subdomain");

    QTest::newRow("www under com.cn is a subdomain of example.com.cn")
        << u"www.example.com.cn"_s << u"www.example.com.cn"_s << u"example.com.cn"_s << u"com.cn"_s << true
        << true;
    QTest::newRow("deep name under a provincial .bj.cn suffix")
        << u"a.b.example.bj.cn"_s << u"a.b.example.bj.cn"_s << u"example.bj.cn"_s << u"bj.cn"_s << true
        << true;
    QTest::newRow("abc.edu.cn is itself registrable because edu.cn is a public suffix")
        << u"abc.edu.cn"_s << u"abc.edu.cn"_s << u"abc.edu.cn"_s << u"edu.cn"_s << true << false;
    QTest::newRow("example.com is registrable and fileable")
        << u"example.com"_s << u"example.com"_s << u"example.com"_s << u"com"_s << true << false;
    QTest::newRow("provincial .sh.cn") << u"shop.example.sh.cn"_s << u"shop.example.sh.cn"_s
                                       << u"example.sh.cn"_s << u"sh.cn"_s << true << true;
    QTest::newRow("gov.cn second level") << u"www.example.gov.cn"_s << u"www.example.gov.cn"_s
                                         << u"example.gov.cn"_s << u"gov.cn"_s << true << true;
    QTest::newRow("plain .cn") << u"example.cn"_s << u"example.cn"_s << u"example.cn"_s << u"cn"_s << true
                               << false;
    QTest::newRow("new gTLD from the snapshot is fileable")
        << u"foo.xyz"_s << u"foo.xyz"_s << u"foo.xyz"_s << u"xyz"_s << true << false;
    QTest::newRow("Chinese name under .中国")
        << u"例子.中国"_s << u"xn--fsqu00a.xn--fiqs8s"_s << u"xn--fsqu00a.xn--fiqs8s"_s << u"xn--fiqs8s"_s
        << true << false;
    QTest::newRow("ASCII name under .中国 typed with an ideographic full stop")
        << u"www.example。中国"_s << u"www.example.xn--fiqs8s"_s << u"example.xn--fiqs8s"_s << u"xn--fiqs8s"_s
        << true << true;
    QTest::newRow(".io is well-formed but not fileable")
        << u"example.io"_s << u"example.io"_s << u"example.io"_s << u"io"_s << false << false;
    QTest::newRow(".org is well-formed but not fileable")
        << u"www.example.org"_s << u"www.example.org"_s << u"example.org"_s << u"org"_s << false << true;
    QTest::newRow("unknown TLD falls back to the last label")
        << u"example.notatld"_s << u"example.notatld"_s << u"example.notatld"_s << u"notatld"_s << false
        << false;
    QTest::newRow("URL with scheme, port and path")
        << u"https://WWW.Example.com.cn:8080/index.html"_s << u"www.example.com.cn"_s << u"example.com.cn"_s
        << u"com.cn"_s << true << true;
}

void TestDomainName::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, aLabel);
    QFETCH(QString, registrable);
    QFETCH(QString, suffix);
    QFETCH(bool, fileable);
    QFETCH(bool, subdomain);

    const auto domain = parseDomainName(input);
    QVERIFY2(domain.ok(), qPrintable(domain ? QString() : domain.error().message));
    QCOMPARE(domain->aLabel, aLabel);
    QCOMPARE(domain->registrable, registrable);
    QCOMPARE(domain->publicSuffix, suffix);
    QCOMPARE(domain->fileable, fileable);
    QCOMPARE(domain->isSubdomain(), subdomain);
    QVERIFY(domain->platformSuffix.isEmpty());
}

void TestDomainName::idnRoundTrip_data()
{
    QTest::addColumn<QString>("unicode");
    QTest::addColumn<QString>("aLabel");
    QTest::addColumn<QString>("registrableUnicode");

    // A-labels computed with Python's `idna` package (IDNA2008), not by this code.
    QTest::newRow("例子.中国") << u"例子.中国"_s << u"xn--fsqu00a.xn--fiqs8s"_s << u"例子.中国"_s;
    QTest::newRow("traditional .中國") << u"例子.中國"_s << u"xn--fsqu00a.xn--fiqz9s"_s << u"例子.中國"_s;
    QTest::newRow("subdomain under .公司")
        << u"www.例子.公司"_s << u"www.xn--fsqu00a.xn--55qx5d"_s << u"例子.公司"_s;
    QTest::newRow("Chinese label under com.cn")
        << u"例子.com.cn"_s << u"xn--fsqu00a.com.cn"_s << u"例子.com.cn"_s;
}

void TestDomainName::idnRoundTrip()
{
    QFETCH(QString, unicode);
    QFETCH(QString, aLabel);
    QFETCH(QString, registrableUnicode);

    const auto fromUnicode = parseDomainName(unicode);
    QVERIFY(fromUnicode.ok());
    QCOMPARE(fromUnicode->aLabel, aLabel);
    QCOMPARE(fromUnicode->unicode, unicode);
    QCOMPARE(fromUnicode->registrableUnicode, registrableUnicode);
    QVERIFY(fromUnicode->fileable);

    const auto fromAce = parseDomainName(aLabel);
    QVERIFY(fromAce.ok());
    QCOMPARE(fromAce->unicode, unicode);
    QCOMPARE(fromAce->aLabel, aLabel);
    QCOMPARE(fromAce->registrable, fromUnicode->registrable);
}

void TestDomainName::rejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty input") << QString() << u"domain.empty"_s;
    QTest::newRow("whitespace only") << u"  \t "_s << u"domain.empty"_s;
    QTest::newRow("scheme only") << u"https://"_s << u"domain.empty"_s;
    QTest::newRow("label of 64 characters is too long")
        << QString(QString(64, u'a') + u".com"_s) << u"domain.label-length"_s;
    QTest::newRow("two dots in a row") << u"a..com"_s << u"domain.label-length"_s;
    QTest::newRow("leading dot") << u".example.com"_s << u"domain.label-length"_s;
    QTest::newRow("leading hyphen") << u"-abc.com"_s << u"domain.hyphen"_s;
    QTest::newRow("trailing hyphen") << u"abc-.com"_s << u"domain.hyphen"_s;
    QTest::newRow("hyphens in third and fourth position") << u"ab--cd.com"_s << u"domain.hyphen"_s;
    QTest::newRow("underscore") << u"exa_mple.com"_s << u"domain.characters"_s;
    QTest::newRow("inner space") << u"exa mple.com"_s << u"domain.characters"_s;
    QTest::newRow("exclamation mark") << u"a!b.com"_s << u"domain.characters"_s;
    QTest::newRow("underscore next to Chinese characters") << u"例_子.com"_s << u"domain.characters"_s;
    QTest::newRow("punctuation in a Chinese label") << u"例!.com"_s << u"domain.idna"_s;
    QTest::newRow("label starting with a combining mark") << u"\u0301abc.com"_s << u"domain.idna"_s;
    QTest::newRow("zero-width joiner") << u"例\u200d子.com"_s << u"domain.idna"_s;
    QTest::newRow("xn-- label that is not punycode") << u"xn--zz.com"_s << u"domain.idna"_s;
    QTest::newRow("IPv4 address") << u"http://192.168.0.1:8080/"_s << u"domain.characters"_s;
    QTest::newRow("single label") << u"localhost"_s << u"domain.single-label"_s;
    QTest::newRow("a TLD alone is a single label") << u"com"_s << u"domain.single-label"_s;
    QTest::newRow("Chinese TLD alone is a single label") << u"中国"_s << u"domain.single-label"_s;
    QTest::newRow("com.cn is itself a public suffix") << u"com.cn"_s << u"domain.suffix"_s;
    QTest::newRow("edu.cn is itself a public suffix") << u"edu.cn"_s << u"domain.suffix"_s;
    QTest::newRow("provincial bj.cn is itself a public suffix") << u"bj.cn."_s << u"domain.suffix"_s;
    QTest::newRow("total length over 253")
        << QString(QString(QString(62, u'a') + u'.').repeated(4) + u"com"_s) << u"domain.length"_s;
}

void TestDomainName::rejected()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const auto domain = parseDomainName(input);
    QVERIFY2(!domain.ok(), qPrintable(domain ? domain->aLabel : QString()));
    QCOMPARE(domain.error().code, code);
    QVERIFY(!domain.error().message.isEmpty());
}

void TestDomainName::lengthLimitsAreInclusive()
{
    const auto longLabel = parseDomainName(QString(QString(63, u'a') + u".com"_s));
    QVERIFY(longLabel.ok());

    // 3 × 63 + 57 + ".com" = 253 characters.
    const QString longName = QString(QString(63, u'a') + u'.').repeated(3) + QString(57, u'b') + u".com"_s;
    QCOMPARE(longName.size(), 253);
    const auto name = parseDomainName(longName);
    QVERIFY2(name.ok(), qPrintable(name ? QString() : name.error().code));
    QVERIFY(!parseDomainName(QString(u"x"_s + longName)).ok());
}

void TestDomainName::platformSuffixIsReported()
{
    // github.io is in the private section of the PSL: the user's name belongs to GitHub's domain.
    const auto domain = parseDomainName(u"someone.github.io"_s);
    QVERIFY(domain.ok());
    QCOMPARE(domain->platformSuffix, u"github.io"_s);
    QCOMPARE(domain->registrable, u"github.io"_s);
    QCOMPARE(domain->publicSuffix, u"io"_s);
    QVERIFY(!domain->fileable);
}

void TestDomainName::subdomainIsCoveredByItsRegistrableDomain()
{
    const auto filed = parseDomainName(u"example.com.cn"_s);
    const auto sub = parseDomainName(u"blog.shop.example.com.cn"_s);
    QVERIFY(filed.ok() && sub.ok());
    QVERIFY(sub->isSubdomain());
    QCOMPARE(sub->registrable, filed->aLabel);
    QVERIFY(isCoveredBy(sub->aLabel, filed->registrable));
    QVERIFY(!isCoveredBy(filed->aLabel, sub->aLabel));
}

void TestDomainName::coveredBy_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("registrable");
    QTest::addColumn<bool>("covered");

    QTest::newRow("the domain itself is covered") << u"example.com"_s << u"example.com"_s << true;
    QTest::newRow("www subdomain is covered") << u"www.example.com"_s << u"example.com"_s << true;
    QTest::newRow("deep subdomain is covered") << u"a.b.example.com.cn"_s << u"example.com.cn"_s << true;
    QTest::newRow("case does not matter") << u"WWW.Example.com"_s << u"example.com"_s << true;
    QTest::newRow("a name merely ending in the same letters is not covered")
        << u"badexample.com"_s << u"example.com"_s << false;
    QTest::newRow("the parent is not covered by its subdomain")
        << u"example.com"_s << u"www.example.com"_s << false;
    QTest::newRow("a different suffix is not covered") << u"example.com.cn"_s << u"example.com"_s << false;
    QTest::newRow("empty registrable covers nothing") << u"example.com"_s << QString() << false;
    QTest::newRow("IDN subdomain in A-label form is covered")
        << u"www.xn--fsqu00a.xn--fiqs8s"_s << u"xn--fsqu00a.xn--fiqs8s"_s << true;
}

void TestDomainName::coveredBy()
{
    QFETCH(QString, candidate);
    QFETCH(QString, registrable);
    QFETCH(bool, covered);
    QCOMPARE(isCoveredBy(candidate, registrable), covered);
}

void TestDomainName::fileable_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("fileable");

    QTest::newRow(".com is fileable") << u"com"_s << true;
    QTest::newRow(".net is fileable") << u"net"_s << true;
    QTest::newRow(".cn is fileable") << u"cn"_s << true;
    QTest::newRow(".com.cn is fileable") << u"com.cn"_s << true;
    QTest::newRow(".edu.cn is fileable") << u"edu.cn"_s << true;
    QTest::newRow(".gz.cn (Guizhou) is fileable") << u"gz.cn"_s << true;
    QTest::newRow(".中国 as A-label is fileable") << u"xn--fiqs8s"_s << true;
    QTest::newRow(".我爱你 as A-label is fileable") << u"xn--6qq986b3xl"_s << true;
    QTest::newRow(".io is not fileable") << u"io"_s << false;
    QTest::newRow(".org is not fileable") << u"org"_s << false;
    QTest::newRow(".香港 is not fileable") << u"xn--j6w193g"_s << false;
    QTest::newRow("unlisted suffix is not fileable") << u"de"_s << false;
    QTest::newRow("U-label form is not a table key") << u"中国"_s << false;
}

void TestDomainName::fileable()
{
    QFETCH(QString, suffix);
    QFETCH(bool, fileable);
    QCOMPARE(FileableTldTable::isFileable(suffix), fileable);
}

void TestDomainName::fileableTableCarriesDateAndSource()
{
    QVERIFY(FileableTldTable::effective().isValid());
    QVERIFY(FileableTldTable::source().contains(u"§5.5"_s));
    const FileableTld* org = FileableTldTable::find(u"org"_s);
    QVERIFY(org);
    QVERIFY(!org->fileable);
    QVERIFY(org->note.contains(u"verify against MIIT list"_s));
}

void TestDomainName::fileableTableRowsAreConsistent()
{
    const QList<FileableTld>& rows = FileableTldTable::all();
    QVERIFY(rows.size() > 150);
    QSet<QString> seen;
    int provincial = 0;
    for (const FileableTld& row : rows) {
        QVERIFY2(!seen.contains(row.suffix), qPrintable(row.suffix));
        seen.insert(row.suffix);
        // Keys are A-labels that libpsl knows as public suffixes, so lookups by suffix can match.
        QCOMPARE(publicSuffixOf(row.suffix), row.suffix);
        QCOMPARE(row.suffix, row.suffix.toLower());
        for (QChar c : row.suffix)
            QVERIFY2(c.unicode() < 0x80, qPrintable(row.suffix));
        if (!row.unicode.isEmpty())
            QCOMPARE(QString::fromLatin1(QUrl::toAce(row.unicode)), row.suffix);
        if (row.kind == "cn-provincial"_L1)
            ++provincial;
    }
    QCOMPARE(provincial, 34); // docs/regulations.md §5.5
}

QTEST_GUILESS_MAIN(TestDomainName)
#include "tst_domainname.moc"
