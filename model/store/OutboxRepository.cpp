#include "store/OutboxRepository.h"

#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "store/Dossier.h"
#include "store/RowMapper.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace icp::store;

namespace icp {

namespace {

namespace outbox {
const Column id{u"id"_s};
const Column applicationId{u"application_id"_s};
const Column kind{u"kind"_s};
const Column idempotencyKey{u"idempotency_key"_s};
const Column payload{u"payload"_s};
const Column createdAt{u"created_at"_s};
const Column attempts{u"attempts"_s};
const Column nextAttemptAt{u"next_attempt_at"_s};
const Column lastError{u"last_error"_s};
const Column state{u"state"_s};
const Column sentAt{u"sent_at"_s};
const Column receipt{u"receipt"_s};
} // namespace outbox

RowMapper<OutboxEntry>::Field stateField()
{
    return {&outbox::state, [](const OutboxEntry& e) { return QVariant(outboxStateKey(e.state)); },
            [](const QVariant& value, OutboxEntry& e, const QString& table) -> Status {
                const QString key = toText(value);
                const std::optional<OutboxState> parsed = outboxStateFromKey(key);
                if (!parsed)
                    return badKey(table + u'.' + outbox::state.name, key);
                e.state = *parsed;
                return success();
            }};
}

// The database numbers the rows (key `id`, read only).
const RowMapper<OutboxEntry>& outboxRows()
{
    using M = RowMapper<OutboxEntry>;
    using namespace outbox;
    static const M rows{
        u"outbox"_s,
        {&id},
        {
            M::text(applicationId, &OutboxEntry::applicationId),
            M::text(kind, &OutboxEntry::kind),
            M::text(idempotencyKey, &OutboxEntry::idempotencyKey),
            M::converted(
                payload, &OutboxEntry::payload, [](const QByteArray& b) { return QString::fromUtf8(b); },
                [](const QVariant& v) { return toText(v).toUtf8(); }),
            M::dateTime(createdAt, &OutboxEntry::createdAt),
            M::plain(attempts, &OutboxEntry::attempts),
            M::dateTime(nextAttemptAt, &OutboxEntry::nextAttemptAt),
            M::text(lastError, &OutboxEntry::lastError),
            stateField(),
            M::dateTime(sentAt, &OutboxEntry::sentAt),
            M::text(receipt, &OutboxEntry::receipt),
        }};
    return rows;
}

Error noEntry(qint64 id)
{
    return Error{u"store.not-found"_s,
                 QCoreApplication::translate("Outbox", "There is no outbox entry %1.").arg(id),
                 {}};
}

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

    Result<QList<OutboxEntry>> existing = select({{&outbox::applicationId, application.id},
                                                  {&outbox::kind, kind},
                                                  {&outbox::state, outboxStateKey(OutboxState::Pending)}});
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
    if (Status done =
            prepareQuery(insert, insertSql(outboxRows().table(), outboxRows().fieldColumns()), operation);
        !done)
        return done.error();
    outboxRows().bind(insert, entry);
    if (Status done = execQuery(insert, operation); !done)
        return done.error();
    insert.finish();

    // The key is unique: read the row back for its id (portable, unlike lastInsertId).
    Result<QList<OutboxEntry>> written = select({{&outbox::idempotencyKey, entry.idempotencyKey}});
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
    return select({{&outbox::state, outboxStateKey(OutboxState::Pending)}},
                  {&outbox::nextAttemptAt, dateTimeValue(now)});
}

Status OutboxRepository::markAttempt(qint64 id, const QString& error, const QDateTime& nextAttemptAt)
{
    return update(
        id, {{&outbox::lastError, textValue(error)}, {&outbox::nextAttemptAt, dateTimeValue(nextAttemptAt)}},
        u"record an outbox attempt"_s);
}

Status OutboxRepository::markSent(qint64 id, const QString& receipt, const QDateTime& at)
{
    return update(id,
                  {{&outbox::state, outboxStateKey(OutboxState::Sent)},
                   {&outbox::sentAt, dateTimeValue(at)},
                   {&outbox::receipt, textValue(receipt)},
                   {&outbox::lastError, u""_s}},
                  u"mark an outbox row sent"_s);
}

Status OutboxRepository::markFailed(qint64 id, const QString& error)
{
    return update(
        id, {{&outbox::state, outboxStateKey(OutboxState::Failed)}, {&outbox::lastError, textValue(error)}},
        u"mark an outbox row failed"_s);
}

Result<QList<OutboxEntry>> OutboxRepository::forApplication(const QString& applicationId)
{
    return select({{&outbox::applicationId, applicationId}});
}

Result<OutboxEntry> OutboxRepository::load(qint64 id)
{
    Result<QList<OutboxEntry>> found = select({{&outbox::id, id}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return noEntry(id);
    return found->constFirst();
}

Result<QList<OutboxEntry>> OutboxRepository::select(const ColumnValues& equal, const ColumnValue& due)
{
    const QString operation = u"read the outbox"_s;
    QStringList conditions;
    for (const auto& [column, value] : equal)
        conditions.append(column->equalsPlaceholder());
    if (due.first)
        conditions.append(due.first->name + u" <= "_s + due.first->placeholder);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (Status done =
            prepareQuery(query,
                         outboxRows().selectSql(u"WHERE "_s + conditions.join(u" AND "_s) + u" ORDER BY "_s +
                                                columnNames({&outbox::createdAt, &outbox::id})),
                         operation);
        !done)
        return done.error();
    for (const auto& [column, value] : equal)
        query.bindValue(column->placeholder, value);
    if (due.first)
        query.bindValue(due.first->placeholder, due.second);
    if (Status done = execQuery(query, operation); !done)
        return done.error();
    QList<OutboxEntry> entries;
    for (RowReader row = outboxRows().reader(query); row.next();) {
        Result<OutboxEntry> entry = outboxRows().read(row);
        if (!entry)
            return entry.error();
        entry.value().id = row.value(outbox::id).toLongLong();
        entries.append(std::move(entry).value());
    }
    return entries;
}

// Every update is one more attempt.
Status OutboxRepository::update(qint64 id, const ColumnValues& assignments, const QString& operation)
{
    QStringList set{outbox::attempts.name + u" = "_s + outbox::attempts.name + u" + 1"_s};
    for (const auto& [column, value] : assignments)
        set.append(column->equalsPlaceholder());
    QSqlQuery query(m_db.connection());
    if (Status done = prepareQuery(query,
                                   u"UPDATE "_s + outboxRows().table() + u" SET "_s + set.join(u", "_s) +
                                       u" WHERE "_s + outbox::id.equalsPlaceholder(),
                                   operation);
        !done)
        return done;
    for (const auto& [column, value] : assignments)
        query.bindValue(column->placeholder, value);
    query.bindValue(outbox::id.placeholder, id);
    if (Status done = execQuery(query, operation); !done)
        return done;
    if (query.numRowsAffected() == 0)
        return noEntry(id);
    return success();
}

} // namespace icp
