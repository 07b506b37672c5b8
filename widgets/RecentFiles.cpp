#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace icp {

namespace {
const QString kKey = u"recent/dossiers"_s;
}

RecentFiles::RecentFiles(QObject* parent)
    : QObject(parent)
{}

QStringList RecentFiles::files() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString& fileName)
{
    const QString path = QFileInfo(fileName).absoluteFilePath();
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > maximum)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString& fileName)
{
    QStringList list = files();
    if (list.removeAll(fileName) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& list)
{
    QSettings().setValue(kKey, list);
    Q_EMIT changed();
}

} // namespace icp
