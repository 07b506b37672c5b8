#pragma once

#include <QByteArray>
#include <QString>

namespace icp {

// What a file is, judged by its first bytes (never by its name): the providers take
// PDF, JPEG and PNG (docs/regulations.md §7.2); the others are recognised only to say what
// the user gave us.
enum class FileFormat { Empty, Unknown, Pdf, Jpeg, Png, Gif, Bmp, Tiff, Webp, Heic, Zip, Text };

// How many leading bytes sniffFormat() needs.
inline constexpr int formatSniffBytes = 32;

FileFormat sniffFormat(const QByteArray& head);
bool isAcceptedFormat(FileFormat format); // PDF, JPEG, PNG
QString formatKey(FileFormat format);     // "pdf", "jpg", "png", "gif" …; "" for Empty/Unknown (stable)
QString formatName(FileFormat format);    // "PDF", "JPEG" … or a translated "unknown"
QString formatMimeType(FileFormat format);
// Lower-case extension of a file name ("jpeg" for "a.JPEG"), empty when none.
QString fileExtension(const QString& fileName);
// True when an extension names the format (jpg/jpeg for JPEG …).
bool extensionMatches(const QString& extension, FileFormat format);

} // namespace icp
