#include "CliContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace icp::cli {

int CliContext::parse(QCommandLineParser& parser) const
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n'
            << QCoreApplication::translate("icpctl", "Run '%1 --help' for usage.").arg(arguments.value(0))
            << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitOk;
    }
    return -1;
}

} // namespace icp::cli
