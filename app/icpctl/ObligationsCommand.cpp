#include "ObligationsCommand.h"

#include "core/BeijingTime.h"
#include "obligations/MarkDone.h"
#include "obligations/ObligationCalendar.h"
#include "obligations/ObligationCompletion.h"
#include "obligations/ObligationSource.h"
#include "reports/ObligationsCsv.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace icp::cli {

namespace {

// The date column: the Beijing day, or the instant in Beijing time where the hour matters.
QString dueText(const Obligation& o)
{
    return o.dueAt.isValid() ? beijing::formatMinutes(o.dueAt) : o.dueOn.toString(Qt::ISODate);
}

// The fields of CSV and JSON, in this order (docs/icpctl.md): dueOn is the Beijing day, also for
// an instant (the note gives the hour).
QStringList fields(const Obligation& o)
{
    return {o.id,           toKey(o.kind), o.subject, o.entityName, o.dueDate().toString(Qt::ISODate),
            toKey(o.state), o.owner,       o.rule,    o.note};
}

const QStringList kFieldNames{u"id"_s,    u"kind"_s,  u"subject"_s, u"entity"_s, u"dueOn"_s,
                              u"state"_s, u"owner"_s, u"rule"_s,    u"note"_s};

QByteArray toJson(const QList<Obligation>& obligations)
{
    QJsonArray array;
    for (const Obligation& o : obligations) {
        const QStringList values = fields(o);
        QJsonObject object;
        for (qsizetype i = 0; i < kFieldNames.size(); ++i)
            object.insert(kFieldNames.at(i), values.at(i));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// Columns a terminal gives `text`: Chinese and full-width characters take two.
qsizetype displayWidth(const QString& text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

// Columns padded to their widest cell; the title says what it is, the note how.
QByteArray toTable(const QList<Obligation>& obligations)
{
    QList<QStringList> rows{
        {QCoreApplication::translate("icpctl", "Due"), QCoreApplication::translate("icpctl", "State"),
         QCoreApplication::translate("icpctl", "Kind"), QCoreApplication::translate("icpctl", "Subject"),
         QCoreApplication::translate("icpctl", "Entity"), QCoreApplication::translate("icpctl", "Owner"),
         QCoreApplication::translate("icpctl", "Id"), QCoreApplication::translate("icpctl", "What")}};
    for (const Obligation& o : obligations)
        rows.append({dueText(o), displayName(o.state), displayName(o.kind), o.subject, o.entityName, o.owner,
                     o.id, o.title});
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList& row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    QString text;
    for (const QStringList& row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line +=
                i + 1 < row.size() ? row[i] + QString(widths[i] + 2 - displayWidth(row[i]), u' ') : row[i];
        text += line + u'\n';
    }
    if (obligations.isEmpty())
        text += QCoreApplication::translate("icpctl", "Nothing is due.") + u'\n';
    return text.toUtf8();
}

QStringList kindKeys()
{
    QStringList keys;
    for (const ObligationKind k : allObligationKinds())
        keys.append(toKey(k));
    return keys;
}

QDate parseDay(const QString& text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

// icpctl obligations done ID --on DATE [--note TEXT] [--evidence FILE] [--decision D]
int runDone(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl", "Marks an obligation done on the day it was done, with a note and optionally the evidence "
                  "(kept in the document store). A lapse (a domain or hosting expiry) needs a decision: "
                  "renewed, or cancel-filing. Exit code 0, 1 when the obligation is unknown or the mark is "
                  "refused, 2 on usage errors or an unreadable evidence file."));
    parser.addPositionalArgument(u"ID"_s, QCoreApplication::translate("icpctl", "The obligation's id."));
    const QCommandLineOption on(
        u"on"_s,
        QCoreApplication::translate("icpctl", "The day it was done (Beijing), not the day it is recorded."),
        u"YYYY-MM-DD"_s);
    const QCommandLineOption note(u"note"_s, QCoreApplication::translate("icpctl", "A note."), u"TEXT"_s);
    const QCommandLineOption evidence(
        u"evidence"_s,
        QCoreApplication::translate("icpctl", "A file that shows it was done (receipt, screenshot)."),
        u"FILE"_s);
    const QCommandLineOption decision(
        u"decision"_s, QCoreApplication::translate("icpctl", "For a lapse: renewed or cancel-filing."),
        u"DECISION"_s);
    parser.addOptions({on, note, evidence, decision});
    if (const int code = context.parse(parser); code >= 0)
        return code;
    const auto usage = [&](const QString& message) {
        context.err << message << '\n';
        return int(ExitUsage);
    };
    if (parser.positionalArguments().size() != 1 || !parser.isSet(on))
        return usage(QCoreApplication::translate(
            "icpctl", "usage: icpctl [--db PATH] obligations done ID --on YYYY-MM-DD [--note TEXT] "
                      "[--evidence FILE] [--decision renewed|cancel-filing]"));
    ObligationCompletion completion;
    completion.obligationId = parser.positionalArguments().constFirst().trimmed();
    completion.doneOn = parseDay(parser.value(on));
    if (!completion.doneOn.isValid())
        return usage(QCoreApplication::translate("icpctl", "--on: '%1' is not a date in the form YYYY-MM-DD.")
                         .arg(parser.value(on)));
    completion.note = parser.value(note).trimmed();
    completion.actor = CliContext::actor();
    if (parser.isSet(decision)) {
        const std::optional<LapseDecision> d = lapseDecisionFromKey(parser.value(decision).trimmed());
        if (!d || *d == LapseDecision::None)
            return usage(
                QCoreApplication::translate("icpctl", "--decision: '%1' is not renewed or cancel-filing.")
                    .arg(parser.value(decision)));
        completion.decision = *d;
    }
    QString evidencePath;
    if (parser.isSet(evidence)) {
        evidencePath = parser.value(evidence);
        const QFileInfo file(evidencePath);
        if (!file.isFile() || !file.isReadable())
            return usage(QCoreApplication::translate("icpctl", "--evidence: the file '%1' cannot be read.")
                             .arg(evidencePath));
        completion.evidenceFileName = file.fileName();
    }

    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    // The id names an obligation derived today, done or not (marking it again replaces the mark).
    const QDateTime now = beijing::now();
    Result<QList<Obligation>> all =
        loadObligations(*db, now, ObligationLadders::current(), DoneObligations::Kept);
    if (!all) {
        context.err << all.error().message << '\n';
        return ExitUsage;
    }
    const auto it = std::find_if(all->cbegin(), all->cend(),
                                 [&](const Obligation& o) { return o.id == completion.obligationId; });
    if (it == all->cend()) {
        context.err << QCoreApplication::translate("icpctl",
                                                   "There is no obligation with the id %1. Run 'icpctl "
                                                   "obligations' for the ids.")
                           .arg(completion.obligationId)
                    << '\n';
        return ExitInvalid;
    }
    if (const Status ok = markObligationDone(*db, *it, completion, evidencePath, beijing::dateOf(now)); !ok) {
        context.err << ok.error().message << '\n';
        // Refused for its content (a future day, a missing decision): 1; the file or the database: 2.
        const QString& code = ok.error().code;
        return code.startsWith("obligations."_L1) && code != "obligations.evidence"_L1 ? int(ExitInvalid)
                                                                                       : int(ExitUsage);
    }
    context.out << QCoreApplication::translate("icpctl", "Marked done on %1: %2")
                       .arg(completion.doneOn.toString(Qt::ISODate), it->title)
                << '\n';
    return ExitOk;
}

} // namespace

int runObligations(const CliContext& context)
{
    if (context.arguments.value(1) == "done"_L1) {
        const CliContext done{QStringList{context.arguments.value(0) + u" done"_s} + context.arguments.mid(2),
                              context.databasePath, context.out, context.err};
        return runDone(done);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl",
        "Lists the dated obligations of the active licences and filings and the open applications in the "
        "database: renewals, expiries, annual reports, licence changes, public-security filings, domains, "
        "hosting, ID documents, SMS verification and authority review. Overdue and missed ones are always "
        "listed, whatever --within says; obligations marked done are not. 'icpctl obligations done ID --on "
        "DATE' marks one done. Exit code 0, or 1 with --fail-if-overdue when something is overdue or missed; "
        "2 "
        "on usage errors."));
    const QCommandLineOption asOf = CliContext::asOfOption();
    const QCommandLineOption within(
        u"within"_s,
        QCoreApplication::translate("icpctl", "Only what falls due within DAYS days (default: all), and "
                                              "whatever is overdue or missed."),
        u"DAYS"_s);
    const QCommandLineOption format(
        u"format"_s,
        QCoreApplication::translate("icpctl", "Output format: table, csv, json or ics (a calendar)."),
        u"FORMAT"_s, u"table"_s);
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("icpctl", "Same as --format json."));
    const QCommandLineOption owner(
        u"owner"_s, QCoreApplication::translate("icpctl", "Only the obligations of this owner."), u"NAME"_s);
    const QCommandLineOption kind(
        u"kind"_s, QCoreApplication::translate("icpctl", "Only this kind: %1.").arg(kindKeys().join(u", "_s)),
        u"KIND"_s);
    const QCommandLineOption failIfOverdue(
        u"fail-if-overdue"_s,
        QCoreApplication::translate("icpctl", "Exit with 1 when an obligation is overdue or missed."));
    parser.addOptions({asOf, within, format, json, owner, kind, failIfOverdue});
    if (const int code = context.parse(parser); code >= 0)
        return code;
    const auto usage = [&](const QString& message) {
        context.err << message << '\n';
        return int(ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate(
            "icpctl",
            "usage: icpctl [--db PATH] obligations [--as-of YYYY-MM-DD] [--within DAYS] "
            "[--format table|csv|json|ics] [--json] [--owner NAME] [--kind KIND] [--fail-if-overdue] | "
            "obligations done ID --on YYYY-MM-DD [--note TEXT] [--evidence FILE] [--decision "
            "renewed|cancel-filing]"));
    const std::optional<QDateTime> evaluated = context.evaluationTime(parser, asOf);
    if (!evaluated)
        return ExitUsage;
    const QDateTime now = *evaluated;
    int days = -1;
    if (parser.isSet(within)) {
        bool ok = false;
        days = parser.value(within).toInt(&ok);
        if (!ok || days < 0)
            return usage(QCoreApplication::translate("icpctl", "--within: '%1' is not a number of days.")
                             .arg(parser.value(within)));
    }
    const QString form = parser.isSet(json) ? u"json"_s : parser.value(format);
    if (form != "table"_L1 && form != "csv"_L1 && form != "json"_L1 && form != "ics"_L1)
        return usage(QCoreApplication::translate("icpctl", "--format: '%1' is not table, csv, json or ics.")
                         .arg(form));
    std::optional<ObligationKind> onlyKind;
    if (parser.isSet(kind)) {
        onlyKind = obligationKindFromKey(parser.value(kind).trimmed());
        if (!onlyKind)
            return usage(QCoreApplication::translate("icpctl", "--kind: '%1' is not one of %2.")
                             .arg(parser.value(kind), kindKeys().join(u", "_s)));
    }
    const QString onlyOwner = parser.value(owner).trimmed();

    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    const ObligationLadders ladderSet = ObligationLadders::current();
    Result<QList<Obligation>> all = loadObligations(*db, now, ladderSet);
    if (!all)
        return usage(all.error().message);
    const QDate today = beijing::dateOf(now);
    QList<Obligation> shown;
    bool late = false;
    for (const Obligation& o : all.value()) {
        if (onlyKind && o.kind != *onlyKind)
            continue;
        if (parser.isSet(owner) && o.owner.compare(onlyOwner, Qt::CaseInsensitive) != 0)
            continue;
        late = late || o.isLate();
        if (o.isLate() || days < 0 || today.daysTo(o.dueDate()) <= days)
            shown.append(o);
    }
    // The calendar (docs/reminders.md): alarms at the same ladder stages the list uses.
    CalendarOptions calendar;
    calendar.stamp = now.toUTC();
    calendar.ladderOf = [&ladderSet](ObligationKind k) {
        return ladderSet.forKind(k);
    };
    const QByteArray bytes = form == "csv"_L1    ? obligationsCsv(shown)
                             : form == "json"_L1 ? toJson(shown)
                             : form == "ics"_L1  ? obligationsToIcs(shown, calendar)
                                                 : toTable(shown);
    // Bytes, not text: the BOM and the UTF-8 must reach the pipe unchanged.
    context.out.flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return parser.isSet(failIfOverdue) && late ? ExitInvalid : ExitOk;
}

} // namespace icp::cli
