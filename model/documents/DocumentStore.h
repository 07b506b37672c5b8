#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

namespace icp {

class Database;

struct StoredFile
{
    QString sha256; // lower-case hex
    qint64 byteSize = 0;
    QString path;       // absolute path of the stored copy
    bool added = false; // false: the content was already in the store (deduplicated)
};

// Content-addressed store of attached files (architecture.md: model/documents), under
// <AppDataLocation>/documents/ab/abcdef… (first two hex digits as the folder). A file
// is copied in once, whatever its name and however many applications attach it; its
// name in the store is its SHA-256, so two equal files share one copy.
//
// Every open() hashes the stored file again: a changed or missing file is reported
// (documents.store.changed / documents.store.missing) and never handed out.
//
// The documents table is the reference count (documents.sha256): remove the row
// first (save the application), then call release(), which deletes the file only when
// no application refers to it any more. Thread-safe for distinct files; adding the
// same content from two threads at once is safe too (rename is atomic).
class DocumentStore
{
public:
    // <AppDataLocation>/documents (set the application and organisation names first).
    static QString defaultRoot();
    // The store of one database. The documents table of a database is the reference
    // count of its files, so two databases must never share a store: release() on one
    // would delete a file the other still uses. A SQLite file keeps its documents beside
    // it (icp.sqlite → icp-documents/); a server database gets a folder under
    // defaultRoot() named after a hash of its location.
    static QString rootFor(const Database& database);

    explicit DocumentStore(QString root = defaultRoot());

    QString root() const { return m_root; }
    // Where the content with this hash lives (whether or not it is there).
    QString pathFor(const QString& sha256) const;
    bool contains(const QString& sha256) const;

    // Copies a file in, hashing while copying (one pass, constant memory).
    Result<StoredFile> addFile(const QString& sourcePath);
    Result<StoredFile> addData(const QByteArray& data);

    // The verified path of the stored content.
    Result<QString> open(const QString& sha256) const;
    // Hash of a file anywhere (streamed).
    static Result<QString> hashFile(const QString& path);

    // How many document rows refer to the content.
    static Result<int> referenceCount(Database& db, const QString& sha256);
    // Deletes the stored file when no document row refers to it; returns whether it
    // was deleted.
    Result<bool> release(Database& db, const QString& sha256);
    // Deletes every stored file no document row refers to (after a crash between a
    // save and a release, or after applications were removed); returns the hashes.
    // With `untouchedSince`, only files not stored (or attached again) since then: a file
    // attached a moment ago has no row until the application is saved.
    Result<QStringList> collectGarbage(Database& db, const QDateTime& untouchedSince = {});
    // The two halves of collectGarbage(), so that the file walk can leave the database's
    // thread: the hashes the documents table refers to (the database's thread) ...
    static Result<QSet<QString>> referencedHashes(Database& db);
    // ... and deleting the stored files outside that set (any thread; file system only).
    QStringList sweep(const QSet<QString>& referenced, const QDateTime& untouchedSince = {}) const;

private:
    static bool isHash(const QString& sha256);
    QString m_root;
};

} // namespace icp
