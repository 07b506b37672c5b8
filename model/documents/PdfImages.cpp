#include "documents/PdfImages.h"

#include "documents/TaskControl.h"

#include <QByteArrayView>
#include <QIODevice>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

constexpr qint64 blockBytes = 1024 * 1024;
// An image dictionary is short; its keys lie within this distance of /Subtype.
constexpr qsizetype dictionaryReach = 2048;

// The value of `/Key <integer>` in the text, or -1 (missing, or an indirect reference).
int integerValue(QByteArrayView dictionary, const QByteArray& key)
{
    // A name ends at a delimiter: /Width must not match /WidthX.
    static const QRegularExpression width(u"/Width\\s*(\\d{1,6})(\\s+\\d+\\s+R)?"_s);
    static const QRegularExpression height(u"/Height\\s*(\\d{1,6})(\\s+\\d+\\s+R)?"_s);
    const QRegularExpression& re = key == "Width" ? width : height;
    const QRegularExpressionMatch match = re.match(QString::fromLatin1(dictionary));
    if (!match.hasMatch() || match.capturedLength(2) > 0)
        return -1;
    return match.captured(1).toInt();
}

} // namespace

QList<QSize> pdfImageSizes(QIODevice& device, qint64 maxBytes, const TaskControl* control)
{
    QList<QSize> sizes;
    if (!device.isOpen() || !device.seek(0))
        return sizes;
    static const QRegularExpression subtype(u"/Subtype\\s*/Image\\b"_s);
    QByteArray window; // the previous block's tail + this block: a dictionary may straddle them
    qint64 consumed = 0;
    qsizetype searchFrom = 0;
    while (consumed < maxBytes && !device.atEnd()) {
        if (cancelled(control))
            break;
        const QByteArray block = device.read(std::min(blockBytes, maxBytes - consumed));
        if (block.isEmpty())
            break;
        consumed += block.size();
        window += block;
        const bool last = consumed >= maxBytes || device.atEnd();
        // Latin-1 keeps byte offsets equal to character offsets.
        const QString text = QString::fromLatin1(window);
        // Matches too close to the end wait for the next block (their keys may follow).
        const qsizetype limit = last ? text.size() : text.size() - dictionaryReach;
        auto it = subtype.globalMatch(text, searchFrom);
        qsizetype next = std::max<qsizetype>(searchFrom, limit);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart() >= limit) {
                next = m.capturedStart();
                break;
            }
            // The dictionary: from its object's start ("obj") to its stream ("stream").
            const qsizetype at = m.capturedStart();
            qsizetype begin = window.lastIndexOf("obj", at);
            if (begin < 0 || at - begin > dictionaryReach)
                begin = std::max<qsizetype>(0, at - dictionaryReach);
            qsizetype end = window.indexOf("stream", at);
            if (end < 0 || end - at > dictionaryReach)
                end = std::min<qsizetype>(window.size(), at + dictionaryReach);
            const QByteArrayView dictionary(window.constData() + begin, end - begin);
            const int w = integerValue(dictionary, "Width");
            const int h = integerValue(dictionary, "Height");
            if (w > 0 && h > 0)
                sizes.append(QSize(w, h));
        }
        // Keep the tail a later match may need; forget the rest.
        const qsizetype keep = std::min<qsizetype>(window.size(), 2 * dictionaryReach);
        const qsizetype dropped = window.size() - keep;
        searchFrom = std::max<qsizetype>(0, next - dropped);
        window = window.right(keep);
    }
    return sizes;
}

QSize scanPixelSize(const QList<QSize>& images)
{
    qint64 largest = 0;
    for (const QSize& s : images)
        largest = std::max(largest, qint64(s.width()) * s.height());
    QSize smallest;
    for (const QSize& s : images) {
        const qint64 area = qint64(s.width()) * s.height();
        if (area * 4 < largest)
            continue;
        if (smallest.isEmpty() || area < qint64(smallest.width()) * smallest.height())
            smallest = s;
    }
    return smallest;
}

} // namespace icp
