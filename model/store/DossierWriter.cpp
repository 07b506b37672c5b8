#include "domain/JsonReader.h"
#include "store/CanonicalJson.h"
#include "store/Dossier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

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

QList<Licence> licencesOfApplication(const Application& application, const QList<Licence>& all)
{
    QStringList referred;
    if (!application.entity.filingNumber.isEmpty())
        referred << application.entity.filingNumber;
    for (const Website& site : application.websites) {
        if (!site.filingNumber.isEmpty())
            referred << site.filingNumber;
    }
    QList<Licence> result;
    for (const Licence& licence : all) {
        if (licence.applicationId == application.id || referred.contains(licence.number))
            result.append(licence);
    }
    // By id: the repository's order (by expiry) must not leak into the file, or two
    // exports of the same data could differ.
    std::sort(result.begin(), result.end(), [](const Licence& a, const Licence& b) { return a.id < b.id; });
    return result;
}

} // namespace icp
