// icp-assistant: the desktop application.
#include "DialogProvider.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "core/Language.h"
#include "documents/BackgroundWork.h"
#include "documents/DocumentStore.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"icp-assistant"_s);
    QApplication::setApplicationName(u"icp-assistant"_s);
    QApplication::setApplicationDisplayName(u"ICP Registration Assistant"_s);
    QApplication::setApplicationVersion(QString::fromUtf8(ICP_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s,
        QCoreApplication::translate("main", "Database file (default: $ICP_DB or the user's data directory)."),
        u"path"_s);
    const QCommandLineOption langOption(
        u"lang"_s, QCoreApplication::translate("main", "Language: en or zh_CN."), u"language"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate("main", "Save a picture of the main window to FILE and quit."),
        u"file"_s);
    const QCommandLineOption tourOption(
        u"screenshot-tour"_s,
        QCoreApplication::translate("main",
                                    "Save pictures of every screen (both languages, or the one --lang "
                                    "names) into DIR and quit; uses a temporary database."),
        u"dir"_s);
    const QCommandLineOption pageOption(
        u"page"_s,
        QCoreApplication::translate("main", "Open on this page: %1 (default: dashboard).")
            .arg(icp::MainWindow::pageKeys().join(u"|"_s)),
        u"page"_s);
    parser.addOption(dbOption);
    parser.addOption(pageOption);
    parser.addOption(langOption);
    parser.addOption(screenshotOption);
    parser.addOption(tourOption);
    parser.process(app);

    // A usage error, like an unknown option: the message and the help on standard error, exit 1.
    const std::optional<icp::MainWindow::Page> page =
        icp::MainWindow::pageFromKey(parser.isSet(pageOption) ? parser.value(pageOption) : u"dashboard"_s);
    if (!page) {
        QTextStream(stderr) << QCoreApplication::translate("main",
                                                           "Unknown page \"%1\"; expected one of: %2.")
                                   .arg(parser.value(pageOption), icp::MainWindow::pageKeys().join(u", "_s))
                            << "\n\n"
                            << parser.helpText();
        return 1;
    }

    if (parser.isSet(tourOption)) {
        const QStringList languages =
            parser.isSet(langOption) ? QStringList{parser.value(langOption)} : icp::supportedLanguages();
        // The boundary: a failed tour becomes its problems on standard error and exit code 1.
        if (const icp::Status toured = icp::ScreenshotTour::run(parser.value(tourOption), languages);
            !toured) {
            QTextStream(stderr) << toured.error().message << '\n';
            return 1;
        }
        return 0;
    }

    const QString language = parser.isSet(langOption)
                                 ? parser.value(langOption)
                                 : QSettings().value(u"ui/language"_s, u"en"_s).toString();
    if (!icp::setLanguage(language))
        icp::setLanguage(u"en"_s);

    auto database = icp::Database::openSqlite(parser.value(dbOption));
    if (!database) {
        // On standard error too: the message must reach whoever started us, with or without a screen.
        QTextStream(stderr) << database.error().message << '\n';
        if (!parser.isSet(screenshotOption))
            icp::WidgetDialogProvider().critical(
                nullptr, QCoreApplication::translate("main", "ICP Registration Assistant"),
                database.error().message);
        return 2;
    }
    // Stored files no application refers to any more (a crash between a save and its
    // release, an earlier run ended while a deletion could still be undone). A day's grace:
    // another window may have attached a file whose row is not saved yet. The references
    // are read here (the connection belongs to this thread); the file walk runs in the
    // background like all document work (docs/documents.md "Background work") so a large
    // store never delays the window.
    icp::BackgroundJob<QStringList> sweep;
    if (const auto referenced = icp::DocumentStore::referencedHashes(*database.value()); !referenced) {
        qWarning().noquote() << "document store not swept:" << referenced.error().message;
    } else {
        const icp::DocumentStore store(icp::DocumentStore::rootFor(*database.value()));
        sweep.start(
            [store, hashes = referenced.value()](const icp::TaskControl*) {
                return store.sweep(hashes, QDateTime::currentDateTimeUtc().addDays(-1));
            },
            [](const QStringList& swept) {
                if (!swept.isEmpty())
                    qInfo().noquote() << "document store: deleted" << swept.size() << "unused files";
            });
    }
    icp::MainWindow window(*database.value());
    window.showPage(*page);
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
