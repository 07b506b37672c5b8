#include "core/DataTable.h"

#include "core/Logging.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <memory>

using namespace Qt::StringLiterals;

namespace icp {

const DataTable& DataTable::load(const QString& name)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<DataTable>> cache;

    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(name); it != cache.constEnd())
        return **it;

    auto table = std::make_shared<DataTable>();
    table->m_name = name;
    QFile file(u":/icp/data/"_s + name + u".json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcCore) << "data table missing:" << file.fileName();
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        const QJsonObject root = doc.object();
        if (parseError.error != QJsonParseError::NoError || !root.value("rows"_L1).isArray()) {
            qCCritical(lcCore) << "data table" << name << "is malformed:" << parseError.errorString();
        } else {
            table->m_effective = QDate::fromString(root.value("effective"_L1).toString(), Qt::ISODate);
            table->m_source = root.value("source"_L1).toString();
            table->m_rows = root.value("rows"_L1).toArray();
            table->m_header = root;
            table->m_header.remove("rows"_L1);
            table->m_valid = table->m_effective.isValid() && !table->m_source.isEmpty();
            if (!table->m_valid)
                qCCritical(lcCore) << "data table" << name << "lacks an effective date or a source";
        }
    }
    cache.insert(name, table);
    return *table;
}

} // namespace icp
