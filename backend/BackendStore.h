#pragma once

#include "core/Result.h"
#include "domain/Application.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace icp {
class Database;
}

namespace icp::backend {

// One application as the backend holds it (per token: tokens never see each other's).
struct StoredApplication
{
    int tokenId = 0;
    QString id;
    QByteArray dossier; // the icp-dossier JSON last PUT
    QString status;     // wire status key (docs/api.md "Statuses"): received, provider_review …
    QString cause;      // why the last transition happened when the status alone does not say (sms_timeout)
    int revision = 0;   // PUT count
    QString receipt;
    QDateTime submittedAt;
    qint64 nextAtMs = 0; // epoch ms when the audit simulator moves it next; 0 = not scheduled
    QDateTime smsDeadline;
    QJsonArray rejections;
    QJsonObject numbers; // {entity, websites:[{websiteId, number}]} once granted
    QDateTime updatedAt;
};

struct StoredDocument
{
    QString sha256;
    qint64 size = 0;
    QString mimeType;
    QString fileName;
    QJsonArray fields;
};

struct StoredUpload
{
    QString id;
    int tokenId = 0;
    QString sha256;
    qint64 size = 0;
    qint64 received = 0;
    QString mimeType;
    QString fileName;
    QJsonArray fields;
};

struct StoredResponse
{
    QByteArray fingerprint;
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

// The application of a dossier the server validated when it was PUT: parsed without the
// position index readDossier() builds for error messages (the costly part).
Result<Application> storedApplication(const QByteArray& dossier);

// icp-backend's own SQLite database (<data>/backend.sqlite, WAL) and its blob folder.
// Single-threaded: the server handles one request at a time on the event loop, so a
// request's effect and its stored idempotent answer commit in one transaction.
class BackendStore
{
public:
    static Result<std::unique_ptr<BackendStore>> open(const QString& dataDir);
    ~BackendStore();

    Database& database() { return *m_db; }
    QString blobPath(const QString& sha256) const;
    QString partPath(const QString& uploadId) const;

    // Tokens are stored as SHA-256 hex of the token text; returns the token to print.
    Result<QString> addToken(const QString& name);
    std::optional<int> tokenIdForHash(const QByteArray& sha256Hex);

    std::optional<StoredResponse> storedResponse(int tokenId, const QByteArray& key);
    Status storeResponse(int tokenId, const QByteArray& key, const StoredResponse& response);

    std::optional<StoredApplication> application(int tokenId, const QString& id);
    Status saveApplication(const StoredApplication& app); // insert or replace
    QJsonArray history(int tokenId, const QString& id);
    // Moves `app` to `status`: history row, application row and change feed entry.
    Status transition(StoredApplication& app, const QString& status, const QString& note,
                      const QString& cause = {});
    struct Due
    {
        int tokenId;
        QString id;
    };
    QList<Due> dueApplications(qint64 nowMs);
    qint64 lastChangeSeq(int tokenId);
    // Changes after `after`, oldest first, at most `limit`; each object has "cursor".
    QList<QJsonObject> changes(int tokenId, qint64 after, int limit, bool* more);
    int countHistory(const QString& status);

    std::optional<StoredDocument> document(int tokenId, const QString& sha256);
    Status saveDocument(int tokenId, const StoredDocument& doc);
    std::optional<StoredUpload> upload(int tokenId, const QString& id);
    // An unfinished upload of these bytes (same hash and size) by this token, if any.
    std::optional<StoredUpload> uploadOf(int tokenId, const QString& sha256, qint64 size);
    Status saveUpload(const StoredUpload& upload);
    Status removeUpload(const QString& id);

    // Number issuing (docs/regulations.md §8: <abbr>ICP备YYYYNNNNNN号, -n per website): the
    // entity keeps its number across applications (keyed by certificate number).
    // An entity first seen with `existingNumber` (filed elsewhere) keeps it and numbers its
    // websites from `firstSite`.
    Result<QString> entityNumber(const QString& certificateNumber, const QString& abbreviation,
                                 int provinceCode, int year, int* nextSite,
                                 const QString& existingNumber = {}, int firstSite = 1);
    Status setNextSite(const QString& certificateNumber, int nextSite);
    Result<int> nextLicenceSerial(int provinceCode, int year);

    Status begin();
    Status commit();
    void rollback();

private:
    BackendStore(std::unique_ptr<Database> db, QString dataDir);
    Status createSchema();

    std::unique_ptr<Database> m_db;
    QString m_dataDir;
};

} // namespace icp::backend
