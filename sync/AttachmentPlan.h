#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace icp {
class DocumentStore;
struct Application;
} // namespace icp

namespace icp::sync {

// One file an outbox row must upload before its dossier (docs/api.md "Documents"):
// distinct content (documents that share bytes are sent once, with all their fields).
struct Attachment
{
    QString sha256;
    QString path; // the verified file in the document store
    QString fileName;
    QString mimeType;
    qint64 byteSize = 0;
    QStringList fields; // dossier fields it evidences (DocumentFields.h)
    QStringList documentIds;
};

// The attachments of a queued dossier (an outbox row's payload, so the same row always
// announces the same bytes and fields under the same idempotency keys), each checked
// in `store` with DocumentStore::open (re-hashed). Content in `skip` (uploaded earlier
// in this run) is left out without being hashed again.
//
// A stored file that is missing or changed fails the whole plan with a translated
// message naming the file and the document (codes documents.store.missing /
// documents.store.changed, path documents[i]): the row cannot be sent as queued.
Result<QList<Attachment>> planAttachments(const QByteArray& dossier, const DocumentStore& store,
                                          const QSet<QString>& skip = {});
// The same for an application (icpctl submit checks before queuing).
Result<QList<Attachment>> planAttachments(const Application& application, const DocumentStore& store,
                                          const QSet<QString>& skip = {});

} // namespace icp::sync
