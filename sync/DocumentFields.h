#pragma once

#include "domain/Application.h"

#include <QString>
#include <QStringList>

namespace icp::sync {

// The dossier fields a document evidences (docs/api.md "Documents", `fields` of
// POST /v1/uploads), defined once for the whole client: the document's subject
// (the entity, persons[i] or websites[i], found by Document::subjectId) followed by
// what the document is for:
//
//   entity-certificate            → entity.certificate
//   id-front / id-back            → persons[i].idFront / persons[i].idBack
//   hand-held-id-photo            → persons[i].handHeldIdPhoto
//   authenticity-sheet            → websites[i].authenticitySheet (or the subject's)
//   domain-certificate            → websites[i].domainCertificate
//   other                         → documents[k] (the document itself)
//
// A subject id the application no longer has (a removed person) falls back to the
// entity: the bytes still evidence the application, and the server needs a field.
QString documentField(const Application& application, const Document& document, int documentIndex);

// The field name of a document kind inside its subject ("idFront", "certificate"),
// empty for DocumentKind::Other.
QString documentFieldName(DocumentKind kind);

} // namespace icp::sync
