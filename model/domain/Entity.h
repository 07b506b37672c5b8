#pragma once

#include "domain/Enums.h"
#include "domain/Json.h"

#include <QJsonObject>
#include <QString>

namespace icp {

// 主办单位 / 主体: the organisation or individual the filing is for.
struct Entity
{
    EntityType type = EntityType::Enterprise;
    QString name;
    CertificateType certificateType = CertificateType::BusinessLicence;
    QString certificateNumber; // USCC for organisations, document number for individuals
    QString certificateAddress;
    QString communicationAddress;
    QString postcode;
    int provinceCode = 0; // filing province (GB/T 2260 two-digit code)
    QString investor;     // 投资人或主管单位
    QString filingNumber; // entity ICP number when already filed (京ICP备…号)
    // Licence applications (docs/regulations.md §1.2, R39)
    qint64 registeredCapitalYuan = 0;
    double foreignEquityPercent = 0.0;

    bool isIndividual() const { return type == EntityType::Individual; }

    QJsonObject toJson() const;
    static Entity fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const Entity&) const = default;
};

} // namespace icp
