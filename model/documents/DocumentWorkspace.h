#pragma once

#include "core/BeijingTime.h"
#include "core/Result.h"
#include "documents/DocumentAnalysis.h"
#include "documents/DocumentChecklist.h"
#include "documents/DocumentStore.h"
#include "domain/Application.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <memory>
#include <optional>

namespace icp {

class Database;
class DocumentAnalysisCache;
class TaskControl;

// A file stored and analysed for one checklist item, not yet part of the application.
struct PreparedAttachment
{
    QString itemKey;
    Document document; // ready to append (id, kind, subject, sha256, size, MIME type, name)
    DocumentReport report;
    // The content analysis made for it, to be cached by commit() (none when it came from
    // the cache or is not worth keeping).
    std::optional<ContentAnalysis> freshContent;
};

// One attached document to check again (after the application was opened), made on the
// owner's thread by recheckJobs() with its cached content analysis when there is one.
struct RecheckJob
{
    Document document;
    QString fieldPath; // "documents[3]"
    QString subjectId; // the person it is about, for the cross-check
    std::optional<ContentAnalysis> cached;
};

// What a worker found for a RecheckJob (DocumentWorkspace::recheck()).
struct RecheckOutcome
{
    Document document;
    std::optional<Error> unverified; // the stored copy is changed or missing (DOC-113)
    DocumentReport report;           // when verified and not cancelled
    std::optional<ContentAnalysis> fresh;
    bool cancelled = false;
};

// The documents side of one application being edited: the checklist, the reports of
// the attached files, attaching and removing. The widgets hold one; the wizard saves
// application() after a change. Split in two for threads: prepare() runs on a worker
// (it stores, inspects, reads and cross-checks; touches no shared state), commit() on
// the owner's thread. Re-checking after opening is split the same way: recheckJobs() and
// apply() on the owner's thread, recheck() on a worker.
//
// With a database (setDatabase()), content analyses are cached in it: a re-check of a
// file analysed before skips Poppler, text extraction and OCR. The cache is read and
// written on the owner's thread only (a Database connection belongs to one thread):
// recheckJobs() looks the analyses up before the worker starts, commit() and apply()
// store the fresh ones the worker made.
class DocumentWorkspace
{
public:
    DocumentWorkspace(DocumentStore& store, Application application, QDate asOf = beijing::today(),
                      QString provider = {});
    ~DocumentWorkspace();

    // The database whose document_analyses table caches content analyses (nullptr: no
    // cache). Set it before a DocumentChecklistView is made on the workspace; the database
    // must outlive the workspace.
    void setDatabase(Database* database);
    DocumentAnalysisCache* analysisCache() const { return m_cache.get(); }

    DocumentStore& store() const { return m_store; }
    const Application& application() const { return m_application; }
    // The wizard changed other fields: the checklist follows, and every checked document
    // is judged again against the new form (from what was read; nothing is read again).
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
                                              const TaskControl* control = nullptr,
                                              const ContentAnalysis* cached = nullptr);
    Result<PreparedAttachment> prepare(const QString& sourcePath, const QString& itemKey,
                                       const TaskControl* control = nullptr) const;
    // Appends the document (a pre-approval permit is also linked from its record) and
    // caches its fresh content analysis.
    Document commit(const PreparedAttachment& prepared);

    // Removes a document from the application; returns its hash so that the caller can
    // DocumentStore::release() it after the application was saved.
    std::optional<QString> remove(const QString& documentId);

    // Records a report made elsewhere (a background re-check after opening).
    void setReport(const QString& sha256, const DocumentReport& report);
    // Verifies the stored copy (DocumentStore::open); a changed or missing file becomes
    // a DOC-113 finding of the document and its path is not returned.
    Result<QString> openVerified(const Document& document);

    // Re-checking after opening (docs/documents.md "Re-check on open"). The documents
    // without a report or finding (all of them with `all`) whose hash is not in `skip`, each
    // with its cached analysis; owner's thread (it reads the cache).
    QList<RecheckJob> recheckJobs(const QSet<QString>& skip = {}, bool all = false);
    // Verifies the stored copy (re-hash), then makes the report from the cached analysis
    // or a fresh one. A changed or missing copy is never analysed. Thread-safe.
    static RecheckOutcome recheck(const DocumentStore& store, const RecheckJob& job,
                                  const Application& snapshot, QDate asOf, const QString& provider,
                                  const TaskControl* control = nullptr);
    // Records an outcome (its report, or DOC-113 for an unverified copy) and caches a fresh
    // analysis. False (nothing recorded) when cancelled or the document was removed meanwhile.
    bool apply(const RecheckOutcome& outcome);

    // Fills an empty field from a suggestion; false when it no longer applies.
    bool applySuggestion(const FieldSuggestion& suggestion);

private:
    void rejudge();
    void markUnverified(const Document& document, const QString& message);

    DocumentStore& m_store;
    Application m_application;
    QDate m_asOf;
    QString m_provider;
    DocumentFindings m_findings;
    QHash<QString, DocumentReport> m_reports;
    std::unique_ptr<DocumentAnalysisCache> m_cache;
};

} // namespace icp
