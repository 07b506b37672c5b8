#pragma once

// Documents made to match an application's form, one for each checklist line a filing
// asks for: what a person would scan or photograph for it. Shared by the wizard tests
// (DocumentsPageDriver::attachEverythingRequired) so that "a document matching this
// line" is written in one place. Every number on them comes from the form, which holds
// invented, computed-valid numbers only.
#include "documents/DocumentChecklist.h"
#include "domain/Application.h"

#include <QDir>
#include <QString>

namespace icp::test {

// Writes into `dir` a file that should pass every check of `item` for `app`:
//  - business licence (colour JPEG): the form's credit code, entity name, validity;
//  - ID card front/back (colour JPEG): the person's name and ID number, a validity
//    period that ends on the form's expiry date;
//  - principal photo: the person in front of the backdrop;
//  - authenticity sheet: a scanned page naming the entity, its credit code, the first
//    website and its principal;
//  - authorisation letters (any line whose letter the assistant writes, other than the
//    authenticity sheet): the assistant's own letter (LetterGenerator), rendered to a
//    JPEG as if printed, signed and scanned (the provider takes no PDF);
//  - domain certificate: a scanned certificate naming the domain and its registrant.
// Images, not PDFs: the provider profile (Tencent, R41) takes JPG/PNG only. Returns the
// path, or an empty string (with a warning) when the line has no generator or writing
// failed.
QString writeDocumentFor(const ChecklistItem& item, const Application& app, const QDir& dir);

} // namespace icp::test
