#pragma once

#include "domain/Document.h"
#include "domain/Entity.h"
#include "domain/Enums.h"
#include "domain/Json.h"
#include "domain/Person.h"
#include "domain/Website.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace icp {

struct StatusChange
{
    ApplicationStatus status = ApplicationStatus::Draft;
    QDateTime at; // UTC
    QString note; // rejection reason etc.

    QJsonObject toJson() const;
    static StatusChange fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const StatusChange&) const = default;
};

// One filing or licence application (an "order" in provider terms) with everything
// it contains. Value type: copy it, compare it, serialise it.
struct Application
{
    QString id; // UUID without braces
    ApplicationKind kind = ApplicationKind::Filing;
    Operation operation = Operation::FirstFiling;
    ApplicationStatus status = ApplicationStatus::Draft;
    Entity entity;
    QList<Person> persons;
    QList<Website> websites;
    QList<Document> documents;
    QList<StatusChange> history;
    QDateTime createdAt;     // UTC
    QDateTime updatedAt;     // UTC
    QDate plannedSubmission; // when the user intends to submit; rules use it when set
    QString wizardPage;      // last wizard page the user was on (restored on reopen)
    // Licence applications
    LicenceScope licenceScope = LicenceScope::Province;
    QStringList serviceCategories; // "B25", "B21" …
    bool noPreApprovalPledgeSigned = false;

    const Person* person(const QString& personId) const;
    const Person* personWithRole(PersonRole role) const; // first one
    QList<const Person*> personsWithRole(PersonRole role) const;
    int provinceCode() const { return entity.provinceCode; }

    QJsonObject toJson() const;
    static Application fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const Application&) const = default;
};

} // namespace icp
