#include "ScreenshotTour.h"

#include "ApplicationsPage.h"
#include "DialogProvider.h"
#include "DocumentsTour.h"
#include "MainWindow.h"
#include "core/Language.h"
#include "documents/DocumentDialogs.h"
#include "store/Database.h"
#include "wizard/ApplicationWizard.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QScopeGuard>
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
    // Messages of the documents widgets are recorded, never shown: a tour never waits
    // for a click.
    DocumentDialogs::setRecordMessages(true);
    const auto showMessagesAgain = qScopeGuard([] { DocumentDialogs::setRecordMessages(false); });
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
                return QCoreApplication::translate("ScreenshotTour", "The sample application did not open.");
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
                const QString problem = DocumentsTour::prepareDocumentsPage(window.wizard(), scratch.path());
                if (!problem.isEmpty())
                    errors << problem;
                settle(300);
                take();
                const QString scanner = DocumentsTour::shootScannerDialog(window.wizard(), next());
                if (!scanner.isEmpty())
                    errors << scanner;
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
