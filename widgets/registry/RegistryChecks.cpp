#include "registry/RegistryChecks.h"

#include "rules/RuleTables.h"
#include "validation/DomainName.h"
#include "validation/IcpNumber.h"
#include "validation/Uscc.h"

#include <QCoreApplication>

namespace icp::registry_checks {

namespace {

// "Number: …" — the field first, then the validator's own (translated) reason.
QString named(const QString& field, const QString& reason)
{
    return QCoreApplication::translate("RegistryChecks", "%1: %2").arg(field, reason);
}

} // namespace

QString number(ApplicationKind kind, const QString& text)
{
    const QString field = kind == ApplicationKind::Filing
                              ? QCoreApplication::translate("RegistryChecks", "Filing number")
                              : QCoreApplication::translate("RegistryChecks", "Licence number");
    if (text.trimmed().isEmpty())
        return named(field, QCoreApplication::translate(
                                "RegistryChecks", "required: the registry finds records by their number."));
    if (kind == ApplicationKind::Filing) {
        const auto parsed = parseFilingNumber(text);
        return parsed ? QString() : named(field, parsed.error().message);
    }
    const auto parsed = parseLicenceNumber(text);
    return parsed ? QString() : named(field, parsed.error().message);
}

QString entityName(const QString& text)
{
    return text.trimmed().isEmpty() ? named(QCoreApplication::translate("RegistryChecks", "Entity"),
                                            QCoreApplication::translate("RegistryChecks", "required."))
                                    : QString();
}

QString uscc(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    const auto parsed = parseUscc(text);
    return parsed ? QString()
                  : named(QCoreApplication::translate("RegistryChecks", "Unified social credit code"),
                          parsed.error().message);
}

QString websiteNumber(const QString& where, const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    const auto parsed = parseFilingNumber(text);
    return parsed ? QString()
                  : named(QCoreApplication::translate("RegistryChecks", "%1, website number").arg(where),
                          parsed.error().message);
}

QString psbNumber(const QString& where, const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    const auto parsed = parsePsbNumber(text);
    return parsed
               ? QString()
               : named(QCoreApplication::translate("RegistryChecks", "%1, public-security number").arg(where),
                       parsed.error().message);
}

QString domain(const QString& where, const QString& text)
{
    const auto parsed = parseDomainName(text);
    return parsed ? QString()
                  : named(QCoreApplication::translate("RegistryChecks", "%1, domain").arg(where),
                          parsed.error().message);
}

QDate parseDateCell(const QString& text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

QString dateCell(const QString& where, const QString& column, const QString& text)
{
    if (text.trimmed().isEmpty() || parseDateCell(text).isValid())
        return {};
    return named(QCoreApplication::translate("RegistryChecks", "%1, %2").arg(where, column),
                 QCoreApplication::translate("RegistryChecks",
                                             "“%1” is not a date; write it as YYYY-MM-DD, e.g. 2027-06-01.")
                     .arg(text.trimmed()));
}

QDate defaultExpiry(ApplicationKind kind, const QDate& issuedOn)
{
    if (kind != ApplicationKind::Licence || !issuedOn.isValid())
        return {};
    return issuedOn.addYears(RuleTables::instance().licenceLimits().validityYears);
}

} // namespace icp::registry_checks
