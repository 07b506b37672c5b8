#pragma once

// The example dossiers of tests/data/dossiers: invented applications as a user would
// import them (enterprise-filing.json, personal-filing.json, licence-application.json, …).
#include "domain/Application.h"

#include <QString>

namespace icp::test {

// The path of the example dossier `fileName` ("enterprise-filing.json", "invalid/…").
QString exampleDossier(const QString& fileName);

// The application in that dossier; a default-constructed one when it cannot be read
// (the test then fails on its first comparison).
Application example(const QString& fileName);

} // namespace icp::test
