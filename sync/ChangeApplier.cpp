#include "ChangeApplier.h"

#include "StatusMapping.h"
#include "SyncLogging.h"
#include "core/BeijingTime.h"
#include "store/ApplicationRepository.h"
#include "store/LicenceRepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace icp::sync {

ChangeApplier::ChangeApplier(Database& db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{}

QString ChangeApplier::licenceId(const QString& applicationId, const QString& number)
{
    static const QUuid ns(u"6f0c7c5e-3a52-4d7e-9a51-2f2b3f1e9c11"_s);
    return QUuid::createUuidV5(ns, applicationId + u'|' + number).toString(QUuid::WithoutBraces);
}

QString ChangeApplier::noteFor(const RemoteChange& change)
{
    QStringList parts;
    if (!change.note.isEmpty())
        parts.append(change.note);
    if (change.smsDeadline.isValid())
        parts.append(u"SMS deadline "_s + change.smsDeadline.toString(Qt::ISODate));
    for (const Rejection& r : change.rejections) {
        QString line = r.ruleId + u' ' + r.fieldPath + u": "_s + r.reasonEn;
        if (!r.reasonZh.isEmpty() && r.reasonZh != r.reasonEn)
            line += u" / "_s + r.reasonZh;
        parts.append(line);
    }
    return parts.join(u"\n"_s);
}

Result<ChangeApplier::Outcome> ChangeApplier::apply(const RemoteChange& change)
{
    const std::optional<ApplicationStatus> status = statusFromWire(change.status, change.cause);
    if (!status) {
        qCWarning(lcSyncEngine) << "unknown status in the change feed:" << change.status;
        return Outcome::UnknownStatus;
    }
    ApplicationRepository applications(m_db);
    Result<Application> loaded = applications.load(change.applicationId);
    if (!loaded) {
        if (loaded.error().code == "store.not-found"_L1)
            return Outcome::UnknownApplication;
        return loaded.error();
    }
    Application app = std::move(loaded).value();
    const QDateTime at = change.at.isValid() ? change.at : QDateTime::currentDateTimeUtc();

    if (*status == ApplicationStatus::Granted && !change.numbers.isEmpty()) {
        // Licences first: if we stop between the two saves, the re-applied change finds
        // no history entry yet and does both again (licence saves are idempotent).
        if (Status s = saveLicences(app, change); !s)
            return s.error();
    }
    for (const StatusChange& h : app.history) {
        if (h.status == *status && h.at == at)
            return Outcome::AlreadyApplied;
    }
    app.history.append(StatusChange{*status, at, noteFor(change)});
    app.status = *status;
    app.updatedAt = QDateTime::currentDateTimeUtc();
    if (*status == ApplicationStatus::Granted && !change.numbers.isEmpty()) {
        if (app.entity.filingNumber.isEmpty())
            app.entity.filingNumber = change.numbers.entity;
        for (Website& w : app.websites) {
            for (const WebsiteNumber& n : change.numbers.websites) {
                if (n.websiteId == w.id)
                    w.filingNumber = n.number;
            }
        }
    }
    if (Status s = applications.save(app, m_actor); !s)
        return s.error();
    return Outcome::Applied;
}

Status ChangeApplier::saveLicences(const Application& app, const RemoteChange& change)
{
    LicenceRepository licences(m_db);
    QList<Licence> records;
    // The day of issue in Beijing: the licence's renewal and report deadlines count from it.
    const QDate issued = change.at.isValid() ? beijing::dateOf(change.at) : beijing::today();
    const auto filing = [&](const QString& number) {
        Licence l;
        l.id = licenceId(app.id, number);
        l.applicationId = app.id;
        l.kind = ApplicationKind::Filing;
        l.number = number;
        l.entityName = app.entity.name;
        l.issuedOn = issued;
        return l;
    };
    for (const WebsiteNumber& n : change.numbers.websites)
        records.append(filing(n.number));
    if (records.isEmpty())
        records.append(filing(change.numbers.entity));
    if (!change.numbers.licenceNumber.isEmpty()) {
        Licence l;
        l.id = licenceId(app.id, change.numbers.licenceNumber);
        l.applicationId = app.id;
        l.kind = ApplicationKind::Licence;
        l.number = change.numbers.licenceNumber;
        l.entityName = app.entity.name;
        l.scope = app.licenceScope;
        l.services = change.numbers.licenceServices;
        l.issuedOn = change.numbers.licenceIssuedOn.isValid() ? change.numbers.licenceIssuedOn : issued;
        l.expiresOn = change.numbers.licenceExpiresOn;
        records.append(l);
    }
    for (const Licence& l : records) {
        if (Status s = licences.save(l, m_actor); !s)
            return s;
    }
    return success();
}

} // namespace icp::sync
