#include "store/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cmath>
#include <limits>

namespace icp {

namespace {

void appendString(QByteArray& out, const QString& text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                out.append("\\u00");
                out.append(hex[byte >> 4]);
                out.append(hex[byte & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendNumber(QByteArray& out, const QJsonValue& value)
{
    constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
    const qint64 integer = value.toInteger(notIntegral);
    if (integer != notIntegral) {
        out.append(QByteArray::number(integer));
        return;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number)) {
        out.append("null"); // JSON has no NaN or infinity
        return;
    }
    out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void appendIndent(QByteArray& out, int depth)
{
    out.append('\n');
    out.append(QByteArray(qsizetype(depth) * 2, ' '));
}

void appendValue(QByteArray& out, const QJsonValue& value, int depth)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        appendNumber(out, value);
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out.append("[]");
            break;
        }
        out.append('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendIndent(out, depth + 1);
            appendValue(out, array.at(i), depth + 1);
        }
        appendIndent(out, depth);
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out.append("{}");
            break;
        }
        out.append('{');
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first)
                out.append(',');
            first = false;
            appendIndent(out, depth + 1);
            appendString(out, it.key());
            out.append(": ");
            appendValue(out, it.value(), depth + 1);
        }
        appendIndent(out, depth);
        out.append('}');
        break;
    }
    }
}

} // namespace

QByteArray canonicalJson(const QJsonValue& value)
{
    QByteArray out;
    appendValue(out, value, 0);
    out.append('\n');
    return out;
}

} // namespace icp
