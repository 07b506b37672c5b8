#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace icp {

// The seam between widgets and modal dialogs (file choosers, questions, messages):
// widgets ask a DialogProvider instead of calling QFileDialog/QMessageBox directly,
// so a test answers with a ScriptedDialogProvider and never blocks on exec().
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
};

// For tests (and the screenshot tour): answers from queues filled beforehand and
// records every question and message. An empty queue answers "cancel".
class ScriptedDialogProvider : public DialogProvider
{
public:
    QStringList fileNames; // next answers of openFileName / saveFileName, in order
    QList<int> choices;    // next answers of choose()
    QStringList asked;     // texts of choose() questions, in order
    QStringList warnings;  // texts of warn() messages, in order

    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                         const QString& filter) override;
    int choose(QWidget* parent, const QString& title, const QString& text,
               const QStringList& options) override;
    void warn(QWidget* parent, const QString& title, const QString& text) override;
};

} // namespace icp
