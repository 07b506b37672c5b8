#include "rules/Finding.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace icp {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Blocking:
        return u"blocking"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"info"_s;
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Blocking:
        return QCoreApplication::translate("Rules", "Blocking");
    case Severity::Warning:
        return QCoreApplication::translate("Rules", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("Rules", "Information");
    }
    return {};
}

std::optional<Severity> severityFromKey(const QString& key)
{
    for (Severity s : {Severity::Blocking, Severity::Warning, Severity::Info}) {
        if (severityKey(s) == key)
            return s;
    }
    return std::nullopt;
}

bool hasBlocking(const QList<Finding>& findings)
{
    for (const Finding& f : findings) {
        if (f.severity == Severity::Blocking)
            return true;
    }
    return false;
}

} // namespace icp
