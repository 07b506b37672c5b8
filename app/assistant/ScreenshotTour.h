#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace icp {

// `icp-assistant --screenshot-tour DIR`: pictures of every screen for reviewers and the
// documentation, at 1440×900, in each language: the empty list, the list, every wizard
// page of the sample application (its findings showing), licences and settings, named
// <language>-<nn>-<page>.png. Runs on a temporary database with temporary settings, so
// the user's own data and preferences are never touched; works under
// QT_QPA_PLATFORM=offscreen and Xvfb.
class ScreenshotTour
{
public:
    // The file names (without directory) the tour writes for `language`, in order.
    static QStringList fileNames(const QString& language);

    // Writes the pictures into `directory` (created when missing). Fails with every
    // problem met (one per line).
    static Status run(const QString& directory, const QStringList& languages);
};

} // namespace icp
