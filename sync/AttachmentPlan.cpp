#include "AttachmentPlan.h"

#include "DocumentFields.h"
#include "documents/DocumentStore.h"
#include "domain/Application.h"
#include "domain/FieldPath.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace icp::sync {

Result<QList<Attachment>> planAttachments(const QByteArray& dossier, const DocumentStore& store,
                                          const QSet<QString>& skip)
{
    // The payload was written by writeDossier when the row was queued: parse it without
    // readDossier's position index (only its documents matter here).
    const QJsonDocument json = QJsonDocument::fromJson(dossier);
    JsonProblems problems;
    const Application app =
        Application::fromJson(json.object().value(u"application"_s).toObject(), u"$.application"_s, problems);
    if (!json.isObject() || !problems.isEmpty()) {
        return Result<QList<Attachment>>::failure(
            u"sync.payload"_s,
            QCoreApplication::translate(
                "SyncEngine", "The queued dossier cannot be read, so its documents cannot be sent."));
    }
    return planAttachments(app, store, skip);
}

Result<QList<Attachment>> planAttachments(const Application& app, const DocumentStore& store,
                                          const QSet<QString>& skip)
{
    QList<Attachment> out;
    QHash<QString, qsizetype> bySha;
    for (qsizetype i = 0; i < app.documents.size(); ++i) {
        const Document& d = app.documents[i];
        const QString sha = d.sha256.toLower();
        if (skip.contains(sha))
            continue;
        const QString field = documentField(app, d, int(i));
        if (const auto it = bySha.constFind(sha); it != bySha.constEnd()) {
            Attachment& a = out[*it];
            if (!a.fields.contains(field))
                a.fields.append(field);
            a.documentIds.append(d.id);
            continue;
        }
        const Result<QString> path = store.open(sha);
        if (!path) {
            const QString name = d.fileName.isEmpty() ? sha.left(12) : d.fileName;
            return Result<QList<Attachment>>::failure(
                path.error().code,
                QCoreApplication::translate("SyncEngine", "The attachment %1 (%2) cannot be sent: %3")
                    .arg(name, displayName(d.kind), path.error().message),
                FieldPath::document(i).root());
        }
        bySha.insert(sha, out.size());
        out.append(Attachment{sha, path.value(), d.fileName, d.mimeType, d.byteSize, {field}, {d.id}});
    }
    return out;
}

} // namespace icp::sync
