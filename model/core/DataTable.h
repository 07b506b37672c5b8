#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace icp {

// A table of the law shipped as data (model/data/*.json, compiled into the
// resources under :/icp/data/). Every table carries the date it is effective
// from and where it comes from, so a rules update is a data change:
//
//   { "table": "provinces", "effective": "2024-12-24",
//     "source": "GB/T 2260; docs/regulations.md §8.3", "rows": [ {...}, ... ] }
//
// Tables are parsed once and cached; a broken table is a build defect, so it
// is reported through qCritical and yields an empty table rather than a crash.
class DataTable
{
public:
    static const DataTable& load(const QString& name);

    QString name() const { return m_name; }
    QDate effective() const { return m_effective; }
    QString source() const { return m_source; }
    const QJsonArray& rows() const { return m_rows; }
    // Table-level settings other than rows (e.g. "default" values).
    const QJsonObject& header() const { return m_header; }
    bool isValid() const { return m_valid; }

private:
    QString m_name;
    QDate m_effective;
    QString m_source;
    QJsonArray m_rows;
    QJsonObject m_header;
    bool m_valid = false;
};

} // namespace icp
