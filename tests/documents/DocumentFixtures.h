#pragma once

// Test files made by the project itself (QPdfWriter, QPainter, hand-built PDF bytes):
// nothing real, every ID number and credit code invented and computed valid.

#include "domain/Application.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <utility>

namespace icp {

using namespace Qt::StringLiterals;
class DocumentStore;
} // namespace icp

namespace icp::fixtures {

// Invented identifiers, computed valid with the project's own check functions.
QString residentId(const QString& first17 = u"11010519491231002"_s); // GB 11643 example → …002X
QString uscc(const QString& region = u"110108"_s, const QString& organisation8 = u"MA01K7P2"_s);

// PDFs (QPdfWriter: real, extractable text; Latin in DejaVu Sans, CJK in Noto Sans CJK SC).
QByteArray pdf(const QStringList& pageTexts);
QByteArray manyPagePdf(int pages);
// An image-only PDF (one scanned page, no text layer).
QByteArray imagePdf(const QImage& page, int dpi = 150);
// A hand-built PDF 1.4 encrypted with the standard security handler (RC4 40-bit, R2)
// and a user password, so that it cannot be opened without it.
QByteArray encryptedPdf(const QByteArray& userPassword = "secret", const QByteArray& text = "Secret page");

// Scan-like images (QPainter).
struct CardText
{
    QString name = u"王建国"_s;
    QString idNumber;   // resident ID card front
    QString entityName; // business licence
    QString uscc;       // business licence
    QString validity;   // "2016.03.01-2036.03.01", "2015年03月01日 至 长期"
};
QImage idCardFront(const CardText& text, bool colour = true, int width = 1200);
QImage idCardBack(const CardText& text, bool colour = true, int width = 1200);
QImage businessLicence(const CardText& text, bool colour = true, int width = 1400);
// A scanned A4 page of printed text (a letter, a form: the authenticity sheet).
QImage textPage(const QString& text, bool colour = true, int width = 1240);
// The principal's photo in front of the provider's backdrop (幕布照): a person shape
// on a blue-and-white backdrop, no text.
QImage principalPhoto(bool colour = true, int width = 600);
QImage blankPage(int width = 1240, int height = 1754, bool noise = true);
QImage greyCopy(const QImage& image);

QByteArray jpeg(const QImage& image, int quality = 90);
QByteArray png(const QImage& image);
// Inserts an EXIF APP1 segment with the given Orientation (1–8) after the JPEG's SOI.
QByteArray withExifOrientation(const QByteArray& jpeg, int orientation);

bool writeFile(const QString& path, const QByteArray& bytes);
// Writes `bytes` as `name` inside `dir`: the file's path, or an empty string when writing failed.
QString writeFileIn(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes);

// An example of tests/data/dossiers (by file name without .json) with its documents
// removed: the documents tests attach their own. Empty when the file cannot be read.
Application exampleWithoutDocuments(const QString& name = u"enterprise-filing"_s);
// A sparse file of `size` bytes that starts with `head` (the rest reads as zeros).
bool writeSparseFile(const QString& path, qint64 size, const QByteArray& head = {});

// The business licence of exampleWithoutDocuments() scanned as a JPEG at `path`
// (OCR reads its credit code; a wide one takes a while to read).
QString writeExampleLicence(const QString& path, bool colour = true, int width = 2000);
// exampleWithoutDocuments() with files put in `store` and attached to checklist lines
// (line key, file path) as of `asOf`, never analysed: a re-check pass reads them.
Application withStoredDocuments(DocumentStore& store, const QList<std::pair<QString, QString>>& lineAndFile,
                                QDate asOf);

} // namespace icp::fixtures
