#pragma once

#include <QDate>
#include <QDateEdit>

namespace icp {

// A date field that may be empty: a filing has no expiry, a record may not know its hosting
// contract's end. The minimum date stands for "none" and shows as empty (Qt's special value).
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    QDate value() const; // null when empty
    void setValue(const QDate& date);
    void clearValue() { setValue({}); }
};

} // namespace icp
