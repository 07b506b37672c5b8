#include "ScreenshotTour.h"

#include "ApplicationsPage.h"
#include "DialogProvider.h"
#include "MainWindow.h"
#include "core/Language.h"
#include "store/Database.h"
#include "wizard/ApplicationWizard.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

constexpr QSize kWindowSize(1440, 900);

// Lets layouts, debounced validation and repaints finish before a picture is taken.
void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

QStringList pageNames()
{
    QStringList names{u"empty"_s, u"applications"_s};
    names << ApplicationWizard::pageKeys();
    names << u"licences"_s << u"settings"_s;
    return names;
}

} // namespace

QStringList ScreenshotTour::fileNames(const QString& language)
{
    QStringList files;
    const QStringList names = pageNames();
    for (int i = 0; i < names.size(); ++i)
        files << u"%1-%2-%3.png"_s.arg(language).arg(i + 1, 2, 10, QChar(u'0')).arg(names.at(i));
    return files;
}

QString ScreenshotTour::run(const QString& directory, const QStringList& languages)
{
    QTemporaryDir scratch;
    if (!scratch.isValid() || !QDir().mkpath(directory))
        return QCoreApplication::translate("ScreenshotTour", "Cannot create the folder %1.").arg(directory);
    // Settings (language, recent files) go to the scratch folder, not the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());

    const QString previousLanguage = currentLanguage();
    for (const QString& language : languages) {
        if (!setLanguage(language))
            return QCoreApplication::translate("ScreenshotTour", "Unknown language %1.").arg(language);
        auto database = Database::openSqlite(scratch.filePath(language + u".sqlite"_s));
        if (!database)
            return database.error().message;

        ScriptedDialogProvider dialogs; // a tour never waits for a click
        QStringList errors;
        {
            MainWindow window(*database.value(), &dialogs);
            window.resize(kWindowSize);
            window.show();
            settle(300);
            const QStringList files = fileNames(language);
            int shot = 0;
            const auto take = [&] {
                const QString file = QDir(directory).filePath(files.at(shot++));
                QPixmap picture = window.grab();
                if (picture.isNull() || !picture.save(file))
                    errors << QCoreApplication::translate("ScreenshotTour", "Cannot write %1.").arg(file);
            };

            take(); // the empty state
            const QString id = window.openSampleApplication();
            if (id.isEmpty() || !window.wizard())
                return QCoreApplication::translate("ScreenshotTour", "The sample application did not open.");
            window.closeWizard();
            window.applicationsPage()->select(id);
            settle(200);
            take(); // the list

            window.openApplication(id);
            for (const QString& key : ApplicationWizard::pageKeys()) {
                window.wizard()->showPage(key);
                settle(key == "type"_L1 ? 900 : 400); // the first page waits out the validation debounce
                take();
            }
            window.closeWizard();
            window.showPage(MainWindow::Page::Licences);
            settle(200);
            take();
            window.showPage(MainWindow::Page::Settings);
            settle(200);
            take();
        }
        if (!dialogs.warnings.isEmpty())
            errors << dialogs.warnings;
        if (!errors.isEmpty())
            return errors.join(u'\n');
    }
    setLanguage(previousLanguage);
    return {};
}

} // namespace icp
