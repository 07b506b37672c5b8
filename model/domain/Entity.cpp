#include "domain/Entity.h"

#include "domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace icp {

QJsonObject Entity::toJson() const
{
    return QJsonObject{
        {u"type"_s, toKey(type)},
        {u"name"_s, name},
        {u"certificateType"_s, toKey(certificateType)},
        {u"certificateNumber"_s, certificateNumber},
        {u"certificateAddress"_s, certificateAddress},
        {u"communicationAddress"_s, communicationAddress},
        {u"postcode"_s, postcode},
        {u"provinceCode"_s, provinceCode},
        {u"investor"_s, investor},
        {u"filingNumber"_s, filingNumber},
        {u"registeredCapitalYuan"_s, registeredCapitalYuan},
        {u"foreignEquityPercent"_s, foreignEquityPercent},
    };
}

Entity Entity::fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems)
{
    JsonReader reader(json, path, problems);
    Entity entity;
    entity.type = reader.enumValue(u"type"_s, entity.type, JsonReader::Required);
    entity.name = reader.string(u"name"_s);
    entity.certificateType = reader.enumValue(u"certificateType"_s, entity.certificateType);
    entity.certificateNumber = reader.string(u"certificateNumber"_s);
    entity.certificateAddress = reader.string(u"certificateAddress"_s);
    entity.communicationAddress = reader.string(u"communicationAddress"_s);
    entity.postcode = reader.string(u"postcode"_s);
    entity.provinceCode = reader.integer(u"provinceCode"_s);
    entity.investor = reader.string(u"investor"_s);
    entity.filingNumber = reader.string(u"filingNumber"_s);
    entity.registeredCapitalYuan = reader.integer64(u"registeredCapitalYuan"_s);
    entity.foreignEquityPercent = reader.number(u"foreignEquityPercent"_s);
    return entity;
}

} // namespace icp
