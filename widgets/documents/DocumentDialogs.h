#pragma once

#include <QString>

class QWidget;

namespace icp {

// The seam around the file dialogs and message boxes of the documents widgets
// (style.md: no test blocks on exec()). Tests queue the next answer; without one,
// the real dialog opens. Messages shown while a test answer is queued are recorded
// instead of shown.
class DocumentDialogs
{
public:
    static QString openFile(QWidget* parent, const QString& title, const QString& filter);
    static QString saveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                            const QString& filter);
    static void warn(QWidget* parent, const QString& title, const QString& message);

    // Tests: the next openFile()/saveFile() returns this without showing a dialog
    // (an empty string = the user cancelled).
    static void setNextOpenFileName(const QString& path);
    static void setNextSaveFileName(const QString& path);
    // Tests: warnings are recorded, not shown, while this is on.
    static void setRecordMessages(bool record);
    static QString lastMessage();
};

} // namespace icp
