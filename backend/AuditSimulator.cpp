#include "AuditSimulator.h"

#include "BackendStore.h"
#include "Rejections.h"
#include "core/BeijingTime.h"
#include "validation/IcpNumber.h"
#include "validation/Province.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace icp::backend {

AuditSimulator::AuditSimulator(BackendStore& store, const BackendOptions& options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
}

void AuditSimulator::start()
{
    const int interval = m_options.tickMs > 0 ? m_options.tickMs : std::clamp(m_options.stepMs / 4, 10, 1000);
    m_timer.start(interval);
}

int AuditSimulator::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int moved = 0;
    for (const BackendStore::Due& due : m_store.dueApplications(now)) {
        if (!m_store.begin())
            return moved;
        std::optional<StoredApplication> app = m_store.application(due.tokenId, due.id);
        if (app && advance(*app, now) && m_store.commit()) {
            ++moved;
            continue;
        }
        m_store.rollback();
    }
    return moved;
}

bool AuditSimulator::advance(StoredApplication& app, qint64 nowMs)
{
    const qint64 step = m_options.stepMs;
    const QString& s = app.status;
    if (s == "received"_L1) {
        app.nextAtMs = nowMs + step;
        return bool(m_store.transition(app, u"provider_review"_s, u"access provider review (初审)"_s));
    }
    if (s == "provider_review"_L1) {
        app.nextAtMs = nowMs + step;
        return bool(m_store.transition(app, u"identity_check"_s, u"identity verification (核验)"_s));
    }
    if (s == "identity_check"_L1) {
        // §2.2: the MIIT SMS code is valid for 24 h (shortened by --sms-deadline-ms).
        app.smsDeadline = QDateTime::currentDateTimeUtc().addMSecs(m_options.smsDeadlineMs);
        const qint64 verify = m_options.smsVerifyMs >= 0 ? m_options.smsVerifyMs : step;
        const bool verified = !m_options.smsNeverVerified && verify < m_options.smsDeadlineMs;
        app.nextAtMs = nowMs + (verified ? verify : m_options.smsDeadlineMs);
        return bool(m_store.transition(app, u"sms_pending"_s, u"MIIT SMS verification (短信核验)"_s));
    }
    if (s == "sms_pending"_L1) {
        const bool verified =
            !m_options.smsNeverVerified &&
            (m_options.smsVerifyMs >= 0 ? m_options.smsVerifyMs : step) < m_options.smsDeadlineMs;
        if (!verified) {
            app.nextAtMs = 0;
            app.rejections = smsTimeoutRejection();
            return bool(
                m_store.transition(app, u"returned"_s, u"SMS verification timed out"_s, u"sms_timeout"_s));
        }
        app.nextAtMs = nowMs + step;
        return bool(m_store.transition(app, u"authority_review"_s,
                                       u"Communications Administration review (管局审核)"_s));
    }
    if (s == "authority_review"_L1)
        return grant(app);
    app.nextAtMs = 0;
    return bool(m_store.saveApplication(app));
}

// Numbers in the format of the entity's province (docs/regulations.md §8, R38): the entity
// number <abbr>ICP备YYYYNNNNNN号 and <entity number>-n for each website, n counting on
// from the entity's earlier websites; licences <abbr>B2-YYYYNNNN.
bool AuditSimulator::grant(StoredApplication& app)
{
    const Result<Application> stored = storedApplication(app.dossier);
    if (!stored)
        return false;
    const Application& a = stored.value();
    const Province* province = Provinces::byCode(a.entity.provinceCode);
    const QString abbr = province ? province->abbreviation : u"京"_s;
    const int provinceCode = province ? province->code : 11;
    const QDate today = beijing::today(); // numbers and licences are issued on Beijing days
    const int year = today.year();

    int nextSite = 1;
    const QString entityKey = a.entity.certificateNumber.isEmpty() ? app.id : a.entity.certificateNumber;
    QString existing;
    int firstSite = 1;
    if (const Result<FilingNumber> filed = parseFilingNumber(a.entity.filingNumber); filed) {
        existing = filed->entityNumber();
        // Websites already filed under it keep their numbers; new ones count on.
        for (const Website& w : a.websites) {
            if (const Result<FilingNumber> site = parseFilingNumber(w.filingNumber); site)
                firstSite = std::max(firstSite, site->site + 1);
        }
    }
    const Result<QString> entity =
        m_store.entityNumber(entityKey, abbr, provinceCode, year, &nextSite, existing, firstSite);
    if (!entity)
        return false;
    const QString entityNumber = entity.value();
    QJsonArray websites;
    for (const Website& w : a.websites) {
        QString number = w.filingNumber;
        if (!parseFilingNumber(number))
            number = entityNumber + u'-' + QString::number(nextSite++);
        websites.append(QJsonObject{{u"websiteId"_s, w.id}, {u"name"_s, w.name}, {u"number"_s, number}});
    }
    if (!m_store.setNextSite(entityKey, nextSite))
        return false;
    QJsonObject numbers{{u"entity"_s, entityNumber}, {u"websites"_s, websites}};
    if (a.kind == ApplicationKind::Licence) {
        const Result<int> serial = m_store.nextLicenceSerial(provinceCode, year);
        if (!serial)
            return false;
        const QDate issued = today;
        numbers.insert(
            u"licence"_s,
            QJsonObject{{u"number"_s, QString(abbr + u"B2-"_s + QString::number(year) +
                                              QString::number(serial.value()).rightJustified(4, u'0'))},
                        {u"issuedOn"_s, issued.toString(Qt::ISODate)},
                        {u"expiresOn"_s, issued.addYears(5).toString(Qt::ISODate)},
                        {u"services"_s, QJsonArray::fromStringList(a.serviceCategories)}});
    }
    app.numbers = numbers;
    app.nextAtMs = 0;
    return bool(m_store.transition(app, u"granted"_s, u"granted "_s + entityNumber));
}

} // namespace icp::backend
