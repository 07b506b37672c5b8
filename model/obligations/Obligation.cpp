#include "obligations/Obligation.h"

#include "core/BeijingTime.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace icp {

QString toKey(ObligationKind kind)
{
    switch (kind) {
    case ObligationKind::LicenceExpiry:
        return u"licence-expiry"_s;
    case ObligationKind::LicenceRenewal:
        return u"licence-renewal"_s;
    case ObligationKind::AnnualReport:
        return u"annual-report"_s;
    case ObligationKind::PsbFiling:
        return u"psb-filing"_s;
    case ObligationKind::DomainExpiry:
        return u"domain-expiry"_s;
    case ObligationKind::IdExpiry:
        return u"id-expiry"_s;
    case ObligationKind::SmsVerification:
        return u"sms-verification"_s;
    case ObligationKind::AuthorityReview:
        return u"authority-review"_s;
    case ObligationKind::LicenceChange:
        return u"licence-change"_s;
    case ObligationKind::HostingExpiry:
        return u"hosting-expiry"_s;
    }
    return {};
}

QString toKey(ObligationState state)
{
    switch (state) {
    case ObligationState::Upcoming:
        return u"upcoming"_s;
    case ObligationState::DueSoon:
        return u"due-soon"_s;
    case ObligationState::Overdue:
        return u"overdue"_s;
    case ObligationState::Missed:
        return u"missed"_s;
    }
    return {};
}

QString displayName(ObligationKind kind)
{
    switch (kind) {
    case ObligationKind::LicenceExpiry:
        return QCoreApplication::translate("Obligations", "Licence expiry");
    case ObligationKind::LicenceRenewal:
        return QCoreApplication::translate("Obligations", "Licence renewal");
    case ObligationKind::AnnualReport:
        return QCoreApplication::translate("Obligations", "Annual report");
    case ObligationKind::PsbFiling:
        return QCoreApplication::translate("Obligations", "Public-security filing");
    case ObligationKind::DomainExpiry:
        return QCoreApplication::translate("Obligations", "Domain expiry");
    case ObligationKind::IdExpiry:
        return QCoreApplication::translate("Obligations", "ID document expiry");
    case ObligationKind::SmsVerification:
        return QCoreApplication::translate("Obligations", "SMS verification");
    case ObligationKind::AuthorityReview:
        return QCoreApplication::translate("Obligations", "Authority review");
    case ObligationKind::LicenceChange:
        return QCoreApplication::translate("Obligations", "Licence change");
    case ObligationKind::HostingExpiry:
        return QCoreApplication::translate("Obligations", "Hosting expiry");
    }
    return {};
}

QString displayName(ObligationState state)
{
    switch (state) {
    case ObligationState::Upcoming:
        return QCoreApplication::translate("Obligations", "upcoming");
    case ObligationState::DueSoon:
        return QCoreApplication::translate("Obligations", "due soon");
    case ObligationState::Overdue:
        return QCoreApplication::translate("Obligations", "overdue");
    case ObligationState::Missed:
        return QCoreApplication::translate("Obligations", "missed");
    }
    return {};
}

bool isLapse(ObligationKind kind)
{
    return kind == ObligationKind::DomainExpiry || kind == ObligationKind::HostingExpiry;
}

QList<ObligationKind> allObligationKinds()
{
    return {ObligationKind::LicenceExpiry,   ObligationKind::LicenceRenewal,  ObligationKind::AnnualReport,
            ObligationKind::PsbFiling,       ObligationKind::DomainExpiry,    ObligationKind::IdExpiry,
            ObligationKind::SmsVerification, ObligationKind::AuthorityReview, ObligationKind::LicenceChange,
            ObligationKind::HostingExpiry};
}

std::optional<ObligationKind> obligationKindFromKey(const QString& key)
{
    for (const ObligationKind kind : allObligationKinds()) {
        if (toKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QDate Obligation::dueDate() const
{
    return dueAt.isValid() ? beijing::dateOf(dueAt) : dueOn;
}

// A hash, not a database key: the same obligation derived again tomorrow, or on another
// machine, gets the same id, and a moved due date is a new obligation.
QString Obligation::makeId(ObligationKind kind, const QString& subject, const QDate& due)
{
    const QByteArray key =
        (toKey(kind) + u'|' + subject.trimmed() + u'|' + due.toString(Qt::ISODate)).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace icp
