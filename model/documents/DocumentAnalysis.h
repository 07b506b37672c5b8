#pragma once

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
    QDate asOf = QDate::currentDate();
    QString provider;    // document-limits profile; empty = the base profile
    bool read = true;    // read text and identifiers
    bool ocr = true;     // allow OCR when there is no text layer
    int maxOcrPages = 3; // image-only PDFs: OCR only the first pages
    int ocrDpi = 300;
};

struct DocumentReport
{
    Inspection inspection;
    CheckReport checks; // inspection checks plus DOC-110/DOC-111 from the cross-check
    DocumentReading reading;
    ReadIdentifiers identifiers;
    QList<FieldSuggestion> suggestions;
    bool cancelled = false;

    bool ok() const { return inspection.readable() && checks.ok(); }
};

// Thread-safe; meant for a worker thread. Progress: 0–30 inspection, 30–95 reading.
DocumentReport analyseDocument(const AnalysisRequest& request, const TaskControl* control = nullptr);

// Text of a document that inspected fine (the reading step on its own).
DocumentReading readDocument(const QString& path, const Inspection& inspection,
                             const AnalysisRequest& request, const TaskControl* control = nullptr);

} // namespace icp
