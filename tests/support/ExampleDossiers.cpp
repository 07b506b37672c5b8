#include "ExampleDossiers.h"

#include "store/Dossier.h"

namespace icp::test {

QString exampleDossier(const QString& fileName)
{
    return QString::fromUtf8(ICP_TEST_DATA_DIR "/dossiers/") + fileName;
}

Application example(const QString& fileName)
{
    const Result<Dossier> dossier = readDossierFile(exampleDossier(fileName));
    return dossier ? dossier->application : Application{};
}

} // namespace icp::test
