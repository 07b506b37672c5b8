#include "validation/Province.h"

#include "core/DataTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace icp {

QString Province::displayName() const
{
    return QLocale().language() == QLocale::Chinese ? nameZh : nameEn;
}

const QList<Province>& Provinces::all()
{
    static const QList<Province> provinces = [] {
        QList<Province> list;
        const QJsonArray rows = DataTable::load(u"provinces"_s).rows();
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            Province p;
            p.code = row.value("code"_L1).toInt();
            p.abbreviation = row.value("abbreviation"_L1).toString();
            const QJsonArray alternates = row.value("alternateAbbreviations"_L1).toArray();
            for (const QJsonValue& alt : alternates)
                p.alternateAbbreviations.append(alt.toString());
            p.nameZh = row.value("nameZh"_L1).toString();
            p.shortNameZh = row.value("shortNameZh"_L1).toString();
            p.nameEn = row.value("nameEn"_L1).toString();
            p.domainLabel = row.value("domainLabel"_L1).toString();
            list.append(p);
        }
        return list;
    }();
    return provinces;
}

const Province* Provinces::byCode(int code)
{
    if (code >= 100000 && code % 10000 == 0)
        code /= 10000;
    for (const Province& p : all()) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

const Province* Provinces::byAbbreviation(QStringView abbr)
{
    for (const Province& p : all()) {
        if (p.abbreviation == abbr || p.alternateAbbreviations.contains(abbr))
            return &p;
    }
    return nullptr;
}

bool Provinces::isNonMainlandRegion(int code)
{
    static const QList<int> codes = [] {
        QList<int> list;
        const QJsonArray array =
            DataTable::load(u"provinces"_s).header().value("nonMainlandCodes"_L1).toArray();
        for (const QJsonValue& v : array)
            list.append(v.toInt());
        return list;
    }();
    return codes.contains(code);
}

} // namespace icp
