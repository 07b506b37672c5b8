#include "registry/OptionalDateEdit.h"

#include "core/BeijingTime.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>

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

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    const bool empty = !value().isValid();
    if (!empty && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        lineEdit()->selectedText() == lineEdit()->text()) {
        clearValue();
        return;
    }
    if (empty && (event->text().size() == 1 && event->text().front().isDigit())) {
        // Typing a whole date (2027-06-01) replaces today section by section, from the year.
        setDate(beijing::today());
        setCurrentSection(QDateTimeEdit::YearSection);
        lineEdit()->setSelection(0, 4);
    } else if (empty && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        setDate(beijing::today());
        return;
    }
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent* event)
{
    if (!value().isValid())
        setDate(beijing::today());
    QDateEdit::mousePressEvent(event);
}

} // namespace icp
