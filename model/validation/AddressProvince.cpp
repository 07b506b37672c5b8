#include "validation/AddressProvince.h"

#include "core/DataTable.h"
#include "validation/Province.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

struct NameTable
{
    QList<std::pair<QString, int>> prefectures; // full name → province, anywhere at the start
    QHash<int, QStringList> following;          // what may follow a province's short name
};

const NameTable& names()
{
    static const NameTable table = [] {
        NameTable t;
        for (const QJsonValue& value : DataTable::load(u"prefectures"_s).rows()) {
            const QJsonObject row = value.toObject();
            const int province = row.value("province"_L1).toInt();
            QStringList& following = t.following[province];
            for (const QJsonValue& name : row.value("prefectures"_L1).toArray()) {
                t.prefectures.append({name.toString(), province});
                following.append(name.toString());
            }
            // A municipality's districts only after its name: 朝阳区 is also in 长春市.
            for (const QJsonValue& name : row.value("districts"_L1).toArray())
                following.append(name.toString());
        }
        return t;
    }();
    return table;
}

bool startsWithAny(QStringView text, const QStringList& candidates)
{
    for (const QString& c : candidates) {
        if (!c.isEmpty() && text.startsWith(c))
            return true;
    }
    return false;
}

// 中国（上海）自由贸易试验区… / 中国(广东)自由贸易试验区…: the bracketed short name.
int freeTradeZoneProvince(QStringView text)
{
    if (text.isEmpty() || (text.front() != u'（' && text.front() != u'('))
        return 0;
    const qsizetype close = text.indexOf(text.front() == u'（' ? u'）' : u')');
    if (close < 2)
        return 0;
    const QStringView inside = text.sliced(1, close - 1);
    for (const Province& p : Provinces::all()) {
        if (inside == p.shortNameZh || inside == p.nameZh)
            return p.code;
    }
    return 0;
}

} // namespace

int provinceOfAddress(QStringView address)
{
    QStringView text = address.trimmed();
    if (text.startsWith(u"中国"))
        text = text.sliced(2).trimmed();
    if (const int zone = freeTradeZoneProvince(text))
        return zone;
    for (const Province& p : Provinces::all()) {
        if (!p.nameZh.isEmpty() && text.startsWith(p.nameZh))
            return p.code;
    }
    const NameTable& t = names();
    for (const Province& p : Provinces::all()) {
        if (!p.shortNameZh.isEmpty() && text.startsWith(p.shortNameZh) &&
            startsWithAny(text.sliced(p.shortNameZh.size()), t.following.value(p.code)))
            return p.code;
    }
    for (const auto& [name, province] : t.prefectures) {
        if (text.startsWith(name))
            return province;
    }
    return 0;
}

} // namespace icp
