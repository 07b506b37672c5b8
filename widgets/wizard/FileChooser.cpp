#include "wizard/FileChooser.h"

#include <QFileDialog>

namespace icp::FileChooser {

namespace {

Hook& hook()
{
    static Hook instance;
    return instance;
}

} // namespace

void setHook(Hook replacement)
{
    hook() = std::move(replacement);
}

QStringList openFiles(QWidget* parent, const QString& caption, const QString& filter)
{
    if (hook())
        return hook()(parent, caption);
    return QFileDialog::getOpenFileNames(parent, caption, QString(), filter);
}

} // namespace icp::FileChooser
