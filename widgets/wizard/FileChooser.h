#pragma once

#include <QStringList>
#include <functional>

class QWidget;

namespace icp {

// The seam in front of QFileDialog: tests install a hook that answers instead of a
// modal dialog, so no test ever blocks on exec().
namespace FileChooser {

using Hook = std::function<QStringList(QWidget* parent, const QString& caption)>;
// Replaces the dialog (an empty hook restores it).
void setHook(Hook hook);
QStringList openFiles(QWidget* parent, const QString& caption, const QString& filter);

} // namespace FileChooser

} // namespace icp
