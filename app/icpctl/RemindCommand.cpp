#include "RemindCommand.h"

#include "DesktopNotifications.h"
#include "core/BeijingTime.h"
#include "obligations/ObligationSource.h"
#include "obligations/Reminders.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace icp::cli {

namespace {

// More at once would bury the desktop: the rest are counted in one last notification.
constexpr qsizetype kMaxNotifications = 5;

QString headline(const Reminder& r)
{
    const Obligation& o = r.obligation;
    const QString title = o.title.isEmpty() ? displayName(o.kind) + u' ' + o.subject : o.title;
    return o.entityName.isEmpty() ? title : title + u" — "_s + o.entityName;
}

// Plain text for a mail: one block per reminder, what it is, when, whose, and what to do.
QString summaryOf(const QList<Reminder>& reminders, QDate asOf, bool dryRun)
{
    QString text = QCoreApplication::translate("icpctl", "ICP reminders of %1 (Beijing time): %n newly due",
                                               nullptr, int(reminders.size()))
                       .arg(asOf.toString(Qt::ISODate));
    if (dryRun)
        text +=
            u' ' + QCoreApplication::translate("icpctl", "(dry run: nothing recorded, no notification sent)");
    text += u'\n';
    for (const Reminder& r : reminders) {
        const Obligation& o = r.obligation;
        text += u"\n* "_s + headline(r) + u'\n';
        QStringList facts{r.stageText(asOf)};
        if (!o.owner.isEmpty())
            facts.append(QCoreApplication::translate("icpctl", "owner %1").arg(o.owner));
        if (!o.rule.isEmpty())
            facts.append(o.rule);
        text += u"  "_s + facts.join(u" · "_s) + u'\n';
        if (!o.note.isEmpty())
            text += u"  "_s + o.note + u'\n';
    }
    return text;
}

// One notification per reminder, the late ones critical; past kMaxNotifications one says how
// many more there are. Stops at the first failure (no service: the others would fail too).
bool notifyDesktop(const QList<Reminder>& reminders, QDate asOf, DesktopNotifications& desktop)
{
    const qsizetype shown = reminders.size() > kMaxNotifications ? kMaxNotifications - 1 : reminders.size();
    for (qsizetype i = 0; i < shown; ++i) {
        const Reminder& r = reminders.at(i);
        const QString body =
            r.stageText(asOf) + (r.obligation.note.isEmpty() ? QString() : u"\n"_s + r.obligation.note);
        if (!desktop.notify(headline(r), body,
                            r.obligation.isLate() ? DesktopNotifications::Urgency::Critical
                                                  : DesktopNotifications::Urgency::Normal))
            return false;
    }
    if (shown < reminders.size()) {
        const int more = int(reminders.size() - shown);
        return desktop.notify(
            QCoreApplication::translate("icpctl", "%n more ICP obligation(s) need attention", nullptr, more),
            QCoreApplication::translate("icpctl",
                                        "Run 'icpctl obligations' or open the program to see them."),
            DesktopNotifications::Urgency::Normal);
    }
    return true;
}

} // namespace

int runRemind(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl",
        "Reminds of the obligations that reached a stage of their reminder ladder, and of the overdue "
        "ones every day, each stage once (shared with the program's window): desktop notifications "
        "over D-Bus and a summary on standard output for mail. Run daily by the systemd user timer "
        "icp-assistant-remind.timer. Exit code 0 when it ran (also without a notification service), "
        "2 on usage errors."));
    const QCommandLineOption asOf = CliContext::asOfOption();
    const QCommandLineOption dryRun(
        u"dry-run"_s,
        QCoreApplication::translate("icpctl", "Only print what is due: record nothing, notify nobody."));
    const QCommandLineOption quiet(
        u"quiet"_s, QCoreApplication::translate("icpctl", "Print nothing when nothing is newly due (for "
                                                          "cron, which mails any output)."));
    parser.addOptions({asOf, dryRun, quiet});
    if (const int code = context.parse(parser); code >= 0)
        return code;
    const auto usage = [&](const QString& message) {
        context.err << message << '\n';
        return int(ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate(
            "icpctl", "usage: icpctl [--db PATH] remind [--as-of YYYY-MM-DD] [--dry-run] [--quiet]"));
    const std::optional<QDateTime> evaluated = context.evaluationTime(parser, asOf);
    if (!evaluated)
        return ExitUsage;
    const QDateTime now = *evaluated;

    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    const Result<QList<Obligation>> obligations = loadObligations(*db, now);
    if (!obligations)
        return usage(obligations.error().message);
    Reminders reminders(*db, u"icpctl remind"_s);
    const bool dry = parser.isSet(dryRun);
    const Result<QList<Reminder>> due =
        dry ? reminders.pending(obligations.value(), now) : reminders.take(obligations.value(), now);
    if (!due)
        return usage(due.error().message);
    const QDate today = beijing::dateOf(now);
    if (!due->isEmpty() || !parser.isSet(quiet))
        context.out << summaryOf(due.value(), today, dry);
    context.out.flush();
    if (dry || due->isEmpty())
        return ExitOk;
    // The stages are recorded either way: the summary is the other channel, and tomorrow
    // brings the next stage (or the next overdue day), not the same one again.
    DesktopNotifications desktop;
    if (!notifyDesktop(due.value(), today, desktop))
        context.err << QCoreApplication::translate(
                           "icpctl",
                           "No desktop notification was shown: %1. The reminders are in the summary.")
                           .arg(desktop.problem())
                    << '\n';
    return ExitOk;
}

} // namespace icp::cli
