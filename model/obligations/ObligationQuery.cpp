#include "obligations/ObligationQuery.h"

#include "core/BeijingTime.h"
#include "domain/Enums.h"
#include "store/Database.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// Kinds the "expiring" tiles and the chart's "expiries" count: what lapses by itself.
const QString kExpiryKinds = u"('licence-expiry', 'domain-expiry')"_s;

// Applications waiting on someone else: submitted and not yet decided (docs/regulations.md §11).
const QString kInReviewStatuses =
    u"('queued', 'provider-review', 'identity-check', 'queued-for-authority', 'sms-pending', "
    "'authority-review')"_s;

// The index stores kinds and states by their keys (Obligation.h toKey); back from them.
std::optional<ObligationKind> kindFromKey(const QString& key)
{
    static const QHash<QString, ObligationKind> kinds = [] {
        QHash<QString, ObligationKind> h;
        for (const ObligationKind k :
             {ObligationKind::LicenceExpiry, ObligationKind::LicenceRenewal, ObligationKind::AnnualReport,
              ObligationKind::PsbFiling, ObligationKind::DomainExpiry, ObligationKind::IdExpiry,
              ObligationKind::SmsVerification, ObligationKind::AuthorityReview})
            h.insert(toKey(k), k);
        return h;
    }();
    const auto it = kinds.constFind(key);
    return it == kinds.constEnd() ? std::nullopt : std::optional<ObligationKind>(*it);
}

ObligationState stateFromKey(const QString& key)
{
    for (const ObligationState s :
         {ObligationState::DueSoon, ObligationState::Overdue, ObligationState::Missed})
        if (toKey(s) == key)
            return s;
    return ObligationState::Upcoming;
}

const QString kColumns = u"id, kind, subject, entity, province_code, provider, owner, record_id, due_on, "
                         "due_at, rule, title, note"_s;

// A statement with positional values, or with the values written into it (for the sqlite3 shell).
struct Sql
{
    QString text;
    QVariantList values;

    void add(const QString& fragment, const QVariantList& bound = {})
    {
        text += fragment;
        values += bound;
    }

    QString inlined() const
    {
        QString out;
        qsizetype next = 0;
        for (const QChar c : text) {
            if (c != u'?' || next >= values.size()) {
                out += c;
                continue;
            }
            const QVariant& v = values.at(next++);
            if (v.isNull())
                out += u"NULL"_s;
            else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Bool)
                out += QString::number(v.toInt());
            else
                out += u'\'' + v.toString().replace(u'\'', u"''"_s) + u'\'';
        }
        return out;
    }
};

class Conditions
{
public:
    Conditions(const Dialect& dialect, const QDate& today, const QDateTime& now)
        : m_dialect(dialect)
        , m_today(store::dateValue(today))
        , m_now(store::dateTimeValue(now.toUTC()))
    {}

    // True when late on the day: the due day passed, or the due instant (the SMS window).
    Sql late() const { return {u"(due_on < ? OR (due_at IS NOT NULL AND due_at < ?))"_s, {m_today, m_now}}; }
    QString missed(bool yes) const { return u"missed_when_late = "_s + m_dialect.booleanLiteral(yes); }

    Sql stateExpression() const
    {
        Sql s;
        s.add(u"CASE WHEN "_s);
        const Sql l = late();
        s.add(l.text, l.values);
        s.add(
            u" THEN (CASE WHEN "_s + missed(true) +
                u" THEN 'missed' ELSE 'overdue' END) "
                "WHEN due_soon_from IS NOT NULL AND due_soon_from <= ? THEN 'due-soon' ELSE 'upcoming' END"_s,
            {m_today});
        return s;
    }

    // " WHERE …" (or nothing) for `filter`; the due range only when `withDueRange`.
    Sql where(const ObligationFilter& f, bool withDueRange) const
    {
        Sql s;
        const auto clause = [&s](const QString& text, const QVariantList& values = {}) {
            s.add(s.text.isEmpty() ? u" WHERE "_s : u" AND "_s);
            s.add(text, values);
        };
        if (!f.entity.isEmpty())
            clause(u"entity = ?"_s, {f.entity});
        if (f.provinceCode)
            clause(u"province_code = ?"_s, {*f.provinceCode});
        if (!f.provider.isEmpty())
            clause(u"provider = ?"_s, {f.provider});
        if (f.kind)
            clause(u"kind = ?"_s, {toKey(*f.kind)});
        if (!f.owner.isEmpty())
            clause(u"owner = ?"_s, {f.owner});
        if (f.state) {
            const Sql l = late();
            switch (*f.state) {
            case ObligationState::Missed:
                clause(l.text + u" AND "_s + missed(true), l.values);
                break;
            case ObligationState::Overdue:
                clause(l.text + u" AND "_s + missed(false), l.values);
                break;
            case ObligationState::DueSoon:
                clause(u"due_on >= ? AND (due_at IS NULL OR due_at >= ?) AND due_soon_from <= ?"_s,
                       {m_today, m_now, m_today});
                break;
            case ObligationState::Upcoming:
                clause(u"due_on >= ? AND (due_at IS NULL OR due_at >= ?) AND "
                       "(due_soon_from IS NULL OR due_soon_from > ?)"_s,
                       {m_today, m_now, m_today});
                break;
            }
        }
        if (const QString text = f.search.trimmed(); !text.isEmpty()) {
            QString escaped = text;
            escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            const QVariant pattern = QString(u'%' + escaped + u'%');
            const QString like = u' ' + m_dialect.caseInsensitiveLike() + u" ? ESCAPE '\\'"_s;
            clause(u"(subject"_s + like + u" OR entity"_s + like + u" OR title"_s + like + u')',
                   {pattern, pattern, pattern});
        }
        if (withDueRange && f.dueFrom.isValid())
            clause(u"due_on >= ?"_s, {store::dateValue(f.dueFrom)});
        if (withDueRange && f.dueTo.isValid())
            clause(u"due_on <= ?"_s, {store::dateValue(f.dueTo)});
        return s;
    }

private:
    const Dialect& m_dialect;
    QVariant m_today;
    QVariant m_now;
};

QString sortColumn(ObligationSort sort)
{
    switch (sort) {
    case ObligationSort::DueOn:
        return u"due_on"_s;
    case ObligationSort::Kind:
        return u"kind"_s;
    case ObligationSort::Subject:
        return u"subject"_s;
    case ObligationSort::Entity:
        return u"entity"_s;
    case ObligationSort::Province:
        return u"province_code"_s;
    case ObligationSort::Provider:
        return u"provider"_s;
    case ObligationSort::Owner:
        return u"owner"_s;
    }
    return u"due_on"_s;
}

Sql pageSql(const Dialect& dialect, const QDate& today, const QDateTime& now, const ObligationFilter& filter,
            ObligationSort sort, Qt::SortOrder order, int offset, int limit)
{
    const Conditions c(dialect, today, now);
    Sql s;
    s.add(u"SELECT "_s + kColumns + u", "_s);
    const Sql state = c.stateExpression();
    s.add(state.text, state.values);
    s.add(u" FROM obligation_index"_s);
    const Sql where = c.where(filter, true);
    s.add(where.text, where.values);
    const QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    QString orderBy = u" ORDER BY "_s + sortColumn(sort) + direction;
    if (sort != ObligationSort::DueOn)
        orderBy += u", due_on"_s + direction;
    orderBy += u", id"_s + direction;
    s.add(orderBy + u" LIMIT ? OFFSET ?"_s, {limit, offset});
    return s;
}

Status run(QSqlQuery& q, const Sql& sql, const QString& operation)
{
    q.setForwardOnly(true);
    if (Status done = prepareQuery(q, sql.text, operation); !done)
        return done;
    for (qsizetype i = 0; i < sql.values.size(); ++i)
        q.bindValue(int(i), sql.values.at(i));
    return execQuery(q, operation);
}

} // namespace

ObligationQuery::ObligationQuery(Database& db, const QDateTime& now)
    : m_db(db)
    , m_now(now)
    , m_today(beijing::dateOf(now))
{}

Result<int> ObligationQuery::count(const ObligationFilter& filter)
{
    const Conditions c(m_db.dialect(), m_today, m_now);
    Sql s;
    s.add(u"SELECT COUNT(*) FROM obligation_index"_s);
    const Sql where = c.where(filter, true);
    s.add(where.text, where.values);
    QSqlQuery q(m_db.connection());
    if (Status done = run(q, s, u"count obligations"_s); !done)
        return done.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<ObligationRow>> ObligationQuery::page(const ObligationFilter& filter, ObligationSort sort,
                                                   Qt::SortOrder order, int offset, int limit)
{
    const QString operation = u"read a page of obligations"_s;
    QSqlQuery q(m_db.connection());
    if (Status done =
            run(q, pageSql(m_db.dialect(), m_today, m_now, filter, sort, order, offset, limit), operation);
        !done)
        return done.error();
    QList<ObligationRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        ObligationRow r;
        r.id = q.value(0).toString();
        const std::optional<ObligationKind> kind = kindFromKey(q.value(1).toString());
        if (!kind)
            return store::badKey(u"obligation_index.kind"_s, q.value(1).toString());
        r.kind = *kind;
        r.subject = q.value(2).toString();
        r.entity = q.value(3).toString();
        r.provinceCode = q.value(4).toInt();
        r.provider = q.value(5).toString();
        r.owner = q.value(6).toString();
        r.recordId = q.value(7).toString();
        r.dueOn = store::toDate(q.value(8));
        r.dueAt = store::toDateTime(q.value(9));
        r.rule = q.value(10).toString();
        r.title = q.value(11).toString();
        r.note = q.value(12).toString();
        r.state = stateFromKey(q.value(13).toString());
        rows.append(std::move(r));
    }
    return rows;
}

Result<PortfolioCounts> ObligationQuery::counts()
{
    PortfolioCounts counts;
    const QVariant today = store::dateValue(m_today);
    const QString operation = u"count the portfolio"_s;

    // Records in force: active in the registry (not cancelled, revoked or expired by a decision)
    // and not expired on the day (filings do not expire).
    QSqlQuery held(m_db.connection());
    if (Status done = run(held,
                          {u"SELECT COALESCE(SUM(CASE WHEN kind = 'filing' THEN 1 ELSE 0 END), 0), "
                           "COALESCE(SUM(CASE WHEN kind = 'licence' THEN 1 ELSE 0 END), 0) FROM licences "
                           "WHERE status = 'active' AND (expires_on IS NULL OR expires_on >= ?)"_s,
                           {today}},
                          operation);
        !done)
        return done.error();
    if (held.next()) {
        counts.activeFilings = held.value(0).toInt();
        counts.activeLicences = held.value(1).toInt();
    }

    QSqlQuery expiring(m_db.connection());
    if (Status done = run(expiring,
                          {u"SELECT COALESCE(SUM(CASE WHEN due_on <= ? THEN 1 ELSE 0 END), 0), "
                           "COALESCE(SUM(CASE WHEN due_on <= ? THEN 1 ELSE 0 END), 0), COUNT(*) "
                           "FROM obligation_index WHERE kind IN "_s +
                               kExpiryKinds + u" AND due_on >= ? AND due_on <= ?"_s,
                           {store::dateValue(m_today.addDays(30)), store::dateValue(m_today.addDays(60)),
                            today, store::dateValue(m_today.addDays(90))}},
                          operation);
        !done)
        return done.error();
    if (expiring.next()) {
        counts.expiringIn30 = expiring.value(0).toInt();
        counts.expiringIn60 = expiring.value(1).toInt();
        counts.expiringIn90 = expiring.value(2).toInt();
    }

    const Conditions c(m_db.dialect(), m_today, m_now);
    Sql lateSql;
    lateSql.add(u"SELECT COALESCE(SUM(CASE WHEN "_s + c.missed(true) +
                u" THEN 1 ELSE 0 END), 0), COUNT(*) FROM obligation_index WHERE "_s);
    const Sql l = c.late();
    lateSql.add(l.text, l.values);
    QSqlQuery late(m_db.connection());
    if (Status done = run(late, lateSql, operation); !done)
        return done.error();
    if (late.next()) {
        counts.missed = late.value(0).toInt();
        counts.overdue = late.value(1).toInt() - counts.missed;
    }

    // In review since the last submission (the latest 'queued' in the history), else since
    // the application last changed.
    QSqlQuery review(m_db.connection());
    if (Status done = run(review,
                          {u"SELECT COUNT(*), MIN(since) FROM (SELECT COALESCE((SELECT MAX(h.changed_at) "
                           "FROM status_history h WHERE h.application_id = a.id AND h.status = 'queued'), "
                           "a.updated_at) AS since FROM applications a WHERE a.status IN "_s +
                               kInReviewStatuses + u") waiting"_s,
                           {}},
                          operation);
        !done)
        return done.error();
    if (review.next()) {
        counts.applicationsInReview = review.value(0).toInt();
        const QDateTime since = store::toDateTime(review.value(1));
        if (since.isValid())
            counts.oldestReviewDays = int(qMax<qint64>(0, beijing::dateOf(since).daysTo(m_today)));
    }
    return counts;
}

Result<QList<MonthCount>> ObligationQuery::perMonth(const ObligationFilter& filter, int months, int* matching)
{
    const QDate first(m_today.year(), m_today.month(), 1);
    const QDate end = first.addMonths(months);
    const QVariant from = store::dateValue(first);
    const QVariant to = store::dateValue(end);
    const Conditions c(m_db.dialect(), m_today, m_now);
    const Sql where = c.where(filter, false);
    Sql s;
    if (matching) {
        // Every matching row, the ones outside the months in a bucket of their own (NULL).
        s.add(u"SELECT CASE WHEN due_on >= ? AND due_on < ? THEN substr(due_on, 1, 7) END AS month, "
              "COALESCE(SUM(CASE WHEN kind IN "_s +
                  kExpiryKinds + u" THEN 1 ELSE 0 END), 0), COUNT(*) FROM obligation_index"_s,
              {from, to});
        s.add(where.text, where.values);
        // By position: PostgreSQL sees the bound CASE of the SELECT and a repeated one as different.
        s.add(u" GROUP BY 1"_s);
    } else {
        s.add(u"SELECT substr(due_on, 1, 7), COALESCE(SUM(CASE WHEN kind IN "_s + kExpiryKinds +
              u" THEN 1 ELSE 0 END), 0), COUNT(*) FROM obligation_index"_s);
        s.add(where.text, where.values);
        s.add(where.text.isEmpty() ? u" WHERE "_s : u" AND "_s);
        s.add(u"due_on >= ? AND due_on < ? GROUP BY substr(due_on, 1, 7)"_s, {from, to});
    }
    QSqlQuery q(m_db.connection());
    if (Status done = run(q, s, u"count obligations per month"_s); !done)
        return done.error();
    QList<MonthCount> result;
    for (int i = 0; i < months; ++i)
        result.append(MonthCount{first.addMonths(i), 0, 0});
    int total = 0;
    while (q.next()) {
        total += q.value(2).toInt();
        if (q.value(0).isNull())
            continue;
        const QDate month = QDate::fromString(q.value(0).toString() + u"-01"_s, Qt::ISODate);
        const int at = (month.year() - first.year()) * 12 + month.month() - first.month();
        if (at < 0 || at >= months)
            continue;
        result[at].expiries = q.value(1).toInt();
        result[at].deadlines = q.value(2).toInt() - result[at].expiries;
    }
    if (matching)
        *matching = total;
    return result;
}

Result<QStringList> ObligationQuery::distinct(const QString& column)
{
    QSqlQuery q(m_db.connection());
    if (Status done = run(q,
                          {u"SELECT DISTINCT "_s + column + u" FROM obligation_index WHERE "_s + column +
                               u" <> '' ORDER BY "_s + column,
                           {}},
                          u"list the filter values"_s);
        !done)
        return done.error();
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

Result<QStringList> ObligationQuery::entities()
{
    return distinct(u"entity"_s);
}

Result<QStringList> ObligationQuery::providers()
{
    return distinct(u"provider"_s);
}

Result<QStringList> ObligationQuery::owners()
{
    return distinct(u"owner"_s);
}

Result<QList<int>> ObligationQuery::provinceCodes()
{
    QSqlQuery q(m_db.connection());
    if (Status done = run(q,
                          {u"SELECT DISTINCT province_code FROM obligation_index WHERE province_code <> 0 "
                           "ORDER BY province_code"_s,
                           {}},
                          u"list the filter values"_s);
        !done)
        return done.error();
    QList<int> codes;
    while (q.next())
        codes.append(q.value(0).toInt());
    return codes;
}

QString obligationPageSqlForShell(const ObligationFilter& filter, const QDateTime& now, int limit)
{
    const Dialect sqlite(Dialect::Backend::Sqlite);
    return pageSql(sqlite, beijing::dateOf(now), now, filter, ObligationSort::DueOn, Qt::AscendingOrder, 0,
                   limit)
        .inlined();
}

} // namespace icp
