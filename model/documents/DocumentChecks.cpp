#include "documents/DocumentChecks.h"

#include "core/SizeLimit.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace icp {

using rules::RuleId;

namespace {

struct Entry
{
    RuleId id;
    const char* reference;
    Severity severity;
    const char* source;
    const char* title;
};

constexpr Severity B = Severity::Blocking;
constexpr Severity W = Severity::Warning;

// Ids are stable: never renumber, only append.
const Entry entries[] = {
    {RuleId::DOC_101, "§7.2", B, "TC:材料上传",
     QT_TRANSLATE_NOOP("Documents", "The file can be read: not empty, cut off or damaged")},
    {RuleId::DOC_102, "§7.2", B, "TC:材料上传; HW 备案材料咨询",
     QT_TRANSLATE_NOOP("Documents", "The file's content is PDF, JPEG or PNG")},
    {RuleId::DOC_103, "R41", B, "document-limits",
     QT_TRANSLATE_NOOP("Documents", "The provider accepts the file format for this document")},
    {RuleId::DOC_104, "R41", B, "document-limits",
     QT_TRANSLATE_NOOP("Documents", "The file is within the provider's size limits")},
    {RuleId::DOC_105, "§7.2", B, "TC:材料上传",
     QT_TRANSLATE_NOOP("Documents", "The PDF is not protected by a password")},
    {RuleId::DOC_106, "§7.2", W,
     "document-checks; Huawei ID OCR 300–8000 px; scans in PDFs ≥ 150 dpi (our floor)",
     QT_TRANSLATE_NOOP("Documents", "The image, or the scan a PDF holds, has enough pixels to be legible and "
                                    "not too many to upload")},
    {RuleId::DOC_107, "§7.2", B, "TC:常见备案申请驳回",
     QT_TRANSLATE_NOOP("Documents", "Originals that must be in colour are scanned in colour")},
    {RuleId::DOC_108, "§7.2", B, "TC:常见备案申请驳回",
     QT_TRANSLATE_NOOP("Documents", "No page is blank or nearly blank")},
    {RuleId::DOC_109, "§7.1", W, "document-checks",
     QT_TRANSLATE_NOOP("Documents", "The document has the expected number of pages")},
    {RuleId::DOC_110, "R21", B, "§3.3; §7.2",
     QT_TRANSLATE_NOOP("Documents", "The document is within its validity")},
    {RuleId::DOC_111, "§7.1", B, "TC:常见备案申请驳回",
     QT_TRANSLATE_NOOP("Documents", "Numbers and names read from the document match the application")},
    {RuleId::DOC_112, "R41", W, "rules DOC-001",
     QT_TRANSLATE_NOOP("Documents", "The file name's extension matches the content")},
    {RuleId::DOC_113, "§7.1", B, "document store",
     QT_TRANSLATE_NOOP("Documents", "The stored file is unchanged since it was attached")},
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QList<RuleInfo> documentCheckRules()
{
    QList<RuleInfo> list;
    for (const Entry& e : entries)
        list.append(RuleInfo{e.id.toString(), QString::fromUtf8(e.reference), e.severity, u"document"_s,
                             QString::fromUtf8(e.source), QCoreApplication::translate("Documents", e.title)});
    return list;
}

void CheckReport::merge(const CheckReport& other)
{
    for (const QString& id : other.passed) {
        if (!passed.contains(id))
            passed.append(id);
    }
    findings += other.findings;
}

CheckReport checkInspection(const Inspection& in, DocumentKind kind, const DocumentProfile& profile,
                            const QString& path)
{
    CheckReport r;
    using P = Inspection::Problem;
    const QString name =
        in.fileName.isEmpty() ? QCoreApplication::translate("Documents", "The file") : in.fileName;

    // DOC-102 before DOC-101: an unsupported format is the more useful message.
    if (in.problem == P::Format || in.problem == P::Empty) {
        if (in.problem == P::Format)
            r.add(RuleId::DOC_102, B, path, u"%1: %2"_s.arg(name, in.message));
        else
            r.add(RuleId::DOC_101, B, path, u"%1: %2"_s.arg(name, in.message));
        return r;
    }
    // A file that could not be read (a folder, no permission) or whose inspection was
    // cancelled has no known format: claiming DOC-102 passed would be untrue.
    if (in.format == FileFormat::Unknown) {
        r.add(RuleId::DOC_101, B, path, u"%1: %2"_s.arg(name, in.message));
        return r;
    }
    r.pass(RuleId::DOC_102);
    if (in.problem == P::Encrypted) {
        r.pass(RuleId::DOC_101);
        r.add(RuleId::DOC_105, B, path, u"%1: %2"_s.arg(name, in.message));
        return r;
    }
    if (in.problem != P::None) {
        r.add(RuleId::DOC_101, B, path, u"%1: %2"_s.arg(name, in.message));
        return r;
    }
    r.pass(RuleId::DOC_101);
    r.pass(RuleId::DOC_105);

    // DOC-112: the rules engine and the providers go by the name's extension.
    if (!in.extension.isEmpty() && !extensionMatches(in.extension, in.format))
        r.add(RuleId::DOC_112, W, path,
              QCoreApplication::translate("Documents",
                                          "%1 is named .%2 but is a %3 file. It will be attached as .%4.")
                  .arg(name, in.extension, formatName(in.format), formatKey(in.format)));
    else
        r.pass(RuleId::DOC_112);

    // DOC-103 / DOC-104: the provider profile (document-limits table, R41).
    const DocumentUploadLimit limit = profile.limit(kind);
    const QString key = formatKey(in.format);
    const bool formatOk = limit.formats.isEmpty() || limit.formats.contains(key) ||
                          (in.format == FileFormat::Jpeg && limit.formats.contains(u"jpeg"_s));
    if (!formatOk)
        r.add(
            RuleId::DOC_103, B, path,
            QCoreApplication::translate(
                "Documents", "%1 is a %2 file; for “%3” %4 accepts only: %5. Convert it and attach it again.")
                .arg(name, formatName(in.format), displayName(kind), profile.label(),
                     limit.formats.join(u", "_s).toUpper()));
    else
        r.pass(RuleId::DOC_103);
    if (exceedsSizeLimit(in.byteSize, limit.maxBytes, limit.maxExclusive))
        r.add(
            RuleId::DOC_104, B, path,
            (limit.maxExclusive
                 ? QCoreApplication::translate("Documents", "%1 is %2 MB; %3 accepts only files smaller than "
                                                            "%4 MB for “%5”. Reduce the resolution or "
                                                            "compression.")
                 : QCoreApplication::translate("Documents", "%1 is %2 MB; %3 accepts at most %4 MB for “%5”. "
                                                            "Reduce the resolution or compression."))
                .arg(name, megabytes(in.byteSize), profile.label(), megabytes(limit.maxBytes),
                     displayName(kind)));
    else if (limit.minBytes > 0 && in.byteSize < limit.minBytes)
        r.add(RuleId::DOC_104, B, path,
              QCoreApplication::translate(
                  "Documents",
                  "%1 is only %2 KB; %3 wants at least %4 KB for “%5”. Photograph or scan it again at a "
                  "higher resolution.")
                  .arg(name)
                  .arg(in.byteSize / 1024)
                  .arg(profile.label())
                  .arg(limit.minBytes / 1024)
                  .arg(displayName(kind)));
    else
        r.pass(RuleId::DOC_104);

    const DocumentQuality quality = DocumentProfile::quality(kind);
    // DOC-106: pixel size of images, and of the scan a PDF embeds (a PDF of text and
    // drawings has no pixel size of its own).
    if (in.format == FileFormat::Pdf && !in.scanPixelSize.isEmpty()) {
        const QSize px = in.scanPixelSize;
        const int shortSide = std::min(px.width(), px.height());
        // The resolution the scan has on its page.
        const QSizeF page = in.pages.isEmpty() ? QSizeF() : in.pages.constFirst().sizePoints;
        const double shortInches = std::min(page.width(), page.height()) / 72.0;
        const int dpi = shortInches > 0 ? qRound(shortSide / shortInches) : 0;
        if ((quality.minShortSidePx > 0 && shortSide < quality.minShortSidePx) ||
            (quality.minScanDpi > 0 && dpi > 0 && dpi < quality.minScanDpi)) {
            r.add(RuleId::DOC_106, W, path,
                  QCoreApplication::translate(
                      "Documents", "%1 is a scan of only %2 × %3 pixels (about %4 dpi on its page); "
                                   "at least %5 dpi and %6 pixels on the short side are needed to be "
                                   "legible. Scan it again at 300 dpi.")
                      .arg(name)
                      .arg(px.width())
                      .arg(px.height())
                      .arg(dpi)
                      .arg(quality.minScanDpi)
                      .arg(quality.minShortSidePx));
        } else {
            r.pass(RuleId::DOC_106);
        }
    } else if (in.format != FileFormat::Pdf && !in.pages.isEmpty()) {
        const QSize px = in.pages.constFirst().pixelSize;
        const int shortSide = std::min(px.width(), px.height());
        const int longSide = std::max(px.width(), px.height());
        if (quality.minShortSidePx > 0 && shortSide < quality.minShortSidePx)
            r.add(RuleId::DOC_106, W, path,
                  QCoreApplication::translate(
                      "Documents",
                      "%1 is only %2 × %3 pixels; at least %4 pixels on the short side are needed to be "
                      "legible. Scan at 300 dpi or take the photo closer.")
                      .arg(name)
                      .arg(px.width())
                      .arg(px.height())
                      .arg(quality.minShortSidePx));
        else if (quality.maxLongSidePx > 0 && longSide > quality.maxLongSidePx)
            r.add(RuleId::DOC_106, W, path,
                  QCoreApplication::translate(
                      "Documents",
                      "%1 is %2 × %3 pixels; more than %4 pixels per side is more than providers process. "
                      "Reduce it.")
                      .arg(name)
                      .arg(px.width())
                      .arg(px.height())
                      .arg(quality.maxLongSidePx));
        else
            r.pass(RuleId::DOC_106);
    }

    // DOC-108 / DOC-107: what the pages look like.
    int analysed = 0, blank = 0, colour = 0;
    QList<int> blankPages;
    for (int i = 0; i < in.pages.size(); ++i) {
        const PageInfo& p = in.pages[i];
        if (!p.analysed)
            continue;
        ++analysed;
        if (p.look.blank) {
            ++blank;
            blankPages.append(i + 1);
        }
        if (p.look.colour)
            ++colour;
    }
    if (analysed > 0) {
        if (blank == analysed)
            r.add(RuleId::DOC_108, B, path,
                  analysed == 1
                      ? QCoreApplication::translate(
                            "Documents",
                            "%1 is blank or nearly blank. Check that the document lay face down on the "
                            "scanner, and scan it again.")
                            .arg(name)
                      : QCoreApplication::translate(
                            "Documents", "Every page of %1 is blank or nearly blank. Scan it again.")
                            .arg(name));
        else if (blank > 0) {
            QStringList numbers;
            for (int n : blankPages)
                numbers.append(QString::number(n));
            r.add(
                RuleId::DOC_108, W, path,
                QCoreApplication::translate(
                    "Documents", "%1: page(s) %2 are blank or nearly blank. Remove them or scan them again.")
                    .arg(name, numbers.join(u", "_s)));
        } else
            r.pass(RuleId::DOC_108);
        if (quality.colourRequired && colour == 0 && blank < analysed)
            r.add(RuleId::DOC_107, B, path,
                  QCoreApplication::translate(
                      "Documents",
                      "%1 looks like a black-and-white copy, but “%2” must be a colour scan or photo of "
                      "the original. Scan the original in colour.")
                      .arg(name, displayName(kind)));
        else if (quality.colourRequired)
            r.pass(RuleId::DOC_107);
    }

    // DOC-109: page count.
    if (quality.maxPages > 0 && in.pageCount > quality.maxPages)
        r.add(RuleId::DOC_109, W, path,
              QCoreApplication::translate(
                  "Documents",
                  "%1 has %2 pages; “%3” normally has at most %4. Check that the right file is attached.")
                  .arg(name)
                  .arg(in.pageCount)
                  .arg(displayName(kind))
                  .arg(quality.maxPages));
    else
        r.pass(RuleId::DOC_109);
    return r;
}

} // namespace icp
