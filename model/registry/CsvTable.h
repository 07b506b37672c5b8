#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Spreadsheet text files (docs/portfolio.md "Registry and import"): what Excel and WPS write
// as CSV or "Unicode text". Excel in China saves CSV in GB18030/GBK, not UTF-8, so the
// encoding is detected: valid UTF-8 (with or without a BOM) is UTF-8, anything else GB18030
// (a superset of GBK and GB2312); a UTF-16 BOM means UTF-16. The separator is a comma or a tab, whichever the
// header line uses more; fields are quoted as RFC 4180 says.
namespace icp {

// Utf16 is Excel's "Unicode text" (tab-separated UTF-16 with a BOM).
enum class TextEncoding { Utf8, Utf8Bom, Gb18030, Utf16 };
QString textEncodingName(TextEncoding encoding); // "UTF-8", "UTF-8 with BOM", "GB18030", "UTF-16"

struct CsvTable
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar separator = u',';
    QStringList headers;     // the first record
    QList<QStringList> rows; // every later record that is not blank, in order
    QList<int> rowNumbers;   // the spreadsheet row of each (the header is row 1)
};

// Reason codes: csv.empty (no header line), csv.encoding (neither UTF-8 nor GB18030),
// csv.quote (a quoted field never closed: the row it starts in is named).
Result<CsvTable> parseCsv(const QByteArray& bytes);
// "csv.read" when the file cannot be read, else parseCsv's.
Result<CsvTable> readCsvFile(const QString& path);

// One record as RFC 4180 text (fields quoted when they hold the separator, a quote or a line
// break), ended by CRLF as Excel writes it.
QString csvRecord(const QStringList& fields, QChar separator = u',');

} // namespace icp
