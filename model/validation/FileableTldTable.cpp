#include "core/DataTable.h"
#include "validation/DomainName.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

const DataTable& table()
{
    return DataTable::load(u"fileable-tlds"_s);
}

struct Index
{
    QList<FileableTld> rows;
    QHash<QString, qsizetype> bySuffix;
};

const Index& index()
{
    // docs/regulations.md §5.1 rule 1 and §5.5: the suffixes MIIT allows, shipped as data.
    static const Index built = [] {
        Index idx;
        const QJsonArray rows = table().rows();
        idx.rows.reserve(rows.size());
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            FileableTld tld;
            tld.suffix = row.value("suffix"_L1).toString().toLower();
            tld.unicode = row.value("unicode"_L1).toString();
            tld.kind = row.value("kind"_L1).toString();
            tld.fileable = row.value("fileable"_L1).toBool();
            tld.note = row.value("note"_L1).toString();
            if (tld.suffix.isEmpty())
                continue;
            idx.bySuffix.insert(tld.suffix, idx.rows.size());
            idx.rows.append(tld);
        }
        return idx;
    }();
    return built;
}

} // namespace

const FileableTld* FileableTldTable::find(const QString& publicSuffixALabel)
{
    const Index& idx = index();
    const auto it = idx.bySuffix.constFind(publicSuffixALabel);
    return it == idx.bySuffix.constEnd() ? nullptr : &idx.rows.at(*it);
}

bool FileableTldTable::isFileable(const QString& publicSuffixALabel)
{
    const FileableTld* tld = find(publicSuffixALabel);
    return tld && tld->fileable;
}

const QList<FileableTld>& FileableTldTable::all()
{
    return index().rows;
}

QDate FileableTldTable::effective()
{
    return table().effective();
}

QString FileableTldTable::source()
{
    return table().source();
}

} // namespace icp
