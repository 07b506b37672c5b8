#include "domain/Application.h"

#include "domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace icp {

QJsonObject StatusChange::toJson() const
{
    return QJsonObject{
        {u"status"_s, toKey(status)},
        {u"at"_s, dateTimeToJson(at)},
        {u"note"_s, note},
    };
}

StatusChange StatusChange::fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems)
{
    JsonReader reader(json, path, problems);
    StatusChange change;
    change.status = reader.enumValue(u"status"_s, change.status, JsonReader::Required);
    change.at = reader.dateTime(u"at"_s, JsonReader::Required);
    change.note = reader.string(u"note"_s);
    return change;
}

const Person* Application::person(const QString& personId) const
{
    if (personId.isEmpty())
        return nullptr;
    for (const Person& candidate : persons) {
        if (candidate.id == personId)
            return &candidate;
    }
    return nullptr;
}

const Person* Application::personWithRole(PersonRole role) const
{
    for (const Person& candidate : persons) {
        if (candidate.hasRole(role))
            return &candidate;
    }
    return nullptr;
}

QList<const Person*> Application::personsWithRole(PersonRole role) const
{
    QList<const Person*> result;
    for (const Person& candidate : persons) {
        if (candidate.hasRole(role))
            result.append(&candidate);
    }
    return result;
}

QJsonObject Application::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"kind"_s, toKey(kind)},
        {u"operation"_s, toKey(operation)},
        {u"status"_s, toKey(status)},
        {u"entity"_s, entity.toJson()},
        {u"persons"_s, objectListToJson(persons)},
        {u"websites"_s, objectListToJson(websites)},
        {u"documents"_s, objectListToJson(documents)},
        {u"history"_s, objectListToJson(history)},
        {u"createdAt"_s, dateTimeToJson(createdAt)},
        {u"updatedAt"_s, dateTimeToJson(updatedAt)},
        {u"plannedSubmission"_s, dateToJson(plannedSubmission)},
        {u"wizardPage"_s, wizardPage},
        {u"licenceScope"_s, toKey(licenceScope)},
        {u"serviceCategories"_s, stringListToJson(serviceCategories)},
        {u"noPreApprovalPledgeSigned"_s, noPreApprovalPledgeSigned},
    };
}

Application Application::fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems)
{
    JsonReader reader(json, path, problems);
    Application application;
    application.id = reader.string(u"id"_s, JsonReader::Required);
    application.kind = reader.enumValue(u"kind"_s, application.kind, JsonReader::Required);
    application.operation = reader.enumValue(u"operation"_s, application.operation, JsonReader::Required);
    application.status = reader.enumValue(u"status"_s, application.status, JsonReader::Required);
    application.entity = reader.object<Entity>(u"entity"_s, JsonReader::Required);
    application.persons = reader.objectList<Person>(u"persons"_s);
    application.websites = reader.objectList<Website>(u"websites"_s);
    application.documents = reader.objectList<Document>(u"documents"_s);
    application.history = reader.objectList<StatusChange>(u"history"_s);
    application.createdAt = reader.dateTime(u"createdAt"_s);
    application.updatedAt = reader.dateTime(u"updatedAt"_s);
    application.plannedSubmission = reader.date(u"plannedSubmission"_s);
    application.wizardPage = reader.string(u"wizardPage"_s);
    application.licenceScope = reader.enumValue(u"licenceScope"_s, application.licenceScope);
    application.serviceCategories = reader.stringList(u"serviceCategories"_s);
    application.noPreApprovalPledgeSigned = reader.boolean(u"noPreApprovalPledgeSigned"_s);
    return application;
}

} // namespace icp
