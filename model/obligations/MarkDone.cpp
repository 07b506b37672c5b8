#include "obligations/MarkDone.h"

#include "documents/DocumentStore.h"
#include "store/Database.h"
#include "store/ObligationCompletionRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace icp {

Status markObligationDone(Database& db, const Obligation& obligation, ObligationCompletion completion,
                          const QString& evidencePath, QDate today)
{
    completion.obligationId = obligation.id;
    if (!evidencePath.isEmpty())
        completion.evidenceFileName = QFileInfo(evidencePath).fileName();
    if (Status ok = checkCompletion(obligation, completion, today); !ok)
        return ok;
    if (!evidencePath.isEmpty()) {
        DocumentStore store(DocumentStore::rootFor(db));
        const Result<StoredFile> stored = store.addFile(evidencePath);
        if (!stored)
            return Status::failure(
                u"obligations.evidence"_s,
                QCoreApplication::translate("Obligations", "The evidence %1 cannot be kept: %2")
                    .arg(evidencePath, stored.error().message));
        completion.evidenceSha256 = stored->sha256;
    }
    return ObligationCompletionRepository(db).record(completion);
}

} // namespace icp
