#pragma once

#include "domain/Enums.h"
#include "domain/Json.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace icp {

// A person named in an application. One Person can hold several roles and be the
// principal of several websites (Website::principalId refers to Person::id).
struct Person
{
    QString id; // stable within the application (UUID without braces)
    QString name;
    PersonDocumentType documentType = PersonDocumentType::ResidentId;
    QString documentNumber;
    QDate documentExpiry; // null = long-term (长期)
    QString mobile;
    QString landline; // 联系方式2 / office phone, optional
    QString email;
    QList<PersonRole> roles;

    bool hasRole(PersonRole role) const { return roles.contains(role); }

    QJsonObject toJson() const;
    static Person fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const Person&) const = default;
};

} // namespace icp
