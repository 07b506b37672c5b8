#include "obligations/ObligationLadder.h"

#include "core/DataTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// Ten years: no lead time is longer than a licence's validity, so more is a typo.
constexpr int kMaxDays = 3660;

// The days of a settings value: a list ("90, 30, 0" is read by QSettings as a string list) or
// one number; nullopt when any element is not a whole number of days in range.
std::optional<QList<int>> daysOf(const QVariant& value)
{
    const QStringList parts = value.typeId() == QMetaType::QString
                                  ? value.toString().split(u',', Qt::SkipEmptyParts)
                                  : value.toStringList();
    QList<int> days;
    for (const QString& part : std::as_const(parts)) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (!ok || d < 0 || d > kMaxDays)
            return std::nullopt;
        days.append(d);
    }
    return days;
}

} // namespace

int ObligationLadder::stageReached(QDate due, QDate asOf) const
{
    const qint64 left = asOf.daysTo(due);
    int reached = -1;
    for (const int stage : days) {
        if (left <= stage)
            reached = stage;
    }
    return reached;
}

void ObligationLadders::set(ObligationKind kind, QList<int> days)
{
    days.removeIf([](int d) { return d < 0; });
    std::sort(days.begin(), days.end(), std::greater<>());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    m_ladders.insert(kind, ObligationLadder{days});
}

ObligationLadders ObligationLadders::defaults()
{
    static const ObligationLadders table = [] {
        ObligationLadders ladders;
        for (const ObligationKind kind : allObligationKinds())
            ladders.set(kind, {});
        for (const QJsonValue& row : DataTable::load(u"obligation-ladders"_s).rows()) {
            const std::optional<ObligationKind> kind = obligationKindFromKey(row["kind"_L1].toString());
            if (!kind)
                continue;
            QList<int> days;
            for (const QJsonValue& d : row["days"_L1].toArray())
                days.append(d.toInt());
            ladders.set(*kind, days);
        }
        return ladders;
    }();
    return table;
}

ObligationLadders ObligationLadders::fromSettings(QSettings& settings)
{
    ObligationLadders ladders = defaults();
    settings.beginGroup(settingsGroup);
    for (const ObligationKind kind : allObligationKinds()) {
        const QString key = toKey(kind);
        if (!settings.contains(key))
            continue;
        if (const std::optional<QList<int>> days = daysOf(settings.value(key)))
            ladders.set(kind, *days);
    }
    settings.endGroup();
    return ladders;
}

void ObligationLadders::save(QSettings& settings) const
{
    const ObligationLadders table = defaults();
    settings.beginGroup(settingsGroup);
    for (const ObligationKind kind : allObligationKinds()) {
        const ObligationLadder ladder = forKind(kind);
        if (ladder == table.forKind(kind)) {
            settings.remove(toKey(kind));
            continue;
        }
        QVariantList days;
        for (const int d : ladder.days)
            days.append(d);
        settings.setValue(toKey(kind), days);
    }
    settings.endGroup();
}

ObligationLadder ObligationLadder::forKind(ObligationKind kind)
{
    return ObligationLadders::defaults().forKind(kind);
}

ObligationLadders ObligationLadders::current()
{
    QSettings settings;
    return fromSettings(settings);
}

} // namespace icp
