#pragma once

// Shared by the wizard tests and the autosave child: a fresh application in a
// database, and typing that works for Chinese text too.
#include "domain/Application.h"

#include <QString>
#include <QWidget>

namespace icp::test {

// A new, empty draft application (what the main window's New creates).
Application newApplication(const QString& id);

// Types `text` into `widget` with key events (CJK through Key_unknown events, as
// QTest::keyClicks asserts on non-Latin-1 text).
void typeText(QWidget* widget, const QString& text);
// Focuses `widget` and presses a key on it.
void press(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

} // namespace icp::test
