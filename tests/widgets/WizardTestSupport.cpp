#include "WizardTestSupport.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;

namespace icp::test {

Application newApplication(const QString& id)
{
    Application app;
    app.id = id;
    app.createdAt = QDateTime::currentDateTimeUtc();
    app.updatedAt = app.createdAt;
    app.history = {StatusChange{ApplicationStatus::Draft, app.createdAt, {}}};
    return app;
}

void typeText(QWidget* widget, const QString& text)
{
    widget->setFocus(Qt::OtherFocusReason);
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void press(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    widget->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(widget, key, modifiers);
}

} // namespace icp::test
