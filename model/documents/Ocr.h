#pragma once

#include "core/Result.h"

#include <QImage>
#include <QString>
#include <functional>

namespace icp {

class TaskControl;

struct OcrResult
{
    QString text;           // NFKC-normalised, spaces between CJK characters removed
    int meanConfidence = 0; // Tesseract's 0–100
};

// Tesseract 5 with chi_sim+eng (docs/toolchain.md §9). One engine per thread, created
// on first use (loading the Chinese model takes a few hundred ms). Honours cancel
// (returns error "documents.cancelled").
// OpenMP: Debian's libtesseract oversubscribes the two cores; OMP_THREAD_LIMIT=1 in
// the environment is best, and the engine also limits the calling thread to one.
// `progress` (0–100) is called on the calling thread.
Result<OcrResult> recogniseText(const QImage& image, int dpi, const TaskControl* control = nullptr,
                                const std::function<void(int percent)>& progress = {});

// True when the chi_sim and eng models load (the tests skip OCR otherwise).
bool ocrAvailable();

} // namespace icp
