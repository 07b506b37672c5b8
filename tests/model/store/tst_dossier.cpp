#include "store/CanonicalJson.h"
#include "store/Dossier.h"
#include "store/JsonPositionIndex.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

const QString dossierDir = QString::fromUtf8(ICP_TEST_DATA_DIR "/dossiers");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

// Independent re-implementations of the two check characters, to prove the example
// data is realistic (GB 11643 MOD 11-2; GB 32100 MOD 31).
bool residentIdChecks(const QString& id)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    if (id.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += id.at(i).digitValue() * weights[i];
    return id.at(17) == u"10X98765432"_s.at(sum % 11);
}

bool usccChecks(const QString& code)
{
    const QString chars = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
    if (code.size() != 18)
        return false;
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; ++i) {
        sum += int(chars.indexOf(code.at(i))) * weight;
        weight = weight * 3 % 31;
    }
    return code.at(17) == chars.at((31 - sum % 31) % 31);
}

QStringList describe(const QList<DossierProblem>& problems)
{
    QStringList lines;
    for (const DossierProblem& problem : problems)
        lines.append(u"%1 %2 %3"_s.arg(problem.line).arg(problem.code, problem.path));
    return lines;
}

} // namespace

class TestDossier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validExampleRoundTripsByteIdentical_data()
    {
        QTest::addColumn<QString>("fileName");
        const QStringList files = QDir(dossierDir).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 3);
        for (const QString& file : files)
            QTest::newRow(qPrintable(u"example "_s + file + u" reads and writes back the same bytes"_s))
                << file;
    }
    void validExampleRoundTripsByteIdentical()
    {
        QFETCH(QString, fileName);
        const QByteArray original = readAll(dossierDir + u'/' + fileName);
        QList<DossierProblem> problems;
        const Result<Dossier> dossier = readDossier(original, fileName, &problems);
        QVERIFY2(dossier.ok(), qPrintable(describe(problems).join(u'\n')));
        QVERIFY(problems.isEmpty());
        const QByteArray written = writeDossier(*dossier);
        QCOMPARE(written, original);
        // And once more through the model: export → import → export.
        const Result<Dossier> again = readDossier(written, fileName);
        QVERIFY(again.ok());
        QVERIFY(*again == *dossier);
        QCOMPARE(writeDossier(*again), written);
    }

    void enterpriseExampleHasRealisticContent()
    {
        const Result<Dossier> dossier =
            readDossier(readAll(dossierDir + u"/enterprise-filing.json"_s), u"x"_s);
        QVERIFY(dossier.ok());
        const Application& app = dossier->application;
        QCOMPARE(app.entity.type, EntityType::Enterprise);
        QCOMPARE(app.websites.size(), 4);
        for (const Website& site : app.websites) {
            QCOMPARE(site.domains.size(), 1); // one domain per website since 2019 (DOM-009)
            QVERIFY(app.person(site.principalId));
        }
        QCOMPARE(app.persons.size(), 4);
        QVERIFY(usccChecks(app.entity.certificateNumber));
        for (const Person& person : app.persons)
            QVERIFY2(residentIdChecks(person.documentNumber), qPrintable(person.documentNumber));
        QVERIFY(app.personWithRole(PersonRole::EntityPrincipal));
        QVERIFY(dossier->exportedAt.isValid());
    }

    void otherExamplesHaveValidNumbers()
    {
        const Result<Dossier> personal =
            readDossier(readAll(dossierDir + u"/personal-filing.json"_s), u"x"_s);
        QVERIFY(personal.ok());
        QCOMPARE(personal->application.entity.type, EntityType::Individual);
        QVERIFY(residentIdChecks(personal->application.entity.certificateNumber));

        const Result<Dossier> licence =
            readDossier(readAll(dossierDir + u"/licence-application.json"_s), u"x"_s);
        QVERIFY(licence.ok());
        QCOMPARE(licence->application.kind, ApplicationKind::Licence);
        QVERIFY(usccChecks(licence->application.entity.certificateNumber));
        QCOMPARE(licence->licences.size(), 2);
        QCOMPARE(licence->licences.at(1).renewalDueOn(), QDate(2030, 10, 17));
    }

    void importErrorsAreReportedWithPathAndLine_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("expected"); // "line code path", in text order

        QTest::newRow("a missing comma is a syntax error at the next token")
            << u"syntax-error.json"_s << QStringList{u"9 dossier.syntax $"_s};
        QTest::newRow("another format is rejected at its format field")
            << u"wrong-format.json"_s << QStringList{u"2 dossier.format $.format"_s};
        QTest::newRow("a future version is rejected alone, without noise about its new fields")
            << u"future-version.json"_s << QStringList{u"13 dossier.version $.version"_s};
        QTest::newRow("every wrong type is reported at its own line")
            << u"wrong-types.json"_s
            << QStringList{u"12 dossier.type $.application.entity.provinceCode"_s,
                           u"17 dossier.type $.application.persons[0].name"_s,
                           u"18 dossier.type $.application.persons[0].roles"_s,
                           u"30 dossier.type $.application.websites[0].domains[1].expiresOn"_s,
                           u"35 dossier.type $.application.noPreApprovalPledgeSigned"_s};
        QTest::newRow("unknown enum keys are reported, also inside lists")
            << u"unknown-enum-key.json"_s
            << QStringList{u"8 dossier.enum $.application.status"_s,
                           u"10 dossier.enum $.application.entity.type"_s,
                           u"19 dossier.enum $.application.persons[1].roles[1]"_s};
        QTest::newRow("bad dates and missing required fields are found where the object starts")
            << u"bad-dates-and-missing-fields.json"_s
            << QStringList{u"4 dossier.date $.exportedAt"_s, u"5 dossier.required $.application.id"_s,
                           u"18 dossier.date $.application.websites[0].domains[0].expiresOn"_s,
                           u"20 dossier.required $.application.websites[0].domains[1].name"_s};
        QTest::newRow("misspelt, unknown and repeated fields are not dropped silently")
            << u"unknown-and-duplicate-fields.json"_s
            << QStringList{u"11 dossier.unknown-field $.application.entity.nmae"_s,
                           u"13 dossier.unknown-field $.application.websties"_s,
                           u"14 dossier.duplicate-field $.application.status"_s,
                           u"16 dossier.unknown-field $.comment"_s};
        QTest::newRow("a truncated file says it is incomplete, at its last line")
            << u"truncated.json"_s << QStringList{u"6 dossier.truncated $"_s};
        QTest::newRow("binary garbage is not UTF-8 text")
            << u"binary-garbage.json"_s << QStringList{u"1 dossier.encoding $"_s};
        QTest::newRow("a Latin-1 byte is located at its line")
            << u"latin1.json"_s << QStringList{u"5 dossier.encoding $"_s};
        QTest::newRow("an empty file has no line") << u"empty.json"_s << QStringList{u"0 dossier.empty $"_s};
    }
    void importErrorsAreReportedWithPathAndLine()
    {
        QFETCH(QString, fileName);
        QFETCH(QStringList, expected);
        QList<DossierProblem> problems;
        const Result<Dossier> dossier =
            readDossier(readAll(dossierDir + u"/invalid/"_s + fileName), fileName, &problems);
        QVERIFY(!dossier.ok());
        QCOMPARE(describe(problems), expected);
        QCOMPARE(dossier.error().code, problems.first().code);
        QVERIFY2(dossier.error().message.contains(fileName), qPrintable(dossier.error().message));
        for (const DossierProblem& problem : std::as_const(problems))
            QVERIFY(!problem.message.isEmpty());
    }

    void columnsAreCountedInCharacters()
    {
        QList<DossierProblem> problems;
        (void)readDossier(readAll(dossierDir + u"/invalid/latin1.json"_s), u"latin1.json"_s, &problems);
        QCOMPARE(problems.value(0).column, 15);
        (void)readDossier(readAll(dossierDir + u"/invalid/unknown-enum-key.json"_s), u"f"_s, &problems);
        QCOMPARE(problems.value(2).column, 40); // the "owner" element, not the "roles" key
    }

    void fileLevelMessagesNameTheFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("nothing at all is empty") << QByteArray() << u"dossier.empty"_s;
        QTest::newRow("only blank lines is empty") << QByteArray(" \n\n\t\r\n") << u"dossier.empty"_s;
        QTest::newRow("NUL bytes are binary") << QByteArray("{\"a\":\0}", 7) << u"dossier.encoding"_s;
        QTest::newRow("an overlong UTF-8 form is rejected")
            << QByteArray("{\"a\": \"\xC0\xAF\"}") << u"dossier.encoding"_s;
        QTest::newRow("an encoded surrogate is rejected")
            << QByteArray("{\"a\": \"\xED\xA0\x80\"}") << u"dossier.encoding"_s;
        QTest::newRow("a character cut in half at the end is truncated")
            << QByteArray("{\"a\": \"\xE5\x90") << u"dossier.truncated"_s;
        QTest::newRow("a top-level list is not a dossier") << QByteArray("[1, 2]") << u"dossier.type"_s;
        QTest::newRow("an unclosed object is truncated")
            << QByteArray("{\"format\": ") << u"dossier.truncated"_s;
        QTest::newRow("a stray character is a syntax error")
            << QByteArray("{\"format\": x}") << u"dossier.syntax"_s;
    }
    void fileLevelMessagesNameTheFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QList<DossierProblem> problems;
        const Result<Dossier> dossier = readDossier(bytes, u"my-dossier.json"_s, &problems);
        QVERIFY(!dossier.ok());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, code);
        QVERIFY2(problems.first().message.contains(u"my-dossier.json"_s),
                 qPrintable(problems.first().message));
        QCOMPARE(dossier.error().message, problems.first().message);
    }

    void everyTruncationOfAnExampleIsReportedNotCrashed()
    {
        const QByteArray original = readAll(dossierDir + u"/enterprise-filing.json"_s);
        for (qsizetype length = 1; length < original.size() - 3; length += 97) {
            QList<DossierProblem> problems;
            const Result<Dossier> dossier = readDossier(original.left(length), u"cut.json"_s, &problems);
            QVERIFY(!dossier.ok());
            QVERIFY(!problems.isEmpty());
            QVERIFY(problems.first().line > 0);
        }
    }

    void aByteOrderMarkIsTolerated()
    {
        const QByteArray original = readAll(dossierDir + u"/personal-filing.json"_s);
        const Result<Dossier> dossier = readDossier("\xEF\xBB\xBF" + original, u"bom.json"_s);
        QVERIFY(dossier.ok());
        QCOMPARE(writeDossier(*dossier), original);
    }

    void writtenDossierIsCanonical()
    {
        Application app;
        app.id = u"a"_s;
        app.entity.name = u"名 \"quoted\"\n\x01"_s;
        const QByteArray text = writeDossier(app);
        QCOMPARE(writeDossier(app), text); // deterministic
        QVERIFY(text.endsWith("}\n"));
        QVERIFY(!text.contains("exportedAt")); // nothing implicit
        QVERIFY(!text.contains("licences"));
        QVERIFY(text.startsWith("{\n  \"application\": {\n    \"createdAt\": null,"));
        QVERIFY(text.contains("\"名 \\\"quoted\\\"\\n\\u0001\""));
        QVERIFY(text.contains("\"persons\": [],"));
        const Result<Dossier> read = readDossier(text, u"t"_s);
        QVERIFY(read.ok());
        QVERIFY(read->application == app);
    }

    void smallestDossierOfTheDocsReads()
    {
        const QByteArray text = R"({
  "format": "icp-dossier",
  "version": 1,
  "application": {
    "id": "11111111-2222-4333-8444-555555555555",
    "kind": "filing",
    "operation": "first-filing",
    "status": "draft",
    "entity": { "type": "enterprise", "provinceCode": 11.0 }
  }
})";
        QList<DossierProblem> problems;
        const Result<Dossier> dossier = readDossier(text, u"small.json"_s, &problems);
        QVERIFY2(dossier.ok(), qPrintable(describe(problems).join(u'\n')));
        QCOMPARE(dossier->application.entity.provinceCode, 11);
        QVERIFY(dossier->application.persons.isEmpty());
    }

    void exportedAtAndLicencesRoundTrip()
    {
        Dossier dossier;
        dossier.application.id = u"a"_s;
        dossier.exportedAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
        Licence licence;
        licence.id = u"l"_s;
        licence.number = u"京ICP证030173号"_s;
        dossier.licences = {licence};
        const QByteArray text = writeDossier(dossier);
        QVERIFY(text.contains("\"exportedAt\": \"2025-01-02T03:04:05Z\""));
        const Result<Dossier> read = readDossier(text, u"t"_s);
        QVERIFY(read.ok());
        QVERIFY(*read == dossier);
    }

    void missingFileIsAnIoProblem()
    {
        QList<DossierProblem> problems;
        const Result<Dossier> dossier = readDossierFile(dossierDir + u"/no-such-file.json"_s, &problems);
        QVERIFY(!dossier.ok());
        QCOMPARE(dossier.error().code, u"dossier.io"_s);
        QVERIFY(dossier.error().message.contains(u"no-such-file.json"_s));
        QCOMPARE(problems.size(), 1);
        QVERIFY(readDossierFile(dossierDir + u"/personal-filing.json"_s).ok());
    }

    void positionIndexDecodesEscapedNames()
    {
        const QByteArray text =
            "{\n  \"a\\u00e9\": [\n    1,\n    {\"x y\": 2}\n  ],\n  \"\xE5\x90\x8D\": true\n}";
        const JsonPositionIndex index(text);
        QCOMPARE(index.find(u"$.aé"_s).line, 2);
        QCOMPARE(index.find(u"$.aé[1]"_s).line, 4);
        QCOMPARE(index.find(u"$.aé[1][\"x y\"]"_s).column, 6);
        QCOMPARE(index.find(u"$.名"_s).line, 6);
        QCOMPARE(index.find(u"$.名.missing"_s).line, 6);
        QCOMPARE(index.find(u"$.nothing"_s).line, 1);
        QVERIFY(index.duplicates().isEmpty());
    }

    void canonicalNumbersKeepTheirValue_data()
    {
        QTest::addColumn<double>("number");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("zero has no fraction") << 0.0 << QByteArray("0\n");
        QTest::newRow("a whole double has no fraction") << 25.0 << QByteArray("25\n");
        QTest::newRow("a fraction uses the shortest form") << 12.345 << QByteArray("12.345\n");
        QTest::newRow("a third keeps every digit") << 1.0 / 3 << QByteArray("0.3333333333333333\n");
    }
    void canonicalNumbersKeepTheirValue()
    {
        QFETCH(double, number);
        QFETCH(QByteArray, text);
        QCOMPARE(canonicalJson(QJsonValue(number)), text);
        QCOMPARE(QJsonDocument::fromJson("[" + text + "]").array().at(0).toDouble(), number);
    }
};

QTEST_GUILESS_MAIN(TestDossier)
#include "tst_dossier.moc"
