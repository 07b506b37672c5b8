#pragma once

#include "documents/DocumentProfile.h"

#include <QImage>

namespace icp {

// What a page image looks like, measured on a copy scaled to the analysis size.
struct PageLook
{
    double inkFraction = 0.0;    // share of pixels darker than the paper by inkDelta
    double colourFraction = 0.0; // share of pixels with a visible chroma
    int paperLuminance = 255;
    bool blank = false;
    bool colour = false;
};

PageLook analysePage(const QImage& image, const PageAnalysisSettings& settings = DocumentProfile::analysis());

} // namespace icp
