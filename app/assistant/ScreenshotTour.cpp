#include "ScreenshotTour.h"

#include "ApplicationsPage.h"
#include "DialogProvider.h"
#include "DocumentsTour.h"
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

constexpr auto kDocumentsPage = "documents";

// The scanner dialog is shot right after the Documents page it opens from.
QStringList pageNames()
{
    QStringList names{u"empty"_s, u"applications"_s};
    for (const QString& key : ApplicationWizard::pageKeys()) {
        names << key;
        if (key == QLatin1String(kDocumentsPage))
            names << u"scanner"_s;
    }
    names << u"licences"_s << u"settings"_s;
    return names;
}

Status tourFailed(const QString& code, const QString& message)
{
    return Status::failure(u"tour."_s + code, message);
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

Status ScreenshotTour::run(const QString& directory, const QStringList& languages)
{
    QTemporaryDir scratch;
    if (!scratch.isValid() || !QDir().mkpath(directory))
        return tourFailed(
            u"folder"_s,
            QCoreApplication::translate("ScreenshotTour", "Cannot create the folder %1.").arg(directory));
    // Settings (language, recent files) go to the scratch folder, not the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());

    const QString previousLanguage = currentLanguage();
    for (const QString& language : languages) {
        if (!setLanguage(language))
            return tourFailed(
                u"language"_s,
                QCoreApplication::translate("ScreenshotTour", "Unknown language %1.").arg(language));
        auto database = Database::openSqlite(scratch.filePath(language + u".sqlite"_s));
        if (!database)
            return database.error();

        // Every dialog of the window and its widgets is answered and recorded, never
        // shown: a tour never waits for a click.
        ScriptedDialogProvider dialogs;
        QStringList errors;
        {
            MainWindow window(*database.value(), &dialogs);
            window.resize(kWindowSize);
            window.show();
            settle(300);
            const QStringList files = fileNames(language);
            int shot = 0;
            const auto next = [&] {
                return QDir(directory).filePath(files.at(shot++));
            };
            const auto take = [&] {
                const QString file = next();
                QPixmap picture = window.grab();
                if (picture.isNull() || !picture.save(file))
                    errors << QCoreApplication::translate("ScreenshotTour", "Cannot write %1.").arg(file);
            };

            take(); // the empty state
            const QString id = window.openSampleApplication();
            if (id.isEmpty() || !window.wizard())
                return tourFailed(u"sample"_s, QCoreApplication::translate(
                                                   "ScreenshotTour", "The sample application did not open."));
            window.closeWizard();
            window.applicationsPage()->select(id);
            settle(200);
            take(); // the list

            window.openApplication(id);
            for (const QString& key : ApplicationWizard::pageKeys()) {
                window.wizard()->showPage(key);
                settle(key == "type"_L1 ? 900 : 400); // the first page waits out the validation debounce
                if (key != QLatin1String(kDocumentsPage)) {
                    take();
                    continue;
                }
                // Documents: a real attachment and its page in the viewer, then the scanner.
                if (const Status prepared =
                        DocumentsTour::prepareDocumentsPage(window.wizard(), scratch.path());
                    !prepared)
                    errors << prepared.error().message;
                settle(300);
                take();
                if (const Status scanner =
                        DocumentsTour::shootScannerDialog(window.wizard(), dialogs, next());
                    !shot)
                    errors << scanner.error().message;
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
            return tourFailed(u"problems"_s, errors.join(u'\n'));
    }
    setLanguage(previousLanguage);
    return success();
}

} // namespace icp
