#pragma once

#include "core/Result.h"
#include "documents/DocumentAnalysis.h"
#include "documents/DocumentChecklist.h"
#include "documents/DocumentStore.h"
#include "domain/Application.h"

#include <QDate>
#include <QHash>

namespace icp {

class TaskControl;

// A file stored and analysed for one checklist item, not yet part of the application.
struct PreparedAttachment
{
    QString itemKey;
    Document document; // ready to append (id, kind, subject, sha256, size, MIME type, name)
    DocumentReport report;
};

// The documents side of one application being edited: the checklist, the reports of
// the attached files, attaching and removing. The widgets hold one; the wizard saves
// application() after a change. Split in two for threads: prepare() runs on a worker
// (it stores, inspects, reads and cross-checks; touches no shared state), commit() on
// the owner's thread.
class DocumentWorkspace
{
public:
    DocumentWorkspace(DocumentStore& store, Application application, QDate asOf = QDate::currentDate(),
                      QString provider = {});

    DocumentStore& store() const { return m_store; }
    const Application& application() const { return m_application; }
    // The wizard changed other fields: the checklist follows (reports are kept by hash).
    void setApplication(const Application& application);
    QDate asOf() const { return m_asOf; }
    QString provider() const { return m_provider; }

    DocumentChecklist checklist() const;
    const DocumentFindings& findings() const { return m_findings; }
    const DocumentReport* report(const QString& sha256) const;

    // Refuses (with the inspection's reason) files that are not PDF/JPEG/PNG or cannot
    // be read; a readable file is stored even when a check fails (the checklist then
    // shows it as failed, with the reasons).
    static Result<PreparedAttachment> prepare(DocumentStore& store, const QString& sourcePath,
                                              const ChecklistItem& item, const Application& snapshot,
                                              QDate asOf, const QString& provider,
                                              const TaskControl* control = nullptr);
    Result<PreparedAttachment> prepare(const QString& sourcePath, const QString& itemKey,
                                       const TaskControl* control = nullptr) const;
    // Appends the document (a pre-approval permit is also linked from its record).
    Document commit(const PreparedAttachment& prepared);

    // Removes a document from the application; returns its hash so that the caller can
    // DocumentStore::release() it after the application was saved.
    std::optional<QString> remove(const QString& documentId);

    // Records a report made elsewhere (a background re-check after opening).
    void setReport(const QString& sha256, const DocumentReport& report);
    // Verifies the stored copy (DocumentStore::open); a changed or missing file becomes
    // a DOC-113 finding of the document and its path is not returned.
    Result<QString> openVerified(const Document& document);

    // Fills an empty field from a suggestion; false when it no longer applies.
    bool applySuggestion(const FieldSuggestion& suggestion);

private:
    DocumentStore& m_store;
    Application m_application;
    QDate m_asOf;
    QString m_provider;
    DocumentFindings m_findings;
    QHash<QString, DocumentReport> m_reports;
};

} // namespace icp
