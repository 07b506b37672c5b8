#include "store/ApplicationTables.h"

#include "store/ApplicationSchema.h"
#include "store/Database.h"
#include "store/SqlFailure.h"

using namespace Qt::StringLiterals;
using namespace icp::store;
using namespace icp::store::schema;

namespace icp {

namespace {

Status prepareInto(Database& db, QSqlQuery& query, const QString& sql)
{
    query = QSqlQuery(db.connection());
    return prepareQuery(query, sql, u"prepare the application statements"_s);
}

QString byApplication()
{
    return u"WHERE "_s + owned::applicationId.equalsPlaceholder();
}

} // namespace

ApplicationTables::ApplicationTables(Database& db)
    : m_db(db)
{}

Status ApplicationTables::prepare()
{
    if (m_prepared)
        return success();
    const QString byId = u"WHERE "_s + applications::id.equalsPlaceholder();
    const QString table = applicationRows().table();
    struct Statement
    {
        QSqlQuery* query;
        QString sql;
    };
    const Statement statements[] = {
        {&m_exists, u"SELECT 1 FROM "_s + table + u' ' + byId},
        {&m_upsert, applicationRows().upsertSql(m_db.dialect(), {&applications::id})},
        {&m_remove, u"DELETE FROM "_s + table + u' ' + byId},
    };
    for (const Statement& statement : statements) {
        if (Status done = prepareInto(m_db, *statement.query, statement.sql); !done)
            return done;
    }

    const QString byOrdinal = byApplication() + u" ORDER BY "_s + owned::ordinal.name;
    const QString byWebsite =
        byApplication() + u" ORDER BY "_s + owned::websiteOrdinal.name + u", "_s + owned::ordinal.name;
    struct Rows
    {
        const void* mapper;
        QString insert;
        QString select;
    };
    const Rows rows[] = {
        {&applicationRows(), {}, applicationRows().selectSql(byId)},
        {&personRows(), personRows().insertSql(), personRows().selectSql(byOrdinal)},
        {&websiteRows(), websiteRows().insertSql(), websiteRows().selectSql(byOrdinal)},
        {&domainRows(), domainRows().insertSql(), domainRows().selectSql(byWebsite)},
        {&accessRows(), accessRows().insertSql(), accessRows().selectSql(byWebsite)},
        {&preApprovalRows(), preApprovalRows().insertSql(), preApprovalRows().selectSql(byWebsite)},
        {&documentRows(), documentRows().insertSql(), documentRows().selectSql(byOrdinal)},
        {&statusHistoryRows(), statusHistoryRows().insertSql(), statusHistoryRows().selectSql(byOrdinal)},
    };
    m_inserts.clear();
    m_selects.clear();
    for (const Rows& row : rows) {
        if (!row.insert.isEmpty()) {
            QSqlQuery insert;
            if (Status done = prepareInto(m_db, insert, row.insert); !done)
                return done;
            m_inserts.insert(row.mapper, insert);
        }
        QSqlQuery select(m_db.connection());
        select.setForwardOnly(true);
        if (Status done = prepareQuery(select, row.select, u"load an application"_s); !done)
            return done;
        m_selects.insert(row.mapper, select);
    }

    // Websites cascade to domains, access and pre_approvals.
    m_deleteOwned.clear();
    for (const QString& owner :
         {personRows().table(), websiteRows().table(), documentRows().table(), statusHistoryRows().table()}) {
        QSqlQuery query;
        if (Status done = prepareInto(m_db, query, u"DELETE FROM "_s + owner + u' ' + byApplication()); !done)
            return done;
        m_deleteOwned.append(query);
    }
    m_prepared = true;
    return success();
}

Result<bool> ApplicationTables::exists(const QString& id)
{
    if (Status done = prepare(); !done)
        return done.error();
    m_exists.bindValue(applications::id.placeholder, id);
    if (Status done = execQuery(m_exists, u"look up an application"_s); !done)
        return done.error();
    const bool found = m_exists.next();
    m_exists.finish();
    return found;
}

Status ApplicationTables::write(const Application& app, bool existed)
{
    if (Status done = prepare(); !done)
        return done;
    applicationRows().bind(m_upsert, app);
    if (Status done = execQuery(m_upsert, u"save an application"_s); !done)
        return done;

    if (existed) {
        for (QSqlQuery& remove : m_deleteOwned) {
            remove.bindValue(owned::applicationId.placeholder, app.id);
            if (Status done = execQuery(remove, u"replace the rows of an application"_s); !done)
                return done;
        }
    }
    if (Status done = writeRows(personRows(), app.persons, app.id, -1, u"save a person"_s); !done)
        return done;
    if (Status done = writeWebsites(app); !done)
        return done;
    if (Status done = writeRows(documentRows(), app.documents, app.id, -1, u"save a document"_s); !done)
        return done;
    return writeRows(statusHistoryRows(), app.history, app.id, -1, u"save the status history"_s);
}

// `websiteOrdinal` is the owning website's place for the rows of a website, else -1.
template <typename Row>
Status ApplicationTables::writeRows(const RowMapper<Row>& rows, const QList<Row>& list,
                                    const QString& applicationId, int websiteOrdinal,
                                    const QString& operation)
{
    QSqlQuery& q = m_inserts[&rows];
    for (qsizetype i = 0; i < list.size(); ++i) {
        q.bindValue(owned::applicationId.placeholder, applicationId);
        if (websiteOrdinal >= 0)
            q.bindValue(owned::websiteOrdinal.placeholder, websiteOrdinal);
        q.bindValue(owned::ordinal.placeholder, int(i));
        rows.bind(q, list.at(i));
        if (Status done = execQuery(q, operation); !done)
            return done;
    }
    return success();
}

Status ApplicationTables::writeWebsites(const Application& app)
{
    if (Status done = writeRows(websiteRows(), app.websites, app.id, -1, u"save a website"_s); !done)
        return done;
    for (qsizetype w = 0; w < app.websites.size(); ++w) {
        const Website& site = app.websites.at(w);
        if (Status done = writeRows(domainRows(), site.domains, app.id, int(w), u"save a domain"_s); !done)
            return done;
        if (Status done = writeRows(accessRows(), site.access, app.id, int(w), u"save an access record"_s);
            !done)
            return done;
        if (Status done =
                writeRows(preApprovalRows(), site.preApprovals, app.id, int(w), u"save a pre-approval"_s);
            !done)
            return done;
    }
    return success();
}

Result<bool> ApplicationTables::remove(const QString& id)
{
    if (Status done = prepare(); !done)
        return done.error();
    m_remove.bindValue(applications::id.placeholder, id);
    if (Status done = execQuery(m_remove, u"remove an application"_s); !done)
        return done.error();
    return m_remove.numRowsAffected() > 0;
}

} // namespace icp
