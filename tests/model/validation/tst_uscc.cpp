// Unified Social Credit Codes (GB 32100-2015, docs/regulations.md §4.2). Apart from the
// worked example 91110000600037341L, codes are invented and their check
// characters computed by the reference functions below.

#include "ParseOutcome.h"
#include "TestText.h"
#include "core/DataTable.h"
#include "validation/Uscc.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using icp::Uscc;
using icp::test::toFullWidth;

namespace {

const QString kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;

// Reference MOD 31: S = Σ value·3^i mod 31, C = alphabet[(31 − S mod 31) mod 31].
QChar referenceUsccCheck(const QString& body17)
{
    int sum = 0;
    int weight = 1;
    for (QChar c : body17) {
        sum += int(kAlphabet.indexOf(c)) * weight;
        weight = weight * 3 % 31;
    }
    return kAlphabet[(31 - sum % 31) % 31];
}

// Reference GB 11714: weights 3,7,9,10,5,8,4,2; A = 10 … Z = 35; 10 → X, 11 → 0.
QChar referenceOrganisationCheck(const QString& body8)
{
    static const int weights[] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body8[i];
        sum += (c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10) * weights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? u'X' : check == 11 ? u'0' : QChar(u'0' + check);
}

// A valid code for an invented organisation: pair + region + organisation body.
QString makeCode(const QString& pair, const QString& region, const QString& organisation8)
{
    const QString body = pair + region + organisation8 + referenceOrganisationCheck(organisation8);
    return body + referenceUsccCheck(body);
}

// Same, but with a deliberately wrong organisation check character.
QString makeCodeWithBadOrganisationCheck(const QString& pair, const QString& region,
                                         const QString& organisation8)
{
    const QChar good = referenceOrganisationCheck(organisation8);
    const QChar bad = good == u'1' ? u'2' : u'1';
    const QString body = pair + region + organisation8 + bad;
    return body + referenceUsccCheck(body);
}

const QString kExample = u"91110000600037341L"_s;

} // namespace

class TestUscc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkCharacters_data();
    void checkCharacters();
    void parse_data();
    void parse();
    void organisationCodeCanBeReportedOnly();
    void categoryKeysAndNamesAreDistinct();
    void categoryTableIsComplete();
};

void TestUscc::checkCharacters_data()
{
    QTest::addColumn<QString>("organisation8");
    QTest::addColumn<QString>("organisationCheck");

    // docs/regulations.md §4.2: body 60003734, S = 109, 11 − 109 mod 11 = 1.
    QTest::newRow("worked example organisation code gives 1") << u"60003734"_s << u"1"_s;
    QTest::newRow("a check value of 10 is written X") << u"10000018"_s << u"X"_s;
    QTest::newRow("a check value of 11 is written 0") << u"10000004"_s << u"0"_s;
    QTest::newRow("letters count A = 10 upwards")
        << u"MA0012BC"_s << QString(referenceOrganisationCheck(u"MA0012BC"_s));
    QTest::newRow("a wrong length has no check character") << u"6000373"_s << QString();
}

void TestUscc::checkCharacters()
{
    QFETCH(QString, organisation8);
    QFETCH(QString, organisationCheck);
    const QChar check = icp::organisationCodeCheckCharacter(organisation8);
    if (organisationCheck.isEmpty())
        QVERIFY(check.isNull());
    else
        QCOMPARE(QString(check), organisationCheck);

    // The worked example's MOD 31 check: S = 538, 31 − 11 = 20 → L.
    QCOMPARE(icp::usccCheckCharacter(u"91110000600037341"_s), u'L');
    QCOMPARE(icp::usccCheckCharacter(u"9111000060003734"_s), QChar());
    QCOMPARE(icp::usccCheckCharacter(u"9111000060003734I"_s), QChar());
}

void TestUscc::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<int>("category");

    const auto category = [](Uscc::Category c) {
        return int(c);
    };
    auto valid = [](const char* name, const QString& input, const QString& normalised, int cat) {
        QTest::newRow(name) << input << QString() << normalised << cat;
    };
    auto invalid = [](const char* name, const QString& input, const QString& code) {
        QTest::newRow(name) << input << code << QString() << 0;
    };

    valid("worked example 91110000600037341L is valid", kExample, kExample,
          category(Uscc::Category::Enterprise));
    valid("lower-case input is upper-cased", kExample.toLower(), kExample,
          category(Uscc::Category::Enterprise));
    valid("surrounding whitespace is trimmed", u" \t"_s + kExample + u"\u3000"_s, kExample,
          category(Uscc::Category::Enterprise));
    valid("full-width characters are normalised", toFullWidth(kExample), kExample,
          category(Uscc::Category::Enterprise));

    const struct
    {
        const char* name;
        const char* pair;
        Uscc::Category category;
    } pairs[] = {
        {"pair 11 is a government body", "11", Uscc::Category::Government},
        {"pair 12 is a public institution", "12", Uscc::Category::PublicInstitution},
        {"pair 13 is a mass organisation", "13", Uscc::Category::MassOrganisation},
        {"pair 19 is another staffing-office body", "19", Uscc::Category::OtherStaffingOffice},
        {"pair 51 is a social organisation", "51", Uscc::Category::SocialOrganisation},
        {"pair 52 is a private non-enterprise unit", "52", Uscc::Category::PrivateNonEnterprise},
        {"pair 53 is a foundation", "53", Uscc::Category::Foundation},
        {"pair 59 is another civil-affairs body", "59", Uscc::Category::OtherCivilAffairs},
        {"pair 92 is a sole proprietorship", "92", Uscc::Category::SoleProprietor},
        {"pair 93 is a farmers' cooperative", "93", Uscc::Category::FarmerCooperative},
        // The full GB 32100 table (docs/regulations.md §4.2): no pair falls back to "other" unseen.
        {"pair 21 is a foreign news agency", "21", Uscc::Category::ForeignNewsAgency},
        {"pair 31 is a law firm", "31", Uscc::Category::LawFirm},
        {"pair 34 is a judicial expertise institution", "34", Uscc::Category::JudicialExpertise},
        {"pair 41 is a foreign cultural centre", "41", Uscc::Category::ForeignCulturalCentre},
        {"pair 61 is a foreign tourism office", "61", Uscc::Category::ForeignTourismOffice},
        {"pair 71 is a religious venue", "71", Uscc::Category::ReligiousVenue},
        {"pair 72 is a religious college", "72", Uscc::Category::ReligiousCollege},
        {"pair 81 is a grass-roots trade union", "81", Uscc::Category::GrassRootsTradeUnion},
        {"pair 91 is an enterprise", "91", Uscc::Category::Enterprise},
        {"pair A1 is a military public institution", "A1", Uscc::Category::MilitaryInstitution},
        {"pair N1 is a group-level collective", "N1", Uscc::Category::GroupCollective},
        {"pair N2 is a village-level collective", "N2", Uscc::Category::VillageCollective},
        {"pair N3 is a township-level collective", "N3", Uscc::Category::TownshipCollective},
        {"pair 49 is another culture body", "49", Uscc::Category::Other},
        {"pair Y1 is other", "Y1", Uscc::Category::Other},
        {"pair 94 is in no table and is unlisted", "94", Uscc::Category::Unlisted},
        {"pair B1 is in no table and is unlisted", "B1", Uscc::Category::Unlisted},
        {"pair 1A is in no table and is unlisted", "1A", Uscc::Category::Unlisted},
    };
    for (const auto& p : pairs) {
        const QString code = makeCode(QString::fromLatin1(p.pair), u"440300"_s, u"MA5F1234"_s);
        valid(p.name, code, code, category(p.category));
    }
    const QString withX = makeCode(u"91"_s, u"310115"_s, u"10000018"_s);
    valid("organisation check character X is valid", withX, withX, category(Uscc::Category::Enterprise));

    invalid("empty input is reported", QString(), u"uscc.empty"_s);
    invalid("whitespace only is empty", u"   "_s, u"uscc.empty"_s);
    invalid("17 characters are too short", kExample.first(17), u"uscc.length"_s);
    invalid("19 characters are too long", kExample + u'0', u"uscc.length"_s);
    invalid("old 15-digit registration number is a wrong length", u"110108012345678"_s, u"uscc.length"_s);
    for (const char letter : {'I', 'O', 'S', 'V', 'Z'}) {
        QString code = kExample;
        code[9] = QLatin1Char(letter);
        QTest::newRow(qPrintable(u"letter %1 is not in the alphabet"_s.arg(QLatin1Char(letter))))
            << code << u"uscc.characters"_s << QString() << 0;
    }
    invalid("a hyphen is not in the alphabet", u"91110000-00037341L"_s, u"uscc.characters"_s);
    invalid("an inner space is not in the alphabet", u"9111000060003 341L"_s, u"uscc.characters"_s);
    const QString body = u"91A10000600037341"_s;
    invalid("a letter in the region code is rejected", body + referenceUsccCheck(body), u"uscc.region"_s);
    invalid("wrong check char is rejected", u"91110000600037341M"_s, u"uscc.checksum"_s);
    invalid("a mistyped digit is caught", u"91110000600037351L"_s, u"uscc.checksum"_s);
    invalid("a failed organisation-code check is an error",
            makeCodeWithBadOrganisationCheck(u"91"_s, u"110000"_s, u"60003734"_s),
            u"uscc.organisation-code"_s);
}

void TestUscc::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, code);

    const icp::Result<Uscc> result = icp::parseUscc(input);
    ICP_VERIFY_PARSE_OUTCOME(result, input, code);
    QFETCH(QString, normalised);
    QFETCH(int, category);
    QCOMPARE(result->code, normalised);
    QCOMPARE(result->authorityCategory, normalised.first(2));
    QCOMPARE(result->regionCode, normalised.sliced(2, 6));
    QCOMPARE(result->organisationCode, normalised.sliced(8, 9));
    QCOMPARE(int(result->category), category);
    QVERIFY(result->organisationCodeValid);
}

void TestUscc::organisationCodeCanBeReportedOnly()
{
    const QString code = makeCodeWithBadOrganisationCheck(u"92"_s, u"440300"_s, u"L0123456"_s);
    QCOMPARE(icp::parseUscc(code).error().code, u"uscc.organisation-code"_s);

    const icp::Result<Uscc> lenient = icp::parseUscc(code, icp::OrganisationCodeCheck::ReportOnly);
    QVERIFY(lenient.ok());
    QVERIFY(!lenient->organisationCodeValid);
    QCOMPARE(lenient->category, Uscc::Category::SoleProprietor);

    // ReportOnly still enforces the main check.
    QString mistyped = code;
    mistyped[17] = mistyped[17] == u'1' ? u'2' : u'1';
    QCOMPARE(icp::parseUscc(mistyped, icp::OrganisationCodeCheck::ReportOnly).error().code,
             u"uscc.checksum"_s);
}

void TestUscc::categoryKeysAndNamesAreDistinct()
{
    QSet<QString> keys;
    QSet<QString> names;
    const int count = int(Uscc::Category::Unlisted) + 1;
    for (int i = 0; i < count; ++i) {
        const auto category = Uscc::Category(i);
        keys.insert(icp::usccCategoryKey(category));
        names.insert(icp::usccCategoryName(category));
        QVERIFY(!icp::usccCategoryName(category).isEmpty());
    }
    QCOMPARE(keys.size(), count);
    QCOMPARE(names.size(), count);
    QCOMPARE(icp::usccCategoryKey(Uscc::Category::Enterprise), u"enterprise"_s);
    QCOMPARE(icp::usccCategoryKey(Uscc::Category::SoleProprietor), u"sole-proprietor"_s);
    QCOMPARE(icp::usccCategoryKey(Uscc::Category::Other), u"other"_s);
    QCOMPARE(icp::usccCategoryKey(Uscc::Category::Unlisted), u"unlisted"_s);
}

void TestUscc::categoryTableIsComplete()
{
    const icp::DataTable& table = icp::DataTable::load(u"uscc-categories"_s);
    QVERIFY(table.isValid());
    QVERIFY(table.effective().isValid());
    QVERIFY(!table.source().isEmpty());
    // Every category except Unlisted has a row, its key is the API key, and no pair repeats.
    QSet<QString> keys, pairs;
    for (const QJsonValue& row : table.rows()) {
        keys.insert(row.toObject().value("category"_L1).toString());
        const QString pair = row.toObject().value("pair"_L1).toString();
        QVERIFY2(!pairs.contains(pair), qPrintable(pair));
        pairs.insert(pair);
    }
    QVERIFY(!keys.contains(u"unlisted"_s));
    for (int i = 0; i < int(Uscc::Category::Unlisted); ++i)
        QVERIFY2(keys.contains(icp::usccCategoryKey(Uscc::Category(i))),
                 qPrintable(icp::usccCategoryKey(Uscc::Category(i))));
}

QTEST_GUILESS_MAIN(TestUscc)
#include "tst_uscc.moc"
