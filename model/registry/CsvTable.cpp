#include "registry/CsvTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

const QByteArray kUtf8Bom("\xEF\xBB\xBF");

Result<QString> decode(const QByteArray& bytes, TextEncoding& encoding)
{
    if (bytes.startsWith(kUtf8Bom)) {
        encoding = TextEncoding::Utf8Bom;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        return QString(utf8.decode(bytes.mid(kUtf8Bom.size())));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        encoding = TextEncoding::Utf16;
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                             QStringDecoder::Flag::Stateless);
        return QString(utf16.decode(bytes.mid(2)));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        encoding = TextEncoding::Utf8;
        return text;
    }
    // Not UTF-8: what Excel in China writes (GBK, read as its superset GB18030).
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb18030.isValid()) {
        return Error{u"csv.encoding"_s,
                     QCoreApplication::translate("Registry", "The file is not UTF-8, and this system "
                                                             "cannot decode GB18030."),
                     {}};
    }
    const QString gbText = gb18030.decode(bytes);
    if (gb18030.hasError()) {
        return Error{u"csv.encoding"_s,
                     QCoreApplication::translate("Registry", "The file is neither UTF-8 nor GB18030 text: "
                                                             "save it from the spreadsheet as CSV again."),
                     {}};
    }
    encoding = TextEncoding::Gb18030;
    return gbText;
}

// The separator the header line uses more: a tab (Excel's "Unicode text") or a comma.
QChar detectSeparator(const QString& text)
{
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    return tabs > commas ? u'\t' : u',';
}

bool isBlank(const QStringList& record)
{
    for (const QString& field : record) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Utf8Bom:
        return u"UTF-8 with BOM"_s;
    case TextEncoding::Gb18030:
        return u"GB18030"_s;
    case TextEncoding::Utf16:
        return u"UTF-16"_s;
    }
    return {};
}

Result<CsvTable> parseCsv(const QByteArray& bytes)
{
    CsvTable table;
    Result<QString> decoded = decode(bytes, table.encoding);
    if (!decoded)
        return decoded.error();
    const QString& text = decoded.value();
    table.separator = detectSeparator(text);

    // RFC 4180: a field is quoted when it starts with a quote; "" inside is one quote; line
    // breaks inside quotes belong to the field. CRLF, LF and CR all end a record.
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        records.append(record);
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == table.separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        return Error{u"csv.quote"_s,
                     QCoreApplication::translate("Registry", "Row %1: a quoted field is never closed.")
                         .arg(records.size() + 1),
                     {}};
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();

    qsizetype first = 0;
    while (first < records.size() && isBlank(records.at(first)))
        ++first;
    if (first == records.size()) {
        return Error{
            u"csv.empty"_s, QCoreApplication::translate("Registry", "The file has no header line."), {}};
    }
    table.headers = records.at(first);
    for (QString& header : table.headers)
        header = header.trimmed();
    for (qsizetype i = first + 1; i < records.size(); ++i) {
        if (isBlank(records.at(i)))
            continue;
        table.rows.append(records.at(i));
        // Spreadsheet rows count records, not text lines (a cell may hold a line break).
        table.rowNumbers.append(int(i + 1));
    }
    return table;
}

Result<CsvTable> readCsvFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{
            u"csv.read"_s,
            QCoreApplication::translate("Registry", "Cannot read %1: %2").arg(path, file.errorString()),
            path};
    }
    return parseCsv(file.readAll());
}

QString csvRecord(const QStringList& fields, QChar separator)
{
    QStringList quotedFields;
    for (const QString& field : fields) {
        if (field.contains(separator) || field.contains(u'"') || field.contains(u'\n') ||
            field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ')) {
            QString escaped = field;
            escaped.replace(u"\""_s, u"\"\""_s);
            quotedFields.append(u'"' + escaped + u'"');
        } else {
            quotedFields.append(field);
        }
    }
    return quotedFields.join(separator) + u"\r\n"_s;
}

} // namespace icp
