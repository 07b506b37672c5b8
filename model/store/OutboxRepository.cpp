#include "store/OutboxRepository.h"

#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "store/Dossier.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

const QString kColumns = u"id, application_id, kind, idempotency_key, payload, created_at, attempts, "
                         "next_attempt_at, last_error, state, sent_at, receipt"_s;

} // namespace

QString outboxStateKey(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return u"pending"_s;
    case OutboxState::Sent:
        return u"sent"_s;
    case OutboxState::Failed:
        return u"failed"_s;
    }
    return u"pending"_s;
}

std::optional<OutboxState> outboxStateFromKey(const QString& key)
{
    for (OutboxState state : {OutboxState::Pending, OutboxState::Sent, OutboxState::Failed}) {
        if (outboxStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

OutboxRepository::OutboxRepository(Database& db)
    : m_db(db)
    , m_applications(std::make_unique<ApplicationRepository>(db))
{}

OutboxRepository::~OutboxRepository() = default;

Result<OutboxEntry> OutboxRepository::enqueue(const Application& application, const QString& kind,
                                              const QString& actor, const QDateTime& now)
{
    Transaction transaction(m_db.connection());
    if (Status begun = transaction.begin(); !begun)
        return begun.error();

    Result<QList<OutboxEntry>> existing =
        select(u"application_id = ? AND kind = ? AND state = ?"_s,
               {application.id, kind, outboxStateKey(OutboxState::Pending)});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        return Error{u"outbox.already-queued"_s,
                     QCoreApplication::translate("Outbox", "This application is already waiting in the "
                                                           "outbox to be sent; it is not queued twice."),
                     application.id};
    }

    Application queued = application;
    queued.status = ApplicationStatus::Queued;
    queued.history.append(StatusChange{ApplicationStatus::Queued, now, {}});
    queued.updatedAt = now;
    if (Status saved = m_applications->saveInTransaction(queued, actor); !saved)
        return saved.error();

    OutboxEntry entry;
    entry.applicationId = queued.id;
    entry.kind = kind;
    entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.payload = writeDossier(queued);
    entry.createdAt = now;
    entry.nextAttemptAt = now;
    entry.state = OutboxState::Pending;

    QSqlQuery insert(m_db.connection());
    const QString operation = u"insert an outbox row"_s;
    if (Status done = prepareQuery(insert,
                                   u"INSERT INTO outbox (application_id, kind, idempotency_key, payload, "
                                   "created_at, attempts, next_attempt_at, last_error, state, receipt) "
                                   "VALUES (?, ?, ?, ?, ?, 0, ?, '', ?, '')"_s,
                                   operation);
        !done)
        return done.error();
    insert.addBindValue(entry.applicationId);
    insert.addBindValue(entry.kind);
    insert.addBindValue(entry.idempotencyKey);
    insert.addBindValue(QString::fromUtf8(entry.payload));
    insert.addBindValue(store::dateTimeValue(entry.createdAt));
    insert.addBindValue(store::dateTimeValue(entry.nextAttemptAt));
    insert.addBindValue(outboxStateKey(entry.state));
    if (Status done = execQuery(insert, operation); !done)
        return done.error();
    insert.finish();

    // The key is unique: read the row back for its id (portable, unlike lastInsertId).
    Result<QList<OutboxEntry>> written = select(u"idempotency_key = ?"_s, {entry.idempotencyKey});
    if (!written)
        return written.error();
    if (written->size() != 1)
        return Error{u"store.query"_s, u"the outbox row just written was not found"_s, {}};
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return written->constFirst();
}

Result<QList<OutboxEntry>> OutboxRepository::pending(const QDateTime& now)
{
    return select(u"state = ? AND next_attempt_at <= ?"_s,
                  {outboxStateKey(OutboxState::Pending), store::dateTimeValue(now)});
}

Status OutboxRepository::markAttempt(qint64 id, const QString& error, const QDateTime& nextAttemptAt)
{
    return update(id, u"attempts = attempts + 1, last_error = ?, next_attempt_at = ?"_s,
                  {store::textValue(error), store::dateTimeValue(nextAttemptAt)},
                  u"record an outbox attempt"_s);
}

Status OutboxRepository::markSent(qint64 id, const QString& receipt, const QDateTime& at)
{
    return update(id, u"attempts = attempts + 1, state = ?, sent_at = ?, receipt = ?, last_error = ''"_s,
                  {outboxStateKey(OutboxState::Sent), store::dateTimeValue(at), store::textValue(receipt)},
                  u"mark an outbox row sent"_s);
}

Status OutboxRepository::markFailed(qint64 id, const QString& error)
{
    return update(id, u"attempts = attempts + 1, state = ?, last_error = ?"_s,
                  {outboxStateKey(OutboxState::Failed), store::textValue(error)},
                  u"mark an outbox row failed"_s);
}

Result<QList<OutboxEntry>> OutboxRepository::forApplication(const QString& applicationId)
{
    return select(u"application_id = ?"_s, {applicationId});
}

Result<OutboxEntry> OutboxRepository::load(qint64 id)
{
    Result<QList<OutboxEntry>> found = select(u"id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return Error{u"store.not-found"_s,
                     QCoreApplication::translate("Outbox", "There is no outbox entry %1.").arg(id),
                     {}};
    }
    return found->constFirst();
}

Result<QList<OutboxEntry>> OutboxRepository::select(const QString& where, const QList<QVariant>& values)
{
    const QString operation = u"read the outbox"_s;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (Status done = prepareQuery(
            query, u"SELECT "_s + kColumns + u" FROM outbox WHERE "_s + where + u" ORDER BY created_at, id"_s,
            operation);
        !done)
        return done.error();
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (Status done = execQuery(query, operation); !done)
        return done.error();
    QList<OutboxEntry> entries;
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.applicationId = store::toText(query.value(1));
        entry.kind = store::toText(query.value(2));
        entry.idempotencyKey = store::toText(query.value(3));
        entry.payload = store::toText(query.value(4)).toUtf8();
        entry.createdAt = store::toDateTime(query.value(5));
        entry.attempts = query.value(6).toInt();
        entry.nextAttemptAt = store::toDateTime(query.value(7));
        entry.lastError = store::toText(query.value(8));
        const QString state = store::toText(query.value(9));
        const std::optional<OutboxState> parsed = outboxStateFromKey(state);
        if (!parsed)
            return store::badKey(u"outbox.state"_s, state);
        entry.state = *parsed;
        entry.sentAt = store::toDateTime(query.value(10));
        entry.receipt = store::toText(query.value(11));
        entries.append(entry);
    }
    return entries;
}

Status OutboxRepository::update(qint64 id, const QString& assignments, const QList<QVariant>& values,
                                const QString& operation)
{
    QSqlQuery query(m_db.connection());
    if (Status done =
            prepareQuery(query, u"UPDATE outbox SET "_s + assignments + u" WHERE id = ?"_s, operation);
        !done)
        return done;
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(id);
    if (Status done = execQuery(query, operation); !done)
        return done;
    if (query.numRowsAffected() == 0) {
        return Error{u"store.not-found"_s,
                     QCoreApplication::translate("Outbox", "There is no outbox entry %1.").arg(id),
                     {}};
    }
    return success();
}

} // namespace icp
