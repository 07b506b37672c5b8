#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace icp {

struct TextPosition
{
    int line = 0;   // 1-based; 0 = unknown
    int column = 0; // 1-based, in Unicode code points
    bool isValid() const { return line > 0; }
};

// Where each value of a JSON text is: QJsonDocument keeps no positions, so the raw
// UTF-8 text is scanned once (structure only, values are not converted) and every
// JSON path ("$.websites[1].domains[0]", spelled as jsonMemberPath/jsonIndexPath do)
// is mapped to the position of its member name, or of the value for array elements
// and the root. Meant for text that QJsonDocument has already accepted; on anything
// else it stops quietly at the first surprise and keeps what it found.
class JsonPositionIndex
{
public:
    explicit JsonPositionIndex(const QByteArray& utf8);

    // The position of `path`, or of its nearest ancestor that is in the text (a
    // missing member is reported where its object starts).
    TextPosition find(const QString& path) const;
    struct Duplicate
    {
        QString path;
        TextPosition position; // of the repeated occurrence
    };
    // Members whose name occurs again in the same object (QJsonDocument keeps only one).
    const QList<Duplicate>& duplicates() const { return m_duplicates; }

    // Line and column of a byte offset (for QJsonParseError::offset).
    static TextPosition positionOfOffset(const QByteArray& utf8, qsizetype offset);

private:
    QHash<QString, TextPosition> m_positions;
    QList<Duplicate> m_duplicates;

    friend class JsonPositionScanner;
};

} // namespace icp
