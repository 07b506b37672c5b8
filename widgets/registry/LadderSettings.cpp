#include "registry/LadderSettings.h"

#include "core/DataTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp::ladder_settings {

namespace {

constexpr ObligationKind kAllKinds[] = {
    ObligationKind::LicenceExpiry,   ObligationKind::LicenceRenewal,  ObligationKind::AnnualReport,
    ObligationKind::PsbFiling,       ObligationKind::DomainExpiry,    ObligationKind::IdExpiry,
    ObligationKind::SmsVerification, ObligationKind::AuthorityReview,
};

QString keyOf(ObligationKind kind)
{
    return QLatin1StringView(kGroup) + u'/' + toKey(kind);
}

} // namespace

QList<ObligationKind> kinds()
{
    QList<ObligationKind> found;
    for (const QJsonValue& row : DataTable::load(u"obligation-ladders"_s).rows()) {
        for (const ObligationKind kind : kAllKinds) {
            if (toKey(kind) == row["kind"_L1].toString() && !found.contains(kind))
                found.append(kind);
        }
    }
    return found;
}

QList<int> defaults(ObligationKind kind)
{
    QList<int> days;
    for (const QJsonValue& row : DataTable::load(u"obligation-ladders"_s).rows()) {
        if (row["kind"_L1].toString() != toKey(kind))
            continue;
        for (const QJsonValue& day : row["days"_L1].toArray())
            days.append(day.toInt());
    }
    std::sort(days.begin(), days.end(), std::greater<>());
    return days;
}

bool isOverridden(const QSettings& settings, ObligationKind kind)
{
    return settings.contains(keyOf(kind));
}

QList<int> effective(const QSettings& settings, ObligationKind kind)
{
    if (!isOverridden(settings, kind))
        return defaults(kind);
    QList<int> days;
    for (const QVariant& value : settings.value(keyOf(kind)).toList())
        days.append(value.toInt());
    return days;
}

void store(QSettings& settings, ObligationKind kind, const QList<int>& days)
{
    if (days == defaults(kind)) {
        settings.remove(keyOf(kind));
        return;
    }
    QVariantList values;
    for (const int day : days)
        values.append(day);
    settings.setValue(keyOf(kind), values);
}

void restoreDefaults(QSettings& settings)
{
    settings.remove(QLatin1StringView(kGroup));
}

Result<QList<int>> parse(ObligationKind kind, const QString& text)
{
    const QString name = displayName(kind);
    auto fail = [&name](const QString& code, const QString& reason) {
        return Result<QList<int>>::failure(
            code, QCoreApplication::translate("LadderSettings", "%1: %2").arg(name, reason));
    };
    static const QRegularExpression separators(u"[,，;；、\\s/]+"_s);
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return fail(u"ladder.empty"_s,
                    QCoreApplication::translate("LadderSettings",
                                                "give at least one number of days, e.g. 90, 30, 7."));
    QList<int> days;
    for (const QString& part : parts) {
        bool isNumber = false;
        const int day = part.toInt(&isNumber);
        if (!isNumber)
            return fail(u"ladder.number"_s,
                        QCoreApplication::translate("LadderSettings", "“%1” is not a whole number of days.")
                            .arg(part));
        if (day < 0)
            return fail(
                u"ladder.negative"_s,
                QCoreApplication::translate(
                    "LadderSettings", "%1 days: a reminder comes before the due day (0 is the day itself).")
                    .arg(day));
        if (day > kMaxDays)
            return fail(u"ladder.too-far"_s,
                        QCoreApplication::translate("LadderSettings", "%1 days is more than %2 days ahead.")
                            .arg(day)
                            .arg(kMaxDays));
        if (!days.isEmpty() && day >= days.last())
            return fail(u"ladder.order"_s,
                        QCoreApplication::translate(
                            "LadderSettings",
                            "the days must go down, each stage closer to the due day (%1 after %2).")
                            .arg(day)
                            .arg(days.last()));
        days.append(day);
    }
    return days;
}

QString format(const QList<int>& days)
{
    QStringList parts;
    for (const int day : days)
        parts.append(QString::number(day));
    return parts.join(u", "_s);
}

} // namespace icp::ladder_settings
