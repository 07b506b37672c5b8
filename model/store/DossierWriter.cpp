#include "domain/JsonReader.h"
#include "store/CanonicalJson.h"
#include "store/Dossier.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace icp {

QByteArray writeDossier(const Dossier& dossier)
{
    QJsonObject root{
        {u"format"_s, u"icp-dossier"_s},
        {u"version"_s, Dossier::formatVersion},
        {u"application"_s, dossier.application.toJson()},
    };
    // Optional members are left out rather than written empty, so a dossier without
    // them stays as short as the one the user wrote.
    if (dossier.exportedAt.isValid())
        root.insert(u"exportedAt"_s, dateTimeToJson(dossier.exportedAt));
    if (!dossier.licences.isEmpty())
        root.insert(u"licences"_s, objectListToJson(dossier.licences));
    return canonicalJson(root);
}

QByteArray writeDossier(const Application& application, const QList<Licence>& licences,
                        const QDateTime& exportedAt)
{
    return writeDossier(Dossier{exportedAt, application, licences});
}

} // namespace icp
