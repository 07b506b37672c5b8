#include "documents/DocumentWorkspace.h"

#include "documents/CrossCheck.h"
#include "documents/DocumentAnalysisCache.h"
#include "documents/TaskControl.h"
#include "domain/FieldPath.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

DocumentWorkspace::DocumentWorkspace(DocumentStore& store, Application application, QDate asOf,
                                     QString provider)
    : m_store(store)
    , m_application(std::move(application))
    , m_asOf(asOf)
    , m_provider(std::move(provider))
{}

DocumentWorkspace::~DocumentWorkspace() = default;

void DocumentWorkspace::setDatabase(Database* database)
{
    m_cache = database ? std::make_unique<DocumentAnalysisCache>(*database) : nullptr;
}

void DocumentWorkspace::setApplication(const Application& application)
{
    m_application = application;
    rejudge();
}

// A report compares what a document says with the form (DOC-110/111, suggestions). When
// the form changes, every checked document is judged again from what was read; nothing
// is read again, so this is cheap enough for every edit. Without it a credit code fixed
// in the form would keep its "the licence shows another number" finding until the next
// re-check.
void DocumentWorkspace::rejudge()
{
    QSet<QString> done;
    for (qsizetype i = 0; i < m_application.documents.size(); ++i) {
        const Document& d = m_application.documents[i];
        const auto it = m_reports.constFind(d.sha256);
        if (it == m_reports.constEnd() || done.contains(d.sha256))
            continue;
        done.insert(d.sha256);
        ContentAnalysis content;
        content.inspection = it->inspection;
        content.reading = it->reading;
        content.identifiers = it->identifiers;
        content.cancelled = it->cancelled;
        AnalysisRequest request;
        request.displayName = d.fileName;
        request.kind = d.kind;
        for (const Person& p : m_application.persons) {
            if (!d.subjectId.isEmpty() && p.id == d.subjectId)
                request.subjectId = d.subjectId;
        }
        request.application = m_application;
        request.asOf = m_asOf;
        request.provider = m_provider;
        request.fieldPath = FieldPath::document(i).root();
        DocumentReport report = reportFromContent(content, request);
        report.fromCache = it->fromCache;
        setReport(d.sha256, report);
    }
}

DocumentChecklist DocumentWorkspace::checklist() const
{
    return DocumentChecklist::build(m_application, m_asOf, m_findings);
}

const DocumentReport* DocumentWorkspace::report(const QString& sha256) const
{
    const auto it = m_reports.constFind(sha256);
    return it == m_reports.constEnd() ? nullptr : &*it;
}

Result<PreparedAttachment> DocumentWorkspace::prepare(DocumentStore& store, const QString& sourcePath,
                                                      const ChecklistItem& item, const Application& snapshot,
                                                      QDate asOf, const QString& provider,
                                                      const TaskControl* control,
                                                      const ContentAnalysis* cached)
{
    using R = Result<PreparedAttachment>;
    AnalysisRequest request;
    request.path = sourcePath;
    request.kind = item.kind();
    request.subjectId = item.subject == ChecklistItem::Subject::Person ? item.subjectId : QString();
    request.application = snapshot;
    request.asOf = asOf;
    request.provider = provider;
    request.fieldPath = FieldPath::document(int(snapshot.documents.size())).root();
    std::optional<ContentAnalysis> fresh;
    DocumentReport report = analyseDocument(request, control, cached, &fresh);
    if (report.cancelled || cancelled(control))
        return R::failure(u"documents.cancelled"_s,
                          QCoreApplication::translate("Documents", "Attaching was cancelled."));
    const Inspection& in = report.inspection;
    if (!in.readable() && in.problem != Inspection::Problem::Encrypted)
        return R::failure(
            u"documents."_s + Inspection::problemKey(in.problem),
            QCoreApplication::translate("Documents", "%1 was not attached: %2").arg(in.fileName, in.message),
            sourcePath);
    if (in.problem == Inspection::Problem::Encrypted)
        return R::failure(
            u"documents.encrypted"_s,
            QCoreApplication::translate("Documents", "%1 was not attached: %2").arg(in.fileName, in.message),
            sourcePath);
    const auto stored = store.addFile(sourcePath);
    if (!stored)
        return stored.error();
    // The providers go by the extension (DOC-001): name the file after its content.
    QString name = QFileInfo(sourcePath).fileName();
    if (!extensionMatches(in.extension, in.format)) {
        const QString base = in.extension.isEmpty() ? name : name.left(name.size() - in.extension.size() - 1);
        name = base + u'.' + formatKey(in.format);
    }
    PreparedAttachment prepared;
    prepared.itemKey = item.key;
    prepared.document = DocumentChecklist::documentFor(item, stored->sha256, stored->byteSize, name,
                                                       formatMimeType(in.format));
    prepared.report = std::move(report);
    prepared.freshContent = std::move(fresh);
    return prepared;
}

Result<PreparedAttachment> DocumentWorkspace::prepare(const QString& sourcePath, const QString& itemKey,
                                                      const TaskControl* control) const
{
    const DocumentChecklist list = checklist();
    const ChecklistItem* item = list.item(itemKey);
    if (!item)
        return Result<PreparedAttachment>::failure(
            u"documents.item"_s,
            QCoreApplication::translate("Documents", "That checklist line no longer exists."));
    return prepare(m_store, sourcePath, *item, m_application, m_asOf, m_provider, control);
}

Document DocumentWorkspace::commit(const PreparedAttachment& prepared)
{
    Document document = prepared.document;
    const DocumentChecklist list = checklist();
    if (const ChecklistItem* item = list.item(prepared.itemKey);
        item && item->subject == ChecklistItem::Subject::PreApproval) {
        for (Website& w : m_application.websites) {
            if (w.id == item->subjectId && item->subjectIndex >= 0 &&
                item->subjectIndex < w.preApprovals.size())
                w.preApprovals[item->subjectIndex].documentId = document.id;
        }
    }
    m_application.documents.append(document);
    setReport(document.sha256, prepared.report);
    if (m_cache && prepared.freshContent)
        (void)m_cache->store(document.sha256, *prepared.freshContent); // logged; only a cache
    return document;
}

std::optional<QString> DocumentWorkspace::remove(const QString& documentId)
{
    for (qsizetype i = 0; i < m_application.documents.size(); ++i) {
        if (m_application.documents[i].id != documentId)
            continue;
        const QString sha = m_application.documents.takeAt(i).sha256;
        for (Website& w : m_application.websites) {
            for (PreApproval& pa : w.preApprovals) {
                if (pa.documentId == documentId)
                    pa.documentId.clear();
            }
        }
        return sha;
    }
    return std::nullopt;
}

void DocumentWorkspace::setReport(const QString& sha256, const DocumentReport& report)
{
    m_reports.insert(sha256, report);
    m_findings.insert(sha256, report.checks.findings);
}

void DocumentWorkspace::markUnverified(const Document& document, const QString& message)
{
    // The report made from the original bytes no longer describes the file: drop it.
    m_reports.remove(document.sha256);
    QList<Finding>& list = m_findings[document.sha256];
    list.removeIf([](const Finding& f) { return f.ruleId == rules::RuleId::DOC_113.view(); });
    list.append(Finding{rules::RuleId::DOC_113.toString(),
                        Severity::Blocking,
                        {},
                        u"%1: %2"_s.arg(document.fileName, message)});
}

Result<QString> DocumentWorkspace::openVerified(const Document& document)
{
    const auto path = m_store.open(document.sha256);
    if (!path)
        markUnverified(document, path.error().message);
    return path;
}

QList<RecheckJob> DocumentWorkspace::recheckJobs(const QSet<QString>& skip, bool all)
{
    QList<RecheckJob> jobs;
    QStringList hashes;
    for (qsizetype i = 0; i < m_application.documents.size(); ++i) {
        const Document& d = m_application.documents[i];
        if (hashes.contains(d.sha256) || skip.contains(d.sha256)) // one check serves equal content
            continue;
        if (!all && (m_reports.contains(d.sha256) || m_findings.contains(d.sha256)))
            continue;
        RecheckJob job;
        job.document = d;
        job.fieldPath = FieldPath::document(i).root();
        for (const Person& p : m_application.persons) {
            if (!d.subjectId.isEmpty() && p.id == d.subjectId)
                job.subjectId = d.subjectId;
        }
        jobs.append(job);
        hashes.append(d.sha256);
    }
    if (m_cache && !jobs.isEmpty()) {
        const QHash<QString, ContentAnalysis> cached = m_cache->findMany(hashes);
        for (RecheckJob& job : jobs) {
            if (const auto it = cached.constFind(job.document.sha256); it != cached.constEnd())
                job.cached = *it;
        }
    }
    return jobs;
}

RecheckOutcome DocumentWorkspace::recheck(const DocumentStore& store, const RecheckJob& job,
                                          const Application& snapshot, QDate asOf, const QString& provider,
                                          const TaskControl* control)
{
    RecheckOutcome outcome;
    outcome.document = job.document;
    reportSpan(control, 0, 100, 0, QCoreApplication::translate("Documents", "Verifying"));
    // DocumentStore::open hashes the stored copy again: a changed or missing file is
    // reported (DOC-113) and never read.
    const Result<QString> path = store.open(job.document.sha256);
    if (cancelled(control)) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!path) {
        outcome.unverified = path.error();
        return outcome;
    }
    AnalysisRequest request;
    request.path = path.value();
    request.displayName = job.document.fileName;
    request.kind = job.document.kind;
    request.subjectId = job.subjectId;
    request.application = snapshot;
    request.asOf = asOf;
    request.provider = provider;
    request.fieldPath = job.fieldPath;
    outcome.report = analyseDocument(request, control, job.cached ? &*job.cached : nullptr, &outcome.fresh);
    outcome.cancelled = outcome.report.cancelled || cancelled(control);
    return outcome;
}

bool DocumentWorkspace::apply(const RecheckOutcome& outcome)
{
    if (outcome.cancelled)
        return false;
    const bool attached = std::any_of(m_application.documents.cbegin(), m_application.documents.cend(),
                                      [&](const Document& d) { return d.sha256 == outcome.document.sha256; });
    if (!attached)
        return false;
    if (outcome.unverified) {
        markUnverified(outcome.document, outcome.unverified->message);
        return true;
    }
    setReport(outcome.document.sha256, outcome.report);
    if (m_cache && outcome.fresh)
        (void)m_cache->store(outcome.document.sha256, *outcome.fresh); // logged; only a cache
    return true;
}

bool DocumentWorkspace::applySuggestion(const FieldSuggestion& suggestion)
{
    if (!icp::applySuggestion(m_application, suggestion))
        return false;
    rejudge(); // the filled field is now compared with the documents too
    return true;
}

} // namespace icp
