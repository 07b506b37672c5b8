#include "domain/Person.h"

#include "domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace icp {

QJsonObject Person::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"documentType"_s, toKey(documentType)},
        {u"documentNumber"_s, documentNumber},
        {u"documentExpiry"_s, dateToJson(documentExpiry)},
        {u"mobile"_s, mobile},
        {u"landline"_s, landline},
        {u"email"_s, email},
        {u"roles"_s, enumListToJson(roles)},
    };
}

Person Person::fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems)
{
    JsonReader reader(json, path, problems);
    Person person;
    person.id = reader.string(u"id"_s, JsonReader::Required);
    person.name = reader.string(u"name"_s);
    person.documentType = reader.enumValue(u"documentType"_s, person.documentType);
    person.documentNumber = reader.string(u"documentNumber"_s);
    person.documentExpiry = reader.date(u"documentExpiry"_s);
    person.mobile = reader.string(u"mobile"_s);
    person.landline = reader.string(u"landline"_s);
    person.email = reader.string(u"email"_s);
    person.roles = reader.enumList<PersonRole>(u"roles"_s);
    return person;
}

} // namespace icp
