#include "DocumentFixtures.h"

#include "ExampleDossiers.h"
#include "SampleDomain.h"
#include "documents/DocumentChecklist.h"
#include "documents/DocumentStore.h"
#include "store/Dossier.h"
#include "validation/ResidentId.h"
#include "validation/Uscc.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <array>

using namespace Qt::StringLiterals;

namespace icp::fixtures {

namespace {

QFont font(double pointSize, bool bold = false)
{
    QFont f;
    f.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QFont pixelFont(int pixels, bool bold = false)
{
    QFont f;
    f.setFamilies({u"Noto Sans CJK SC"_s, u"DejaVu Sans"_s});
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

// Digits drawn in DejaVu Sans (docs/toolchain.md §5), labels in Noto Sans CJK.
QFont digitFont(int pixels)
{
    QFont f;
    f.setFamilies({u"DejaVu Sans Mono"_s, u"DejaVu Sans"_s});
    f.setPixelSize(pixels);
    return f;
}

void paper(QPainter& p, const QRect& r, bool colour)
{
    p.fillRect(r, colour ? QColor(236, 241, 248) : QColor(240, 240, 240));
    // Light scanner noise so that the page is not a flat synthetic colour.
    QRandomGenerator rng(42);
    for (int i = 0; i < r.width() * r.height() / 200; ++i) {
        const int v = 200 + int(rng.bounded(40));
        p.setPen(colour ? QColor(v, v + 10 > 255 ? 255 : v + 10, 255) : QColor(v, v, v));
        p.drawPoint(int(rng.bounded(r.width())), int(rng.bounded(r.height())));
    }
}

QImage finish(const QImage& image, bool colour)
{
    return colour ? image : greyCopy(image);
}

// A scan of `width` × `height` pixels: paper with scanner noise, what `draw(painter, u)`
// paints on it (u = width / units, the layout's unit), grey unless `colour`.
template <typename Draw> QImage scan(int width, int height, bool colour, int units, Draw draw)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    paper(p, image.rect(), colour);
    draw(p, width / units);
    p.end();
    return finish(image, colour);
}

// RC4, for the encrypted fixture only.
QByteArray rc4(const QByteArray& key, const QByteArray& data)
{
    std::array<unsigned char, 256> s{};
    for (int i = 0; i < 256; ++i)
        s[std::size_t(i)] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[std::size_t(i)] + static_cast<unsigned char>(key[i % key.size()])) & 0xff;
        std::swap(s[std::size_t(i)], s[std::size_t(j)]);
    }
    QByteArray out(data.size(), '\0');
    for (qsizetype n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) & 0xff;
        j = (j + s[std::size_t(i)]) & 0xff;
        std::swap(s[std::size_t(i)], s[std::size_t(j)]);
        out[n] = char(static_cast<unsigned char>(data[n]) ^
                      s[std::size_t((s[std::size_t(i)] + s[std::size_t(j)]) & 0xff)]);
    }
    return out;
}

QByteArray md5(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

} // namespace

QString residentId(const QString& first17)
{
    return test::residentId(first17.left(6), first17.mid(6, 8), first17.mid(14));
}

QString uscc(const QString& region, const QString& organisation8)
{
    return test::uscc(u"91"_s, region, organisation8);
}

QByteArray pdf(const QStringList& pageTexts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    QPainter p(&writer);
    for (int i = 0; i < pageTexts.size(); ++i) {
        if (i > 0)
            writer.newPage();
        p.setFont(font(14));
        p.drawText(QRect(100, 100, 1040, 1500), Qt::TextWordWrap, pageTexts[i]);
        // A coloured band so that the page is a "colour" page; an empty text is a blank page.
        if (!pageTexts[i].isEmpty())
            p.fillRect(QRect(100, 40, 300, 30), QColor(200, 30, 30));
    }
    p.end();
    return bytes;
}

QByteArray manyPagePdf(int pages)
{
    QStringList texts;
    for (int i = 1; i <= pages; ++i)
        texts.append(u"Page %1 of %2\nLorem ipsum dolor sit amet, 第%1页"_s.arg(i).arg(pages));
    return pdf(texts);
}

QByteArray imagePdf(const QImage& page, int dpi)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(dpi);
    writer.setPageSize(QPageSize(QSizeF(page.width() * 72.0 / dpi, page.height() * 72.0 / dpi),
                                 QPageSize::Point, {}, QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&writer);
    p.drawImage(QRect(QPoint(0, 0), page.size()), page);
    p.end();
    return bytes;
}

QByteArray encryptedPdf(const QByteArray& userPassword, const QByteArray& text)
{
    // PDF 1.7 reference, §3.5.2 algorithms 3.2–3.4 (revision 2, 40-bit key).
    static const QByteArray padding =
        QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    const auto pad = [](const QByteArray& pw) {
        return QByteArray(pw + padding).left(32);
    };
    const QByteArray id = md5("icp-assistant encrypted fixture");
    const qint32 permissions = -44;
    const QByteArray ownerKey = md5(pad("owner-password")).left(5);
    const QByteArray o = rc4(ownerKey, pad(userPassword));
    QByteArray p(4, '\0');
    for (int i = 0; i < 4; ++i)
        p[i] = char((quint32(permissions) >> (8 * i)) & 0xff);
    const QByteArray key = md5(pad(userPassword) + o + p + id).left(5);
    const QByteArray u = rc4(key, padding);
    const auto objectKey = [&key](int number) {
        QByteArray k = key;
        k.append(char(number & 0xff)).append(char((number >> 8) & 0xff)).append(char((number >> 16) & 0xff));
        k.append('\0').append('\0');
        return md5(k).left(10);
    };
    const QByteArray content = "BT /F1 24 Tf 72 720 Td (" + text + ") Tj ET";
    const QByteArray stream = rc4(objectKey(4), content);

    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    const auto object = [&](int number, const QByteArray& body) {
        offsets.append(out.size());
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };
    object(1, "<< /Type /Catalog /Pages 2 0 R >>");
    object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
              "/Resources << /Font << /F1 5 0 R >> >> >>");
    object(4, "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    object(6, "<< /Filter /Standard /V 1 /R 2 /O <" + o.toHex() + "> /U <" + u.toHex() + "> /P " +
                  QByteArray::number(permissions) + " >>");
    const qsizetype xref = out.size();
    out += "xref\n0 7\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        out += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size 7 /Root 1 0 R /Encrypt 6 0 R /ID [<" + id.toHex() + "> <" + id.toHex() +
           ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QImage idCardFront(const CardText& t, bool colour, int width)
{
    const int height = width * 54 / 86; // ID-1 card
    return scan(width, height, colour, 40, [&](QPainter& p, int u) {
        p.setPen(Qt::black);
        p.setFont(pixelFont(u * 2));
        p.drawText(QPoint(u * 2, u * 4), u"姓名  "_s + t.name);
        p.drawText(QPoint(u * 2, u * 8), u"性别  男    民族  汉"_s);
        p.drawText(QPoint(u * 2, u * 12), u"住址  北京市海淀区示例路1号"_s);
        p.drawText(QPoint(u * 2, height - u * 4), u"公民身份号码"_s);
        p.setFont(digitFont(u * 2));
        p.drawText(QPoint(u * 14, height - u * 4), t.idNumber);
        // Photo area in colour (skin tone and red background) — a colour original.
        p.fillRect(QRect(width - u * 12, u * 3, u * 9, u * 12),
                   colour ? QColor(200, 60, 50) : QColor(110, 110, 110));
        p.setBrush(colour ? QColor(230, 180, 150) : QColor(190, 190, 190));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRect(width - u * 10, u * 5, u * 5, u * 6));
    });
}

QImage idCardBack(const CardText& t, bool colour, int width)
{
    const int height = width * 54 / 86;
    return scan(width, height, colour, 40, [&](QPainter& p, int u) {
        // The national emblem area (red), then the texts.
        p.setBrush(colour ? QColor(210, 30, 30) : QColor(100, 100, 100));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRect(u * 2, u * 2, u * 7, u * 7));
        p.setPen(Qt::black);
        p.setFont(pixelFont(u * 2, true));
        p.drawText(QPoint(u * 11, u * 5), u"中华人民共和国"_s);
        p.drawText(QPoint(u * 11, u * 9), u"居民身份证"_s);
        p.setFont(pixelFont(u * 3 / 2));
        p.drawText(QPoint(u * 4, height - u * 8), u"签发机关  北京市公安局海淀分局"_s);
        p.drawText(QPoint(u * 4, height - u * 4), u"有效期限"_s);
        p.setFont(digitFont(u * 3 / 2));
        p.drawText(QPoint(u * 13, height - u * 4), t.validity);
    });
}

QImage businessLicence(const CardText& t, bool colour, int width)
{
    const int height = width * 297 / 420; // landscape A3-like
    return scan(width, height, colour, 50, [&](QPainter& p, int u) {
        QPen border(colour ? QColor(190, 40, 40) : QColor(90, 90, 90));
        border.setWidth(u / 2);
        p.setPen(border);
        p.drawRect(QRect(0, 0, width, height).adjusted(u, u, -u, -u));
        p.setPen(Qt::black);
        p.setFont(pixelFont(u * 3, true));
        p.drawText(QRect(0, u * 2, width, u * 4), Qt::AlignHCenter, u"营业执照"_s);
        p.setFont(pixelFont(u * 3 / 2));
        p.drawText(QPoint(u * 3, u * 10), u"统一社会信用代码"_s);
        p.setFont(digitFont(u * 3 / 2));
        p.drawText(QPoint(u * 18, u * 10), t.uscc);
        p.setFont(pixelFont(u * 3 / 2));
        p.drawText(QPoint(u * 3, u * 14), u"名称  "_s + t.entityName);
        p.drawText(QPoint(u * 3, u * 18), u"类型  有限责任公司"_s);
        p.drawText(QPoint(u * 3, u * 22), u"法定代表人  "_s + t.name);
        p.drawText(QPoint(u * 3, u * 26), u"营业期限  "_s + t.validity);
        // The red seal.
        if (colour) {
            QPen seal(QColor(220, 20, 20));
            seal.setWidth(u / 3);
            p.setPen(seal);
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRect(width - u * 14, height - u * 14, u * 10, u * 10));
        }
    });
}

QImage textPage(const QString& text, bool colour, int width)
{
    const int height = width * 297 / 210;
    return scan(width, height, colour, 40, [&](QPainter& p, int u) {
        p.setPen(Qt::black);
        p.setFont(pixelFont(u * 3 / 2));
        p.drawText(QRect(u * 3, u * 4, width - u * 6, height - u * 12), Qt::TextWordWrap, text);
        // The seal, in red on a colour scan.
        QPen seal(colour ? QColor(220, 20, 20) : QColor(90, 90, 90));
        seal.setWidth(u / 3);
        p.setPen(seal);
        p.drawEllipse(QRect(width - u * 14, height - u * 14, u * 9, u * 9));
    });
}

QImage principalPhoto(bool colour, int width)
{
    const int height = width * 4 / 3;
    return scan(width, height, colour, 12, [&](QPainter& p, int u) {
        // The backdrop's blue band, then shoulders, face and hair.
        p.fillRect(QRect(0, 0, width, u * 3), colour ? QColor(30, 90, 170) : QColor(95, 95, 95));
        p.setPen(Qt::NoPen);
        p.setBrush(colour ? QColor(40, 50, 70) : QColor(60, 60, 60));
        p.drawRoundedRect(QRect(u * 2, u * 11, u * 8, u * 6), u, u);
        p.setBrush(colour ? QColor(230, 185, 155) : QColor(185, 185, 185));
        p.drawEllipse(QRect(u * 4, u * 5, u * 4, u * 5));
        p.setBrush(colour ? QColor(35, 25, 20) : QColor(35, 35, 35));
        p.drawChord(QRect(u * 4, u * 4 + u / 2, u * 4, u * 3), 0, 180 * 16);
    });
}

QImage blankPage(int width, int height, bool noise)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(250, 250, 248));
    if (noise) {
        QRandomGenerator rng(7);
        for (int i = 0; i < width * height / 5000; ++i)
            image.setPixel(int(rng.bounded(width)), int(rng.bounded(height)), qRgb(225, 225, 225));
    }
    return image;
}

QImage greyCopy(const QImage& image)
{
    return image.convertToFormat(QImage::Format_Grayscale8).convertToFormat(QImage::Format_RGB32);
}

QByteArray jpeg(const QImage& image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray withExifOrientation(const QByteArray& jpegBytes, int orientation)
{
    // APP1 "Exif\0\0" + little-endian TIFF header + IFD0 with one entry: Orientation (0x0112).
    QByteArray tiff = QByteArray::fromHex("49492A0008000000"); // "II", 42, IFD0 at offset 8
    tiff += QByteArray::fromHex("0100");                       // one entry
    tiff += QByteArray::fromHex("120103000100000000000000");   // 0x0112 SHORT ×1, value below
    tiff[8 + 2 + 8] = char(orientation);
    tiff += QByteArray::fromHex("00000000"); // no next IFD
    QByteArray app1 = "Exif";
    app1 += QByteArray(2, '\0');
    app1 += tiff;
    const int length = int(app1.size()) + 2;
    QByteArray segment = QByteArray::fromHex("FFE1");
    segment += char((length >> 8) & 0xff);
    segment += char(length & 0xff);
    segment += app1;
    return jpegBytes.left(2) + segment + jpegBytes.mid(2);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString writeFileIn(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    return writeFile(path, bytes) ? path : QString();
}

bool writeSparseFile(const QString& path, qint64 size, const QByteArray& head)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    if (!head.isEmpty() && f.write(head) != head.size())
        return false;
    return f.resize(size);
}

Application exampleWithoutDocuments(const QString& name)
{
    Application app = test::example(name + u".json");
    app.documents.clear();
    return app;
}

QString writeExampleLicence(const QString& path, bool colour, int width)
{
    CardText text;
    text.uscc = exampleWithoutDocuments().entity.certificateNumber;
    text.entityName = u"北京云栈示例科技有限公司"_s;
    text.validity = u"2015年03月01日 至 长期"_s;
    writeFile(path, jpeg(businessLicence(text, colour, width), 92));
    return path;
}

Application withStoredDocuments(DocumentStore& store, const QList<std::pair<QString, QString>>& lineAndFile,
                                QDate asOf)
{
    Application app = exampleWithoutDocuments();
    const DocumentChecklist list = DocumentChecklist::build(app, asOf);
    for (const auto& [line, file] : lineAndFile) {
        const auto stored = store.addFile(file);
        const ChecklistItem* item = list.item(line);
        if (!stored || !item)
            qFatal("cannot store %s for %s", qPrintable(file), qPrintable(line));
        app.documents.append(DocumentChecklist::documentFor(*item, stored->sha256, stored->byteSize,
                                                            QFileInfo(file).fileName(), u"image/jpeg"_s));
    }
    return app;
}

} // namespace icp::fixtures
