#pragma once

#include "core/BeijingTime.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace icp {

// What could be read from a document's text. Numbers are only reported when the
// validators confirm them (parseUscc, parseResidentId): a random 18-character run
// with a wrong check character is not a credit code.
struct ReadIdentifiers
{
    QStringList usccs;       // normalised, confirmed by parseUscc
    QStringList residentIds; // normalised, confirmed by parseResidentId
    QStringList entityNames; // "北京云栈科技有限公司"
    QStringList personNames; // from 姓名 on ID cards
    QDate validFrom;         // 有效期限 / 营业期限 start, when read
    QDate validUntil;        // end; null when long-term or not read
    bool longTerm = false;   // 长期

    bool isEmpty() const
    {
        return usccs.isEmpty() && residentIds.isEmpty() && entityNames.isEmpty() && personNames.isEmpty() &&
               !validUntil.isValid() && !longTerm;
    }
};

// Finds the identifiers in text from a PDF text layer or OCR. Tolerates OCR noise:
// spaces inside numbers, O/0, I/1, S/5, Z/2 confusions (only variants the validators
// accept are kept), full-width characters.
ReadIdentifiers findIdentifiers(const QString& text, QDate today = beijing::today());

} // namespace icp
