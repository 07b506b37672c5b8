// icpctl: the command-line twin of icp-assistant, for scripts and CI.
#include "CalendarCommand.h"
#include "CheckCommand.h"
#include "CliContext.h"
#include "InspectCommand.h"
#include "LicenceCommands.h"
#include "ObligationsCommand.h"
#include "RemindCommand.h"
#include "ReportCommand.h"
#include "StoreCommands.h"
#include "SyncCommands.h"
#include "ValidateCommand.h"
#include "core/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMap>
#include <QTextStream>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace icp::cli;

namespace {

struct Command
{
    std::function<int(const CliContext&)> run;
    QString summary;
};

QMap<QString, Command> commands()
{
    return {
        {u"calendar"_s,
         {runCalendar, QCoreApplication::translate("icpctl", "Write the obligations as an iCalendar file.")}},
        {u"check"_s, {runCheck, QCoreApplication::translate("icpctl", "Run every rule on a dossier.")}},
        {u"export"_s,
         {runExport, QCoreApplication::translate("icpctl", "Write an application as a dossier.")}},
        {u"import"_s,
         {runImport, QCoreApplication::translate("icpctl", "Import dossiers into the database.")}},
        {u"inspect"_s,
         {runInspect, QCoreApplication::translate("icpctl", "Inspect document files: format, pages, checks, "
                                                            "identifiers read.")}},
        {u"licences"_s,
         {runLicences, QCoreApplication::translate("icpctl", "Import, list or export the registry of filings "
                                                             "and licences (CSV).")}},
        {u"list"_s,
         {runList, QCoreApplication::translate("icpctl", "List the applications in the database.")}},
        {u"obligations"_s,
         {runObligations,
          QCoreApplication::translate("icpctl", "List the dated obligations (renewals, annual reports, "
                                                "expiries, filings due), or mark one done.")}},
        {u"report"_s,
         {runReport, QCoreApplication::translate("icpctl", "Write the portfolio report as a PDF.")}},
        {u"status"_s,
         {runStatus,
          QCoreApplication::translate("icpctl", "Show an application's status, history and numbers.")}},
        {u"submit"_s,
         {runSubmit,
          QCoreApplication::translate("icpctl", "Check an application and queue it for submission.")}},
        {u"sync"_s,
         {runSync,
          QCoreApplication::translate("icpctl", "Send queued submissions and fetch status changes once.")}},
        {u"remind"_s,
         {runRemind, QCoreApplication::translate("icpctl", "Remind of the obligations newly due: desktop "
                                                           "notifications and a summary for mail.")}},
        {u"rules"_s,
         {runRules, QCoreApplication::translate("icpctl", "List every rule of the rules engine.")}},
        {u"validate"_s,
         {runValidate, QCoreApplication::translate("icpctl", "Validate IDs, travel documents, credit codes, "
                                                             "phones, postcodes, e-mails, domains, ICP "
                                                             "and PSB numbers.")}},
    };
}

// The commands that draw text (the report's PDF) need fonts, hence a QGuiApplication; it
// runs offscreen unless the caller chose a platform, so no display is needed.
bool needsGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "report") == 0)
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    if (!needsGui(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(u"icp-assistant"_s);
    QCoreApplication::setApplicationName(u"icp-assistant"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(ICP_VERSION));

    // Progress notes (migrations and the like) are for the GUI's log, not for scripts
    // reading our output; QT_LOGGING_RULES still turns them back on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"icp.*.info=false"_s);

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options come before the command; everything after it belongs to the command.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(u"db"_s,
                                      QCoreApplication::translate("icpctl", "Database file (default: "
                                                                            "$ICP_DB or the user's data "
                                                                            "directory)."),
                                      u"path"_s);
    const QCommandLineOption langOption(
        u"lang"_s, QCoreApplication::translate("icpctl", "Language: en or zh_CN."), u"language"_s);
    parser.addOption(dbOption);
    parser.addOption(langOption);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("icpctl", "The command to run."));

    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    // The language is chosen before any help text is produced.
    const QString language = parser.isSet(langOption) ? parser.value(langOption) : u"en"_s;
    if (!icp::setLanguage(language)) {
        err << QCoreApplication::translate("icpctl", "Unknown language '%1': use en or zh_CN.").arg(language)
            << '\n';
        return ExitUsage;
    }

    const QMap<QString, Command> available = commands();
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        QString help = QCoreApplication::translate("icpctl", "Usage: icpctl [--db PATH] [--lang en|zh_CN] "
                                                             "COMMAND [options] [arguments]") +
                       u"\n\n"_s + QCoreApplication::translate("icpctl", "Commands:") + u'\n';
        for (auto it = available.begin(); it != available.end(); ++it)
            help += u"  "_s + it.key().leftJustified(12) + it->summary + u'\n';
        help += u'\n' +
                QCoreApplication::translate("icpctl", "Run 'icpctl COMMAND --help' for a command's options. "
                                                      "Exit codes: 0 ok, 1 invalid value or blocking "
                                                      "findings, 2 usage error or unreadable input.") +
                u'\n';
        (positional.isEmpty() && !parser.isSet(helpOption) ? err : out) << help;
        return parser.isSet(helpOption) ? ExitOk : ExitUsage;
    }

    const QString name = positional.takeFirst();
    if (!available.contains(name)) {
        err << QCoreApplication::translate("icpctl", "Unknown command '%1'. Run 'icpctl --help'.").arg(name)
            << '\n';
        return ExitUsage;
    }
    CliContext context{QStringList{u"icpctl "_s + name} + positional, parser.value(dbOption), out, err};
    return available.value(name).run(context);
}
