#pragma once

#include "core/BeijingTime.h"
#include "core/Result.h"
#include "documents/DocumentChecklist.h"
#include "domain/Application.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace icp {

// The commitment and authorisation letters as print-ready A4 PDFs (docs/regulations.md §6.4,
// §7.1, §7.3), from the HTML templates in model/documents/templates/, filled with the
// application's data: Chinese text with an English gloss, Latin digits in DejaVu Sans
// and Chinese in Noto Sans CJK SC (docs/toolchain.md §5: CJK-font digits can be lost from
// the text layer), signature and seal lines left blank for pen and seal.
//
// `subjectId` names the website for a website-principal authorisation (empty: the
// first website whose principal is not the legal representative).
struct LetterRequest
{
    LetterKind kind = LetterKind::Commitment;
    QString subjectId;
    QDate date = beijing::today();
};

QString letterTitle(LetterKind kind);    // translated, for buttons and file names
QString letterFileName(LetterKind kind); // "commitment-letter.pdf" …
DocumentKind letterDocumentKind(LetterKind kind);

// The filled HTML (tests, preview).
Result<QString> letterHtml(const LetterRequest& request, const Application& application);
Status writeLetterPdf(const LetterRequest& request, const Application& application, const QString& path);

} // namespace icp
