#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace icp {

// The one seam between widgets and modal dialogs (file choosers, questions, messages):
// widgets ask the DialogProvider they were given instead of calling QFileDialog or
// QMessageBox, so a test (or the screenshot tour) answers with a ScriptedDialogProvider
// and never blocks on exec(). The main window makes the real one and hands it down to
// every widget that may ask (wizard → Documents page → panel → checklist → scanner).
class DialogProvider
{
public:
    virtual ~DialogProvider();

    // A file to read; empty when the user cancelled.
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& filter) = 0;
    // A file to write (`suggested` is the proposed path); empty when cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                 const QString& filter) = 0;
    // Asks the user to pick one of `options` (button texts, the first is the default);
    // returns its index, or -1 when the user cancelled.
    virtual int choose(QWidget* parent, const QString& title, const QString& text,
                       const QStringList& options) = 0;
    // A message the user acknowledges.
    virtual void warn(QWidget* parent, const QString& title, const QString& text) = 0;
    // A failure that ends what the user started (the program cannot go on).
    virtual void critical(QWidget* parent, const QString& title, const QString& text) = 0;
};

// The real dialogs (QFileDialog, QMessageBox).
class WidgetDialogProvider : public DialogProvider
{
public:
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                         const QString& filter) override;
    int choose(QWidget* parent, const QString& title, const QString& text,
               const QStringList& options) override;
    void warn(QWidget* parent, const QString& title, const QString& text) override;
    void critical(QWidget* parent, const QString& title, const QString& text) override;
};

// For tests (and the screenshot tour): answers from queues filled beforehand and
// records every question and message. An empty queue answers "cancel".
class ScriptedDialogProvider : public DialogProvider
{
public:
    QStringList fileNames;    // next answers of openFileName / saveFileName, in order
    QList<int> choices;       // next answers of choose()
    QStringList fileRequests; // titles of the file choosers asked for, in order
    QStringList asked;        // texts of choose() questions, in order
    QStringList warnings;     // texts of warn() and critical() messages, in order

    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                         const QString& filter) override;
    int choose(QWidget* parent, const QString& title, const QString& text,
               const QStringList& options) override;
    void warn(QWidget* parent, const QString& title, const QString& text) override;
    void critical(QWidget* parent, const QString& title, const QString& text) override;
};

} // namespace icp
