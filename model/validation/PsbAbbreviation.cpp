#include "validation/PsbAbbreviation.h"

#include "core/DataTable.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

struct Entry
{
    int provinceCode = 0;
    bool uncertain = false;
};

const QHash<QChar, Entry>& table()
{
    static const QHash<QChar, Entry> entries = [] {
        QHash<QChar, Entry> byAbbreviation;
        for (const QJsonValue& value : DataTable::load(u"psb-abbreviations"_s).rows()) {
            const QJsonObject row = value.toObject();
            const int code = row.value("code"_L1).toInt();
            for (const QJsonValue& a : row.value("abbreviations"_L1).toArray()) {
                const QJsonObject o = a.toObject();
                const QString abbreviation = o.value("abbreviation"_L1).toString();
                if (abbreviation.size() != 1 || !Provinces::byCode(code)) {
                    qCCritical(lcValidation) << "psb-abbreviations has a bad row" << code << abbreviation;
                    continue;
                }
                byAbbreviation.insert(abbreviation.at(0),
                                      Entry{code, o.value("status"_L1).toString() == "uncertain"_L1});
            }
        }
        return byAbbreviation;
    }();
    return entries;
}

} // namespace

Result<PsbAbbreviation> psbAbbreviation(QChar abbreviation)
{
    const auto it = table().constFind(abbreviation);
    if (it == table().cend()) {
        return Result<PsbAbbreviation>::failure(
            u"psb.province"_s,
            QCoreApplication::translate("IcpNumber", "“%1” is not a province abbreviation used in public "
                                                     "security filing numbers (such as 京, 沪, 贵 or 滇).")
                .arg(abbreviation));
    }
    return PsbAbbreviation{Provinces::byCode(it->provinceCode), it->uncertain};
}

} // namespace icp
