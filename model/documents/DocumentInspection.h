#pragma once

#include "documents/DocumentFormat.h"
#include "documents/PageAnalysis.h"

#include <QList>
#include <QSize>
#include <QSizeF>
#include <QString>

namespace icp {

struct PageInfo
{
    QSizeF sizePoints; // PDF pages (1/72 in); empty for images
    QSize pixelSize;   // images: as displayed (EXIF orientation applied); empty for PDFs
    bool analysed = false;
    PageLook look;
};

// Everything inspectDocument() learnt about one file, without judging it against a
// document kind (DocumentChecks.h does that).
struct Inspection
{
    // Why a file could not be read. Stable keys, see problemKey().
    enum class Problem { None, Io, Empty, Format, Truncated, Damaged, Encrypted, TooLarge, Cancelled };

    QString fileName; // as given (display only)
    qint64 byteSize = 0;
    FileFormat format = FileFormat::Unknown;
    QString extension; // lower-case, from the name; compared with the content
    Problem problem = Problem::None;
    QString message; // translated; says what is wrong with the file when problem != None

    bool encrypted = false; // PDF with an /Encrypt dictionary (opens or not)
    int pageCount = 0;
    QList<PageInfo> pages;             // one per page; analysed for the first maxAnalysedPages
    int exifTransformation = 0;        // QImageIOHandler::Transformations applied (0 = none)
    QString text;                      // the PDF's text layer (first pages), NFKC-normalised
    bool textLayer = false;            // the PDF has extractable text
    bool truncatedButReadable = false; // image data ends early but decodes (JPEG without EOI)
    // PDFs: the pixel size of the page scan they embed (PdfImages.h scanPixelSize());
    // empty when there is none (a PDF made from text and drawings).
    QSize scanPixelSize;

    bool readable() const { return problem == Problem::None; }
    static QString problemKey(Problem problem); // "none", "io", "empty", "format", …
};

struct InspectOptions
{
    bool analysePages = true;
    bool extractText = true;
    int maxAnalysedPages = -1; // -1 = the document-checks table's value
};

class TaskControl;

// Opens a file and inspects it: format by content, pages, pixel size (EXIF orientation
// applied), encryption, damage, page looks (blank / colour), PDF text layer. Never reads
// more of the file than it needs: the format from the first bytes, images decoded
// scaled down, PDFs through Poppler's own file access. Thread-safe; never throws,
// crashes or hangs on bad input (tests/fuzz/fuzz_inspect).
Inspection inspectDocument(const QString& path, const InspectOptions& options = {},
                           const TaskControl* control = nullptr);
// Same for bytes in memory (the fuzzer's entry point, dropped data).
Inspection inspectDocumentData(const QByteArray& data, const QString& fileName = {},
                               const InspectOptions& options = {}, const TaskControl* control = nullptr);

} // namespace icp
