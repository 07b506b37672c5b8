#include "store/ChangeLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {
QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}
QString render(const QList<FieldChange>& changes)
{
    QStringList lines;
    for (const FieldChange& c : changes)
        lines.append(c.path + u'=' + c.oldValue.value_or(u"-"_s) + u">"_s + c.newValue.value_or(u"-"_s));
    return lines.join(u"; "_s);
}
} // namespace

class TestChangeDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flattenNamesEveryScalarByPath()
    {
        const auto flat = ChangeDiff::flatten(
            parse(R"({"a": 1, "b": {"c": "x", "d": [true, {"e": 2.5}]}, "n": null, "empty": []})"));
        QStringList paths;
        for (const auto& [path, value] : flat)
            paths.append(path + u'=' + value);
        QCOMPARE(paths, (QStringList{u"a=1"_s, u"b.c=x"_s, u"b.d[0]=true"_s, u"b.d[1].e=2.5"_s}));
    }

    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("identical objects have no changes") << u"{\"a\": 1}"_s << u"{\"a\": 1}"_s << QString();
        QTest::newRow("a changed scalar is old to new") << u"{\"a\": 1}"_s << u"{\"a\": 2}"_s << u"a=1>2"_s;
        QTest::newRow("a nested change names the whole path")
            << uR"({"w": [{"d": [{"x": "1"}, {"x": "2"}]}]})"_s
            << uR"({"w": [{"d": [{"x": "1"}, {"x": "3"}]}]})"_s << u"w[0].d[1].x=2>3"_s;
        QTest::newRow("an added list item has no old value")
            << u"{\"l\": [\"a\"]}"_s << u"{\"l\": [\"a\", \"b\"]}"_s << u"l[1]=->b"_s;
        QTest::newRow("a removed list item has no new value")
            << u"{\"l\": [\"a\", \"b\"]}"_s << u"{\"l\": [\"a\"]}"_s << u"l[1]=b>-"_s;
        QTest::newRow("a value set to null has no new value")
            << u"{\"d\": \"2024-01-01\"}"_s << u"{\"d\": null}"_s << u"d=2024-01-01>-"_s;
        QTest::newRow("a large integer stays exact")
            << u"{\"n\": 9007199254740993}"_s << u"{\"n\": 9007199254740995}"_s
            << u"n=9007199254740993>9007199254740995"_s;
        QTest::newRow("an ignored key is not reported")
            << u"{\"updatedAt\": \"1\"}"_s << u"{\"updatedAt\": \"2\"}"_s << QString();
    }
    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const QList<FieldChange> changes = ChangeDiff::diff(
            parse(before.toUtf8().constData()), parse(after.toUtf8().constData()), {u"updatedAt"_s});
        QCOMPARE(render(changes), expected);
    }
};

QTEST_GUILESS_MAIN(TestChangeDiff)
#include "tst_changediff.moc"
