#pragma once

#include "core/Result.h"
#include "domain/Application.h"
#include "domain/Licence.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace icp {

// A dossier: one application with everything it references, as one JSON file for
// exchange, backup and hand-editing (docs/dossier.md). Document files themselves are
// not embedded in version 1: documents travel as metadata plus SHA-256.
struct Dossier
{
    static constexpr int formatVersion = 1;

    QDateTime exportedAt; // optional; written only when set, never filled in implicitly
    Application application;
    QList<Licence> licences; // records the application produced or refers to (may be empty)

    bool operator==(const Dossier&) const = default;
};

// One problem found while reading a dossier, located in the text.
struct DossierProblem
{
    QString code;    // dossier.syntax, dossier.type … (docs/dossier.md "Error reporting")
    QString message; // translated, names the field
    QString path;    // JSON path ("$.application.websites[1].domains[0].expiresOn"); "$" for the file
    int line = 0;    // 1-based; 0 when the problem has no place in the text (empty file)
    int column = 0;  // 1-based, in characters

    Error toError() const { return Error{code, message, path}; }
};

// Canonical dossier text (CanonicalJson.h): deterministic, so export → import → export
// is byte-identical.
QByteArray writeDossier(const Dossier& dossier);
QByteArray writeDossier(const Application& application, const QList<Licence>& licences = {},
                        const QDateTime& exportedAt = {});

// The records a dossier of `application` carries: those it produced (applicationId)
// and those it refers to (the entity's or a website's filing number), sorted by id.
QList<Licence> licencesOfApplication(const Application& application, const QList<Licence>& all);

// Reads a dossier. Every problem found goes to *problems (when given) with its path,
// line and column; the Result fails when there is any problem, with an Error that
// summarises them (code and path of the first). `fileName` is only used in messages.
Result<Dossier> readDossier(const QByteArray& bytes, const QString& fileName,
                            QList<DossierProblem>* problems = nullptr);
// Same for a file on disk; an unreadable file is a dossier.io problem.
Result<Dossier> readDossierFile(const QString& filePath, QList<DossierProblem>* problems = nullptr);

} // namespace icp
