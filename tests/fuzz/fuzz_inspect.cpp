// libFuzzer target for the document inspection entry point (issue 4, robustness):
// whatever the bytes, inspectDocumentData() returns an Inspection; it never crashes,
// hangs or trips AddressSanitizer/UBSan in our code. Built with clang only
// (cmake -DICP_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++), run by scripts/test.sh for a
// bounded time over the seeds in tests/fuzz/corpus.
#include "documents/DocumentInspection.h"

#include <QGuiApplication>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // QImageReader finds its JPEG plugin through the application; no windows are made.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.debug=false;qt.gui.imageio*=false");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    icp::InspectOptions options;
    options.maxAnalysedPages = 3; // bounded work per input
    const icp::Inspection result = icp::inspectDocumentData(bytes, u"input.bin"_s, options);
    // Invariants every caller relies on.
    if (result.readable() && result.pageCount <= 0)
        std::abort();
    if (!result.readable() && result.message.isEmpty())
        std::abort();
    if (result.pages.size() > result.pageCount)
        std::abort();
    return 0;
}
