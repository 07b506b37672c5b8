#pragma once

#include "core/Result.h"
#include "documents/DocumentAnalysis.h"

#include <QByteArray>
#include <QJsonObject>

namespace icp {

// JSON of a content analysis, as the analysis cache stores it (document_analyses.analysis,
// docs/documents.md "Analysis cache"):
//   {"analyser": 1, "options": {...}, "inspection": {...}, "reading": {...}, "identifiers": {...}}
// Enums are stable keys, dates ISO text. Reading is strict: a member of the wrong type,
// an unknown enum key or another analyser version makes the whole analysis unusable
// ("documents.analysis-unusable"), because a cache entry that is half understood must be
// made again, never guessed.
QJsonObject contentAnalysisToJson(const ContentAnalysis& content, int analyser = documentAnalyserVersion);
QByteArray contentAnalysisToBytes(const ContentAnalysis& content, int analyser = documentAnalyserVersion);

// The error's message is a short English reason for the log (never the content: it may
// hold personal data read from a document).
Result<ContentAnalysis> contentAnalysisFromJson(const QJsonObject& json,
                                                int analyser = documentAnalyserVersion);
Result<ContentAnalysis> contentAnalysisFromBytes(const QByteArray& bytes,
                                                 int analyser = documentAnalyserVersion);

} // namespace icp
