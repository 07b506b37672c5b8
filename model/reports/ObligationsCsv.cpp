#include "reports/ObligationsCsv.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString& value)
{
    static const QString special = u",\"\r\n"_s;
    if (std::none_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); }))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray obligationsCsv(const QList<Obligation>& obligations)
{
    QString text = u"id,kind,subject,entity,dueOn,state,owner,rule,note\r\n"_s;
    for (const Obligation& o : obligations) {
        const QStringList row{
            o.id,           toKey(o.kind), o.subject, o.entityName, o.dueDate().toString(Qt::ISODate),
            toKey(o.state), o.owner,       o.rule,    o.note};
        QStringList fields;
        fields.reserve(row.size());
        for (const QString& value : row)
            fields.append(csvField(value));
        text += fields.join(u',') + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status writeObligationsCsv(const QList<Obligation>& obligations, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(obligationsCsv(obligations)) < 0 || !file.commit())
        return Status::failure(
            u"reports.write"_s,
            QCoreApplication::translate("Reports", "%1 cannot be written: %2").arg(path, file.errorString()));
    return success();
}

} // namespace icp
