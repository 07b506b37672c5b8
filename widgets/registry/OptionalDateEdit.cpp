#include "registry/OptionalDateEdit.h"

using namespace Qt::StringLiterals;

namespace icp {

namespace {
// The "none" sentinel: no record of the registry predates it.
const QDate kNone(1900, 1, 1);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    // ISO dates read the same in both languages and match what the import accepts.
    setDisplayFormat(u"yyyy-MM-dd"_s);
    setMinimumDate(kNone);
    setSpecialValueText(u" "_s);
    setDate(kNone);
}

QDate OptionalDateEdit::value() const
{
    return date() == kNone ? QDate() : date();
}

void OptionalDateEdit::setValue(const QDate& date)
{
    setDate(date.isValid() && date > kNone ? date : kNone);
}

} // namespace icp
