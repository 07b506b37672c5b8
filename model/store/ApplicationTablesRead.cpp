// The read half of ApplicationTables (rows → Application); the write half is
// ApplicationTables.cpp.
#include "store/ApplicationSchema.h"
#include "store/ApplicationTables.h"
#include "store/Database.h"
#include "store/SqlFailure.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace icp::store;
using namespace icp::store::schema;

namespace icp {

namespace {

// Ends a reused SELECT however the reading stops, so it holds no read snapshot.
struct FinishOnExit
{
    QSqlQuery& query;
    ~FinishOnExit() { query.finish(); }
};

Error notFound(const QString& id)
{
    return Error{u"store.not-found"_s,
                 QCoreApplication::translate("Store", "There is no application with the id %1.").arg(id), id};
}

// Child rows are written with ordinals 0..n-1; anything else is a damaged database.
Error badOrdinal(const QString& table)
{
    return Error{
        u"store.bad-row"_s,
        QCoreApplication::translate("Store", "The rows of the table %1 are out of order.").arg(table), table};
}

} // namespace

// Loads run for every save of an existing application (to diff it), so thousands of
// times in an import: the SELECTs are prepared once (prepare()) and reused.
Result<QSqlQuery*> ApplicationTables::select(const void* rows, const Column& key, const QString& id)
{
    if (Status done = prepare(); !done)
        return done.error();
    QSqlQuery* query = &m_selects[rows];
    query->bindValue(key.placeholder, id);
    if (Status done = execQuery(*query, u"load an application"_s); !done)
        return done.error();
    return query;
}

Result<Application> ApplicationTables::read(const QString& id)
{
    Result<QSqlQuery*> selected = select(&applicationRows(), applications::id, id);
    if (!selected)
        return selected.error();
    QSqlQuery& q = *selected.value();
    const FinishOnExit finish{q};
    RowReader row = applicationRows().reader(q);
    if (!row.next())
        return notFound(id);
    Result<Application> app = applicationRows().read(row);
    if (!app)
        return app.error();

    Application& a = app.value();
    if (Status done = readRows(personRows(), id, [&a](const RowReader&) { return &a.persons; }); !done)
        return done.error();
    if (Status done = readRows(websiteRows(), id, [&a](const RowReader&) { return &a.websites; }); !done)
        return done.error();
    // Rows of a website name it by its place in the list.
    const auto ofWebsite = [&a](auto member) {
        return [&a, member](const RowReader& r) -> decltype(&(a.websites[0].*member)) {
            const int w = r.value(owned::websiteOrdinal).toInt();
            return w >= 0 && w < a.websites.size() ? &(a.websites[w].*member) : nullptr;
        };
    };
    if (Status done = readRows(domainRows(), id, ofWebsite(&Website::domains)); !done)
        return done.error();
    if (Status done = readRows(accessRows(), id, ofWebsite(&Website::access)); !done)
        return done.error();
    if (Status done = readRows(preApprovalRows(), id, ofWebsite(&Website::preApprovals)); !done)
        return done.error();
    if (Status done = readRows(documentRows(), id, [&a](const RowReader&) { return &a.documents; }); !done)
        return done.error();
    if (Status done = readRows(statusHistoryRows(), id, [&a](const RowReader&) { return &a.history; }); !done)
        return done.error();
    return app;
}

template <typename Row, typename ListOf>
Status ApplicationTables::readRows(const RowMapper<Row>& rows, const QString& id, ListOf listOf)
{
    Result<QSqlQuery*> selected = select(&rows, owned::applicationId, id);
    if (!selected)
        return selected.error();
    QSqlQuery& q = *selected.value();
    const FinishOnExit finish{q};
    RowReader row = rows.reader(q);
    while (row.next()) {
        QList<Row>* list = listOf(row);
        if (!list || row.value(owned::ordinal).toInt() != list->size())
            return badOrdinal(rows.table());
        Result<Row> value = rows.read(row);
        if (!value)
            return value.error();
        list->append(std::move(value).value());
    }
    return success();
}

} // namespace icp
