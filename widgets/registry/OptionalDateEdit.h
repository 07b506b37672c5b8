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

protected:
    // An empty field starts from today (Beijing) when the user types a digit, opens the calendar
    // or steps it, rather than from the "none" sentinel; Delete on an all-selected field empties it.
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
};

} // namespace icp
