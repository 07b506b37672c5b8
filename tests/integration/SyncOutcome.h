#pragma once

// What the fault and kill tests expect a finished sync to leave in the client's database.
#include "domain/Application.h"
#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"

#include <QString>

namespace icp::test {

using namespace Qt::StringLiterals;

// Application `id` went out exactly once: its one outbox row is sent, and after the pull
// its history holds the backend's receipt exactly once (a replayed request must not add
// a second). Returns an empty string, or what differs.
inline QString sentOnceWithOneReceipt(Database& db, const QString& id)
{
    const Result<QList<OutboxEntry>> rows = OutboxRepository(db).forApplication(id);
    if (!rows)
        return rows.error().message;
    if (rows->size() != 1)
        return u"%1: %2 outbox rows instead of one"_s.arg(id).arg(rows->size());
    if (rows->constFirst().state != OutboxState::Sent)
        return id + u": the outbox row is not sent"_s;
    const Result<Application> app = ApplicationRepository(db).load(id);
    if (!app)
        return app.error().message;
    int received = 0;
    for (const StatusChange& h : app->history)
        received += h.note.startsWith(u"receipt "_s) ? 1 : 0;
    if (received != 1)
        return u"%1: %2 receipts in the history instead of one"_s.arg(id).arg(received);
    return {};
}

} // namespace icp::test
