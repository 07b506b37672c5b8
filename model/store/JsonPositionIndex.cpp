#include "store/JsonPositionIndex.h"

#include "domain/Json.h"

using namespace Qt::StringLiterals;

namespace icp {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

// Recursive descent over the structure of the text. Nesting depth is bounded because
// QJsonDocument (which rejects deeper documents) has accepted the text first, and by
// an explicit limit for safety.
class JsonPositionScanner
{
public:
    JsonPositionScanner(const QByteArray& text, JsonPositionIndex& index)
        : m_text(text)
        , m_index(index)
    {}

    void scanDocument()
    {
        skipWhitespace();
        value(u"$"_s, 0);
    }

private:
    static constexpr int maxDepth = 1024;

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void advance()
    {
        const auto byte = static_cast<unsigned char>(m_text.at(m_pos));
        ++m_pos;
        if (byte == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count code points, not continuation bytes
            ++m_column;
        }
    }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    TextPosition here() const { return TextPosition{m_line, m_column}; }

    void record(const QString& path, TextPosition position)
    {
        if (m_suppress > 0)
            return;
        if (m_index.m_positions.contains(path)) {
            m_index.m_duplicates.append(JsonPositionIndex::Duplicate{path, position});
            return;
        }
        m_index.m_positions.insert(path, position);
    }

    bool value(const QString& path, int depth)
    {
        if (atEnd() || depth > maxDepth)
            return false;
        if (m_suppress == 0 && !m_index.m_positions.contains(path))
            record(path, here());
        const char c = peek();
        if (c == '{')
            return object(path, depth);
        if (c == '[')
            return array(path, depth);
        if (c == '"') {
            QString ignored;
            return string(ignored);
        }
        // Number or literal: up to the next delimiter.
        while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' &&
               peek() != '\n' && peek() != '\r' && peek() != '\t')
            advance();
        return true;
    }

    bool object(const QString& path, int depth)
    {
        advance(); // {
        skipWhitespace();
        if (peek() == '}') {
            advance();
            return true;
        }
        while (!atEnd()) {
            skipWhitespace();
            const TextPosition keyPosition = here();
            QString key;
            if (peek() != '"' || !string(key))
                return false;
            const QString memberPath = jsonMemberPath(path, key);
            // A duplicate's value is skipped without recording, so its own members are
            // not reported as duplicates as well.
            const bool duplicate = m_suppress == 0 && m_index.m_positions.contains(memberPath);
            record(memberPath, keyPosition);
            skipWhitespace();
            if (peek() != ':')
                return false;
            advance();
            skipWhitespace();
            if (duplicate)
                ++m_suppress;
            const bool ok = value(memberPath, depth + 1);
            if (duplicate)
                --m_suppress;
            if (!ok)
                return false;
            skipWhitespace();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == '}') {
                advance();
                return true;
            }
            return false;
        }
        return false;
    }

    bool array(const QString& path, int depth)
    {
        advance(); // [
        skipWhitespace();
        if (peek() == ']') {
            advance();
            return true;
        }
        for (qsizetype index = 0; !atEnd(); ++index) {
            skipWhitespace();
            if (!value(jsonIndexPath(path, index), depth + 1))
                return false;
            skipWhitespace();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == ']') {
                advance();
                return true;
            }
            return false;
        }
        return false;
    }

    // Reads a string token and decodes it: member names must match the keys QJsonDocument
    // parsed, escapes included.
    bool string(QString& decoded)
    {
        advance();      // opening quote
        QByteArray raw; // plain UTF-8 run since the last escape
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                advance();
                decoded += QString::fromUtf8(raw);
                return true;
            }
            if (c != '\\') {
                raw.append(c);
                advance();
                continue;
            }
            advance();
            if (atEnd())
                return false;
            const char escape = peek();
            advance();
            switch (escape) {
            case 'b':
                raw.append('\b');
                break;
            case 'f':
                raw.append('\f');
                break;
            case 'n':
                raw.append('\n');
                break;
            case 'r':
                raw.append('\r');
                break;
            case 't':
                raw.append('\t');
                break;
            case 'u': {
                char16_t unit = 0;
                for (int i = 0; i < 4; ++i) {
                    if (atEnd())
                        return false;
                    const int digit = hexDigit(peek());
                    if (digit < 0)
                        return false;
                    unit = char16_t(unit * 16 + digit);
                    advance();
                }
                // UTF-16 units are appended as they are, so surrogate pairs join up.
                decoded += QString::fromUtf8(raw);
                raw.clear();
                decoded += QChar(unit);
                break;
            }
            default:
                raw.append(escape); // \" \\ \/
            }
        }
        return false;
    }

    const QByteArray& m_text;
    JsonPositionIndex& m_index;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    int m_suppress = 0; // > 0 while inside the value of a duplicate member
};

JsonPositionIndex::JsonPositionIndex(const QByteArray& utf8)
{
    JsonPositionScanner scanner(utf8, *this);
    scanner.scanDocument();
}

TextPosition JsonPositionIndex::find(const QString& path) const
{
    const auto exact = m_positions.constFind(path);
    if (exact != m_positions.constEnd())
        return *exact;
    // Nearest ancestor: the longest indexed path that prefixes `path` at a step boundary.
    TextPosition best;
    qsizetype bestLength = -1;
    for (auto it = m_positions.constBegin(); it != m_positions.constEnd(); ++it) {
        const QString& candidate = it.key();
        if (candidate.size() <= bestLength || candidate.size() >= path.size() || !path.startsWith(candidate))
            continue;
        const QChar next = path.at(candidate.size());
        if (next == u'.' || next == u'[') {
            best = it.value();
            bestLength = candidate.size();
        }
    }
    return best;
}

TextPosition JsonPositionIndex::positionOfOffset(const QByteArray& utf8, qsizetype offset)
{
    TextPosition position{1, 1};
    const qsizetype end = std::min(offset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++position.column;
        }
    }
    return position;
}

} // namespace icp
