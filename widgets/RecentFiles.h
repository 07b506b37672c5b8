#pragma once

#include <QObject>
#include <QStringList>

namespace icp {

// Dossier files recently imported or exported, newest first, kept in QSettings
// ("recent/dossiers") so they survive restarts.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const;
    // Moves `fileName` (made absolute) to the front.
    void add(const QString& fileName);
    void remove(const QString& fileName);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store(const QStringList& files);
};

} // namespace icp
