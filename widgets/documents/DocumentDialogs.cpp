#include "DocumentDialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <optional>

namespace icp {

namespace {

std::optional<QString> nextOpen, nextSave;
bool recordMessages = false;
QString recorded;

} // namespace

QString DocumentDialogs::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    if (nextOpen) {
        const QString answer = *nextOpen;
        nextOpen.reset();
        return answer;
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString DocumentDialogs::saveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                                  const QString& filter)
{
    if (nextSave) {
        const QString answer = *nextSave;
        nextSave.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}

void DocumentDialogs::warn(QWidget* parent, const QString& title, const QString& message)
{
    recorded = message;
    if (!recordMessages)
        QMessageBox::warning(parent, title, message);
}

void DocumentDialogs::setNextOpenFileName(const QString& path)
{
    nextOpen = path;
}

void DocumentDialogs::setNextSaveFileName(const QString& path)
{
    nextSave = path;
}

void DocumentDialogs::setRecordMessages(bool record)
{
    recordMessages = record;
}

QString DocumentDialogs::lastMessage()
{
    return recorded;
}

} // namespace icp
