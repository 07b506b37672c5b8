#include "obligations/ObligationSource.h"

#include "obligations/ObligationEngine.h"
#include "store/ApplicationRepository.h"
#include "store/LicenceRepository.h"

namespace icp {

Result<QList<Obligation>> loadObligations(Database& db, const QDateTime& now)
{
    const Result<QList<Licence>> licences = LicenceRepository(db).list();
    if (!licences)
        return licences.error();
    ApplicationRepository repository(db);
    const Result<QList<ApplicationSummary>> summaries = repository.list();
    if (!summaries)
        return summaries.error();
    QList<Application> applications;
    for (const ApplicationSummary& s : summaries.value()) {
        if (s.status == ApplicationStatus::Draft)
            continue; // a draft owes nothing yet
        Result<Application> app = repository.load(s.id);
        if (!app)
            return app.error();
        applications.append(std::move(app).value());
    }
    return ObligationEngine(now).derive(licences.value(), applications);
}

} // namespace icp
