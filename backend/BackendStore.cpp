#include "BackendStore.h"

#include "store/Database.h"
#include "store/SqlFailure.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace icp::backend {

namespace {

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant& v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

QByteArray jsonText(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QByteArray jsonText(const QJsonObject& o)
{
    return o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Prepares, binds positionally and executes; the query is returned for reading.
Result<QSqlQuery> run(Database& db, const QString& sql, const QVariantList& binds, const QString& what)
{
    QSqlQuery q(db.connection());
    if (Status s = prepareQuery(q, sql, what); !s)
        return s.error();
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status s = execQuery(q, what); !s)
        return s.error();
    return q;
}

} // namespace

Result<Application> storedApplication(const QByteArray& dossier)
{
    const QJsonObject root = QJsonDocument::fromJson(dossier).object();
    JsonProblems problems;
    Application app =
        Application::fromJson(root.value(u"application"_s).toObject(), u"$.application"_s, problems);
    if (!problems.isEmpty())
        return problems.errors().constFirst();
    return app;
}

BackendStore::BackendStore(std::unique_ptr<Database> db, QString dataDir)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
{}

BackendStore::~BackendStore() = default;

Result<std::unique_ptr<BackendStore>> BackendStore::open(const QString& dataDir)
{
    if (!QDir().mkpath(dataDir + u"/blobs"_s) || !QDir().mkpath(dataDir + u"/uploads"_s))
        return Error{u"backend.data-dir"_s, u"cannot create "_s + dataDir, dataDir};
    // The application database's pragmas (WAL, busy timeout) without its schema.
    auto db = Database::openSqlite(dataDir + u"/backend.sqlite"_s, DatabaseOptions{.migrate = false});
    if (!db)
        return db.error();
    std::unique_ptr<BackendStore> store(new BackendStore(std::move(db).value(), dataDir));
    if (Status s = store->createSchema(); !s)
        return s.error();
    return store;
}

Status BackendStore::createSchema()
{
    const QStringList ddl = {
        u"CREATE TABLE IF NOT EXISTS tokens (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
        "hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS applications (token_id INTEGER NOT NULL, id TEXT NOT NULL, "
        "dossier TEXT NOT NULL, status TEXT NOT NULL, cause TEXT NOT NULL DEFAULT '', "
        "revision INTEGER NOT NULL, receipt TEXT NOT NULL DEFAULT '', submitted_at TEXT, "
        "next_at INTEGER NOT NULL DEFAULT 0, sms_deadline TEXT, rejections TEXT NOT NULL DEFAULT '[]', "
        "numbers TEXT, updated_at TEXT, PRIMARY KEY (token_id, id))"_s,
        u"CREATE INDEX IF NOT EXISTS applications_next ON applications (next_at) WHERE next_at > 0"_s,
        u"CREATE TABLE IF NOT EXISTS history (token_id INTEGER NOT NULL, application_id TEXT NOT NULL, "
        "ordinal INTEGER NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', "
        "PRIMARY KEY (token_id, application_id, ordinal))"_s,
        u"CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "token_id INTEGER NOT NULL, application_id TEXT NOT NULL, payload TEXT NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS changes_token ON changes (token_id, seq)"_s,
        u"CREATE TABLE IF NOT EXISTS idempotency (token_id INTEGER NOT NULL, key TEXT NOT NULL, "
        "fingerprint TEXT NOT NULL, status INTEGER NOT NULL, content_type TEXT NOT NULL, body BLOB, "
        "created_at TEXT NOT NULL, PRIMARY KEY (token_id, key))"_s,
        u"CREATE TABLE IF NOT EXISTS documents (token_id INTEGER NOT NULL, sha256 TEXT NOT NULL, "
        "size INTEGER NOT NULL, mime_type TEXT NOT NULL, file_name TEXT NOT NULL, fields TEXT NOT NULL, "
        "PRIMARY KEY (token_id, sha256))"_s,
        u"CREATE TABLE IF NOT EXISTS uploads (id TEXT PRIMARY KEY, token_id INTEGER NOT NULL, "
        "sha256 TEXT NOT NULL, size INTEGER NOT NULL, received INTEGER NOT NULL, mime_type TEXT NOT NULL, "
        "file_name TEXT NOT NULL, fields TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS entities (certificate_number TEXT PRIMARY KEY, "
        "entity_number TEXT NOT NULL, next_site INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS serials (province_code INTEGER NOT NULL, year INTEGER NOT NULL, "
        "kind TEXT NOT NULL, next INTEGER NOT NULL, PRIMARY KEY (province_code, year, kind))"_s,
    };
    for (const QString& sql : ddl) {
        if (Status s = execStatement(m_db->connection(), sql, u"create backend schema"_s); !s)
            return s;
    }
    return success();
}

QString BackendStore::blobPath(const QString& sha256) const
{
    return m_dataDir + u"/blobs/"_s + sha256;
}

QString BackendStore::partPath(const QString& uploadId) const
{
    return m_dataDir + u"/uploads/"_s + uploadId + u".part"_s;
}

Result<QString> BackendStore::addToken(const QString& name)
{
    // 32 random bytes: a guess is hopeless, so an unsalted SHA-256 is a sufficient hash.
    QByteArray raw(32, '\0');
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    const QString token = u"icpb_"_s + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding |
                                                                        QByteArray::OmitTrailingEquals));
    const QByteArray hash = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
    auto q = run(*m_db, u"INSERT INTO tokens (name, hash, created_at) VALUES (?, ?, ?)"_s,
                 {name, QString::fromLatin1(hash), isoUtc(QDateTime::currentDateTimeUtc())}, u"add token"_s);
    if (!q)
        return q.error();
    return token;
}

std::optional<int> BackendStore::tokenIdForHash(const QByteArray& sha256Hex)
{
    auto q = run(*m_db, u"SELECT id FROM tokens WHERE hash = ?"_s, {QString::fromLatin1(sha256Hex)},
                 u"find token"_s);
    if (!q || !q.value().next())
        return std::nullopt;
    return q.value().value(0).toInt();
}

std::optional<StoredResponse> BackendStore::storedResponse(int tokenId, const QByteArray& key)
{
    auto q = run(
        *m_db,
        u"SELECT fingerprint, status, content_type, body FROM idempotency WHERE token_id = ? AND key = ?"_s,
        {tokenId, QString::fromLatin1(key)}, u"find idempotent answer"_s);
    if (!q || !q.value().next())
        return std::nullopt;
    QSqlQuery& r = q.value();
    return StoredResponse{r.value(0).toString().toLatin1(), r.value(1).toInt(),
                          r.value(2).toString().toLatin1(), r.value(3).toByteArray()};
}

Status BackendStore::storeResponse(int tokenId, const QByteArray& key, const StoredResponse& response)
{
    auto q = run(
        *m_db,
        u"INSERT INTO idempotency (token_id, key, fingerprint, status, content_type, body, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {tokenId, QString::fromLatin1(key), QString::fromLatin1(response.fingerprint), response.status,
         QString::fromLatin1(response.contentType), response.body, isoUtc(QDateTime::currentDateTimeUtc())},
        u"store idempotent answer"_s);
    return q ? success() : Status(q.error());
}

std::optional<StoredApplication> BackendStore::application(int tokenId, const QString& id)
{
    auto q = run(*m_db,
                 u"SELECT dossier, status, cause, revision, receipt, submitted_at, next_at, sms_deadline, "
                 "rejections, numbers, updated_at FROM applications WHERE token_id = ? AND id = ?"_s,
                 {tokenId, id}, u"load application"_s);
    if (!q || !q.value().next())
        return std::nullopt;
    QSqlQuery& r = q.value();
    StoredApplication app;
    app.tokenId = tokenId;
    app.id = id;
    app.dossier = r.value(0).toString().toUtf8();
    app.status = r.value(1).toString();
    app.cause = r.value(2).toString();
    app.revision = r.value(3).toInt();
    app.receipt = r.value(4).toString();
    app.submittedAt = fromIso(r.value(5));
    app.nextAtMs = r.value(6).toLongLong();
    app.smsDeadline = fromIso(r.value(7));
    app.rejections = QJsonDocument::fromJson(r.value(8).toString().toUtf8()).array();
    app.numbers = QJsonDocument::fromJson(r.value(9).toString().toUtf8()).object();
    app.updatedAt = fromIso(r.value(10));
    return app;
}

Status BackendStore::saveApplication(const StoredApplication& app)
{
    auto q =
        run(*m_db,
            u"INSERT OR REPLACE INTO applications (token_id, id, dossier, status, cause, revision, receipt, "
            "submitted_at, next_at, sms_deadline, rejections, numbers, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {app.tokenId, app.id, QString::fromUtf8(app.dossier), app.status, app.cause, app.revision,
             app.receipt, isoUtc(app.submittedAt), app.nextAtMs, isoUtc(app.smsDeadline),
             QString::fromUtf8(jsonText(app.rejections)), QString::fromUtf8(jsonText(app.numbers)),
             isoUtc(app.updatedAt)},
            u"save application"_s);
    return q ? success() : Status(q.error());
}

QJsonArray BackendStore::history(int tokenId, const QString& id)
{
    QJsonArray out;
    auto q = run(
        *m_db,
        u"SELECT status, at, note FROM history WHERE token_id = ? AND application_id = ? ORDER BY ordinal"_s,
        {tokenId, id}, u"load history"_s);
    if (!q)
        return out;
    while (q.value().next()) {
        out.append(QJsonObject{{u"status"_s, q.value().value(0).toString()},
                               {u"at"_s, q.value().value(1).toString()},
                               {u"note"_s, q.value().value(2).toString()}});
    }
    return out;
}

Status BackendStore::transition(StoredApplication& app, const QString& status, const QString& note,
                                const QString& cause)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    app.status = status;
    app.cause = cause;
    app.updatedAt = now;
    if (Status s = saveApplication(app); !s)
        return s;
    auto q = run(*m_db,
                 u"INSERT INTO history (token_id, application_id, ordinal, status, at, note) VALUES (?, ?, "
                 "(SELECT COUNT(*) FROM history WHERE token_id = ? AND application_id = ?), ?, ?, ?)"_s,
                 {app.tokenId, app.id, app.tokenId, app.id, status, isoUtc(now), note}, u"append history"_s);
    if (!q)
        return q.error();
    QJsonObject payload{
        {u"applicationId"_s, app.id}, {u"status"_s, status}, {u"at"_s, isoUtc(now)}, {u"note"_s, note}};
    if (!cause.isEmpty())
        payload.insert(u"cause"_s, cause);
    if (!app.rejections.isEmpty() && (status == "returned"_L1 || status == "authority_rejected"_L1))
        payload.insert(u"rejections"_s, app.rejections);
    if (app.smsDeadline.isValid() && status == "sms_pending"_L1)
        payload.insert(u"smsDeadline"_s, isoUtc(app.smsDeadline));
    if (!app.numbers.isEmpty() && status == "granted"_L1)
        payload.insert(u"numbers"_s, app.numbers);
    if (!app.receipt.isEmpty())
        payload.insert(u"receipt"_s, app.receipt);
    auto c = run(*m_db, u"INSERT INTO changes (token_id, application_id, payload) VALUES (?, ?, ?)"_s,
                 {app.tokenId, app.id, QString::fromUtf8(jsonText(payload))}, u"append change"_s);
    return c ? success() : Status(c.error());
}

QList<BackendStore::Due> BackendStore::dueApplications(qint64 nowMs)
{
    QList<Due> out;
    auto q = run(
        *m_db, u"SELECT token_id, id FROM applications WHERE next_at > 0 AND next_at <= ? ORDER BY next_at"_s,
        {nowMs}, u"due applications"_s);
    if (!q)
        return out;
    while (q.value().next())
        out.append(Due{q.value().value(0).toInt(), q.value().value(1).toString()});
    return out;
}

qint64 BackendStore::lastChangeSeq(int tokenId)
{
    auto q = run(*m_db, u"SELECT COALESCE(MAX(seq), 0) FROM changes WHERE token_id = ?"_s, {tokenId},
                 u"last change"_s);
    return q && q.value().next() ? q.value().value(0).toLongLong() : 0;
}

QList<QJsonObject> BackendStore::changes(int tokenId, qint64 after, int limit, bool* more)
{
    QList<QJsonObject> out;
    auto q =
        run(*m_db, u"SELECT seq, payload FROM changes WHERE token_id = ? AND seq > ? ORDER BY seq LIMIT ?"_s,
            {tokenId, after, limit + 1}, u"read changes"_s);
    *more = false;
    if (!q)
        return out;
    while (q.value().next()) {
        if (out.size() == limit) {
            *more = true;
            break;
        }
        QJsonObject o = QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object();
        o.insert(u"cursor"_s, QString::number(q.value().value(0).toLongLong()));
        out.append(o);
    }
    return out;
}

int BackendStore::countHistory(const QString& status)
{
    auto q = run(*m_db, u"SELECT COUNT(*) FROM history WHERE status = ?"_s, {status}, u"count history"_s);
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

std::optional<StoredDocument> BackendStore::document(int tokenId, const QString& sha256)
{
    auto q =
        run(*m_db,
            u"SELECT size, mime_type, file_name, fields FROM documents WHERE token_id = ? AND sha256 = ?"_s,
            {tokenId, sha256}, u"load document"_s);
    if (!q || !q.value().next())
        return std::nullopt;
    QSqlQuery& r = q.value();
    return StoredDocument{sha256, r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                          QJsonDocument::fromJson(r.value(3).toString().toUtf8()).array()};
}

Status BackendStore::saveDocument(int tokenId, const StoredDocument& doc)
{
    auto q = run(
        *m_db,
        u"INSERT OR REPLACE INTO documents (token_id, sha256, size, mime_type, file_name, fields) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        {tokenId, doc.sha256, doc.size, doc.mimeType, doc.fileName, QString::fromUtf8(jsonText(doc.fields))},
        u"save document"_s);
    return q ? success() : Status(q.error());
}

std::optional<StoredUpload> BackendStore::upload(int tokenId, const QString& id)
{
    auto q = run(*m_db,
                 u"SELECT sha256, size, received, mime_type, file_name, fields FROM uploads "
                 "WHERE token_id = ? AND id = ?"_s,
                 {tokenId, id}, u"load upload"_s);
    if (!q || !q.value().next())
        return std::nullopt;
    QSqlQuery& r = q.value();
    return StoredUpload{id,
                        tokenId,
                        r.value(0).toString(),
                        r.value(1).toLongLong(),
                        r.value(2).toLongLong(),
                        r.value(3).toString(),
                        r.value(4).toString(),
                        QJsonDocument::fromJson(r.value(5).toString().toUtf8()).array()};
}

std::optional<StoredUpload> BackendStore::uploadOf(int tokenId, const QString& sha256, qint64 size)
{
    auto q =
        run(*m_db,
            u"SELECT id FROM uploads WHERE token_id = ? AND sha256 = ? AND size = ? ORDER BY received DESC "
            "LIMIT 1"_s,
            {tokenId, sha256, size}, u"find upload"_s);
    if (!q || !q.value().next())
        return std::nullopt;
    return upload(tokenId, q.value().value(0).toString());
}

Status BackendStore::saveUpload(const StoredUpload& u)
{
    auto q =
        run(*m_db,
            u"INSERT OR REPLACE INTO uploads (id, token_id, sha256, size, received, mime_type, file_name, "
            "fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {u.id, u.tokenId, u.sha256, u.size, u.received, u.mimeType, u.fileName,
             QString::fromUtf8(jsonText(u.fields))},
            u"save upload"_s);
    return q ? success() : Status(q.error());
}

Status BackendStore::removeUpload(const QString& id)
{
    auto q = run(*m_db, u"DELETE FROM uploads WHERE id = ?"_s, {id}, u"remove upload"_s);
    return q ? success() : Status(q.error());
}

Result<QString> BackendStore::entityNumber(const QString& certificateNumber, const QString& abbreviation,
                                           int provinceCode, int year, int* nextSite,
                                           const QString& existingNumber, int firstSite)
{
    auto q = run(*m_db, u"SELECT entity_number, next_site FROM entities WHERE certificate_number = ?"_s,
                 {certificateNumber}, u"find entity number"_s);
    if (!q)
        return q.error();
    if (q.value().next()) {
        *nextSite = q.value().value(1).toInt();
        return q.value().value(0).toString();
    }
    if (!existingNumber.isEmpty()) {
        auto ins = run(
            *m_db, u"INSERT INTO entities (certificate_number, entity_number, next_site) VALUES (?, ?, ?)"_s,
            {certificateNumber, existingNumber, firstSite}, u"record entity number"_s);
        if (!ins)
            return ins.error();
        *nextSite = firstSite;
        return existingNumber;
    }
    auto serial =
        run(*m_db, u"SELECT next FROM serials WHERE province_code = ? AND year = ? AND kind = 'filing'"_s,
            {provinceCode, year}, u"read serial"_s);
    if (!serial)
        return serial.error();
    const int next = serial.value().next() ? serial.value().value(0).toInt() : 1;
    auto upd =
        run(*m_db,
            u"INSERT OR REPLACE INTO serials (province_code, year, kind, next) VALUES (?, ?, 'filing', ?)"_s,
            {provinceCode, year, next + 1}, u"advance serial"_s);
    if (!upd)
        return upd.error();
    // 10 digits: YYYY + 6-digit serial (docs/regulations.md §8, numbers issued since ~2020).
    const QString number = abbreviation + u"ICP备"_s + QString::number(year) +
                           QString::number(next).rightJustified(6, u'0') + u"号"_s;
    auto ins =
        run(*m_db, u"INSERT INTO entities (certificate_number, entity_number, next_site) VALUES (?, ?, 1)"_s,
            {certificateNumber, number}, u"record entity number"_s);
    if (!ins)
        return ins.error();
    *nextSite = 1;
    return number;
}

Status BackendStore::setNextSite(const QString& certificateNumber, int nextSite)
{
    auto q = run(*m_db, u"UPDATE entities SET next_site = ? WHERE certificate_number = ?"_s,
                 {nextSite, certificateNumber}, u"advance site number"_s);
    return q ? success() : Status(q.error());
}

Result<int> BackendStore::nextLicenceSerial(int provinceCode, int year)
{
    auto serial =
        run(*m_db, u"SELECT next FROM serials WHERE province_code = ? AND year = ? AND kind = 'licence'"_s,
            {provinceCode, year}, u"read licence serial"_s);
    if (!serial)
        return serial.error();
    const int next = serial.value().next() ? serial.value().value(0).toInt() : 1;
    auto upd =
        run(*m_db,
            u"INSERT OR REPLACE INTO serials (province_code, year, kind, next) VALUES (?, ?, 'licence', ?)"_s,
            {provinceCode, year, next + 1}, u"advance licence serial"_s);
    if (!upd)
        return upd.error();
    return next;
}

Status BackendStore::begin()
{
    return execStatement(m_db->connection(), u"BEGIN IMMEDIATE"_s, u"begin"_s);
}

Status BackendStore::commit()
{
    return execStatement(m_db->connection(), u"COMMIT"_s, u"commit"_s);
}

void BackendStore::rollback()
{
    (void)execStatement(m_db->connection(), u"ROLLBACK"_s, u"rollback"_s);
}

} // namespace icp::backend
