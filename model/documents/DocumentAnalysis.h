#pragma once

#include "core/BeijingTime.h"
#include "documents/CrossCheck.h"
#include "documents/DocumentChecks.h"
#include "documents/DocumentInspection.h"
#include "documents/IdentifierFinder.h"
#include "domain/Application.h"

#include <QDate>
#include <optional>

namespace icp {

class TaskControl;

// Where the text of a document came from.
enum class TextSource { None, TextLayer, Ocr };

struct DocumentReading
{
    TextSource source = TextSource::None;
    QString text;
    int ocrPages = 0;
    int ocrConfidence = 0; // mean over OCR'd pages
    QString error;         // translated, when reading failed (the inspection may still be fine)
};

// The whole pipeline for one file: inspect, check against the kind and provider,
// read the text (PDF text layer, else OCR of images and image-only PDF pages), find
// identifiers and cross-check them with the application.
struct AnalysisRequest
{
    QString path;
    DocumentKind kind = DocumentKind::Other;
    QString subjectId;                      // person or website the document is about
    QString fieldPath;                      // for findings: "documents[3]"
    std::optional<Application> application; // cross-check when set
    QDate asOf = beijing::today();
    QString provider;    // document-limits profile; empty = the base profile
    bool read = true;    // read text and identifiers
    bool ocr = true;     // allow OCR when there is no text layer
    int maxOcrPages = 3; // image-only PDFs: OCR only the first pages
    int ocrDpi = 300;
    // The name to judge and show instead of the path's (a stored copy is named by its
    // hash; its document row has the real name). Empty = the path's file name.
    QString displayName;
};

// Version of the content analysis (inspection, reading, identifiers). Stored with every
// cached analysis (document_analyses.analyser): bump it whenever inspection, page
// analysis, text extraction, OCR or identifier finding change what they produce, so
// analyses of the old code are no longer used.
inline constexpr int documentAnalyserVersion = 2; // 2: PDF scan pixel size

// The part of an analysis that depends only on the file's bytes and the reading options:
// what the analysis cache keeps per SHA-256 (DocumentAnalysisCache). The checks, the
// cross-check with the form and the suggestions depend on the application, the date and
// the provider, and are made from it each time (reportFromContent(), cheap).
//
// The identifiers were found with the analysis date as "today" (a resident ID whose birth
// date lies after it is not one); a later date never turns a confirmed number invalid.
struct ContentAnalysis
{
    Inspection inspection;
    DocumentReading reading;
    ReadIdentifiers identifiers;
    // The reading options it was made with: a cached analysis serves only a request with
    // the same ones (one without OCR never stands in for one with it).
    bool read = true;
    bool ocr = true;
    int maxOcrPages = 3;
    int ocrDpi = 300;
    bool cancelled = false;

    // Whether a request with these options may use it.
    bool fits(const AnalysisRequest& request) const;
    // Worth keeping: complete, and nothing in it may differ on another try (not cancelled,
    // the file could be opened, reading did not fail).
    bool cacheable() const;
};

struct DocumentReport
{
    Inspection inspection;
    CheckReport checks; // inspection checks plus DOC-110/DOC-111 from the cross-check
    DocumentReading reading;
    ReadIdentifiers identifiers;
    QList<FieldSuggestion> suggestions;
    bool cancelled = false;
    bool fromCache = false; // the content analysis came from the cache (nothing was read again)

    bool ok() const { return inspection.readable() && checks.ok(); }
};

// Thread-safe; meant for a worker thread. Progress: 0–30 inspection, 30–95 reading.
// With a `cached` content analysis that fits the request, nothing is inspected, read or
// OCR'd again (report.fromCache); `fresh`, when given, receives the content analysis made
// (set only when one was made and is worth caching).
DocumentReport analyseDocument(const AnalysisRequest& request, const TaskControl* control = nullptr,
                               const ContentAnalysis* cached = nullptr,
                               std::optional<ContentAnalysis>* fresh = nullptr);

// The two halves of analyseDocument(): the content (slow: Poppler, OCR) ...
ContentAnalysis analyseContent(const AnalysisRequest& request, const TaskControl* control = nullptr);
// ... and the judgement of it for one request (cheap: checks by kind and provider,
// validity, cross-check with the application, suggestions).
DocumentReport reportFromContent(const ContentAnalysis& content, const AnalysisRequest& request);

// Text of a document that inspected fine (the reading step on its own).
DocumentReading readDocument(const QString& path, const Inspection& inspection,
                             const AnalysisRequest& request, const TaskControl* control = nullptr);

} // namespace icp
