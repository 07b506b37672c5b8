#include "DialogProvider.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace icp {

DialogProvider::~DialogProvider() = default;

QString WidgetDialogProvider::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString WidgetDialogProvider::saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                           const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

int WidgetDialogProvider::choose(QWidget* parent, const QString& title, const QString& text,
                                 const QStringList& options)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QList<QAbstractButton*> buttons;
    for (const QString& option : options)
        buttons << box.addButton(option, QMessageBox::AcceptRole);
    if (!buttons.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton*>(buttons.first()));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void WidgetDialogProvider::warn(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

void WidgetDialogProvider::critical(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::critical(parent, title, text);
}

QString ScriptedDialogProvider::openFileName(QWidget*, const QString& title, const QString&)
{
    fileRequests << title;
    return fileNames.isEmpty() ? QString() : fileNames.takeFirst();
}

QString ScriptedDialogProvider::saveFileName(QWidget*, const QString& title, const QString&, const QString&)
{
    fileRequests << title;
    return fileNames.isEmpty() ? QString() : fileNames.takeFirst();
}

int ScriptedDialogProvider::choose(QWidget*, const QString&, const QString& text, const QStringList& options)
{
    asked << text;
    if (choices.isEmpty())
        return -1;
    const int choice = choices.takeFirst();
    return choice < options.size() ? choice : -1;
}

void ScriptedDialogProvider::warn(QWidget*, const QString&, const QString& text)
{
    warnings << text;
}

void ScriptedDialogProvider::critical(QWidget*, const QString&, const QString& text)
{
    warnings << text;
}

} // namespace icp
