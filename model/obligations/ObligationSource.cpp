#include "obligations/ObligationSource.h"

#include "obligations/ObligationEngine.h"
#include "store/ApplicationRepository.h"
#include "store/LicenceRepository.h"
#include "store/ObligationCompletionRepository.h"

namespace icp {

Result<QList<Obligation>> loadObligations(Database& db, const QDateTime& now,
                                          const ObligationLadders& ladders, DoneObligations done)
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
    const QList<Obligation> all = ObligationEngine(now, ladders).derive(licences.value(), applications);
    if (done == DoneObligations::Kept)
        return all;
    const Result<QSet<QString>> doneIds = ObligationCompletionRepository(db).doneIds();
    if (!doneIds)
        return doneIds.error();
    return withoutDone(all, doneIds.value());
}

} // namespace icp
