#include "SampleDomain.h"
#include "domain/Application.h"
#include "domain/Licence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using icp::test::fullApplication;
using icp::test::fullLicence;

namespace {

// Sets (or with value undefined removes) the member at a path like
// "websites[1].domains[0].expiresOn" inside a JSON value.
QJsonValue setAt(const QJsonValue& root, QStringView path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        const int index = path.mid(1, close - 1).toInt();
        QStringView rest = path.mid(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.mid(1);
        QJsonArray array = root.toArray();
        array[index] = setAt(array.at(index), rest, value);
        return array;
    }
    qsizetype end = 0;
    while (end < path.size() && path.at(end) != u'.' && path.at(end) != u'[')
        ++end;
    const QString key = path.left(end).toString();
    QStringView rest = path.mid(end);
    if (rest.startsWith(u'.'))
        rest = rest.mid(1);
    QJsonObject object = root.toObject();
    if (rest.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = setAt(object.value(key), rest, value);
    return object;
}

template <typename Enum> void checkEnum()
{
    static const QRegularExpression kebab(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    const QList<Enum> values = enumValues<Enum>();
    QVERIFY(!values.isEmpty());
    QSet<QString> keys;
    for (const Enum value : values) {
        const QString key = toKey(value);
        QVERIFY2(kebab.match(key).hasMatch(), qPrintable(key));
        QVERIFY2(!keys.contains(key), qPrintable(u"duplicate key "_s + key));
        keys.insert(key);
        QCOMPARE(enumFromKey<Enum>(key), std::optional<Enum>(value));
        QVERIFY(!displayName(value).isEmpty());
    }
    QCOMPARE(enumFromKey<Enum>(u"no-such-key"_s), std::nullopt);
    QCOMPARE(enumFromKey<Enum>(QString()), std::nullopt);
}

} // namespace

class TestDomainJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEnumKeyRoundTrips_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("entity types") << 0;
        QTest::newRow("certificate types") << 1;
        QTest::newRow("person document types") << 2;
        QTest::newRow("person roles") << 3;
        QTest::newRow("application kinds") << 4;
        QTest::newRow("operations") << 5;
        QTest::newRow("application statuses") << 6;
        QTest::newRow("licence scopes") << 7;
        QTest::newRow("document kinds") << 8;
    }
    void everyEnumKeyRoundTrips()
    {
        QFETCH(int, which);
        switch (which) {
        case 0:
            checkEnum<EntityType>();
            QCOMPARE(enumValues<EntityType>().size(), 16);
            break;
        case 1:
            checkEnum<CertificateType>();
            break;
        case 2:
            checkEnum<PersonDocumentType>();
            break;
        case 3:
            checkEnum<PersonRole>();
            break;
        case 4:
            checkEnum<ApplicationKind>();
            break;
        case 5:
            checkEnum<Operation>();
            break;
        case 6:
            checkEnum<ApplicationStatus>();
            break;
        case 7:
            checkEnum<LicenceScope>();
            break;
        case 8:
            checkEnum<DocumentKind>();
            break;
        }
    }

    void documentedKeysAreStable()
    {
        // These spellings are in docs/dossier.md and in stored data.
        QCOMPARE(toKey(EntityType::Enterprise), u"enterprise"_s);
        QCOMPARE(toKey(EntityType::Individual), u"individual"_s);
        QCOMPARE(toKey(Operation::FirstFiling), u"first-filing"_s);
        QCOMPARE(toKey(CertificateType::BusinessLicence), u"business-licence"_s);
        QCOMPARE(toKey(ApplicationStatus::AuthorityReview), u"authority-review"_s);
        QCOMPARE(toKey(DocumentKind::HandHeldIdPhoto), u"hand-held-id-photo"_s);
        QCOMPARE(displayName(EntityType::Enterprise), u"Enterprise"_s);
    }

    void wizardStepFollowsTheStatus()
    {
        QCOMPARE(wizardStep(ApplicationStatus::Draft), 1);
        QCOMPARE(wizardStep(ApplicationStatus::Queued), 2);
        QCOMPARE(wizardStep(ApplicationStatus::SmsPending), 3);
        QCOMPARE(wizardStep(ApplicationStatus::AuthorityRejected), 3);
        QCOMPARE(wizardStep(ApplicationStatus::Granted), 4);
    }

    void fullyPopulatedApplicationRoundTrips()
    {
        const Application original = fullApplication();
        // Every member differs from a default-constructed one, so a forgotten field fails.
        const QJsonObject written = original.toJson();
        const QJsonObject defaults = Application().toJson();
        for (auto it = written.begin(); it != written.end(); ++it)
            QVERIFY2(it.value() != defaults.value(it.key()), qPrintable(it.key()));

        JsonProblems problems;
        const Application read = Application::fromJson(written, u"$"_s, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.errors().value(0).message));
        QCOMPARE(read.toJson(), written);
        QVERIFY(read == original);
    }

    void roundTripSurvivesTextSerialisation()
    {
        const Application original = fullApplication();
        const QByteArray text = QJsonDocument(original.toJson()).toJson();
        JsonProblems problems;
        const Application read =
            Application::fromJson(QJsonDocument::fromJson(text).object(), u"$"_s, problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(read == original);
        QCOMPARE(read.entity.registeredCapitalYuan, 9007199254740993LL);
    }

    void fullyPopulatedLicenceRoundTrips()
    {
        const Licence original = fullLicence();
        JsonProblems problems;
        const Licence read = Licence::fromJson(original.toJson(), u"$"_s, problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(read == original);
        QVERIFY(!read.annualReports.at(1).filedOn.isValid());
    }

    void nullDatesAreWrittenAsNull()
    {
        Person person;
        person.id = u"p"_s;
        const QJsonObject json = person.toJson();
        QVERIFY(json.value(u"documentExpiry"_s).isNull());
        JsonProblems problems;
        QVERIFY(!Person::fromJson(json, u"$"_s, problems).documentExpiry.isValid());
        QVERIFY(problems.isEmpty());
    }

    void timestampsAreUtcWithZ()
    {
        StatusChange change{ApplicationStatus::Granted,
                            QDateTime::fromString(u"2024-05-01T16:30:00+08:00"_s, Qt::ISODate),
                            {}};
        QCOMPARE(change.toJson().value(u"at"_s).toString(), u"2024-05-01T08:30:00Z"_s);
    }

    void problemIsReportedWithPath_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QByteArray>("value"); // JSON text; empty = remove the member
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("named"); // the message must name this

        QTest::newRow("month 13 in a domain expiry is a bad date")
            << u"websites[1].domains[0].expiresOn"_s << QByteArray("\"2024-13-01\"")
            << u"$.websites[1].domains[0].expiresOn"_s << u"dossier.date"_s << u"expiresOn"_s;
        QTest::newRow("slashes in a date are a bad date")
            << u"plannedSubmission"_s << QByteArray("\"2024/05/10\"") << u"$.plannedSubmission"_s
            << u"dossier.date"_s << u"plannedSubmission"_s;
        QTest::newRow("a timestamp without time zone is a bad date")
            << u"createdAt"_s << QByteArray("\"2024-05-01T08:30:00\"") << u"$.createdAt"_s
            << u"dossier.date"_s << u"createdAt"_s;
        QTest::newRow("a number as a person's name is a wrong type")
            << u"persons[0].name"_s << QByteArray("42") << u"$.persons[0].name"_s << u"dossier.type"_s
            << u"name"_s;
        QTest::newRow("an object for the website list is a wrong type")
            << u"websites"_s << QByteArray("{}") << u"$.websites"_s << u"dossier.type"_s << u"websites"_s;
        QTest::newRow("text as a website is a wrong type")
            << u"websites[0]"_s << QByteArray("\"w\"") << u"$.websites[0]"_s << u"dossier.type"_s
            << u"websites[0]"_s;
        QTest::newRow("a fraction as a province code is a wrong type")
            << u"entity.provinceCode"_s << QByteArray("11.5") << u"$.entity.provinceCode"_s
            << u"dossier.type"_s << u"provinceCode"_s;
        QTest::newRow("text as a boolean is a wrong type")
            << u"noPreApprovalPledgeSigned"_s << QByteArray("\"yes\"") << u"$.noPreApprovalPledgeSigned"_s
            << u"dossier.type"_s << u"noPreApprovalPledgeSigned"_s;
        QTest::newRow("null for a required timestamp is a wrong type")
            << u"history[0].at"_s << QByteArray("null") << u"$.history[0].at"_s << u"dossier.type"_s
            << u"at"_s;
        QTest::newRow("an unknown application kind is an enum problem")
            << u"kind"_s << QByteArray("\"permit\"") << u"$.kind"_s << u"dossier.enum"_s << u"permit"_s;
        QTest::newRow("an unknown role inside the role list is an enum problem")
            << u"persons[1].roles[0]"_s << QByteArray("\"boss\"") << u"$.persons[1].roles[0]"_s
            << u"dossier.enum"_s << u"boss"_s;
        QTest::newRow("an enum key in the wrong case is an enum problem")
            << u"entity.type"_s << QByteArray("\"Enterprise\"") << u"$.entity.type"_s << u"dossier.enum"_s
            << u"Enterprise"_s;
        QTest::newRow("a missing application id is reported")
            << u"id"_s << QByteArray() << u"$.id"_s << u"dossier.required"_s << u"id"_s;
        QTest::newRow("a missing domain name is reported")
            << u"websites[0].domains[1].name"_s << QByteArray() << u"$.websites[0].domains[1].name"_s
            << u"dossier.required"_s << u"name"_s;
        QTest::newRow("a missing document hash is reported")
            << u"documents[0].sha256"_s << QByteArray() << u"$.documents[0].sha256"_s << u"dossier.required"_s
            << u"sha256"_s;
        QTest::newRow("a misspelt entity field is unknown and the right one suggested")
            << u"entity.nmae"_s << QByteArray("\"x\"") << u"$.entity.nmae"_s << u"dossier.unknown-field"_s
            << u"“name”"_s;
        QTest::newRow("an unknown field with an odd name gets a quoted path")
            << u"persons[0].my field"_s << QByteArray("1") << u"$.persons[0][\"my field\"]"_s
            << u"dossier.unknown-field"_s << u"my field"_s;
    }
    void problemIsReportedWithPath()
    {
        QFETCH(QString, where);
        QFETCH(QByteArray, value);
        QFETCH(QString, path);
        QFETCH(QString, code);
        QFETCH(QString, named);

        QJsonValue replacement(QJsonValue::Undefined);
        if (!value.isEmpty()) {
            QJsonParseError error;
            replacement = QJsonDocument::fromJson("[" + value + "]", &error).array().at(0);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
        const QJsonObject json = setAt(fullApplication().toJson(), where, replacement).toObject();
        JsonProblems problems;
        Application::fromJson(json, u"$"_s, problems);
        QCOMPARE(problems.errors().size(), 1);
        const Error& error = problems.errors().first();
        QCOMPARE(error.path, path);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(named), qPrintable(error.message));
    }

    void everyProblemIsCollected()
    {
        QJsonObject json = fullApplication().toJson();
        json = setAt(json, u"kind", u"x"_s).toObject();
        json = setAt(json, u"entity.postcode", 100080).toObject();
        json = setAt(json, u"persons[0].documentExpiry", u"never"_s).toObject();
        json = setAt(json, u"extra", true).toObject();
        JsonProblems problems;
        Application::fromJson(json, u"$"_s, problems);
        QStringList paths;
        for (const Error& error : problems.errors())
            paths.append(error.path);
        paths.sort();
        QCOMPARE(paths, (QStringList{u"$.entity.postcode"_s, u"$.extra"_s, u"$.kind"_s,
                                     u"$.persons[0].documentExpiry"_s}));
    }

    void licenceDueDates_data()
    {
        QTest::addColumn<QDate>("issued");
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("renewal");
        QTest::addColumn<QDate>("report");
        QTest::newRow("licence in force all year reports by 31 March next year")
            << QDate(2024, 6, 1) << QDate(2029, 6, 1) << 2025 << QDate(2029, 3, 3) << QDate(2026, 3, 31);
        QTest::newRow("licence issued in the year reports on that year")
            << QDate(2024, 6, 1) << QDate(2029, 6, 1) << 2024 << QDate(2029, 3, 3) << QDate(2025, 3, 31);
        QTest::newRow("licence issued after the year owes no report")
            << QDate(2024, 6, 1) << QDate(2029, 6, 1) << 2023 << QDate(2029, 3, 3) << QDate();
        QTest::newRow("licence expired before year end owes no report")
            << QDate(2024, 6, 1) << QDate(2029, 6, 1) << 2029 << QDate(2029, 3, 3) << QDate();
    }
    void licenceDueDates()
    {
        QFETCH(QDate, issued);
        QFETCH(QDate, expires);
        QFETCH(int, year);
        QFETCH(QDate, renewal);
        QFETCH(QDate, report);
        Licence licence;
        licence.kind = ApplicationKind::Licence;
        licence.issuedOn = issued;
        licence.expiresOn = expires;
        QCOMPARE(licence.renewalDueOn(), renewal);
        QCOMPARE(licence.annualReportDueOn(year), report);
    }

    void filingsHaveNoDueDates()
    {
        Licence filing;
        filing.kind = ApplicationKind::Filing;
        filing.issuedOn = QDate(2020, 1, 1);
        QVERIFY(!filing.renewalDueOn().isValid());
        QVERIFY(!filing.annualReportDueOn(2024).isValid());
    }

    void personLookups()
    {
        const Application app = fullApplication();
        QCOMPARE(app.person(u"p-2"_s)->name, u"李四"_s);
        QCOMPARE(app.person(u"nobody"_s), nullptr);
        QCOMPARE(app.person(QString()), nullptr);
        QCOMPARE(app.personWithRole(PersonRole::WebsitePrincipal)->id, u"p-2"_s);
        QCOMPARE(app.personWithRole(PersonRole::EntityPrincipal)->id, u"p-1"_s);
        QCOMPARE(app.personsWithRole(PersonRole::Guardian).size(), 1);
        Application empty;
        QCOMPARE(empty.personWithRole(PersonRole::Guardian), nullptr);
        QVERIFY(empty.personsWithRole(PersonRole::Guardian).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"
