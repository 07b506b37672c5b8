#include "Api.h"

#include "BackendStore.h"
#include "Rejections.h"
#include "core/BeijingTime.h"
#include "store/Dossier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace icp::backend {

namespace {

constexpr int kMaxChanges = 500;
constexpr qint64 kMaxDocumentSize = 50LL * 1024 * 1024;

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString isoOrNull(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

bool isSha256Hex(const QString& s)
{
    static const QRegularExpression re(u"^[0-9a-f]{64}$"_s);
    return re.match(s).hasMatch();
}

// Statuses after which the dossier can no longer change (docs/regulations.md §2.3: nothing
// can be edited once submitted, until it comes back).
bool isLocked(const QString& status)
{
    static const QStringList locked = {u"received"_s,    u"provider_review"_s,  u"identity_check"_s,
                                       u"sms_pending"_s, u"authority_review"_s, u"granted"_s};
    return locked.contains(status);
}

bool canSubmit(const QString& status)
{
    return status == "draft"_L1 || status == "returned"_L1 || status == "authority_rejected"_L1 ||
           status == "withdrawn"_L1 || status == "expired_order"_L1;
}

// Withdrawal only before the provider hands the order to the authority (§2.3).
bool canWithdraw(const QString& status)
{
    return status == "draft"_L1 || status == "received"_L1 || status == "provider_review"_L1 ||
           status == "identity_check"_L1 || status == "returned"_L1;
}

ApiResponse notFound(const QString& id)
{
    return problem(404, u"application.not-found"_s, u"No such application"_s,
                   u"There is no application %1 for this token."_s.arg(id));
}

QJsonObject parseObject(const QByteArray& body, bool* ok)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

ApiResponse malformed(const QString& detail)
{
    return problem(400, u"request.malformed"_s, u"Malformed request"_s, detail);
}

} // namespace

Api::Api(BackendStore& store, const BackendOptions& options, ServerStats& stats)
    : m_store(store)
    , m_options(options)
    , m_stats(stats)
{}

QDate Api::asOf() const
{
    return m_options.asOf.isValid() ? m_options.asOf : beijing::today(); // the authority's day
}

ApiResponse Api::handle(const ApiRequest& request)
{
    if (!request.path.startsWith(u"/v1/"_s))
        return problem(404, u"route.not-found"_s, u"Not found"_s, u"Paths start with /v1/."_s);

    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer ") || auth.size() <= 7) {
        ApiResponse r = problem(401, u"auth.missing"_s, u"Authentication required"_s,
                                u"Send Authorization: Bearer <token>."_s);
        r.extraHeaders.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"icp-backend\"")));
        return r;
    }
    const QByteArray hash =
        QCryptographicHash::hash(auth.mid(7).trimmed(), QCryptographicHash::Sha256).toHex();
    const std::optional<int> tokenId = m_store.tokenIdForHash(hash);
    if (!tokenId) {
        ApiResponse r =
            problem(401, u"auth.invalid"_s, u"Invalid token"_s, u"The bearer token is not known."_s);
        r.extraHeaders.append(qMakePair(QByteArray("WWW-Authenticate"),
                                        QByteArray("Bearer realm=\"icp-backend\", error=\"invalid_token\"")));
        return r;
    }
    Call call{request, *tokenId, request.path.mid(4).split(u'/')};
    if (request.isMutating())
        return mutate(call);
    if (std::optional<ApiResponse> r = route(call))
        return *r;
    return problem(404, u"route.not-found"_s, u"Not found"_s, u"No route for %1."_s.arg(request.path));
}

// Every mutating call: the Idempotency-Key makes a repeat the same call. Its effect and
// its answer commit together, so a repeat after a lost answer replays that answer.
ApiResponse Api::mutate(const Call& call)
{
    const QByteArray key = call.request.header("idempotency-key");
    if (key.isEmpty() || key.size() > 200) {
        return problem(400, u"idempotency.key-missing"_s, u"Idempotency-Key required"_s,
                       u"Every PUT, POST and DELETE needs an Idempotency-Key header (1–200 characters)."_s);
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray(call.request.method + ' ' + call.request.path.toUtf8() + '?' +
                         call.request.query.toString(QUrl::FullyEncoded).toUtf8() + '\n'));
    h.addData(call.request.body);
    const QByteArray fingerprint = h.result().toHex();

    m_pendingApplied.clear();
    if (Status s = m_store.begin(); !s)
        return problem(503, u"server.busy"_s, u"Database busy"_s, s.error().message);
    if (const std::optional<StoredResponse> stored = m_store.storedResponse(call.tokenId, key)) {
        m_store.rollback();
        if (stored->fingerprint != fingerprint) {
            return problem(422, u"idempotency.key-reused"_s, u"Idempotency-Key reused"_s,
                           u"This key was already used for a different request."_s);
        }
        ++m_stats.replays;
        ApiResponse r{stored->status, stored->contentType, stored->body, {{"Idempotent-Replayed", "true"}}};
        return r;
    }
    std::optional<ApiResponse> response = route(call);
    if (!response)
        response =
            problem(404, u"route.not-found"_s, u"Not found"_s, u"No route for %1."_s.arg(call.request.path));
    if (response->status >= 500) {
        m_store.rollback();
        return *response;
    }
    if (Status s = m_store.storeResponse(
            call.tokenId, key, {fingerprint, response->status, response->contentType, response->body});
        !s) {
        m_store.rollback();
        return problem(500, u"server.error"_s, u"Internal error"_s, s.error().message);
    }
    if (Status s = m_store.commit(); !s) {
        m_store.rollback();
        return problem(503, u"server.busy"_s, u"Database busy"_s, s.error().message);
    }
    for (auto it = m_pendingApplied.constBegin(); it != m_pendingApplied.constEnd(); ++it)
        m_stats.applied[it.key()] += it.value();
    m_pendingApplied.clear();
    return *response;
}

std::optional<ApiResponse> Api::route(const Call& call)
{
    const QStringList& s = call.segments;
    const QByteArray& m = call.request.method;
    const auto methodNotAllowed = [] {
        return problem(405, u"method.not-allowed"_s, u"Method not allowed"_s);
    };
    if (s.size() == 1 && s[0] == "ping"_L1)
        return m == "GET" ? ping(call) : methodNotAllowed();
    if (s.size() == 2 && s[0] == "admin"_L1 && s[1] == "stats"_L1)
        return m == "GET" ? stats(call) : methodNotAllowed();
    if (s.size() == 1 && s[0] == "changes"_L1)
        return m == "GET" ? changes(call) : methodNotAllowed();
    if (s.size() == 2 && s[0] == "applications"_L1 && !s[1].isEmpty()) {
        if (m == "PUT")
            return putApplication(call, s[1]);
        return m == "GET" ? getApplication(call, s[1]) : methodNotAllowed();
    }
    if (s.size() == 3 && s[0] == "applications"_L1 && s[2] == "submit"_L1)
        return m == "POST" ? submit(call, s[1]) : methodNotAllowed();
    if (s.size() == 3 && s[0] == "applications"_L1 && s[2] == "withdraw"_L1)
        return m == "POST" ? withdraw(call, s[1]) : methodNotAllowed();
    if (s.size() == 1 && s[0] == "uploads"_L1)
        return m == "POST" ? createUpload(call) : methodNotAllowed();
    if (s.size() == 2 && s[0] == "uploads"_L1) {
        if (m == "PUT")
            return uploadChunk(call, s[1]);
        return m == "GET" ? uploadStatus(call, s[1]) : methodNotAllowed();
    }
    if (s.size() == 3 && s[0] == "uploads"_L1 && s[2] == "complete"_L1)
        return m == "POST" ? completeUpload(call, s[1]) : methodNotAllowed();
    if (s.size() == 2 && s[0] == "documents"_L1)
        return m == "GET" ? getDocument(call, s[1]) : methodNotAllowed();
    return std::nullopt;
}

ApiResponse Api::ping(const Call&)
{
    return ApiResponse::json(200, {{u"ok"_s, true}, {u"api"_s, u"v1"_s}, {u"time"_s, nowIso()}});
}

ApiResponse Api::stats(const Call&)
{
    QJsonObject faults;
    for (auto it = m_stats.faults.begin(); it != m_stats.faults.end(); ++it)
        faults.insert(it.key(), it.value());
    QJsonObject applied;
    for (auto it = m_stats.applied.begin(); it != m_stats.applied.end(); ++it)
        applied.insert(it.key(), it.value());
    return ApiResponse::json(200, {{u"requests"_s, m_stats.requests},
                                   {u"faults"_s, faults},
                                   {u"replays"_s, m_stats.replays},
                                   {u"applied"_s, applied},
                                   {u"receivedHistoryRows"_s, m_store.countHistory(u"received"_s)}});
}

ApiResponse Api::putApplication(const Call& call, const QString& id)
{
    QList<DossierProblem> problems;
    const Result<Dossier> dossier = readDossier(call.request.body, u"request body"_s, &problems);
    if (!dossier) {
        QList<FieldError> errors;
        for (const DossierProblem& p : problems)
            errors.append({p.path, p.code, p.message});
        if (errors.isEmpty())
            errors.append({u"$"_s, dossier.error().code, dossier.error().message});
        return problem(422, u"dossier.invalid"_s, u"Invalid dossier"_s,
                       u"The body is not a valid icp-dossier (docs/dossier.md)."_s, errors);
    }
    if (dossier->application.id != id) {
        return problem(422, u"application.id-mismatch"_s, u"Application id mismatch"_s,
                       u"The dossier's application.id differs from the id in the path."_s,
                       {{u"$.application.id"_s, u"application.id-mismatch"_s, u"expected "_s + id}});
    }
    std::optional<StoredApplication> existing = m_store.application(call.tokenId, id);
    if (existing && isLocked(existing->status)) {
        return problem(
            409, u"application.locked"_s, u"Application locked"_s,
            u"The application is under review (%1) and cannot be replaced."_s.arg(existing->status));
    }
    StoredApplication app = existing.value_or(StoredApplication{});
    app.tokenId = call.tokenId;
    app.id = id;
    app.dossier = call.request.body;
    app.revision += 1;
    app.updatedAt = QDateTime::currentDateTimeUtc();
    const bool created = !existing;
    if (created)
        app.status = u"draft"_s;
    if (Status s = m_store.saveApplication(app); !s)
        return problem(500, u"server.error"_s, u"Internal error"_s, s.error().message);
    count(u"put"_s);
    return ApiResponse::json(created ? 201 : 200,
                             {{u"id"_s, id}, {u"status"_s, app.status}, {u"revision"_s, app.revision}});
}

ApiResponse Api::submit(const Call& call, const QString& id)
{
    std::optional<StoredApplication> app = m_store.application(call.tokenId, id);
    if (!app)
        return notFound(id);
    if (!canSubmit(app->status)) {
        return problem(
            409, u"application.state"_s, u"Cannot submit now"_s,
            u"The application is %1; only draft, returned or rejected applications can be submitted."_s.arg(
                app->status));
    }
    const Result<Application> stored = storedApplication(app->dossier);
    if (!stored)
        return problem(500, u"server.error"_s, u"Internal error"_s, stored.error().message);
    if (std::optional<ApiResponse> missing = missingDocuments(call, stored.value()))
        return *missing;

    app->receipt = u"rcpt-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    app->submittedAt = QDateTime::currentDateTimeUtc();
    app->smsDeadline = {};
    app->numbers = {};
    app->rejections = blockingRejections(stored.value(), asOf());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    app->nextAtMs = app->rejections.isEmpty() ? now + m_options.stepMs : 0;
    if (Status s = m_store.transition(*app, u"received"_s, u"receipt "_s + app->receipt); !s)
        return problem(500, u"server.error"_s, u"Internal error"_s, s.error().message);
    if (!app->rejections.isEmpty()) {
        // The provider's review re-runs the rules: blocking findings return it at once.
        const QString note = u"%1 blocking finding(s)"_s.arg(app->rejections.size());
        if (Status s = m_store.transition(*app, u"returned"_s, note, u"rules"_s); !s)
            return problem(500, u"server.error"_s, u"Internal error"_s, s.error().message);
    }
    count(u"submit"_s);
    return ApiResponse::json(202, {{u"id"_s, id},
                                   {u"status"_s, app->status},
                                   {u"receipt"_s, app->receipt},
                                   {u"receivedAt"_s, isoOrNull(app->submittedAt)},
                                   {u"rejections"_s, app->rejections}});
}

// The provider reviews the documents with the form: a dossier that refers to bytes this
// token never uploaded (documents[].sha256) cannot be submitted. Every such document is
// listed, as fieldErrors and as "documents" (docs/api.md "Documents").
std::optional<ApiResponse> Api::missingDocuments(const Call& call, const Application& app)
{
    QList<FieldError> errors;
    QJsonArray documents;
    QSet<QString> seen;
    for (qsizetype i = 0; i < app.documents.size(); ++i) {
        const Document& d = app.documents[i];
        const QString sha = d.sha256.toLower();
        if (m_store.document(call.tokenId, sha))
            continue;
        errors.append({u"$.application.documents[%1].sha256"_s.arg(i), u"document.missing"_s,
                       u"%1 (%2) was never uploaded"_s.arg(d.fileName, toKey(d.kind))});
        if (!seen.contains(sha)) {
            seen.insert(sha);
            documents.append(QJsonObject{{u"sha256"_s, sha}, {u"fileName"_s, d.fileName}});
        }
    }
    if (errors.isEmpty())
        return std::nullopt;
    return problem(422, u"document.missing"_s, u"Documents missing"_s,
                   u"%1 document(s) of the dossier were never uploaded: upload them (POST /v1/uploads), "
                   "then submit again with a new Idempotency-Key."_s.arg(documents.size()),
                   errors, {{u"documents"_s, documents}});
}

ApiResponse Api::withdraw(const Call& call, const QString& id)
{
    std::optional<StoredApplication> app = m_store.application(call.tokenId, id);
    if (!app)
        return notFound(id);
    if (!canWithdraw(app->status)) {
        return problem(409, u"application.not-withdrawable"_s, u"Cannot withdraw"_s,
                       u"The application is %1: it can no longer be withdrawn."_s.arg(app->status));
    }
    app->nextAtMs = 0;
    if (Status s = m_store.transition(*app, u"withdrawn"_s, u"withdrawn by the applicant"_s); !s)
        return problem(500, u"server.error"_s, u"Internal error"_s, s.error().message);
    count(u"withdraw"_s);
    return ApiResponse::json(200, {{u"id"_s, id}, {u"status"_s, app->status}});
}

ApiResponse Api::getApplication(const Call& call, const QString& id)
{
    std::optional<StoredApplication> app = m_store.application(call.tokenId, id);
    if (!app)
        return notFound(id);
    QJsonObject o{{u"id"_s, id},
                  {u"status"_s, app->status},
                  {u"revision"_s, app->revision},
                  {u"receipt"_s, app->receipt},
                  {u"history"_s, m_store.history(call.tokenId, id)},
                  {u"rejections"_s, app->rejections}};
    if (!app->cause.isEmpty())
        o.insert(u"cause"_s, app->cause);
    o.insert(u"submittedAt"_s,
             app->submittedAt.isValid() ? QJsonValue(isoOrNull(app->submittedAt)) : QJsonValue());
    o.insert(u"smsDeadline"_s,
             app->smsDeadline.isValid() ? QJsonValue(isoOrNull(app->smsDeadline)) : QJsonValue());
    o.insert(u"numbers"_s, app->numbers.isEmpty() ? QJsonValue() : QJsonValue(app->numbers));
    return ApiResponse::json(200, o);
}

ApiResponse Api::changes(const Call& call)
{
    bool ok = true;
    const QString afterText = call.request.query.queryItemValue(u"after"_s);
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&ok);
    if (!ok || after < 0)
        return problem(400, u"request.cursor"_s, u"Bad cursor"_s,
                       u"'after' is a cursor this server returned."_s);
    const QString limitText = call.request.query.queryItemValue(u"limit"_s);
    int limit = limitText.isEmpty() ? 100 : limitText.toInt(&ok);
    if (!ok || limit < 1)
        return malformed(u"'limit' is a positive whole number."_s);
    limit = std::min(limit, kMaxChanges);
    bool more = false;
    const QList<QJsonObject> list = m_store.changes(call.tokenId, after, limit, &more);
    QJsonArray array;
    for (const QJsonObject& o : list)
        array.append(o);
    const QString cursor =
        list.isEmpty() ? QString::number(after) : list.last().value(u"cursor"_s).toString();
    return ApiResponse::json(200, {{u"changes"_s, array}, {u"cursor"_s, cursor}, {u"more"_s, more}});
}

ApiResponse Api::createUpload(const Call& call)
{
    bool ok = false;
    const QJsonObject body = parseObject(call.request.body, &ok);
    if (!ok)
        return malformed(u"The body is a JSON object."_s);
    const QString sha = body.value(u"sha256"_s).toString().toLower();
    const qint64 size = body.value(u"size"_s).toInteger(-1);
    const QJsonArray fields = body.value(u"fields"_s).toArray();
    QList<FieldError> errors;
    if (!isSha256Hex(sha))
        errors.append({u"sha256"_s, u"upload.sha256"_s, u"64 lower-case hex digits"_s});
    if (size < 0 || size > kMaxDocumentSize)
        errors.append({u"size"_s, u"upload.size"_s, u"0 to 50 MiB"_s});
    if (fields.isEmpty())
        errors.append({u"fields"_s, u"upload.fields"_s, u"the dossier fields this document evidences"_s});
    for (const QJsonValue& f : fields) {
        if (!f.isString() || f.toString().isEmpty())
            errors.append({u"fields"_s, u"upload.fields"_s, u"field paths are non-empty strings"_s});
    }
    if (!errors.isEmpty())
        return problem(422, u"upload.invalid"_s, u"Invalid upload"_s, {}, errors);

    // One document can serve several fields: an existing one gains the new fields.
    if (std::optional<StoredDocument> doc = m_store.document(call.tokenId, sha)) {
        for (const QJsonValue& f : fields) {
            if (!doc->fields.contains(f))
                doc->fields.append(f);
        }
        if (Status s = m_store.saveDocument(call.tokenId, *doc); !s)
            return problem(500, u"server.error"_s, u"Internal error"_s, s.error().message);
        count(u"announced"_s);
        return ApiResponse::json(200, {{u"documentId"_s, sha},
                                       {u"complete"_s, true},
                                       {u"offset"_s, doc->size},
                                       {u"size"_s, doc->size},
                                       {u"fields"_s, doc->fields}});
    }
    // The same bytes are being uploaded already (another application of this token, or
    // an attempt that gave up): continue that upload instead of receiving them twice.
    if (std::optional<StoredUpload> running = m_store.uploadOf(call.tokenId, sha, size)) {
        for (const QJsonValue& f : fields) {
            if (!running->fields.contains(f))
                running->fields.append(f);
        }
        if (Status s = m_store.saveUpload(*running); !s)
            return problem(500, u"server.error"_s, u"Internal error"_s, s.error().message);
        count(u"joined"_s);
        return ApiResponse::json(200, {{u"uploadId"_s, running->id},
                                       {u"complete"_s, false},
                                       {u"offset"_s, running->received},
                                       {u"size"_s, size},
                                       {u"chunkSize"_s, m_options.chunkSize}});
    }
    StoredUpload upload{QUuid::createUuid().toString(QUuid::Id128),
                        call.tokenId,
                        sha,
                        size,
                        0,
                        body.value(u"mimeType"_s).toString(),
                        body.value(u"fileName"_s).toString(),
                        fields};
    QFile part(m_store.partPath(upload.id));
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return problem(500, u"server.error"_s, u"Internal error"_s, u"cannot create the upload file"_s);
    if (Status s = m_store.saveUpload(upload); !s)
        return problem(500, u"server.error"_s, u"Internal error"_s, s.error().message);
    count(u"upload"_s);
    return ApiResponse::json(201, {{u"uploadId"_s, upload.id},
                                   {u"complete"_s, false},
                                   {u"offset"_s, 0},
                                   {u"size"_s, size},
                                   {u"chunkSize"_s, m_options.chunkSize}});
}

ApiResponse Api::uploadStatus(const Call& call, const QString& uploadId)
{
    const std::optional<StoredUpload> upload = m_store.upload(call.tokenId, uploadId);
    if (!upload)
        return problem(404, u"upload.not-found"_s, u"No such upload"_s);
    return ApiResponse::json(200, {{u"uploadId"_s, uploadId},
                                   {u"offset"_s, upload->received},
                                   {u"size"_s, upload->size},
                                   {u"complete"_s, false}});
}

ApiResponse Api::uploadChunk(const Call& call, const QString& uploadId)
{
    std::optional<StoredUpload> upload = m_store.upload(call.tokenId, uploadId);
    if (!upload)
        return problem(404, u"upload.not-found"_s, u"No such upload"_s);
    bool ok = false;
    const qint64 offset = call.request.query.queryItemValue(u"offset"_s).toLongLong(&ok);
    if (!ok)
        return malformed(u"PUT /v1/uploads/{id}?offset=N"_s);
    if (offset != upload->received) {
        ApiResponse r = problem(409, u"upload.offset"_s, u"Wrong offset"_s,
                                u"The server has %1 bytes; continue from there."_s.arg(upload->received));
        return r;
    }
    if (offset + call.request.body.size() > upload->size)
        return problem(416, u"upload.range"_s, u"Beyond the declared size"_s);
    QFile part(m_store.partPath(uploadId));
    if (!part.open(QIODevice::ReadWrite) || !part.resize(offset) || !part.seek(offset) ||
        part.write(call.request.body) != call.request.body.size() || !part.flush()) {
        return problem(500, u"server.error"_s, u"Internal error"_s, u"cannot write the upload file"_s);
    }
    upload->received = offset + call.request.body.size();
    if (Status s = m_store.saveUpload(*upload); !s)
        return problem(500, u"server.error"_s, u"Internal error"_s, s.error().message);
    count(u"chunk"_s);
    count(u"uploadBytes"_s, call.request.body.size());
    return ApiResponse::json(200, {{u"uploadId"_s, uploadId},
                                   {u"offset"_s, upload->received},
                                   {u"size"_s, upload->size},
                                   {u"complete"_s, false}});
}

ApiResponse Api::completeUpload(const Call& call, const QString& uploadId)
{
    std::optional<StoredUpload> upload = m_store.upload(call.tokenId, uploadId);
    if (!upload)
        return problem(404, u"upload.not-found"_s, u"No such upload"_s);
    if (upload->received != upload->size) {
        return problem(409, u"upload.incomplete"_s, u"Upload incomplete"_s,
                       u"%1 of %2 bytes received."_s.arg(upload->received).arg(upload->size));
    }
    QFile part(m_store.partPath(uploadId));
    if (!part.open(QIODevice::ReadOnly))
        return problem(500, u"server.error"_s, u"Internal error"_s, u"cannot read the upload file"_s);
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&part);
    part.close();
    const QString actual = QString::fromLatin1(h.result().toHex());
    if (actual != upload->sha256) {
        // Start again from nothing: the bytes are not the declared ones.
        upload->received = 0;
        (void)part.resize(0);
        (void)m_store.saveUpload(*upload);
        return problem(422, u"upload.hash-mismatch"_s, u"SHA-256 mismatch"_s,
                       u"The bytes received hash to %1, not the declared %2; upload them again."_s.arg(
                           actual, upload->sha256),
                       {{u"sha256"_s, u"upload.hash-mismatch"_s, actual}});
    }
    QFile::remove(m_store.blobPath(actual));
    if (!QFile::rename(part.fileName(), m_store.blobPath(actual)))
        return problem(500, u"server.error"_s, u"Internal error"_s, u"cannot store the document"_s);
    StoredDocument doc{actual, upload->size, upload->mimeType, upload->fileName, upload->fields};
    // Two uploads of the same bytes (started before either completed): the document
    // keeps the fields of both.
    if (const std::optional<StoredDocument> existing = m_store.document(call.tokenId, actual)) {
        QJsonArray fields = existing->fields;
        for (const QJsonValue& f : std::as_const(upload->fields)) {
            if (!fields.contains(f))
                fields.append(f);
        }
        doc.fields = fields;
    }
    if (Status s = m_store.saveDocument(call.tokenId, doc); !s)
        return problem(500, u"server.error"_s, u"Internal error"_s, s.error().message);
    if (Status s = m_store.removeUpload(uploadId); !s)
        return problem(500, u"server.error"_s, u"Internal error"_s, s.error().message);
    count(u"document"_s);
    return ApiResponse::json(201, {{u"documentId"_s, actual},
                                   {u"complete"_s, true},
                                   {u"offset"_s, doc.size},
                                   {u"size"_s, doc.size},
                                   {u"fields"_s, doc.fields}});
}

ApiResponse Api::getDocument(const Call& call, const QString& sha256)
{
    const std::optional<StoredDocument> doc = m_store.document(call.tokenId, sha256.toLower());
    if (!doc)
        return problem(404, u"document.not-found"_s, u"No such document"_s);
    return ApiResponse::json(200, {{u"documentId"_s, doc->sha256},
                                   {u"size"_s, doc->size},
                                   {u"mimeType"_s, doc->mimeType},
                                   {u"fileName"_s, doc->fileName},
                                   {u"fields"_s, doc->fields}});
}

} // namespace icp::backend
