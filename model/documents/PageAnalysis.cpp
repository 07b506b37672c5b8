#include "documents/PageAnalysis.h"

#include <array>

namespace icp {

PageLook analysePage(const QImage& source, const PageAnalysisSettings& settings)
{
    PageLook look;
    if (source.isNull())
        return look;
    QImage image = source;
    const int longSide = std::max(image.width(), image.height());
    if (settings.analysisLongSide > 0 && longSide > settings.analysisLongSide)
        image = image.scaled(QSize(settings.analysisLongSide, settings.analysisLongSide), Qt::KeepAspectRatio,
                             Qt::FastTransformation);
    image = image.convertToFormat(QImage::Format_RGB32);
    const qint64 pixels = qint64(image.width()) * image.height();
    if (pixels == 0)
        return look;

    // The paper tone is the bright end of the histogram (the 90th percentile), so a
    // darker scan of white paper does not count as ink everywhere.
    std::array<qint64, 256> histogram{};
    qint64 colourful = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            ++histogram[std::size_t((r * 299 + g * 587 + b * 114) / 1000)];
            if (std::max({r, g, b}) - std::min({r, g, b}) >= settings.colourChroma)
                ++colourful;
        }
    }
    qint64 seen = 0;
    int paper = 255;
    for (int l = 0; l < 256; ++l) {
        seen += histogram[std::size_t(l)];
        if (seen >= pixels * 9 / 10) {
            paper = l;
            break;
        }
    }
    qint64 ink = 0;
    for (int l = 0; l < paper - settings.inkDelta; ++l)
        ink += histogram[std::size_t(l)];
    look.paperLuminance = paper;
    look.inkFraction = double(ink) / double(pixels);
    look.colourFraction = double(colourful) / double(pixels);
    look.blank =
        look.inkFraction < settings.blankInkFraction && look.colourFraction < settings.colourPixelFraction;
    look.colour = look.colourFraction >= settings.colourPixelFraction;
    return look;
}

} // namespace icp
