#include "documents/DocumentStore.h"

#include "documents/DocumentsLogging.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

constexpr qint64 chunkSize = 1 << 20;

} // namespace

QString DocumentStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/documents"_s;
}

QString DocumentStore::rootFor(const Database& database)
{
    const QString location = database.location();
    if (database.dialect().backend() == Dialect::Backend::Sqlite && !location.isEmpty() &&
        location != ":memory:"_L1) {
        const QFileInfo file(location);
        return file.absolutePath() + u'/' + file.completeBaseName() + u"-documents"_s;
    }
    const QByteArray key = QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha256).toHex();
    return defaultRoot() + u'/' + QString::fromLatin1(key.left(16));
}

DocumentStore::DocumentStore(QString root)
    : m_root(std::move(root))
{}

bool DocumentStore::isHash(const QString& sha256)
{
    if (sha256.size() != 64)
        return false;
    for (const QChar c : sha256) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString DocumentStore::pathFor(const QString& sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256;
}

bool DocumentStore::contains(const QString& sha256) const
{
    return isHash(sha256) && QFileInfo::exists(pathFor(sha256));
}

Result<QString> DocumentStore::hashFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(u"documents.io"_s,
                                        QCoreApplication::translate("Documents", "%1 cannot be read: %2.")
                                            .arg(QFileInfo(path).fileName(), file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Result<QString>::failure(u"documents.io"_s,
                                        QCoreApplication::translate("Documents", "%1 cannot be read: %2.")
                                            .arg(QFileInfo(path).fileName(), file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

Result<StoredFile> DocumentStore::addFile(const QString& sourcePath)
{
    const QString name = QFileInfo(sourcePath).fileName();
    QFile source(sourcePath);
    if (QFileInfo(sourcePath).isDir() || !source.open(QIODevice::ReadOnly))
        return Result<StoredFile>::failure(u"documents.io"_s,
                                           QCoreApplication::translate("Documents", "%1 cannot be read: %2.")
                                               .arg(name, source.errorString()),
                                           sourcePath);
    if (!QDir().mkpath(m_root))
        return Result<StoredFile>::failure(
            u"documents.store.io"_s,
            QCoreApplication::translate("Documents", "The document folder %1 cannot be created.")
                .arg(m_root));
    // Copy into a temporary file in the store (same file system: the final rename is
    // atomic) while hashing, then move it to its content address.
    QTemporaryFile temp(m_root + u"/incoming-XXXXXX"_s);
    if (!temp.open())
        return Result<StoredFile>::failure(
            u"documents.store.io"_s,
            QCoreApplication::translate("Documents", "The document folder %1 is not writable: %2.")
                .arg(m_root, temp.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    QByteArray buffer;
    while (!source.atEnd()) {
        buffer = source.read(chunkSize);
        if (buffer.isEmpty() && source.error() != QFileDevice::NoError)
            return Result<StoredFile>::failure(
                u"documents.io"_s, QCoreApplication::translate("Documents", "%1 cannot be read: %2.")
                                       .arg(name, source.errorString()));
        hash.addData(buffer);
        if (temp.write(buffer) != buffer.size())
            return Result<StoredFile>::failure(
                u"documents.store.io"_s,
                QCoreApplication::translate("Documents", "The document cannot be stored: %1.")
                    .arg(temp.errorString()));
        total += buffer.size();
    }
    if (!temp.flush())
        return Result<StoredFile>::failure(
            u"documents.store.io"_s,
            QCoreApplication::translate("Documents", "The document cannot be stored: %1.")
                .arg(temp.errorString()));
    StoredFile stored;
    stored.sha256 = QString::fromLatin1(hash.result().toHex());
    stored.byteSize = total;
    stored.path = pathFor(stored.sha256);
    // Deduplicate, but never trust a stored copy that no longer matches its name.
    if (QFileInfo::exists(stored.path)) {
        const auto existing = hashFile(stored.path);
        if (existing.ok() && existing.value() == stored.sha256) {
            // Attached again: a sweep must not take it before the new row is saved.
            QFile touch(stored.path);
            if (touch.open(QIODevice::Append))
                touch.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
            return stored;
        }
        qCWarning(lcDocuments) << "replacing a damaged stored copy" << stored.sha256;
        QFile::remove(stored.path);
    }
    QDir().mkpath(QFileInfo(stored.path).path());
    temp.setAutoRemove(false);
    temp.close();
    if (!QFile::rename(temp.fileName(), stored.path)) {
        const bool raced = QFileInfo::exists(stored.path); // another thread stored the same content
        QFile::remove(temp.fileName());
        if (!raced)
            return Result<StoredFile>::failure(
                u"documents.store.io"_s,
                QCoreApplication::translate("Documents", "The document cannot be stored in %1.").arg(m_root));
        return stored;
    }
    QFile::setPermissions(stored.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    stored.added = true;
    return stored;
}

Result<StoredFile> DocumentStore::addData(const QByteArray& data)
{
    QTemporaryFile temp;
    if (!temp.open() || temp.write(data) != data.size() || !temp.flush())
        return Result<StoredFile>::failure(
            u"documents.store.io"_s,
            QCoreApplication::translate("Documents", "The document cannot be stored: %1.")
                .arg(temp.errorString()));
    return addFile(temp.fileName());
}

Result<QString> DocumentStore::open(const QString& sha256) const
{
    if (!isHash(sha256))
        return Result<QString>::failure(
            u"documents.store.missing"_s,
            QCoreApplication::translate("Documents",
                                        "The document's content address is not a SHA-256 hash."));
    const QString path = pathFor(sha256);
    if (!QFileInfo::exists(path))
        return Result<QString>::failure(
            u"documents.store.missing"_s,
            QCoreApplication::translate("Documents",
                                        "The stored file of this document is missing from %1. Attach the "
                                        "document again.")
                .arg(m_root),
            path);
    const auto actual = hashFile(path);
    if (!actual)
        return Result<QString>::failure(u"documents.store.missing"_s, actual.error().message, path);
    if (actual.value() != sha256)
        return Result<QString>::failure(
            u"documents.store.changed"_s,
            QCoreApplication::translate("Documents",
                                        "The stored file of this document was changed after it was "
                                        "attached; it is not used. Attach the document again."),
            path);
    return path;
}

Result<int> DocumentStore::referenceCount(Database& db, const QString& sha256)
{
    QSqlQuery query(db.connection());
    // Evidence of obligations marked done counts too (docs/obligations.md "Marking done").
    query.prepare(u"SELECT (SELECT COUNT(*) FROM documents WHERE sha256 = :sha) + "
                  "(SELECT COUNT(*) FROM obligation_completions WHERE evidence_sha256 = :sha2)"_s);
    query.bindValue(u":sha"_s, sha256);
    query.bindValue(u":sha2"_s, sha256);
    if (!query.exec() || !query.next())
        return Result<int>::failure(
            u"documents.store.sql"_s,
            QCoreApplication::translate("Documents", "The document references cannot be counted: %1.")
                .arg(query.lastError().text()));
    return query.value(0).toInt();
}

Result<bool> DocumentStore::release(Database& db, const QString& sha256)
{
    const auto count = referenceCount(db, sha256);
    if (!count)
        return count.error();
    if (count.value() > 0 || !contains(sha256))
        return false;
    if (!QFile::remove(pathFor(sha256)))
        return Result<bool>::failure(
            u"documents.store.io"_s,
            QCoreApplication::translate("Documents", "The stored file cannot be deleted."));
    return true;
}

Result<QSet<QString>> DocumentStore::referencedHashes(Database& db)
{
    // One query for every reference, not one per stored file.
    QSqlQuery query(db.connection());
    // Evidence of obligations marked done is a reference too (docs/obligations.md "Marking done").
    if (!query.exec(u"SELECT sha256 FROM documents UNION SELECT evidence_sha256 FROM obligation_completions "
                    "WHERE evidence_sha256 <> ''"_s))
        return Result<QSet<QString>>::failure(
            u"documents.store.sql"_s,
            QCoreApplication::translate("Documents", "The document references cannot be counted: %1.")
                .arg(query.lastError().text()));
    QSet<QString> referenced;
    while (query.next())
        referenced.insert(query.value(0).toString());
    return referenced;
}

QStringList DocumentStore::sweep(const QSet<QString>& referenced, const QDateTime& untouchedSince) const
{
    QStringList removed;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        const QString sha = file.fileName();
        if (!isHash(sha) || referenced.contains(sha))
            continue;
        if (untouchedSince.isValid() && file.lastModified() >= untouchedSince)
            continue; // stored or attached again lately: its row may not be saved yet
        if (QFile::remove(file.filePath()))
            removed.append(sha);
        else
            qCWarning(lcDocuments) << "an unused stored file cannot be deleted:" << sha;
    }
    return removed;
}

Result<QStringList> DocumentStore::collectGarbage(Database& db, const QDateTime& untouchedSince)
{
    const Result<QSet<QString>> referenced = referencedHashes(db);
    if (!referenced)
        return referenced.error();
    return sweep(referenced.value(), untouchedSince);
}

} // namespace icp
