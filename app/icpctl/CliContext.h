#pragma once

#include <QCommandLineOption>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace icp {
class Database;
}

namespace icp::cli {

// Exit codes shared by every command (documented in `icpctl --help`).
enum ExitCode { ExitOk = 0, ExitInvalid = 1, ExitUsage = 2 };

// What every command gets: its own arguments (argv[0] is "icpctl <command>"),
// the global options and the output streams.
struct CliContext
{
    QStringList arguments;
    QString databasePath; // --db, empty = default (ICP_DB or AppDataLocation)
    QTextStream& out;
    QTextStream& err;

    // Parses `arguments` with `parser` (which gets --help added); prints usage errors
    // to err. Returns -1 to continue, or the exit code to return at once.
    int parse(QCommandLineParser& parser) const;

    // Opens --db (or the default database); prints the reason to err and returns
    // null when it cannot be opened.
    std::unique_ptr<Database> openDatabase() const;
    // Who the change log names for changes made from the command line.
    static QString actor();

    // --as-of YYYY-MM-DD, the day the dated commands (obligations, calendar, remind, report)
    // evaluate as, a Beijing day (docs/regulations.md §11).
    static QCommandLineOption asOfOption();
    // The moment to evaluate at: now, or the start of the --as-of day in Beijing time; nothing
    // (the reason printed to err) when the value is not a date.
    std::optional<QDateTime> evaluationTime(const QCommandLineParser& parser,
                                            const QCommandLineOption& asOf) const;
};

} // namespace icp::cli
