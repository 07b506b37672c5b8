#include "RemoteTypes.h"

#include "core/Language.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace icp::sync {

namespace {

QDateTime instant(const QJsonValue& v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

bool chinese()
{
    return currentLanguage().startsWith(u"zh"_s);
}

} // namespace

Rejection Rejection::fromJson(const QJsonObject& o)
{
    const QJsonObject reason = o.value(u"reason"_s).toObject();
    const QJsonObject suggestion = o.value(u"suggestion"_s).toObject();
    return Rejection{o.value(u"ruleId"_s).toString(),      o.value(u"fieldPath"_s).toString(),
                     reason.value(u"zh"_s).toString(),     reason.value(u"en"_s).toString(),
                     suggestion.value(u"zh"_s).toString(), suggestion.value(u"en"_s).toString()};
}

QString Rejection::reason() const
{
    return chinese() && !reasonZh.isEmpty() ? reasonZh : reasonEn;
}

QString Rejection::suggestion() const
{
    return chinese() && !suggestionZh.isEmpty() ? suggestionZh : suggestionEn;
}

GrantedNumbers GrantedNumbers::fromJson(const QJsonObject& o)
{
    GrantedNumbers n;
    n.entity = o.value(u"entity"_s).toString();
    for (const QJsonValue& v : o.value(u"websites"_s).toArray()) {
        const QJsonObject w = v.toObject();
        n.websites.append({w.value(u"websiteId"_s).toString(), w.value(u"number"_s).toString()});
    }
    const QJsonObject licence = o.value(u"licence"_s).toObject();
    n.licenceNumber = licence.value(u"number"_s).toString();
    n.licenceIssuedOn = QDate::fromString(licence.value(u"issuedOn"_s).toString(), Qt::ISODate);
    n.licenceExpiresOn = QDate::fromString(licence.value(u"expiresOn"_s).toString(), Qt::ISODate);
    for (const QJsonValue& v : licence.value(u"services"_s).toArray())
        n.licenceServices.append(v.toString());
    return n;
}

RemoteChange RemoteChange::fromJson(const QJsonObject& o)
{
    RemoteChange c;
    c.cursor = o.value(u"cursor"_s).toString();
    c.applicationId = o.value(u"applicationId"_s).toString();
    c.status = o.value(u"status"_s).toString();
    c.at = instant(o.value(u"at"_s));
    c.note = o.value(u"note"_s).toString();
    c.cause = o.value(u"cause"_s).toString();
    c.receipt = o.value(u"receipt"_s).toString();
    c.smsDeadline = instant(o.value(u"smsDeadline"_s));
    for (const QJsonValue& v : o.value(u"rejections"_s).toArray())
        c.rejections.append(Rejection::fromJson(v.toObject()));
    c.numbers = GrantedNumbers::fromJson(o.value(u"numbers"_s).toObject());
    return c;
}

} // namespace icp::sync
