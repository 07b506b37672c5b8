#include "CalendarCommand.h"

#include "core/BeijingTime.h"
#include "obligations/ObligationCalendar.h"
#include "obligations/ObligationSource.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace icp::cli {

int runCalendar(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl",
        "Writes the obligations as an iCalendar file (RFC 5545) that a calendar program imports or "
        "subscribes to: one event per obligation, with alarms at the stages of its reminder ladder. "
        "Exit code 0, or 2 on usage errors and when the file cannot be written."));
    const QCommandLineOption asOf = CliContext::asOfOption();
    const QCommandLineOption owner(
        u"owner"_s, QCoreApplication::translate("icpctl", "Only the obligations of this owner."), u"NAME"_s);
    const QCommandLineOption kind(
        u"kind"_s,
        QCoreApplication::translate("icpctl",
                                    "Only this kind: licence-renewal, licence-expiry, annual-report, "
                                    "psb-filing, domain-expiry, id-expiry, sms-verification, "
                                    "authority-review."),
        u"KIND"_s);
    const QCommandLineOption output(
        u"output"_s, QCoreApplication::translate("icpctl", "Write to FILE instead of standard output."),
        u"FILE"_s);
    parser.addOptions({asOf, owner, kind, output});
    if (const int code = context.parse(parser); code >= 0)
        return code;
    const auto usage = [&](const QString& message) {
        context.err << message << '\n';
        return int(ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("icpctl",
                                                 "usage: icpctl [--db PATH] calendar [--as-of YYYY-MM-DD] "
                                                 "[--owner NAME] [--kind KIND] [--output FILE]"));
    const std::optional<QDateTime> evaluated = context.evaluationTime(parser, asOf);
    if (!evaluated)
        return ExitUsage;
    const QDateTime now = *evaluated;
    CalendarOptions options;
    options.filter.owner = parser.value(owner);
    if (parser.isSet(kind)) {
        options.filter.kind = CalendarFilter::kindFromKey(parser.value(kind));
        if (!options.filter.kind)
            return usage(QCoreApplication::translate("icpctl", "--kind: '%1' is not a kind of obligation.")
                             .arg(parser.value(kind)));
    }
    options.stamp = now.toUTC();

    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    const ObligationLadders ladders = ObligationLadders::current();
    options.ladderOf = [&ladders](ObligationKind k) {
        return ladders.forKind(k);
    };
    const Result<QList<Obligation>> obligations = loadObligations(*db, now, ladders);
    if (!obligations)
        return usage(obligations.error().message);
    const QByteArray ics = obligationsToIcs(obligations.value(), options);
    if (parser.isSet(output)) {
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
            return usage(QCoreApplication::translate("icpctl", "Cannot write %1: %2")
                             .arg(parser.value(output), file.errorString()));
        return ExitOk;
    }
    context.out.flush();
    std::fwrite(ics.constData(), 1, size_t(ics.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace icp::cli
