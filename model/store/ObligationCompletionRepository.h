#pragma once

#include "core/Result.h"
#include "obligations/ObligationCompletion.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace icp {

class ChangeLogWriter;
class Database;

// Obligations marked done (table obligation_completions, docs/obligations.md "Marking done").
// Every record() is one transaction with its change_log rows (aggregate type "obligation",
// the obligation's id): "created" the first time, the changed fields when marked again.
class ObligationCompletionRepository
{
public:
    static constexpr QLatin1StringView aggregateType{"obligation"};

    explicit ObligationCompletionRepository(Database& db);
    ~ObligationCompletionRepository();
    ObligationCompletionRepository(const ObligationCompletionRepository&) = delete;
    ObligationCompletionRepository& operator=(const ObligationCompletionRepository&) = delete;

    // Inserts or replaces the completion of completion.obligationId; recordedAt is set to now
    // when null. The caller checked it first (checkCompletion()).
    Status record(const ObligationCompletion& completion);
    // nullopt when the obligation was not marked done.
    Result<std::optional<ObligationCompletion>> find(const QString& obligationId);
    // Every completion, oldest recorded first.
    Result<QList<ObligationCompletion>> list();
    // The ids of the obligations marked done.
    Result<QSet<QString>> doneIds();

private:
    Database& m_db;
    std::unique_ptr<ChangeLogWriter> m_log;
};

} // namespace icp
