#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace icp::sync {

// A structured rejection (docs/api.md principle 5), text in both languages.
struct Rejection
{
    QString ruleId;
    QString fieldPath;
    QString reasonZh, reasonEn;
    QString suggestionZh, suggestionEn;

    static Rejection fromJson(const QJsonObject& o);
    // The text in the UI language (Chinese when it is zh*, else English).
    QString reason() const;
    QString suggestion() const;
};

struct WebsiteNumber
{
    QString websiteId;
    QString number; // 京ICP备2026000001号-1
};

// What a grant issued (docs/api.md "Numbers").
struct GrantedNumbers
{
    QString entity; // 京ICP备2026000001号
    QList<WebsiteNumber> websites;
    QString licenceNumber; // licence applications: 京B2-20260001
    QDate licenceIssuedOn, licenceExpiresOn;
    QStringList licenceServices;

    bool isEmpty() const { return entity.isEmpty(); }
    static GrantedNumbers fromJson(const QJsonObject& o);
};

// One entry of the change feed (GET /v1/changes).
struct RemoteChange
{
    QString cursor;
    QString applicationId;
    QString status; // wire key: received, provider_review, …
    QDateTime at;
    QString note;
    QString cause; // e.g. sms_timeout
    QString receipt;
    QDateTime smsDeadline;
    QList<Rejection> rejections;
    GrantedNumbers numbers;

    static RemoteChange fromJson(const QJsonObject& o);
};

} // namespace icp::sync
