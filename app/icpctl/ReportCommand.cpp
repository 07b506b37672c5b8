#include "ReportCommand.h"

#include "core/BeijingTime.h"
#include "core/Language.h"
#include "reports/ReportDocument.h"
#include "reports/ReportSource.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace icp::cli {

int runReport(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl", "Writes the portfolio report as an A4 PDF: summary, the chart of expiries and deadlines "
                  "per month, the obligations and one section per entity, in the chosen language. Exit "
                  "code 0 when it is written, 1 when the file cannot be written, 2 on usage errors or an "
                  "unreadable database."));
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("icpctl", "The PDF file to write."),
                                 u"FILE.pdf"_s);
    const QCommandLineOption asOf = CliContext::asOfOption();
    const QCommandLineOption lang(u"lang"_s, QCoreApplication::translate("icpctl", "Language: en or zh_CN."),
                                  u"language"_s);
    parser.addOptions({asOf, lang});
    if (const int code = context.parse(parser); code >= 0)
        return code;
    const auto usage = [&](const QString& message) {
        context.err << message << '\n';
        return int(ExitUsage);
    };
    if (parser.positionalArguments().size() != 1)
        return usage(QCoreApplication::translate(
            "icpctl", "usage: icpctl [--db PATH] report FILE.pdf [--as-of YYYY-MM-DD] [--lang en|zh_CN]"));
    if (parser.isSet(lang) && !setLanguage(parser.value(lang)))
        return usage(QCoreApplication::translate("icpctl", "Unknown language '%1': use en or zh_CN.")
                         .arg(parser.value(lang)));
    const std::optional<QDateTime> evaluated = context.evaluationTime(parser, asOf);
    if (!evaluated)
        return ExitUsage;
    const QDateTime now = *evaluated;
    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    const Result<PortfolioReport> report = loadPortfolioReport(*db, now, QLocale());
    if (!report)
        return usage(report.error().message);
    const QString path = parser.positionalArguments().constFirst();
    const Status written = writePortfolioReportPdf(report.value(), path);
    if (!written) {
        context.err << written.error().message << '\n';
        return ExitInvalid;
    }
    context.out << QCoreApplication::translate("icpctl", "Wrote %1: %n obligation(s), %2 entities.", nullptr,
                                               int(report->obligations.size()))
                       .arg(path, QLocale().toString(report->entities.size()))
                << '\n';
    return ExitOk;
}

} // namespace icp::cli
