#include "documents/DocumentFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

bool startsWith(const QByteArray& head, const char* magic, qsizetype offset = 0)
{
    const QByteArray m(magic);
    return head.size() >= offset + m.size() && head.mid(offset, m.size()) == m;
}

bool looksLikeText(const QByteArray& head)
{
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x09 || (u > 0x0d && u < 0x20))
            return false;
    }
    return true;
}

} // namespace

FileFormat sniffFormat(const QByteArray& head)
{
    if (head.isEmpty())
        return FileFormat::Empty;
    // PDF readers accept the header anywhere in the first 1024 bytes; providers and we
    // are stricter: the file must start with it (a leading BOM or junk is rejected).
    if (startsWith(head, "%PDF-"))
        return FileFormat::Pdf;
    if (startsWith(head, "\xFF\xD8\xFF"))
        return FileFormat::Jpeg;
    if (startsWith(head, "\x89PNG\r\n\x1A\n"))
        return FileFormat::Png;
    if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a"))
        return FileFormat::Gif;
    if (startsWith(head, "BM") && head.size() >= 14)
        return FileFormat::Bmp;
    if (startsWith(head, "II*") || startsWith(head, "MM\x00*"))
        return FileFormat::Tiff;
    if (startsWith(head, "RIFF") && startsWith(head, "WEBP", 8))
        return FileFormat::Webp;
    if (startsWith(head, "ftypheic", 4) || startsWith(head, "ftypheix", 4) || startsWith(head, "ftypmif1", 4))
        return FileFormat::Heic;
    if (startsWith(head, "PK\x03\x04"))
        return FileFormat::Zip;
    if (looksLikeText(head))
        return FileFormat::Text;
    return FileFormat::Unknown;
}

bool isAcceptedFormat(FileFormat format)
{
    return format == FileFormat::Pdf || format == FileFormat::Jpeg || format == FileFormat::Png;
}

QString formatKey(FileFormat format)
{
    switch (format) {
    case FileFormat::Pdf:
        return u"pdf"_s;
    case FileFormat::Jpeg:
        return u"jpg"_s;
    case FileFormat::Png:
        return u"png"_s;
    case FileFormat::Gif:
        return u"gif"_s;
    case FileFormat::Bmp:
        return u"bmp"_s;
    case FileFormat::Tiff:
        return u"tiff"_s;
    case FileFormat::Webp:
        return u"webp"_s;
    case FileFormat::Heic:
        return u"heic"_s;
    case FileFormat::Zip:
        return u"zip"_s;
    case FileFormat::Text:
        return u"text"_s;
    case FileFormat::Empty:
    case FileFormat::Unknown:
        break;
    }
    return {};
}

QString formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Pdf:
        return u"PDF"_s;
    case FileFormat::Jpeg:
        return u"JPEG"_s;
    case FileFormat::Png:
        return u"PNG"_s;
    case FileFormat::Gif:
        return u"GIF"_s;
    case FileFormat::Bmp:
        return u"BMP"_s;
    case FileFormat::Tiff:
        return u"TIFF"_s;
    case FileFormat::Webp:
        return u"WebP"_s;
    case FileFormat::Heic:
        return u"HEIC"_s;
    case FileFormat::Zip:
        return QCoreApplication::translate("Documents", "ZIP archive (or Office document)");
    case FileFormat::Text:
        return QCoreApplication::translate("Documents", "plain text");
    case FileFormat::Empty:
        return QCoreApplication::translate("Documents", "empty file");
    case FileFormat::Unknown:
        break;
    }
    return QCoreApplication::translate("Documents", "unknown");
}

QString formatMimeType(FileFormat format)
{
    switch (format) {
    case FileFormat::Pdf:
        return u"application/pdf"_s;
    case FileFormat::Jpeg:
        return u"image/jpeg"_s;
    case FileFormat::Png:
        return u"image/png"_s;
    default:
        return u"application/octet-stream"_s;
    }
}

QString fileExtension(const QString& fileName)
{
    const qsizetype slash = std::max(fileName.lastIndexOf(u'/'), fileName.lastIndexOf(u'\\'));
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot <= slash + 1 || dot + 1 >= fileName.size())
        return {};
    return fileName.mid(dot + 1).toLower();
}

bool extensionMatches(const QString& extension, FileFormat format)
{
    if (format == FileFormat::Jpeg)
        return extension == "jpg"_L1 || extension == "jpeg"_L1;
    if (format == FileFormat::Tiff)
        return extension == "tif"_L1 || extension == "tiff"_L1;
    return !extension.isEmpty() && extension == formatKey(format);
}

} // namespace icp
